// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSetManifest.h"

#include <backup/BackupSetLayout.h>
#include <backup/BackupSetVerifier.h>
#include <backup/ManifestRules.h>
#include <backup/SetPathRules.h>
#include <support/ProcessMemory.h>
#include <support/Sha256.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>

#include <algorithm>
#include <memory>

namespace Lifeboat {

namespace {
constexpr QLatin1StringView partsKey("parts");
}

QJsonObject BackupSetManifest::toJson() const
{
    return JsonText::whole(skeleton(), {partsKey}, fillParts());
}

JsonText::Fill BackupSetManifest::fillParts() const
{
    return [this](const QLatin1StringView &, JsonText::Array &array) {
        for (const BackupPart &part : parts)
            array.add(part.skeleton(), BackupPart::arrays(), part.fill());
    };
}

QJsonObject BackupSetManifest::skeleton() const
{
    QJsonArray nodeArray;
    for (const Node &node : nodes) {
        nodeArray.append(QJsonObject{{QStringLiteral("name"), node.name},
                                     {QStringLiteral("role"), node.role},
                                     {QStringLiteral("host"), node.host},
                                     {QStringLiteral("clusterNodeId"), node.clusterNodeId},
                                     {QStringLiteral("systemId"), node.systemId}});
    }
    QJsonObject levels;
    for (auto it = patchLevels.cbegin(); it != patchLevels.cend(); ++it)
        levels.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("setId"), setId},
            {QStringLiteral("time"), time.toString(Qt::ISODate)},
            {QStringLiteral("completed"), completed.toString(Qt::ISODate)},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("strategy"), strategy},
            {QStringLiteral("label"), label},
            {QStringLiteral("lifeboatVersion"), lifeboatVersion},
            {QStringLiteral("profile"), profileName},
            {QStringLiteral("topology"), QJsonObject{{QStringLiteral("primary"), primary}, {QStringLiteral("nodes"), nodeArray}}},
            {QStringLiteral("patchLevels"), levels},
            {partsKey, JsonText::placeholder(partsKey)}};
    // Only where a node was stopped: a set of an older release reads and
    // writes again as it was.
    if (!downtime.isEmpty())
        json.insert(QStringLiteral("downtime"), downtime.toJson(completed));
    if (!base.isEmpty())
        json.insert(QStringLiteral("base"), base);
    // Only where known: an older set reads and writes again as it was.
    if (restorePoint.isValid())
        json.insert(QStringLiteral("restorePoint"), restorePoint.toString(Qt::ISODate));
    return json;
}

std::optional<BackupSetManifest> BackupSetManifest::fromJson(const QJsonObject &json, QString *error, BackupPart::Lists *lists)
{
    if (json.isEmpty()) {
        *error = tr("it is empty");
        return std::nullopt;
    }
    BackupSetManifest manifest;
    manifest.setId = json.value(QLatin1String("setId")).toString();
    manifest.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODate);
    manifest.completed = QDateTime::fromString(json.value(QLatin1String("completed")).toString(), Qt::ISODate);
    manifest.restorePoint
        = QDateTime::fromString(json.value(QLatin1String("restorePoint")).toString(), Qt::ISODate);
    manifest.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    manifest.strategy = json.value(QLatin1String("strategy")).toString();
    manifest.label = json.value(QLatin1String("label")).toString();
    manifest.lifeboatVersion = json.value(QLatin1String("lifeboatVersion")).toString();
    manifest.profileName = json.value(QLatin1String("profile")).toString();
    const QJsonObject topology = json.value(QLatin1String("topology")).toObject();
    manifest.primary = topology.value(QLatin1String("primary")).toString();
    for (const QJsonValue &value : topology.value(QLatin1String("nodes")).toArray()) {
        manifest.nodes.append({value[QLatin1String("name")].toString(), value[QLatin1String("role")].toString(),
                               value[QLatin1String("host")].toString(), value[QLatin1String("clusterNodeId")].toString(),
                               value[QLatin1String("systemId")].toString()});
    }
    const QJsonObject levels = json.value(QLatin1String("patchLevels")).toObject();
    for (auto it = levels.begin(); it != levels.end(); ++it)
        manifest.patchLevels.insert(it.key(), it.value().toString());
    for (const QJsonValue &value : json.value(QLatin1String("parts")).toArray())
        manifest.parts.append(BackupPart::fromJson(value.toObject(), lists));
    manifest.downtime = Downtime::fromJson(json.value(QLatin1String("downtime")).toArray());
    manifest.base = json.value(QLatin1String("base")).toString();
    return manifest;
}

