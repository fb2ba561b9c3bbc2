#include "ArchiveFormat.h"

namespace Lifeboat {

QString archiveExtension(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarZstd: return QStringLiteral(".tar.zst");
    case ArchiveFormat::TarGzip: return QStringLiteral(".tar.gz");
    case ArchiveFormat::TarXz: return QStringLiteral(".tar.xz");
    case ArchiveFormat::Zip: return QStringLiteral(".zip");
    }
    return {};
}

bool archiveFormatFromName(const QString &name, ArchiveFormat *format)
{
    const std::pair<const char *, ArchiveFormat> names[] = {
        {"zstd", ArchiveFormat::TarZstd}, {"gzip", ArchiveFormat::TarGzip}, {"xz", ArchiveFormat::TarXz}, {"zip", ArchiveFormat::Zip}};
    for (const auto &[text, value] : names) {
        if (name == QLatin1String(text)) {
            *format = value;
            return true;
        }
    }
    return false;
}

} // namespace Lifeboat
