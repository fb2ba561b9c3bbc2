#pragma once

#include <QString>
#include <QStringList>

namespace Lifeboat {

// The archive formats a backup part can be written in. tar with zstd is the
// default; GNU tar and unzip read all of them.
enum class ArchiveFormat { TarZstd, TarGzip, TarXz, Zip };

QString archiveExtension(ArchiveFormat format);
// The name --compression takes: "zstd", "gzip", "xz", "zip".
QString archiveFormatName(ArchiveFormat format);
// Every format's name, the default first.
QStringList archiveFormatNames();
bool archiveFormatFromName(const QString &name, ArchiveFormat *format);

} // namespace Lifeboat
