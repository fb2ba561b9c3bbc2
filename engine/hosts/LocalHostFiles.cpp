// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LocalHostFiles.h"

#include <backup/PartArchiver.h>
#include <cluster/RepositoryLock.h>
#include <restore/PartExtractor.h>
#include <snapshot/FileSystemSnapshot.h>
#include <support/AccountNames.h>
#include <support/DiskSync.h>
#include <support/DiskUsage.h>
#include <support/FileAttributes.h>
#include <support/HashingDevice.h>
#include <support/LockFile.h>
#include <support/Sha256.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

constexpr qint64 chunkSize = 1 << 20;


bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// What follows an archive in a stream (its compression's trailer) up to the
// stream's end; false when the stream breaks off instead.
bool readToEnd(QIODevice *stream)
{
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = stream->read(buffer, sizeof buffer);
        if (got <= 0)
            return got == 0;
    }
}

} // namespace

HostFiles::Entry LocalHostFiles::entryOf(const QString &path)
{
    Entry entry;
    entry.path = path;
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return entry;
    if (S_ISREG(info.st_mode))
        entry.type = Type::File;
    else if (S_ISDIR(info.st_mode))
        entry.type = Type::Directory;
    else if (S_ISLNK(info.st_mode))
        entry.type = Type::Link;
    else
        entry.type = Type::Other;
    entry.size = entry.type == Type::File ? qint64(info.st_size) : 0;
    entry.mode = int(info.st_mode & 07777);
    entry.modified = QDateTime::fromSecsSinceEpoch(info.st_mtim.tv_sec).addMSecs(info.st_mtim.tv_nsec / 1000000);
    entry.owner = AccountNames::userOrId(info.st_uid);
    entry.group = AccountNames::groupOrId(info.st_gid);
    entry.uid = qint64(info.st_uid);
    entry.gid = qint64(info.st_gid);
    entry.device = qint64(info.st_dev);
    if (entry.type == Type::Link)
        entry.linkTarget = QFileInfo(path).readSymLink(); // as stored: a relative target stays relative
    return entry;
}

bool LocalHostFiles::isLifeboatsOwn(const QString &path)
{
    const QStringList parts = QDir::cleanPath(path).split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &part) { return part.startsWith(QLatin1String(".lifeboat-")); });
}

bool LocalHostFiles::stat(const QString &path, Entry *entry, QString *)
{
    *entry = entryOf(path);
    return true;
}

bool LocalHostFiles::list(const QString &directory, QList<Entry> *entries, QString *error)
{
    entries->clear();
    if (!QFileInfo(directory).isDir())
        return setError(error, tr("%1 is not a directory.").arg(directory));
    const QStringList names =
        QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        entries->append(entryOf(QDir(directory).filePath(name)));
    return true;
}

