#include "ArchiveFormat.h"

#include <array>
#include <utility>

namespace Lifeboat {

namespace {
constexpr std::array<std::pair<ArchiveFormat, const char *>, 4> names{
    {{ArchiveFormat::TarZstd, "zstd"}, {ArchiveFormat::TarGzip, "gzip"}, {ArchiveFormat::TarXz, "xz"}, {ArchiveFormat::Zip, "zip"}}};
} // namespace

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

QString archiveFormatName(ArchiveFormat format)
{
    for (const auto &[value, text] : names) {
        if (value == format)
            return QLatin1String(text);
    }
    return {};
}

QStringList archiveFormatNames()
{
    QStringList list;
    for (const auto &[value, text] : names)
        list.append(QLatin1String(text));
    return list;
}

bool archiveFormatFromName(const QString &name, ArchiveFormat *format)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1String(text)) {
            *format = value;
            return true;
        }
    }
    return false;
}

} // namespace Lifeboat
