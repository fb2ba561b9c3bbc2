// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Quarantine.h"

#include <support/DiskUsage.h>
#include <run/FailPoint.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>

namespace Lifeboat {

namespace {
QString indexFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("quarantine.json"));
}

dev_t deviceOf(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_dev : dev_t(-1);
}

// Orders every move and placement of a run, across anchors and threads:
// microseconds since the epoch, never the same twice in a process.
qint64 nextSequence(const QDateTime &time)
{
    static std::atomic<qint64> last{0};
    qint64 candidate = time.toMSecsSinceEpoch() * 1000;
    qint64 previous = last.load();
    while (!last.compare_exchange_weak(previous, std::max(candidate, previous + 1)))
        ;
    return std::max(candidate, previous + 1);
}

} // namespace

bool Quarantine::Entry::exists() const
{
    const QString path = isPlaced() ? original : stored;
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

Quarantine::Quarantine(QString runId, QString scenario)
    : m_runId(std::move(runId))
    , m_scenario(std::move(scenario))
{
}

QString Quarantine::anchorFor(const QString &location)
{
    const QString clean = QDir::cleanPath(location);
    const QString parent = QFileInfo(clean).absolutePath();
    // A location that is a mount point (a GDS on a network share) keeps its
    // quarantine inside itself: its parent is another file system.
    if (QFileInfo(clean).isDir() && deviceOf(clean) != deviceOf(DiskUsage::nearestExisting(parent)))
        return clean;
    return parent;
}

QString Quarantine::directory(const QString &anchor, const QString &runId)
{
    return QDir(anchor).filePath(folderName() + u'/' + runId);
}

bool Quarantine::move(const QString &path, const QString &anchor, Entry *moved)
{
    const QString original = QDir::cleanPath(path);
    if (!QFileInfo::exists(original) && !QFileInfo(original).isSymLink())
        return true;
    const QString relative = QDir(anchor).relativeFilePath(original);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative)) {
        m_error = tr("%1 is not below %2, so it cannot be quarantined there.").arg(original, anchor);
        return false;
    }
    const QString folder = directory(anchor, m_runId);
    const QList<Entry> existing = entries(folder);
    Entry entry;
    entry.original = original;
    entry.runId = m_runId;
    entry.scenario = m_scenario;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sequence = nextSequence(entry.time);
    entry.stored = QDir(folder).filePath(QString::number(existing.size() + 1) + u'/' + relative);
    // The index names the move before it happens: after a crash, an entry
    // whose stored path is missing is a move that never took place.
    if (!QDir().mkpath(QFileInfo(entry.stored).absolutePath()) || !appendToIndex(folder, entry))
        return false;
    if (!QFile::rename(original, entry.stored) && !QDir().rename(original, entry.stored)) {
        m_error = tr("Cannot move %1 into the quarantine %2. Check the permissions of %3.").arg(original, folder, anchor);
        return false;
    }
    FailPoint::hit(QStringLiteral("quarantined:") + QFileInfo(original).fileName());
    if (moved)
        *moved = entry;
    return true;
}

bool Quarantine::recordPlaced(const QString &path, const QString &anchor)
{
    const QString folder = directory(anchor, m_runId);
    Entry entry;
    entry.original = QDir::cleanPath(path);
    entry.runId = m_runId;
    entry.scenario = m_scenario;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sequence = nextSequence(entry.time);
    return QDir().mkpath(folder) && appendToIndex(folder, entry);
}

bool Quarantine::reserveDatabaseDump(const QString &database, const QString &description, const QString &anchor,
                                     const QString &fileName, Entry *entry)
{
    const QString folder = directory(anchor, m_runId);
    const QList<Entry> existing = entries(folder);
    for (const Entry &earlier : existing) {
        if (earlier.database == database) {
            *entry = earlier;
            return true;
        }
    }
    entry->original = description;
    entry->database = database;
    entry->runId = m_runId;
    entry->scenario = m_scenario;
    entry->time = QDateTime::currentDateTimeUtc();
    entry->sequence = nextSequence(entry->time);
    entry->stored = QDir(folder).filePath(QString::number(existing.size() + 1) + u'/' + fileName);
    if (!QDir().mkpath(QFileInfo(entry->stored).absolutePath())) {
        m_error = tr("Cannot create %1. Check the permissions of %2.").arg(QFileInfo(entry->stored).absolutePath(), anchor);
        return false;
    }
    return appendToIndex(folder, *entry);
}