bool LocalHostFiles::listTree(const QString &root, QList<Entry> *entries, QString *error)
{
    entries->clear();
    if (!QFileInfo(root).isDir())
        return setError(error, tr("%1 is not a directory.").arg(root));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        entries->append(entryOf(it.next()));
    std::sort(entries->begin(), entries->end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return true;
}

bool LocalHostFiles::usage(const QString &path, Usage *usage, QString *)
{
    const DiskUsage measured = DiskUsage::of(path);
    usage->files = measured.files;
    usage->bytes = measured.bytes;
    usage->special = measured.special;
    usage->linksOutside = measured.linksOutside;
    return true;
}

bool LocalHostFiles::freeSpace(const QString &path, qint64 *bytes, QString *error)
{
    const QStorageInfo storage(DiskUsage::nearestExisting(path));
    if (!storage.isValid())
        return setError(error, tr("Cannot find the file system of %1.").arg(path));
    *bytes = storage.bytesAvailable();
    return true;
}

bool LocalHostFiles::readFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    const Entry entry = entryOf(path);
    if (!entry.isFile())
        return setError(error, entry.exists() ? tr("%1 is not a regular file.").arg(path) : tr("%1 does not exist.").arg(path));
    if (entry.size > maxBytes)
        return setError(error, tr("%1 is larger than %2 bytes, more than Lifeboat expects of it.").arg(path).arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
    *data = file.read(maxBytes);
    return true;
}

bool LocalHostFiles::readTail(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    const Entry entry = entryOf(path);
    if (!entry.isFile())
        return setError(error, entry.exists() ? tr("%1 is not a regular file.").arg(path) : tr("%1 does not exist.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    *data = file.read(maxBytes);
    return true;
}

bool LocalHostFiles::hashFile(const QString &path, QString *sha256, QString *error)
{
    if (!entryOf(path).isFile())
        return setError(error, tr("%1 is not a regular file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Sha256 hash;
    if (!hash.addData(&file))
        return setError(error, tr("Cannot read %1: %2").arg(path, file.errorString()));
    *sha256 = QString::fromLatin1(hash.hexResult());
    return true;
}

bool LocalHostFiles::findByName(const QString &root, const QString &name, QStringList *paths, QString *)
{
    paths->clear();
    QDirIterator it(root, {name}, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths->append(it.next());
    paths->sort();
    return true;
}

bool LocalHostFiles::inspectLock(const QString &lockFile, Lock *lock, QString *)
{
    const RepositoryLock::Inspection found = RepositoryLock::inspectFile(lockFile);
    lock->state = Lock::State(int(found.state));
    lock->pid = found.pid;
    return true;
}

namespace {
class LocalHeldLock final : public HostFiles::HeldLock
{
public:
    explicit LocalHeldLock(std::unique_ptr<LockFile> lock)
        : m_lock(std::move(lock))
    {
    }

private:
    std::unique_ptr<LockFile> m_lock;
};
} // namespace

std::unique_ptr<HostFiles::HeldLock> LocalHostFiles::holdLock(const QString &lockFile, const QByteArray &record,
                                                              QByteArray *holder, QString *error)
{
    std::unique_ptr<LockFile> lock = LockFile::acquire(lockFile, record, holder, error);
    return lock ? std::make_unique<LocalHeldLock>(std::move(lock)) : nullptr;
}

bool LocalHostFiles::lockHolder(const QString &lockFile, std::optional<QByteArray> *holder, QString *)
{
    *holder = LockFile::holder(lockFile);
    return true;
}

bool LocalHostFiles::checkWritable(const QString &path, QString *whyNot, QString *)
{
    const Entry place = nearestExisting(path);
    whyNot->clear();
    if (!place.isDirectory()) {
        *whyNot = tr("%1 is not a directory, so nothing can be put there.").arg(place.path);
        return true;
    }
    // The effective user's view (AT_EACCESS), which is the one that counts
    // for the renames and writes that follow.
    if (::faccessat(AT_FDCWD, QFile::encodeName(place.path).constData(), W_OK | X_OK, AT_EACCESS) == 0)
        return true;
    const int cause = errno;
    if (cause == EROFS)
        *whyNot = tr("%1 is on a file system mounted read-only.").arg(place.path);
    else
        *whyNot = tr("%1 (owner %2, group %3, mode %4) may not be changed by %5.")
                      .arg(place.path, place.owner, place.group, QString::number(place.mode, 8), AccountNames::processUser());
    return true;
}

bool LocalHostFiles::identity(Identity *identity, QString *)
{
    identity->uid = qint64(::geteuid());
    identity->user = AccountNames::processUser();
    return true;
}

bool LocalHostFiles::writeFile(const QString &path, const QByteArray &data, int mode, QString *error)
{
    const Entry before = entryOf(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size())
        return setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const int wanted = mode >= 0 ? mode : (before.isFile() ? before.mode : 0644);
    if (::fchmod(file.handle(), mode_t(wanted)) != 0 || ::fsync(file.handle()) != 0 || !file.commit())
        return setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    DiskSync::directory(QFileInfo(path).absolutePath());
    return true;
}

bool LocalHostFiles::makeDirectory(const QString &path, QString *error)
{
    if (!QDir().mkpath(path))
        return setError(error, tr("Cannot create %1. Check the permissions of its parent directory.").arg(path));
    return true;
}

bool LocalHostFiles::rename(const QString &from, const QString &to, QString *error)
{
    if (entryOf(to).exists())
        return setError(error, tr("Cannot rename %1 to %2: %2 already exists.").arg(from, to));
    // What is renamed into place must be on the disk before its new name is:
    // else a power cut could leave the name with no data behind it.
    if (entryOf(from).isDirectory())
        DiskSync::fileSystemOf(from);
    else
        DiskSync::file(from);
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return setError(error, tr("Cannot rename %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(strerror(errno))));
    DiskSync::directory(QFileInfo(to).absolutePath());
    if (QFileInfo(from).absolutePath() != QFileInfo(to).absolutePath())
        DiskSync::directory(QFileInfo(from).absolutePath());
    return true;
}

bool LocalHostFiles::copy(const QString &from, const QString &to, QString *error)
{
    if (!entryOf(from).exists())
        return setError(error, tr("%1 does not exist.").arg(from));
    if (entryOf(to).exists())
        return setError(error, tr("Cannot copy %1 to %2: %2 already exists.").arg(from, to));
    return copyEntry(from, to, error);
}

bool LocalHostFiles::copyAttributes(const QString &from, const QString &to, QString *error)
{
    const FileAttributes attributes = FileAttributes::of(from);
    if (!attributes.hasOwner())
        return setError(error, tr("%1 does not exist.").arg(from));
    bool ownerSet = false;
    QString reason;
    if (!FileAttributes::apply(to, attributes, &ownerSet, &reason))
        return setError(error, reason);
    return true;
}

bool LocalHostFiles::copyEntry(const QString &from, const QString &to, QString *error)
{
    const Entry entry = entryOf(from);
    if (entry.isLink()) {
        if (!QFile::link(entry.linkTarget, to))
            return setError(error, tr("Cannot create the link %1.").arg(to));
        return copyAttributes(from, to, error);
    }
    if (entry.isFile()) {
        if (!QFile::copy(from, to))
            return setError(error, tr("Cannot copy %1 to %2.").arg(from, to));
        return copyAttributes(from, to, error);
    }
    if (!entry.isDirectory())
        return setError(error, tr("%1 is a special file; Lifeboat does not copy it.").arg(from));
    if (!QDir().mkdir(to))
        return setError(error, tr("Cannot create %1.").arg(to));
    QList<Entry> children;
    if (!list(from, &children, error))
        return false;
    for (const Entry &child : children) {
        if (!copyEntry(child.path, QDir(to).filePath(child.name()), error))
            return false;
    }
    return copyAttributes(from, to, error);
}

bool LocalHostFiles::removeOwnTree(const QString &path, QString *error)
{
    if (!isLifeboatsOwn(path))
        return setError(error, tr("Lifeboat refuses to delete %1: it deletes only its own \".lifeboat-\" folders. What a "
                                  "restore replaces is moved to the quarantine.").arg(path));
    const Entry entry = entryOf(path);
    if (!entry.exists())
        return true;
    const bool removed = entry.isDirectory() ? QDir(path).removeRecursively() : QFile::remove(path);
    if (!removed)
        return setError(error, tr("Cannot delete %1. Check its permissions.").arg(path));
    DiskSync::directory(QFileInfo(path).absolutePath());
    return true;
}

bool LocalHostFiles::snapshotSupport(const QString &path, SnapshotSupport *support, QString *error)
{
    return FileSystemSnapshot::support(path, support, error);
}

bool LocalHostFiles::createSnapshot(const QString &path, SnapshotMethod method, const QString &snapshotPath,
                                    QString *error)
{
    return FileSystemSnapshot::create(path, method, snapshotPath, error);
}

bool LocalHostFiles::removeSnapshot(const QString &snapshotPath, QString *error)
{
    return FileSystemSnapshot::remove(snapshotPath, error);
}

bool LocalHostFiles::archive(BackupPart &part, ArchiveFormat format, const QString &localDirectory,
                             const Callbacks &callbacks, QString *error)
{
    PartArchiver archiver(format, {callbacks.progress, callbacks.cancelled, callbacks.warn});
    if (!archiver.write(part, localDirectory))
        return setError(error, archiver.errorString());
    return true;
}

bool LocalHostFiles::archiveTo(BackupPart &part, ArchiveFormat format, QIODevice *device, const Callbacks &callbacks,
                               QString *error)
{
    PartArchiver archiver(format, {callbacks.progress, callbacks.cancelled, callbacks.warn});
    if (!archiver.write(part, device))
        return setError(error, archiver.errorString());
    return true;
}

bool LocalHostFiles::extract(const QString &localArchive, const BackupPart &part, const QString &prefix,
                             const QString &target, ExtractMode mode, const Callbacks &callbacks, Extracted *extracted,
                             QString *error)
{
    if (localArchive.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        PartExtractor extractor(localArchive, part, prefix);
        return unpack(extractor, nullptr, target, mode, callbacks, extracted, error);
    }
    // A pipe in its place would block the read for ever.
    QFile archive(localArchive);
    if (!QFileInfo(localArchive).isFile())
        return setError(error, tr("%1 is not a regular file.").arg(localArchive));
    HashingDevice hashing(&archive);
    if (!archive.open(QIODevice::ReadOnly) || !hashing.open(QIODevice::ReadOnly))
        return setError(error, tr("Cannot read %1: %2").arg(localArchive, archive.errorString()));
    PartExtractor extractor(&hashing, localArchive, part, prefix);
    if (!unpack(extractor, &hashing, target, mode, callbacks, extracted, error))
        return false;
    if (extracted && hashing.whole())
        extracted->archiveSha256.insert(localArchive, hashing.hexResult());
    return true;
}

bool LocalHostFiles::extractFrom(QIODevice *device, const QString &archiveName, const BackupPart &part,
                                 const QString &prefix, const QString &target, ExtractMode mode,
                                 const Callbacks &callbacks, Extracted *extracted, QString *error)
{
    PartExtractor extractor(device, archiveName, part, prefix);
    return unpack(extractor, device->isSequential() ? device : nullptr, target, mode, callbacks, extracted, error);
}

bool LocalHostFiles::unpack(PartExtractor &extractor, QIODevice *stream, const QString &target, ExtractMode mode,
                            const Callbacks &callbacks, Extracted *extracted, QString *error)
{
    // A whole part gets a target of its own. The pieces of an incremental
    // set's part go into one target, which a failure removes: only ever a
    // scratch directory of Lifeboat's own.
    if (mode == ExtractMode::Whole && entryOf(target).exists())
        return setError(error, tr("Cannot unpack into %1: it already exists.").arg(target));
    if (mode != ExtractMode::Whole && !isLifeboatsOwn(target))
        return setError(error, tr("Cannot unpack a piece of a backup chain into %1: only into a scratch directory of "
                                  "Lifeboat's own.").arg(target));
    extractor.setMode(mode);
    if (callbacks.cancelled)
        extractor.setCancelCheck(callbacks.cancelled);
    if (callbacks.progress)
        extractor.onProgress(callbacks.progress);
    const bool unpacked = extractor.extractTo(target);
    if (!unpacked || (stream && !readToEnd(stream))) {
        QDir(target).removeRecursively();
        return setError(error, unpacked ? stream->errorString() : extractor.errorString());
    }
    DiskSync::directory(QFileInfo(target).absolutePath());
    if (extracted) {
        extracted->files = extractor.filesWritten();
        extracted->bytes = extractor.bytesWritten();
        extracted->ownersNotSet = extractor.ownersNotSet();
    }
    return true;
}

bool LocalHostFiles::fetch(const QString &path, const QString &localPath, const Callbacks &callbacks, QString *error)
{
    QSaveFile target(localPath);
    if (!target.open(QIODevice::WriteOnly))
        return setError(error, tr("Cannot write %1: %2").arg(localPath, target.errorString()));
    if (!fetchInto(path, &target, localPath, callbacks, error))
        return false;
    if (::fsync(target.handle()) != 0 || !target.commit())
        return setError(error, tr("Cannot write %1: %2").arg(localPath, target.errorString()));
    return true;
}

bool LocalHostFiles::fetchInto(const QString &path, QIODevice *device, const QString &deviceName,
                               const Callbacks &callbacks, QString *error)
{
    if (!entryOf(path).isFile())
        return setError(error, tr("%1 is not a regular file.").arg(path));
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return setError(error, tr("Cannot read %1: %2").arg(path, source.errorString()));
    const qint64 total = source.size();
    qint64 done = 0;
    while (!source.atEnd()) {
        if (callbacks.cancelled && callbacks.cancelled())
            return setError(error, tr("Cancelled by the user."));
        const QByteArray chunk = source.read(chunkSize);
        if (chunk.isEmpty() && !source.atEnd())
            return setError(error, tr("Cannot read %1: %2").arg(path, source.errorString()));
        if (device->write(chunk) != chunk.size())
            return setError(error, tr("Cannot write %1: %2").arg(deviceName, device->errorString()));
        done += chunk.size();
        if (callbacks.progress)
            callbacks.progress(done, total);
    }
    return true;
}

} // namespace Lifeboat
