#pragma once

#include <QString>

namespace Lifeboat {

// The archive formats a backup part can be written in. tar with zstd is the
// default; GNU tar and unzip read all of them.
enum class ArchiveFormat { TarZstd, TarGzip, TarXz, Zip };

QString archiveExtension(ArchiveFormat format);
bool archiveFormatFromName(const QString &name, ArchiveFormat *format); // "zstd", "gzip", "xz", "zip"

} // namespace Lifeboat
