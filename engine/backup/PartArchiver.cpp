// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PartArchiver.h"

#include <support/FileMode.h>
#include <support/Sha256.h>
#include <run/FailPoint.h>

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace Lifeboat {

namespace {
constexpr qint64 chunkSize = 1024 * 1024;

bool isExcluded(const QString &archivePath, const QStringList &excluded)
{
    for (const QString &prefix : excluded) {
        if (archivePath == prefix || archivePath.startsWith(prefix + u'/'))
            return true;
    }
    return false;
}

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

QList<PartArchiver::Entry> PartArchiver::collect(const BackupPart &part) const
{
    QList<Entry> entries;
    for (const BackupPart::Source &source : part.sources) {
        const QFileInfo root(source.path);
        if (!root.isDir()) {
            entries.append({source.path, source.archivePath, false});
            continue;
        }
        entries.append({source.path, source.archivePath, true});
        QDirIterator it(source.path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            const QString archivePath = source.archivePath + u'/' + QDir(source.path).relativeFilePath(info.filePath());
            if (!isExcluded(archivePath, part.excluded) && !info.isSymLink())
                entries.append({info.filePath(), archivePath, info.isDir()});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.archivePath < b.archivePath; });
    return entries;
}

bool PartArchiver::sourcesExist(const BackupPart &part)
{
    for (const BackupPart::Source &source : part.sources) {
        if (!QFileInfo::exists(source.path))
            return fail(tr("%1 does not exist, so the %2 part cannot be backed up. Check the profile.").arg(source.path, part.name));
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
    std::unique_ptr<KCompressionDevice> compressed;
    std::unique_ptr<KArchive> archive;
    if (m_format == ArchiveFormat::Zip) {
        archive = std::make_unique<KZip>(temporaryPath);
    } else {
        compressed = compressedFile(temporaryPath, m_format);
        archive = std::make_unique<KTar>(compressed.get());
    }
    if (!archive->open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(temporaryPath, archive->errorString()));
    if (!writeEntries(part, *archive, temporaryPath)) {
        QFile::remove(temporaryPath);
        return false;
    }
    QFile::remove(finalPath);
    if (!QFile::rename(temporaryPath, finalPath))
        return fail(tr("Cannot rename %1 to %2.").arg(temporaryPath, finalPath));
    return true;
}

bool PartArchiver::write(BackupPart &part, QIODevice *device)
{
    part.archiveFile = part.name + archiveExtension(m_format);
    if (!sourcesExist(part))
        return false;
    std::unique_ptr<KCompressionDevice> compressed;
    std::unique_ptr<KArchive> archive;
    if (m_format == ArchiveFormat::Zip) {
        archive = std::make_unique<KZip>(device);
    } else {
        compressed = compressedDevice(device, m_format);
        archive = std::make_unique<KTar>(compressed.get());
    }
    if (!archive->open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(part.archiveFile, archive->errorString()));
    return writeEntries(part, *archive, part.archiveFile);
}

bool PartArchiver::writeEntries(BackupPart &part, KArchive &archive, const QString &name)
{
    const QList<Entry> entries = collect(part);
    qint64 total = 0;
    for (const Entry &entry : entries)
        total += entry.directory ? 0 : QFileInfo(entry.source).size();

    part.files.clear();
    part.bytes = 0;
    qint64 done = 0;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (const Entry &entry : entries) {
        const QFileInfo info(entry.source);
        const mode_t mode = FileMode::fromPermissions(info.permissions());
        if (entry.directory) {
            archive.writeDir(entry.archivePath, info.owner(), info.group(), mode | 040000,
                             info.lastRead(), info.lastModified(), info.birthTime());
            continue;
        }
        QFile file(entry.source);
        if (!file.open(QIODevice::ReadOnly) && !QFileInfo::exists(entry.source)) {
            // Removed since it was listed (a live GDS): as GNU tar does, go on
            // without it; the consistency check decides whether it mattered.
            m_callbacks.warn(tr("%1 disappeared while it was being backed up; it is not in the backup.").arg(entry.source));
            continue;
        }
        if (!file.isOpen()) {
            archive.close();
            return fail(tr("Cannot read %1: %2").arg(entry.source, file.errorString()));
        }
        const qint64 size = file.size();
        Sha256 hash;
        bool written = archive.prepareWriting(entry.archivePath, info.owner(), info.group(), size, mode | 0100000,
                                              info.lastRead(), info.lastModified(), info.birthTime());
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
            const QString reason = archive.errorString();
            archive.close();
            return fail(tr("Cannot archive %1 into %2: %3").arg(entry.source, name, reason));
        }
        part.files.append({entry.archivePath, size, int(mode), QString::fromLatin1(hash.hexResult())});
        part.bytes += size;
        FailPoint::hit(QStringLiteral("archived:%1:%2").arg(part.name).arg(part.files.size()));
    }
    if (!archive.close())
        return fail(tr("Cannot finish %1: %2. Check the free space.").arg(name, archive.errorString()));
    return true;
}

} // namespace Lifeboat
