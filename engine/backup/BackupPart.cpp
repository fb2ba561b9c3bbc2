// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupPart.h"

namespace Lifeboat {

QJsonObject BackupPart::toJson() const
{
    QJsonArray sourceArray, fileArray;
    for (const Source &source : sources)
        sourceArray.append(QJsonObject{{QStringLiteral("path"), source.path}, {QStringLiteral("archivePath"), source.archivePath}});
    for (const File &file : files)
        fileArray.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("size"), file.size},
                                     {QStringLiteral("mode"), file.mode},
                                     {QStringLiteral("sha256"), file.sha256}});
    return {{QStringLiteral("name"), name},         {QStringLiteral("kind"), kind},
            {QStringLiteral("node"), node},         {QStringLiteral("sources"), sourceArray},
            {QStringLiteral("archive"), archiveFile}, {QStringLiteral("bytes"), bytes},
            {QStringLiteral("fileCount"), files.size()}, {QStringLiteral("files"), fileArray}};
}

BackupPart BackupPart::fromJson(const QJsonObject &json)
{
    BackupPart part;
    part.name = json.value(QLatin1String("name")).toString();
    part.kind = json.value(QLatin1String("kind")).toString();
    part.node = json.value(QLatin1String("node")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("sources")).toArray())
        part.sources.append({value[QLatin1String("path")].toString(), value[QLatin1String("archivePath")].toString()});
    for (const QJsonValue &value : json.value(QLatin1String("files")).toArray())
        part.files.append({value[QLatin1String("path")].toString(), value[QLatin1String("size")].toInteger(),
                           value[QLatin1String("mode")].toInt(), value[QLatin1String("sha256")].toString()});
    part.archiveFile = json.value(QLatin1String("archive")).toString();
    part.bytes = json.value(QLatin1String("bytes")).toInteger();
    return part;
}

} // namespace Lifeboat
