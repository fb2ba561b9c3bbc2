// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PartArchiver.h"

#include <backup/BaseFiles.h>
#include <support/FileAttributes.h>
#include <support/DiskSync.h>
#include <support/HashingDevice.h>
#include <support/LinkTarget.h>
#include <support/Sha256.h>
#include <run/FailPoint.h>

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <memory>

namespace Lifeboat {

namespace {
constexpr qint64 chunkSize = 1024 * 1024;
// A file whose recorded time is this close to the start of the base (or
// after it) may have changed again in the same instant the base read it.
constexpr int racyWindowSeconds = 2;

bool isExcluded(const QString &archivePath, const QStringList &excluded)
{
    for (const QString &prefix : excluded) {
        if (archivePath == prefix || archivePath.startsWith(prefix + u'/'))
            return true;
    }
    return false;
}

// Lifeboat's own folders (a quarantine, a restore's scratch copy, an online
// backup's temporary folder) live inside what they belong to when that is a
// mount point (a GDS, a Content Storage Root). They are never part of a
// backup: a quarantine would come back with the next restore, and grow every
// set by everything that was ever replaced.
bool isLifeboatsOwn(const QString &relativePath)
{
    return relativePath.startsWith(QLatin1String(".lifeboat-")) || relativePath.contains(QLatin1String("/.lifeboat-"));
}

// One pax record, "<length> <key>=<value>\n", whose length counts itself.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype body = key.size() + value.size() + 3; // space, '=', newline
    qsizetype length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

// KTar writes made-up numeric ids (765 and 144, octal) and whole seconds
// into every header. A pax extended header before the entry carries the
// real uid and gid and the time to the millisecond, so that GNU tar
// --numeric-owner (by hand, without Lifeboat) restores the right owners too.
// KTar, reading, skips one block of a pax header: the records stay within it.
bool writePaxHeader(QIODevice *device, const QString &archivePath, const FileAttributes &attributes)
{
    if (!attributes.hasOwner())
        return true;
    QByteArray records = paxRecord("uid", QByteArray::number(attributes.uid)) + paxRecord("gid", QByteArray::number(attributes.gid));
    const qint64 ms = attributes.modified.toMSecsSinceEpoch();
    if (attributes.modified.isValid() && ms >= 0)
        records += paxRecord("mtime", QByteArray::number(ms / 1000) + '.' + QByteArray::number(ms % 1000).rightJustified(3, '0'));
    QByteArray header(512, '\0');
    const QByteArray name = ("PaxHeaders/" + QFile::encodeName(QFileInfo(archivePath).fileName())).left(99);
    std::memcpy(header.data(), name.constData(), size_t(name.size()));
    std::memcpy(header.data() + 100, "0000644", 7);
    std::memcpy(header.data() + 108, "0000000", 7);
    std::memcpy(header.data() + 116, "0000000", 7);
    const QByteArray size = QByteArray::number(records.size(), 8).rightJustified(11, '0');
    std::memcpy(header.data() + 124, size.constData(), 11);
    const QByteArray time = QByteArray::number(qMax<qint64>(ms / 1000, 0), 8).rightJustified(11, '0');
    std::memcpy(header.data() + 136, time.constData(), 11);
    header[156] = 'x';
    std::memcpy(header.data() + 257, "ustar\0" "00", 8);
    std::memset(header.data() + 148, ' ', 8);
    int sum = 0;
    for (const char c : std::as_const(header))
        sum += quint8(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header.data() + 148, checksum.constData(), 6);
    header[154] = '\0';
    records.append(QByteArray(512 - records.size(), '\0'));
    return device->write(header) == header.size() && device->write(records) == records.size();
}

// Opens a regular file for reading, and nothing else: a path that became a
// pipe since it was listed is not opened (O_NONBLOCK: opening a pipe would
// wait for a writer for ever), nor is a link followed.
bool openRegularFile(const QString &path, QFile *file)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || ::fcntl(fd, F_SETFL, 0) != 0
        || !file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
}

// KTar remembers every directory it writes in a list that it searches from
// the top before it writes the next one: quadratic in the folders of one
// archive. An AEM data store keeps its blobs three folder levels deep, one
// folder per blob or nearly: the backup of a repository of 300,000 blobs had
// not finished after 16 minutes, with the nodes stopped. The archiver
// writes each directory once (it lists every path once), so the list is
// emptied after each; on a KTar made on a device, closeArchive() does
// nothing else (it also writes back the temporary file of a KTar made on a
// file name, which this one is not).
class TarWriter : public KTar
{
public:
    using KTar::KTar;

protected:
    bool doWriteDir(const QString &name, const QString &user, const QString &group, mode_t perm, const QDateTime &atime,
                    const QDateTime &mtime, const QDateTime &ctime) override
    {
        const bool written = KTar::doWriteDir(name, user, group, perm, atime, mtime, ctime);
        KTar::closeArchive();
        return written;
    }
};

} // namespace

