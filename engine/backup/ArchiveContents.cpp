// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ArchiveContents.h"

#include <support/Sha256.h>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>


#include <memory>

namespace Lifeboat {

namespace {
constexpr qint64 chunkSize = 1024 * 1024;

bool readDirectory(const KArchiveDirectory *directory, const QString &prefix, QList<BackupPart::File> *files, QString *error)
{
    QStringList names = directory->entries();
    names.sort();
    for (const QString &name : names) {
        const KArchiveEntry *entry = directory->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (entry->isDirectory()) {
            if (!readDirectory(static_cast<const KArchiveDirectory *>(entry), path, files, error))
                return false;
            continue;
        }
        if (!entry->symLinkTarget().isEmpty()) {
            // A link as a link: its target as text, as PartArchiver records one.
            Sha256 hash;
            hash.addData(entry->symLinkTarget().toUtf8());
            BackupPart::File link{path, 0, 0777, QString::fromLatin1(hash.hexResult())};
            link.linkTarget = entry->symLinkTarget();
            files->append(link);
            continue;
        }
        const auto *file = static_cast<const KArchiveFile *>(entry);
        std::unique_ptr<QIODevice> device(file->createDevice());
        Sha256 hash;
        qint64 size = 0;
        if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly))) {
            *error = ArchiveContents::tr("Cannot read %1 from the archive.").arg(path);
            return false;
        }
        QByteArray buffer;
        while (!(buffer = device->read(chunkSize)).isEmpty()) {
            hash.addData(buffer);
            size += buffer.size();
        }
        files->append({path, size, int(file->permissions() & 07777), QString::fromLatin1(hash.hexResult())});
    }
    return true;
}
} // namespace

bool ArchiveContents::read(const QString &archivePath, QList<BackupPart::File> *files, QString *error)
{
    std::unique_ptr<KCompressionDevice> compressed;
    std::unique_ptr<KArchive> archive;
    if (archivePath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        archive = std::make_unique<KZip>(archivePath);
    } else {
        const auto type = archivePath.endsWith(QLatin1String(".zst")) ? KCompressionDevice::Zstd
                        : archivePath.endsWith(QLatin1String(".xz"))  ? KCompressionDevice::Xz
                                                                      : KCompressionDevice::GZip;
        compressed = std::make_unique<KCompressionDevice>(archivePath, type);
        archive = std::make_unique<KTar>(compressed.get());
    }
    if (!archive->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the archive %1: %2").arg(archivePath, archive->errorString());
        return false;
    }
    files->clear();
    return readDirectory(archive->directory(), {}, files, error);
}

} // namespace Lifeboat
