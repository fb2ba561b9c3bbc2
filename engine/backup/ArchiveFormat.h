// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class KCompressionDevice;
class QIODevice;

namespace Lifeboat {

// The archive formats a backup part can be written in. tar with zstd is the
// default; GNU tar and unzip read all of them. Each format's name (the
// --compression option), file extension and compression filter are listed
// once, in ArchiveFormat.cpp.
enum class ArchiveFormat { TarZstd, TarGzip, TarXz, Zip };

// "zstd", "gzip", "xz" and "zip", the default first.
QStringList archiveFormatNames();
bool archiveFormatFromName(const QString &name, ArchiveFormat *format);
// The name --compression takes for `format`.
QString archiveFormatName(ArchiveFormat format);
QString archiveExtension(ArchiveFormat format);
// The format of an archive file, by its extension.
bool archiveFormatOfFile(const QString &archiveFile, ArchiveFormat *format);
// `path` through the decompression filter of a tar format, not yet open. The
// filter is always given: KTar's guess from a MIME type silently wrote plain
// tar for zstd.
std::unique_ptr<KCompressionDevice> compressedFile(const QString &path, ArchiveFormat format);
// The same over `device`, which stays the caller's.
std::unique_ptr<KCompressionDevice> decompressingDevice(QIODevice *device, ArchiveFormat format);
// For writing a tar format into `device` (a file, or a stream to
// lifeboat-agent; it stays the caller's, open for writing): zstd through
// ZstdWriter, with a level and threads chosen for this machine; gzip and xz
// through KCompressionDevice. Not yet open.
std::unique_ptr<QIODevice> compressingDevice(QIODevice *device, ArchiveFormat format);

} // namespace Lifeboat