PartArchiver::PartArchiver(ArchiveFormat format, Callbacks callbacks)
    : m_format(format)
    , m_callbacks(std::move(callbacks))
{
}

bool PartArchiver::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ListedEntry::path(const BackupPart &part) const
{
    const BackupPart::Source &source = part.sources.at(sourceIndex);
    return source.readPath() + archivePath.mid(source.archivePath.size());
}

PartArchiver::Listing PartArchiver::collect(const BackupPart &part) const
{
    Listing listing;
    QList<Entry> &entries = listing.entries;
    for (quint32 index = 0; index < quint32(part.sources.size()); ++index) {
        const BackupPart::Source &source = part.sources.at(index);
        const auto entryOf = [index, &listing](const QFileInfo &info, QString archivePath, const QString &relative) {
            if (info.isSymLink()) {
                const QString target = info.readSymLink();
                listing.linkTargets.append(target);
                return Entry{std::move(archivePath), 0, qint32(listing.linkTargets.size() - 1), index,
                             LinkTarget::staysInside(relative, target) ? Kind::Link : Kind::Special};
            }
            const Kind kind = info.isDir() ? Kind::Directory : info.isFile() ? Kind::File : Kind::Special;
            return Entry{std::move(archivePath), kind == Kind::File ? info.size() : 0, -1, index, kind};
        };
        // A snapshot is read in place of the live path; the archive names stay the same.
        const QString readPath = source.readPath();
        const QFileInfo root(readPath);
        if (!root.isDir()) {
            // A source that is a link is followed (the profile names what it points to).
            entries.append({source.archivePath, root.isFile() ? root.size() : 0, -1, index,
                            root.isFile() ? Kind::File : Kind::Special, true});
            continue;
        }
        entries.append({source.archivePath, 0, -1, index, Kind::Directory, true});
        const QString prefix = readPath + u'/';
        QDirIterator it(readPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            // The iterator names each path as readPath + '/' + relative: no
            // QDir to make for each of hundreds of thousands of paths.
            const QString path = info.filePath();
            const QString relative = path.startsWith(prefix) ? path.mid(prefix.size()) : QDir(readPath).relativeFilePath(path);
            // Made at its size: appended, a path of 70 characters gets room
            // for 128 (65 MB more at 300,000 files, held to the end).
            QString archivePath;
            archivePath.reserve(source.archivePath.size() + 1 + relative.size());
            archivePath.append(source.archivePath).append(u'/').append(relative);
            if (!isExcluded(archivePath, part.excluded) && !isLifeboatsOwn(relative))
                entries.append(entryOf(info, std::move(archivePath), relative));
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.archivePath < b.archivePath; });
    // Grown an entry at a time, the list has up to twice the room it needs,
    // and it is held while the whole part is written.
    entries.squeeze();
    return listing;
}

PartArchiver::OtherTimes PartArchiver::otherTimes(const QString &source) const
{
    if (m_format != ArchiveFormat::Zip)
        return {};
    const QFileInfo info(source);
    return {info.lastRead(), info.birthTime()};
}