JsonStreamReader BackupSetManifest::listReader(BackupPart::Lists *lists, qsizetype batchBytes)
{
    return BackupPart::listReader(lists, {partsKey, QLatin1StringView("*")}, batchBytes);
}

std::optional<BackupSetManifest> BackupSetManifest::read(QIODevice *device, QString *error, QJsonObject *withoutFiles,
                                                        const std::function<void(QByteArrayView)> &seen)
{
    BackupPart::Lists lists;
    JsonStreamReader reader = listReader(&lists);
    if (!reader.read(device, seen)) {
        *error = reader.error().errorString();
        return std::nullopt;
    }
    std::optional<BackupSetManifest> manifest = fromJson(reader.skeleton(), error, &lists);
    if (manifest && withoutFiles)
        *withoutFiles = reader.skeleton();
    return manifest;
}

std::optional<BackupSetManifest> BackupSetManifest::readEachFile(
    QIODevice *device, QString *error, const std::function<void(int list, const BackupPart::File &file)> &file,
    QHash<QString, int> *lists)
{
    BackupPart::Lists none;
    none.eachFile = file;
    JsonStreamReader reader = listReader(&none);
    if (!reader.read(device)) {
        *error = reader.error().errorString();
        return std::nullopt;
    }
    std::optional<BackupSetManifest> manifest = fromJson(reader.skeleton(), error, &none);
    lists->clear();
    for (const QJsonValue &part : reader.skeleton().value(partsKey).toArray()) {
        lists->insert(part[QLatin1String("name")].toString(), JsonStreamReader::arrayNumber(part[QLatin1String("files")]));
    }
    return manifest;
}