bool Quarantine::appendToIndex(const QString &folder, const Entry &entry)
{
    QJsonArray array;
    QFile current(indexFile(folder));
    if (current.open(QIODevice::ReadOnly))
        array = QJsonDocument::fromJson(current.readAll()).object().value(QLatin1String("entries")).toArray();
    current.close();
    QJsonObject json{{QStringLiteral("original"), entry.original},
                     {QStringLiteral("stored"), entry.isPlaced() ? QString() : QDir(folder).relativeFilePath(entry.stored)},
                     {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("sequence"), entry.sequence}};
    if (!entry.database.isEmpty())
        json.insert(QStringLiteral("database"), entry.database);
    array.append(json);
    const QJsonObject index{{QStringLiteral("runId"), m_runId}, {QStringLiteral("scenario"), m_scenario}, {QStringLiteral("entries"), array}};
    QSaveFile file(indexFile(folder));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(index).toJson()) < 0 || !file.commit()) {
        m_error = tr("Cannot write the quarantine index %1. Check the free space.").arg(indexFile(folder));
        return false;
    }
    return true;
}

QList<Quarantine::Entry> Quarantine::entries(const QString &folder)
{
    QFile file(indexFile(folder));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
    QList<Entry> list;
    for (const QJsonValue &value : index.value(QLatin1String("entries")).toArray()) {
        Entry entry;
        entry.original = value[QLatin1String("original")].toString();
        const QString stored = value[QLatin1String("stored")].toString();
        entry.stored = stored.isEmpty() ? QString() : QDir(folder).filePath(stored);
        entry.runId = index.value(QLatin1String("runId")).toString();
        entry.scenario = index.value(QLatin1String("scenario")).toString();
        entry.time = QDateTime::fromString(value[QLatin1String("time")].toString(), Qt::ISODateWithMs);
        entry.sequence = value[QLatin1String("sequence")].toInteger();
        entry.database = value[QLatin1String("database")].toString();
        list.append(entry);
    }
    return list;
}

QStringList Quarantine::anchors(const ClusterProfile &profile)
{
    QStringList locations{profile.gds, profile.connectors, profile.contentStorageRoot};
    locations += profile.fonts;
    for (const NodeProfile &node : profile.nodes)
        locations << node.repository << node.bootstrapProperties << node.appServerDir << node.indexRoot << node.tempDirectories;
    for (const DatabaseProfile &database : profile.databases)
        locations << database.path;
    QStringList result;
    for (const DatabaseProfile &database : profile.databases) {
        if (database.kind != DatabaseKind::Sqlite && !profile.backupRoot.isEmpty()) {
            result.append(QDir::cleanPath(databaseAnchor(profile)));
            break;
        }
    }
    for (const QString &location : std::as_const(locations)) {
        if (location.isEmpty())
            continue;
        const QString anchor = anchorFor(location);
        if (!result.contains(anchor))
            result.append(anchor);
    }
    return result;
}

QList<Quarantine::Run> Quarantine::list(const ClusterProfile &profile)
{
    QList<Run> runs;
    for (const QString &anchor : anchors(profile)) {
        const QDir root(QDir(anchor).filePath(folderName()));
        for (const QString &runId : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString folder = root.filePath(runId);
            auto run = std::find_if(runs.begin(), runs.end(), [&runId](const Run &r) { return r.runId == runId; });
            if (run == runs.end()) {
                runs.append(Run{runId, {}, {}, {}, {}, 0});
                run = runs.end() - 1;
            }
            run->directories.append(folder);
            for (const Entry &entry : entries(folder)) {
                if (entry.isPlaced() || !entry.exists())
                    continue;
                run->entries.append(entry);
                run->bytes += DiskUsage::of(entry.stored).bytes;
                run->scenario = entry.scenario;
                if (!run->time.isValid() || entry.time < run->time)
                    run->time = entry.time;
            }
        }
    }
    for (Run &run : runs)
        std::sort(run.entries.begin(), run.entries.end(), [](const Entry &a, const Entry &b) { return a.sequence > b.sequence; });
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.runId > b.runId; });
    return runs;
}

} // namespace Lifeboat

namespace Lifeboat {

QList<Quarantine::Entry> Quarantine::undoLog(const ClusterProfile &profile, const QString &runId)
{
    QList<Entry> log;
    for (const QString &anchor : anchors(profile))
        log += entries(directory(anchor, runId));
    std::sort(log.begin(), log.end(), [](const Entry &a, const Entry &b) { return a.sequence > b.sequence; });
    return log;
}

} // namespace Lifeboat