QStringList PartArchiver::unarchivable(const BackupPart &part, const Listing &listing)
{
    QStringList problems;
    for (const Entry &entry : listing.entries) {
        if (entry.kind != Kind::Special)
            continue;
        problems.append(entry.linkTarget < 0
                            ? tr("%1 is a pipe, a socket or a device, which a backup cannot hold").arg(entry.path(part))
                            : tr("%1 is a link to \"%2\", outside the part").arg(entry.path(part), listing.linkTarget(entry)));
    }
    return problems;
}

bool PartArchiver::sourcesExist(const BackupPart &part)
{
    for (const BackupPart::Source &source : part.sources) {
        if (!QFileInfo::exists(source.readPath()))
            return fail(tr("%1 does not exist, so the %2 part cannot be backed up. Check the profile.").arg(source.readPath(), part.name));
    }
    return true;
}

bool PartArchiver::write(BackupPart &part, const QString &directory)
{
    part.archiveFile = part.name + archiveExtension(m_format);
    const QString finalPath = QDir(directory).filePath(part.archiveFile);
    const QString temporaryPath = finalPath + QStringLiteral(".tmp");
    if (!sourcesExist(part))
        return false;
    part.archiveSha256.clear();
    if (m_format == ArchiveFormat::Zip) {
        KZip zip(temporaryPath);
        if (!zip.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(temporaryPath, zip.errorString()));
        if (!writeEntries(part, zip, nullptr, temporaryPath)) {
            QFile::remove(temporaryPath);
            return false;
        }
    } else if (!writeTar(part, temporaryPath)) {
        QFile::remove(temporaryPath);
        return false;
    }
    QFile::remove(finalPath);
    if (!QFile::rename(temporaryPath, finalPath))
        return fail(tr("Cannot rename %1 to %2.").arg(temporaryPath, finalPath));
    return true;
}

// The archive's SHA-256 is taken from the bytes on their way to the file,
// for SHA256SUMS: publishing then reads each archive once, to check it, not
// once more to learn its checksum. Its writing to the disk starts now, so
// that the sync before publishing finds little left to wait for.
bool PartArchiver::writeTar(BackupPart &part, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    HashingDevice hashed(&file);
    hashed.open(QIODevice::WriteOnly);
    const std::unique_ptr<QIODevice> compressed = compressingDevice(&hashed, m_format);
    TarWriter archive(compressed.get());
    if (!archive.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, archive.errorString()));
    if (!writeEntries(part, archive, compressed.get(), path))
        return false;
    // Ends the compressed stream (if closing the archive did not) before its
    // checksum is taken. KArchive::close() does not say when its device
    // could not write the stream's end; the file does (and the set's
    // verification reads to the end).
    compressed->close();
    if (file.error() != QFileDevice::NoError || !file.flush())
        return fail(tr("Cannot finish %1: %2. Check the free space.").arg(path, file.errorString()));
    DiskSync::beginWriting(file.handle());
    part.archiveSha256 = hashed.hexResult();
    return true;
}

bool PartArchiver::write(BackupPart &part, QIODevice *device)
{
    part.archiveFile = part.name + archiveExtension(m_format);
    if (!sourcesExist(part))
        return false;
    std::unique_ptr<QIODevice> compressed;
    std::unique_ptr<KArchive> archive;
    if (m_format == ArchiveFormat::Zip) {
        archive = std::make_unique<KZip>(device);
    } else {
        compressed = compressingDevice(device, m_format);
        archive = std::make_unique<TarWriter>(compressed.get());
    }
    if (!archive->open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(part.archiveFile, archive->errorString()));
    return writeEntries(part, *archive, compressed.get(), part.archiveFile);
}