namespace {
// A published set never changes, yet one backup or restore reads the same
// manifests again and again (the chain of each part, the catalog, the
// verifier's references), and a set of many files has a manifest of
// megabytes. The last few parsed ones are kept, each under its file's path,
// size and modification time, so that a manifest changed since is read anew.
struct CachedManifest
{
    QString path;
    qint64 size = 0;
    QDateTime modified;
    BackupSetManifest manifest;
    // The bytes it was parsed from, and its object without the lists of
    // files (read()'s `withoutFiles`): see parsedFrom().
    QByteArray sha256;
    QJsonObject withoutFiles;
};
QMutex cacheMutex;
QList<CachedManifest> cache;
constexpr qsizetype cacheSize = 8;
// And no more than this much text, the newest always kept: at 300,000 files
// a manifest is 264 MB of text and about 190 MB parsed, and once its reader
// is done with it only the cache holds it, for the rest of the process.
constexpr qint64 cacheBytes = 512LL * 1024 * 1024;

void keep(CachedManifest entry) // with cacheMutex held
{
    cache.append(std::move(entry));
    qint64 bytes = 0;
    for (const CachedManifest &kept : std::as_const(cache))
        bytes += kept.size;
    while (cache.size() > cacheSize || (cache.size() > 1 && bytes > cacheBytes)) {
        bytes -= cache.first().size;
        cache.removeFirst();
    }
}
// One parse of a manifest at a time: a restore's checks run at once, and two
// of them asking for the same manifest parsed its megabytes twice, side by
// side. The second waits for the first and takes its result from the cache.
QHash<QString, std::shared_ptr<QMutex>> parsing; // by path; guarded by cacheMutex

std::optional<BackupSetManifest> cached(const QFileInfo &info, const QString &setDirectory)
{
    for (const CachedManifest &entry : std::as_const(cache)) {
        if (entry.path == info.absoluteFilePath() && entry.size == info.size() && entry.modified == info.lastModified()) {
            BackupSetManifest manifest = entry.manifest;
            manifest.directory = setDirectory;
            return manifest;
        }
    }
    return std::nullopt;
}

// What is wrong in `problem`, and in `error` with what a restore does about it.
std::optional<BackupSetManifest> readFile(const QString &setDirectory, QString *error, QString *problem, QByteArray *sha256,
                                          QJsonObject *withoutFiles)
{
    const auto fail = [&](const QString &what, const QString &advice) {
        *problem = what;
        *error = what + u' ' + advice;
        return std::nullopt;
    };
    QFile file(QDir(setDirectory).filePath(BackupSetLayout::manifestFile()));
    // Only a regular file: a FIFO in its place would never end a read.
    if (!QFileInfo(file.fileName()).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(BackupSetManifest::tr("%1 is not a complete backup set: it has no readable manifest.json.").arg(setDirectory),
                    BackupSetManifest::tr("Choose a set from 'lifeboat backups'."));
    QString reason;
    std::optional<BackupSetManifest> manifest = BackupSetManifest::readHashed(&file, &reason, withoutFiles, sha256);
    if (!manifest)
        return fail(BackupSetManifest::tr("The manifest of %1 is damaged (%2).").arg(setDirectory, reason),
                    BackupSetManifest::tr("Verify the set with 'lifeboat verify' and choose another one."));
    // Untrusted input: a manifest that breaks a rule leads nowhere.
    if (const QStringList breaches = ManifestRules::breaches(*manifest, 3); !breaches.isEmpty())
        return fail(BackupSetManifest::tr("The manifest of %1 cannot be trusted: %2.").arg(setDirectory, breaches.join(QStringLiteral("; "))),
                    BackupSetManifest::tr("Nothing was restored from it; verify the set with 'lifeboat verify' and choose another one."));
    manifest->directory = setDirectory;
    return manifest;
}
} // namespace

std::optional<BackupSetManifest> BackupSetManifest::load(const QString &setDirectory, QString *error, QString *problem)
{
    std::optional<BackupSetManifest> manifest = loadListed(setDirectory, error, problem);
    if (manifest && manifest->parts.isEmpty()) {
        *error = tr("The manifest of %1 lists no parts, so there is nothing to restore from it.").arg(setDirectory);
        if (problem)
            *problem = tr("The manifest of %1 lists no parts.").arg(setDirectory);
        return std::nullopt;
    }
    return manifest;
}

std::optional<BackupSetManifest> BackupSetManifest::loadListed(const QString &setDirectory, QString *error, QString *problem)
{
    const QFileInfo info(QDir(setDirectory).filePath(BackupSetLayout::manifestFile()));
    std::shared_ptr<QMutex> gate;
    {
        const QMutexLocker lock(&cacheMutex);
        if (std::optional<BackupSetManifest> manifest = cached(info, setDirectory))
            return manifest;
        std::shared_ptr<QMutex> &slot = parsing[info.absoluteFilePath()];
        if (!slot)
            slot = std::make_shared<QMutex>();
        gate = slot;
    }
    const QMutexLocker parse(gate.get());
    {
        const QMutexLocker lock(&cacheMutex);
        if (std::optional<BackupSetManifest> manifest = cached(info, setDirectory))
            return manifest;
    }
    QByteArray sha256;
    QJsonObject withoutFiles;
    QString whatIsWrong;
    std::optional<BackupSetManifest> manifest = readFile(setDirectory, error, problem ? problem : &whatIsWrong, &sha256, &withoutFiles);
    // The parsed document is gone; what it took stays with the process
    // unless given back (a restore runs for minutes after this).
    constexpr qint64 large = 32 * 1024 * 1024;
    if (info.size() > large)
        ProcessMemory::giveBackFreed();
    if (manifest) {
        const QMutexLocker lock(&cacheMutex);
        keep({info.absoluteFilePath(), info.size(), info.lastModified(), *manifest, sha256, withoutFiles});
    }
    return manifest;
}

std::optional<BackupSetManifest> BackupSetManifest::readHashed(QIODevice *device, QString *error, QJsonObject *withoutFiles,
                                                               QByteArray *sha256)
{
    Sha256 hash;
    std::optional<BackupSetManifest> manifest = read(device, error, withoutFiles, [&hash](QByteArrayView piece) { hash.addData(piece); });
    // Whatever stopped the reading, the rest of the file is hashed too.
    for (QByteArray rest = device->read(1024 * 1024); !rest.isEmpty(); rest = device->read(1024 * 1024))
        hash.addData(rest);
    *sha256 = hash.hexResult();
    return manifest;
}

void BackupSetManifest::remember(const QString &setDirectory, const QByteArray &sha256) const
{
    const QFileInfo info(QDir(setDirectory).filePath(BackupSetLayout::manifestFile()));
    // What summaryText() is made from, and so what the summary must say.
    const QJsonObject withoutFiles = withoutLists();
    BackupSetManifest manifest = *this;
    manifest.directory = setDirectory;
    for (BackupPart &part : manifest.parts)
        part.archiveSha256.clear(); // a staged part's; the file has none (the lists stay shared)
    const QMutexLocker lock(&cacheMutex);
    cache.removeIf([&info](const CachedManifest &entry) { return entry.path == info.absoluteFilePath(); });
    keep({info.absoluteFilePath(), info.size(), info.lastModified(), manifest, sha256, withoutFiles});
}

void BackupSetManifest::forget(const QString &setDirectory)
{
    const QString path = QFileInfo(QDir(setDirectory).filePath(BackupSetLayout::manifestFile())).absoluteFilePath();
    qint64 size = 0;
    {
        const QMutexLocker lock(&cacheMutex);
        for (const CachedManifest &entry : std::as_const(cache)) {
            if (entry.path == path)
                size += entry.size;
        }
        cache.removeIf([&path](const CachedManifest &entry) { return entry.path == path; });
    }
    constexpr qint64 large = 32 * 1024 * 1024;
    if (size > large)
        ProcessMemory::giveBackFreed();
}

bool BackupSetManifest::isParsed(const QString &setDirectory)
{
    const QString path = QFileInfo(QDir(setDirectory).filePath(BackupSetLayout::manifestFile())).absoluteFilePath();
    const QMutexLocker lock(&cacheMutex);
    return std::any_of(cache.cbegin(), cache.cend(), [&path](const CachedManifest &entry) { return entry.path == path; });
}

std::optional<BackupSetManifest> BackupSetManifest::parsedFrom(const QString &setDirectory, const QByteArray &sha256,
                                                               QJsonObject *withoutFiles)
{
    const QString path = QFileInfo(QDir(setDirectory).filePath(BackupSetLayout::manifestFile())).absoluteFilePath();
    const QMutexLocker lock(&cacheMutex);
    for (const CachedManifest &entry : std::as_const(cache)) {
        if (entry.path == path && entry.sha256 == sha256) {
            BackupSetManifest manifest = entry.manifest;
            manifest.directory = setDirectory;
            *withoutFiles = entry.withoutFiles;
            return manifest;
        }
    }
    return std::nullopt;
}

QByteArray BackupSetManifest::bytes() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (void)write(&buffer, nullptr); // a buffer takes everything
    return buffer.data();
}

