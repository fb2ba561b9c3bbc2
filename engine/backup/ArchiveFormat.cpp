// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ArchiveFormat.h"

#include <backup/ZstdWriter.h>

#include <KCompressionDevice>

namespace Lifeboat {

namespace {
struct Known
{
    ArchiveFormat format;
    const char *name;
    const char *extension;
    KCompressionDevice::CompressionType compression;
};

constexpr Known known[] = {{ArchiveFormat::TarZstd, "zstd", ".tar.zst", KCompressionDevice::Zstd},
                           {ArchiveFormat::TarGzip, "gzip", ".tar.gz", KCompressionDevice::GZip},
                           {ArchiveFormat::TarXz, "xz", ".tar.xz", KCompressionDevice::Xz},
                           {ArchiveFormat::Zip, "zip", ".zip", KCompressionDevice::None}};

const Known &entryOf(ArchiveFormat format)
{
    for (const Known &entry : known) {
        if (entry.format == format)
            return entry;
    }
    return known[0];
}
} // namespace

QStringList archiveFormatNames()
{
    QStringList names;
    for (const Known &entry : known)
        names.append(QLatin1String(entry.name));
    return names;
}

bool archiveFormatFromName(const QString &name, ArchiveFormat *format)
{
    for (const Known &entry : known) {
        if (name == QLatin1String(entry.name)) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

QString archiveFormatName(ArchiveFormat format)
{
    return QLatin1String(entryOf(format).name);
}

QString archiveExtension(ArchiveFormat format)
{
    return QLatin1String(entryOf(format).extension);
}

bool archiveFormatOfFile(const QString &archiveFile, ArchiveFormat *format)
{
    for (const Known &entry : known) {
        if (archiveFile.endsWith(QLatin1String(entry.extension))) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

std::unique_ptr<KCompressionDevice> compressedFile(const QString &path, ArchiveFormat format)
{
    return std::make_unique<KCompressionDevice>(path, entryOf(format).compression);
}

std::unique_ptr<KCompressionDevice> decompressingDevice(QIODevice *device, ArchiveFormat format)
{
    return std::make_unique<KCompressionDevice>(device, false, entryOf(format).compression);
}

std::unique_ptr<QIODevice> compressingDevice(QIODevice *device, ArchiveFormat format)
{
    if (format == ArchiveFormat::TarZstd)
        return std::make_unique<ZstdWriter>(device, ZstdWriter::forThisMachine());
    return std::make_unique<KCompressionDevice>(device, false, entryOf(format).compression);
}

} // namespace Lifeboat