// Size and modification time are the everyday test, as for rsync and restic.
// A time too close to when the base was made (a change in the same instant
// could hide behind it) or another time with the same size (a copy, an
// online backup rewriting unchanged files, a touch) is doubt: the SHA-256
// decides, for the price of one more read of that file only.
std::optional<BackupPart::File> PartArchiver::unchanged(const BackupPart &part, const Entry &entry, qint64 size,
                                                        const FileAttributes &attributes)
{
    if (part.base.setId.isEmpty() || !part.base.files || m_format == ArchiveFormat::Zip)
        return std::nullopt;
    const std::optional<BaseFiles::Found> known = part.base.files->find(entry.archivePath);
    if (!known || !known->comparable || known->size != size)
        return std::nullopt;
    const QDateTime &recorded = known->modified;
    const bool sameTime = recorded.isValid() && recorded == attributes.modified;
    const bool racy = !part.base.started.isValid() || !recorded.isValid()
        || recorded >= part.base.started.addSecs(-racyWindowSeconds);
    if (!sameTime || racy) {
        if (hashOf(entry.path(part)) != known->sha256)
            return std::nullopt;
    }
    return BackupPart::File{entry.archivePath, size, 0, known->sha256, attributes,
                            known->storedIn.isEmpty() ? part.base.setId : known->storedIn};
}

QString PartArchiver::hashOf(const QString &path)
{
    QFile file;
    if (!openRegularFile(path, &file))
        return {};
    Sha256 hash;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), chunkSize);
        if (read < 0 || m_callbacks.cancelled())
            return {};
        if (read == 0)
            return QString::fromLatin1(hash.hexResult());
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
}

bool PartArchiver::writeLink(BackupPart &part, KArchive &archive, QIODevice *tar, const Entry &entry,
                             const QString &target, const QString &source, const FileAttributes &attributes)
{
    const OtherTimes times = otherTimes(source);
    if ((tar && !writePaxHeader(tar, entry.archivePath, attributes))
        || !archive.writeSymLink(entry.archivePath, target, attributes.owner, attributes.group, 0120777,
                                 times.accessed, attributes.modified, times.created))
        return false;
    Sha256 hash;
    hash.addData(target.toUtf8());
    BackupPart::File link{entry.archivePath, 0, 0777, Sha256Digest::fromHex(hash.hexResult()), attributes};
    link.linkTarget = target;
    part.files.append(link);
    return true;
}