QJsonObject BackupSetManifest::summaryOf(const QJsonObject &manifest, const QStringList &needs)
{
    QJsonObject summary = manifest;
    QJsonArray parts;
    for (const QJsonValue &value : manifest.value(QLatin1String("parts")).toArray()) {
        QJsonObject part = value.toObject();
        part.remove(QLatin1String("files"));
        part.remove(QLatin1String("directories"));
        parts.append(part);
    }
    summary.insert(QStringLiteral("parts"), parts);
    summary.insert(QStringLiteral("needs"), QJsonArray::fromStringList(needs));
    return summary;
}

QJsonObject BackupSetManifest::withoutLists() const
{
    QJsonObject json = skeleton();
    QJsonArray partArray;
    for (const BackupPart &part : parts)
        partArray.append(part.withoutFiles());
    json.insert(partsKey, partArray);
    return json;
}

QByteArray BackupSetManifest::summaryText() const
{
    return QJsonDocument(summaryOf(withoutLists(), needs())).toJson();
}

bool BackupSetManifest::write(QIODevice *device, Sha256 *hash) const
{
    return JsonText::write(device, hash, skeleton(), {partsKey}, fillParts(), QJsonDocument::Indented);
}

std::optional<BackupSetManifest> BackupSetManifest::loadSummary(const QString &setDirectory)
{
    // Far larger than any summary: never read a huge file in its place.
    constexpr qint64 largest = 16 * 1024 * 1024;
    QFile file(QDir(setDirectory).filePath(BackupSetLayout::summaryFile()));
    if (!QFileInfo(file.fileName()).isFile() || file.size() > largest || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    Sha256 hash;
    hash.addData(bytes);
    if (hash.hexResult() != BackupSetVerifier::listedSha256(setDirectory, BackupSetLayout::summaryFile()))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QString reason;
    std::optional<BackupSetManifest> summary = fromJson(json, &reason);
    if (!summary)
        return std::nullopt;
    summary->m_summaryNeeds = json.value(QLatin1String("needs")).toVariant().toStringList();
    // What a list uses to name files and sets: names only, never a path (the
    // rules about files are the manifest's, which a summary does not list).
    QStringList names = summary->m_summaryNeeds;
    if (!summary->base.isEmpty())
        names.append(summary->base);
    for (const BackupPart &part : std::as_const(summary->parts)) {
        names.append(part.name);
        if (!part.archiveFile.isEmpty())
            names.append(part.archiveFile);
    }
    if (!std::all_of(names.cbegin(), names.cend(), [](const QString &name) { return SetPathRules::isSafeName(name); }))
        return std::nullopt;
    summary->directory = setDirectory;
    summary->m_summary = true;
    return summary;
}

bool BackupSetManifest::save(const QString &setDirectory, QString *error) const
{
    QSaveFile file(QDir(setDirectory).filePath(BackupSetLayout::manifestFile()));
    if (file.open(QIODevice::WriteOnly) && write(&file, nullptr) && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

const BackupSetManifest::Node *BackupSetManifest::node(const QString &name) const
{
    for (const Node &node : nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

const BackupPart *BackupSetManifest::part(const QString &kind, const QString &nodeName) const
{
    for (const BackupPart &part : parts) {
        if (part.kind == kind && (nodeName.isEmpty() || part.node == nodeName))
            return &part;
    }
    return nullptr;
}

const BackupPart *BackupSetManifest::authorRepository() const
{
    for (const BackupPart &part : parts) {
        const Node *owner = node(part.node);
        if (part.kind == QLatin1String("repository") && owner && owner->role != QLatin1String("publish"))
            return &part;
    }
    return nullptr;
}

bool BackupSetManifest::hasPart(const QString &name) const
{
    return std::any_of(parts.begin(), parts.end(), [&name](const BackupPart &part) { return part.name == name; });
}

QString BackupSetManifest::archivePath(const BackupPart &part) const
{
    return QDir(directory).filePath(part.archiveFile);
}

qint64 BackupSetManifest::unpackedBytes(const QStringList &partNames) const
{
    qint64 bytes = 0;
    for (const BackupPart &part : parts) {
        if (partNames.contains(part.name))
            bytes += part.bytes;
    }
    return bytes;
}

QStringList BackupSetManifest::needs() const
{
    if (m_summary)
        return m_summaryNeeds;
    QStringList sets;
    for (const BackupPart &part : parts) {
        for (const QString &set : part.storedInOtherSets()) {
            if (!sets.contains(set))
                sets.append(set);
        }
    }
    sets.sort();
    return sets;
}

} // namespace Lifeboat
