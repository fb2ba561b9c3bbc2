// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupPart.h"

namespace Lifeboat {

namespace {
// Only what was recorded, so that a set keeps reading back as it was written.
void insertAttributes(QJsonObject &json, const FileAttributes &attributes)
{
    if (attributes.hasOwner()) {
        json.insert(QStringLiteral("uid"), attributes.uid);
        json.insert(QStringLiteral("gid"), attributes.gid);
        json.insert(QStringLiteral("owner"), attributes.owner);
        json.insert(QStringLiteral("group"), attributes.group);
    }
    if (attributes.modified.isValid())
        json.insert(QStringLiteral("modified"), attributes.modified.toUTC().toString(Qt::ISODateWithMs));
}

FileAttributes attributesFromJson(const QJsonObject &json)
{
    FileAttributes attributes;
    attributes.mode = json.value(QLatin1String("mode")).toInt();
    attributes.uid = json.value(QLatin1String("uid")).toInteger(-1);
    attributes.gid = json.value(QLatin1String("gid")).toInteger(-1);
    attributes.owner = json.value(QLatin1String("owner")).toString();
    attributes.group = json.value(QLatin1String("group")).toString();
    attributes.modified = QDateTime::fromString(json.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
    return attributes;
}
} // namespace

FileAttributes BackupPart::File::restoredAttributes() const
{
    FileAttributes restored = attributes;
    restored.mode = mode;
    return restored;
}

QStringList BackupPart::storedInOtherSets() const
{
    QStringList sets;
    for (const File &file : files) {
        if (!file.storedIn.isEmpty() && !sets.contains(file.storedIn))
            sets.append(file.storedIn);
    }
    sets.sort();
    return sets;
}

qint64 BackupPart::ownBytes() const
{
    qint64 own = 0;
    for (const File &file : files) {
        if (file.storedIn.isEmpty())
            own += file.size;
    }
    return own;
}

QJsonObject BackupPart::toJson() const
{
    QJsonArray sourceArray, fileArray;
    for (const Source &source : sources)
        sourceArray.append(QJsonObject{{QStringLiteral("path"), source.path}, {QStringLiteral("archivePath"), source.archivePath}});
    for (const File &file : files) {
        QJsonObject json{{QStringLiteral("path"), file.path},
                         {QStringLiteral("size"), file.size},
                         {QStringLiteral("mode"), file.mode},
                         {QStringLiteral("sha256"), file.sha256}};
        insertAttributes(json, file.attributes);
        if (!file.storedIn.isEmpty())
            json.insert(QStringLiteral("storedIn"), file.storedIn);
        if (file.isLink())
            json.insert(QStringLiteral("link"), file.linkTarget);
        fileArray.append(json);
    }
    QJsonObject json{{QStringLiteral("name"), name},         {QStringLiteral("kind"), kind},
                     {QStringLiteral("node"), node},         {QStringLiteral("sources"), sourceArray},
                     {QStringLiteral("archive"), archiveFile}, {QStringLiteral("bytes"), bytes},
                     {QStringLiteral("fileCount"), files.size()}, {QStringLiteral("files"), fileArray}};
    if (!directories.isEmpty()) {
        QJsonArray directoryArray;
        for (const Directory &directory : directories) {
            QJsonObject entry{{QStringLiteral("path"), directory.path}, {QStringLiteral("mode"), directory.attributes.mode}};
            insertAttributes(entry, directory.attributes);
            directoryArray.append(entry);
        }
        json.insert(QStringLiteral("directories"), directoryArray);
    }
    return json;
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
                           value[QLatin1String("mode")].toInt(), value[QLatin1String("sha256")].toString().toLower(),
                           attributesFromJson(value.toObject()), value[QLatin1String("storedIn")].toString(),
                           value[QLatin1String("link")].toString()});
    for (const QJsonValue &value : json.value(QLatin1String("directories")).toArray())
        part.directories.append({value[QLatin1String("path")].toString(), attributesFromJson(value.toObject())});
    part.archiveFile = json.value(QLatin1String("archive")).toString();
    part.bytes = json.value(QLatin1String("bytes")).toInteger();
    return part;
}

} // namespace Lifeboat