bool PartArchiver::writeEntries(BackupPart &part, KArchive &archive, QIODevice *tar, const QString &name)
{
    const Listing listing = collect(part);
    const QList<Entry> &entries = listing.entries;
    if (const QStringList problems = unarchivable(part, listing); !problems.isEmpty()) {
        archive.close();
        return fail(tr("The %1 part cannot be backed up: %2. Move these out of the way (or replace a link with what it "
                       "points to), then back up again.").arg(part.name, problems.join(QStringLiteral("; "))));
    }
    qint64 total = 0;
    for (const Entry &entry : entries)
        total += entry.size;

    // New lists, not clear(): a shared list cleared is copied at its size.
    part.files = QList<BackupPart::File>();
    part.directories = QList<BackupPart::Directory>();
    // Their sizes are known: lists grown an entry at a time take up to
    // twice the room, and a part of 300,000 files keeps them to the end.
    const qsizetype directories = std::count_if(entries.cbegin(), entries.cend(), [](const Entry &entry) { return entry.directory(); });
    part.files.reserve(entries.size() - directories);
    part.directories.reserve(directories);
    part.bytes = 0;
    qint64 done = 0;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (const Entry &entry : entries) {
        const QString source = entry.path(part);
        // One stat gives the owner, the time and the permission bits
        // (QFileInfo::permissions() asked access() for each bit); the times
        // KArchive also takes are read only for what is written. A source is
        // what it points to: a restore puts back the folder's owner and mode,
        // never those of the link that named it (root's, 0777).
        const FileAttributes attributes = entry.isSource ? FileAttributes::ofTarget(source) : FileAttributes::of(source);
        const mode_t mode = mode_t(attributes.mode) & 0777;
        if (entry.kind == Kind::Link) {
            if (!writeLink(part, archive, tar, entry, listing.linkTarget(entry), source, attributes)) {
                archive.close();
                return fail(tr("Cannot archive %1 into %2: %3").arg(source, name, tar ? tar->errorString() : archive.errorString()));
            }
            continue;
        }
        if (entry.directory()) {
            const OtherTimes times = otherTimes(source);
            if (tar && !writePaxHeader(tar, entry.archivePath, attributes)) {
                archive.close();
                return fail(tr("Cannot archive %1 into %2: %3").arg(source, name, tar->errorString()));
            }
            archive.writeDir(entry.archivePath, attributes.owner, attributes.group, mode | 040000,
                             times.accessed, attributes.modified, times.created);
            part.directories.append({entry.archivePath, attributes});
            continue;
        }
        // Unchanged since the base by its size when listed and its time now
        // (or, when in doubt, its checksum): referenced, never opened.
        if (const std::optional<BackupPart::File> kept = unchanged(part, entry, entry.size, attributes)) {
            // Referenced where it is stored; its owner, mode and time are today's.
            BackupPart::File reference = *kept;
            reference.mode = int(mode);
            part.files.append(reference);
            part.bytes += entry.size;
            done += entry.size;
            m_callbacks.progress(done, total);
            FailPoint::hit(QStringLiteral("archived:%1:%2").arg(part.name).arg(part.files.size()));
            continue;
        }
        QFile file;
        if (!openRegularFile(source, &file) && !QFileInfo::exists(source)) {
            // Removed since it was listed (a live GDS): as GNU tar does, go on
            // without it; the consistency check decides whether it mattered.
            m_callbacks.warn(tr("%1 disappeared while it was being backed up; it is not in the backup.").arg(source));
            continue;
        }
        if (!file.isOpen()) {
            archive.close();
            return fail(tr("Cannot read %1: %2").arg(source, file.errorString()));
        }
        const qint64 size = file.size();
        if (m_callbacks.cancelled()) {
            archive.close();
            return fail(tr("Cancelled by the user."));
        }
        Sha256 hash;
        const OtherTimes times = otherTimes(source);
        // The pax header only now: a file that vanished has none either.
        bool written = (!tar || writePaxHeader(tar, entry.archivePath, attributes))
            && archive.prepareWriting(entry.archivePath, attributes.owner, attributes.group, size, mode | 0100000,
                                      times.accessed, attributes.modified, times.created);
        for (qint64 left = size; written && left > 0;) {
            const qint64 read = file.read(buffer.data(), std::min(left, chunkSize));
            if (read <= 0) {
                written = false;
                break;
            }
            hash.addData(QByteArrayView(buffer.constData(), read));
            written = archive.writeData(buffer.constData(), read);
            left -= read;
            done += read;
            m_callbacks.progress(done, total);
            if (m_callbacks.cancelled()) {
                archive.close();
                return fail(tr("Cancelled by the user."));
            }
        }
        if (!written || !archive.finishWriting(size)) {
            const QString reason = archive.errorString().isEmpty() && tar ? tar->errorString() : archive.errorString();
            archive.close();
            return fail(tr("Cannot archive %1 into %2: %3").arg(source, name, reason));
        }
        part.files.append({entry.archivePath, size, int(mode), Sha256Digest::fromHex(hash.hexResult()), attributes});
        part.bytes += size;
        FailPoint::hit(QStringLiteral("archived:%1:%2").arg(part.name).arg(part.files.size()));
    }
    // The end-of-archive marker that KTar leaves out: an incremental archive
    // may hold no entry at all, and GNU tar refuses a stream with nothing in it.
    static const QByteArray endOfArchive(2 * 512, '\0');
    if (tar && tar->write(endOfArchive) != endOfArchive.size()) {
        archive.close();
        return fail(tr("Cannot finish %1: %2. Check the free space.").arg(name, tar->errorString()));
    }
    if (!archive.close())
        return fail(tr("Cannot finish %1: %2. Check the free space.").arg(name, archive.errorString()));
    return true;
}

} // namespace Lifeboat
