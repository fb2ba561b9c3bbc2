// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupPart.h"

#include <QBuffer>

#include <algorithm>

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

FileAttributes PartFile::restoredAttributes() const
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

namespace {
QJsonObject fileJson(const BackupPart::File &file)
{
    QJsonObject json{{QStringLiteral("path"), file.path},
                     {QStringLiteral("size"), file.size},
                     {QStringLiteral("mode"), file.mode},
                     {QStringLiteral("sha256"), file.sha256.hex()}};
    insertAttributes(json, file.attributes);
    if (!file.storedIn.isEmpty())
        json.insert(QStringLiteral("storedIn"), file.storedIn);
    if (file.isLink())
        json.insert(QStringLiteral("link"), file.linkTarget);
    return json;
}

QJsonObject directoryJson(const BackupPart::Directory &directory)
{
    QJsonObject json{{QStringLiteral("path"), directory.path}, {QStringLiteral("mode"), directory.attributes.mode}};
    insertAttributes(json, directory.attributes);
    return json;
}

constexpr QLatin1StringView filesKey("files");
constexpr QLatin1StringView directoriesKey("directories");
} // namespace

QJsonObject BackupPart::skeleton() const
{
    QJsonArray sourceArray;
    for (const Source &source : sources)
        sourceArray.append(QJsonObject{{QStringLiteral("path"), source.path}, {QStringLiteral("archivePath"), source.archivePath}});
    QJsonObject json{{QStringLiteral("name"), name},         {QStringLiteral("kind"), kind},
                     {QStringLiteral("node"), node},         {QStringLiteral("sources"), sourceArray},
                     {QStringLiteral("archive"), archiveFile}, {QStringLiteral("bytes"), bytes},
                     {QStringLiteral("fileCount"), files.size()}, {filesKey, JsonText::placeholder(filesKey)}};
    if (!directories.isEmpty())
        json.insert(directoriesKey, JsonText::placeholder(directoriesKey));
    return json;
}

QList<QLatin1StringView> BackupPart::arrays()
{
    return {filesKey, directoriesKey};
}

JsonText::Fill BackupPart::fill() const
{
    return [this](const QLatin1StringView &key, JsonText::Array &array) {
        if (key == filesKey) {
            for (const File &file : files)
                array.add(fileJson(file));
        } else if (key == directoriesKey) {
            for (const Directory &directory : directories)
                array.add(directoryJson(directory));
        }
    };
}

QJsonObject BackupPart::toJson() const
{
    return JsonText::whole(skeleton(), arrays(), fill());
}

QJsonObject BackupPart::withoutFiles() const
{
    QJsonObject json = skeleton();
    json.remove(filesKey);
    json.remove(directoriesKey);
    return json;
}

namespace {
QJsonObject withMore(QJsonObject json, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}
} // namespace

QByteArray BackupPart::text(QJsonDocument::JsonFormat format, const QJsonObject &more) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (void)write(&buffer, format, more); // a buffer takes everything
    return buffer.data();
}

bool BackupPart::write(QIODevice *device, QJsonDocument::JsonFormat format, const QJsonObject &more) const
{
    return JsonText::write(device, nullptr, withMore(skeleton(), more), arrays(), fill(), format);
}

PartFile PartFile::fromJson(const QJsonValue &value)
{
    return {value[QLatin1String("path")].toString(), value[QLatin1String("size")].toInteger(),
            value[QLatin1String("mode")].toInt(), Sha256Digest(value[QLatin1String("sha256")].toString()),
            attributesFromJson(value.toObject()), value[QLatin1String("storedIn")].toString(),
            value[QLatin1String("link")].toString()};
}

namespace {
BackupPart::Directory directoryFromJson(const QJsonValue &value)
{
    return {value[QLatin1String("path")].toString(), attributesFromJson(value.toObject())};
}

void share(QSet<QString> *words, QString *word)
{
    if (word->isEmpty())
        return;
    const auto known = words->constFind(*word);
    if (known != words->cend())
        *word = *known;
    else
        words->insert(*word);
}

void share(QSet<QString> *words, FileAttributes *attributes)
{
    share(words, &attributes->owner);
    share(words, &attributes->group);
}

void streamedElement(BackupPart::Lists *lists, int array, int path, const QJsonValue &value)
{
    if (lists->eachFile) {
        if (path == 0)
            lists->eachFile(array, BackupPart::File::fromJson(value));
        return;
    }
    if (path == 0) {
        BackupPart::File file = BackupPart::File::fromJson(value);
        share(&lists->words, &file.attributes);
        share(&lists->words, &file.storedIn);
        lists->files[array].append(std::move(file));
    } else {
        BackupPart::Directory directory = directoryFromJson(value);
        share(&lists->words, &directory.attributes);
        lists->directories[array].append(std::move(directory));
    }
}
} // namespace

JsonStreamReader BackupPart::listReader(Lists *lists, const JsonStreamReader::Path &part, qsizetype batchBytes)
{
    return JsonStreamReader({part + JsonStreamReader::Path{filesKey}, part + JsonStreamReader::Path{directoriesKey}},
                            [lists](int array, int path, const QJsonValue &value) {
                                streamedElement(lists, array, path, value);
                                return true;
                            },
                            batchBytes);
}

BackupPart BackupPart::fromJson(const QJsonObject &json, Lists *lists)
{
    BackupPart part;
    part.name = json.value(QLatin1String("name")).toString();
    part.kind = json.value(QLatin1String("kind")).toString();
    part.node = json.value(QLatin1String("node")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("sources")).toArray())
        part.sources.append({value[QLatin1String("path")].toString(), value[QLatin1String("archivePath")].toString()});
    const QJsonValue files = json.value(filesKey);
    const QJsonValue directories = json.value(directoriesKey);
    if (const int streamed = lists ? JsonStreamReader::arrayNumber(files) : -1; streamed >= 0) {
        part.files = lists->files.take(streamed);
        part.files.squeeze(); // grown an element at a time: up to twice the room
    } else {
        for (const QJsonValue &value : files.toArray())
            part.files.append(File::fromJson(value));
    }
    if (const int streamed = lists ? JsonStreamReader::arrayNumber(directories) : -1; streamed >= 0) {
        part.directories = lists->directories.take(streamed);
        part.directories.squeeze();
    } else {
        for (const QJsonValue &value : directories.toArray())
            part.directories.append(directoryFromJson(value));
    }
    part.archiveFile = json.value(QLatin1String("archive")).toString();
    part.bytes = json.value(QLatin1String("bytes")).toInteger();
    return part;
}

} // namespace Lifeboat
