// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Quarantine.h"

#include <hosts/Hosts.h>
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
// A quarantine index is a few hundred bytes per entry.
constexpr qint64 indexLimit = 64 << 20;

QString indexFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("quarantine.json"));
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

bool Quarantine::Entry::exists(HostFiles &files) const
{
    HostFiles::Entry entry;
    return files.stat(isPlaced() ? original : stored, &entry, nullptr) && entry.exists();
}

Quarantine::Quarantine(HostFiles &files, QString runId, QString scenario)
    : m_files(files)
    , m_runId(std::move(runId))
    , m_scenario(std::move(scenario))
{
}

QString Quarantine::anchorFor(HostFiles &files, const QString &location)
{
    const QString clean = QDir::cleanPath(location);
    const QString parent = QFileInfo(clean).absolutePath();
    // A location that is a mount point (a GDS on a network share) keeps its
    // quarantine inside itself: its parent is another file system.
    HostFiles::Entry self;
    if (files.stat(clean, &self, nullptr) && self.isDirectory() && self.device != files.nearestExisting(parent).device)
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
    HostFiles::Entry current;
    if (!m_files.stat(original, &current, &m_error))
        return false;
    if (!current.exists())
        return true;
    const QString relative = QDir(anchor).relativeFilePath(original);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative)) {
        m_error = tr("%1 is not below %2, so it cannot be quarantined there.").arg(original, anchor);
        return false;
    }
    const QString folder = directory(anchor, m_runId);
    const QList<Entry> existing = entries(m_files, folder);
    Entry entry;
    entry.host = m_files.host();
    entry.original = original;
    entry.runId = m_runId;
    entry.scenario = m_scenario;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sequence = nextSequence(entry.time);
    entry.stored = QDir(folder).filePath(QString::number(existing.size() + 1) + u'/' + relative);
    // The index names the move before it happens: after a crash, an entry
    // whose stored path is missing is a move that never took place.
    if (!m_files.makeDirectory(QFileInfo(entry.stored).absolutePath(), &m_error) || !appendToIndex(folder, entry))
        return false;
    QString why;
    if (!m_files.rename(original, entry.stored, &why)) {
        m_error = tr("Cannot move %1 into the quarantine %2. Check the permissions of %3.")
                      .arg(m_files.describe(original), folder, anchor) + u' ' + why;
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
    entry.host = m_files.host();
    entry.original = QDir::cleanPath(path);
    entry.runId = m_runId;
    entry.scenario = m_scenario;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sequence = nextSequence(entry.time);
    return m_files.makeDirectory(folder, &m_error) && appendToIndex(folder, entry);
}

bool Quarantine::reserveDatabaseDump(const QString &database, const QString &description, const QString &anchor,
                                     const QString &fileName, Entry *entry)
{
    const QString folder = directory(anchor, m_runId);
    const QList<Entry> existing = entries(m_files, folder);
    for (const Entry &earlier : existing) {
        if (earlier.database == database) {
            *entry = earlier;
            return true;
        }
    }
    entry->host = m_files.host();
    entry->original = description;
    entry->database = database;
    entry->runId = m_runId;
    entry->scenario = m_scenario;
    entry->time = QDateTime::currentDateTimeUtc();
    entry->sequence = nextSequence(entry->time);
    entry->stored = QDir(folder).filePath(QString::number(existing.size() + 1) + u'/' + fileName);
    if (!m_files.makeDirectory(QFileInfo(entry->stored).absolutePath(), nullptr)) {
        m_error = tr("Cannot create %1. Check the permissions of %2.").arg(QFileInfo(entry->stored).absolutePath(), anchor);
        return false;
    }
    return appendToIndex(folder, *entry);
}

bool Quarantine::appendToIndex(const QString &folder, const Entry &entry)
{
    QJsonArray array;
    QByteArray current;
    if (m_files.readFile(indexFile(folder), indexLimit, &current, nullptr))
        array = QJsonDocument::fromJson(current).object().value(QLatin1String("entries")).toArray();
    QJsonObject json{{QStringLiteral("original"), entry.original},
                     {QStringLiteral("stored"), entry.isPlaced() ? QString() : QDir(folder).relativeFilePath(entry.stored)},
                     {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("sequence"), entry.sequence}};
    if (!entry.database.isEmpty())
        json.insert(QStringLiteral("database"), entry.database);
    array.append(json);
    const QJsonObject index{{QStringLiteral("runId"), m_runId}, {QStringLiteral("scenario"), m_scenario}, {QStringLiteral("entries"), array}};
    if (!m_files.writeFile(indexFile(folder), QJsonDocument(index).toJson(), 0644, nullptr)) {
        m_error = tr("Cannot write the quarantine index %1. Check the free space.").arg(m_files.describe(indexFile(folder)));
        return false;
    }
    return true;
}

QList<Quarantine::Entry> Quarantine::entries(HostFiles &files, const QString &folder)
{
    QByteArray data;
    if (!files.readFile(indexFile(folder), indexLimit, &data, nullptr))
        return {};
    const QJsonObject index = QJsonDocument::fromJson(data).object();
    QList<Entry> list;
    for (const QJsonValue &value : index.value(QLatin1String("entries")).toArray()) {
        Entry entry;
        entry.host = files.host();
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

QList<HostPath> Quarantine::anchors(const ClusterProfile &profile)
{
    QList<HostPath> locations{profile.gdsPlace(), profile.connectorsPlace(), profile.contentStorageRootPlace()};
    for (const QString &fonts : profile.fonts)
        locations << profile.fontsPlace(fonts);
    for (const NodeProfile &node : profile.nodes) {
        for (const QString &path : QStringList{node.repository, node.bootstrapProperties, node.appServerDir, node.indexRoot} + node.tempDirectories)
            locations << profile.onNode(node, path);
    }
    for (const DatabaseProfile &database : profile.databases)
        locations << HostPath{{}, database.path};
    QList<HostPath> result;
    for (const DatabaseProfile &database : profile.databases) {
        if (database.kind != DatabaseKind::Sqlite && !profile.backupRoot.isEmpty()) {
            result.append({{}, QDir::cleanPath(profile.backupRoot)});
            break;
        }
    }
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const HostPath &location : std::as_const(locations)) {
        if (location.path.isEmpty())
            continue;
        const HostPath anchor = location.at(anchorFor(hosts->files(location.host), location.path));
        if (!result.contains(anchor))
            result.append(anchor);
    }
    return result;
}

QList<Quarantine::Run> Quarantine::list(const ClusterProfile &profile)
{
    QList<Run> runs;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const HostPath &anchor : anchors(profile)) {
        HostFiles &files = hosts->files(anchor.host);
        const QString root = QDir(anchor.path).filePath(folderName());
        QList<HostFiles::Entry> folders;
        if (!files.list(root, &folders, nullptr))
            continue;
        for (const HostFiles::Entry &folderEntry : std::as_const(folders)) {
            if (!folderEntry.isDirectory())
                continue;
            const QString runId = folderEntry.name();
            const QString folder = folderEntry.path;
            auto run = std::find_if(runs.begin(), runs.end(), [&runId](const Run &r) { return r.runId == runId; });
            if (run == runs.end()) {
                runs.append(Run{runId, {}, {}, {}, {}, 0});
                run = runs.end() - 1;
            }
            run->directories.append(anchor.at(folder));
            for (const Entry &entry : entries(files, folder)) {
                if (entry.isPlaced() || !entry.exists(files))
                    continue;
                run->entries.append(entry);
                HostFiles::Usage usage;
                if (files.usage(entry.stored, &usage, nullptr))
                    run->bytes += usage.bytes;
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

int Quarantine::purge(const ClusterProfile &profile, const QList<HostPath> &directories, QStringList *problems)
{
    int purged = 0;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const HostPath &directory : directories) {
        HostFiles &files = hosts->files(directory);
        QString error;
        if (files.removeOwnTree(directory.path, &error))
            ++purged;
        else
            problems->append(tr("Could not delete all of %1; check its permissions.").arg(directory.display()) + u' ' + error);
        QList<HostFiles::Entry> left;
        const QString parent = QFileInfo(directory.path).absolutePath();
        if (files.list(parent, &left, nullptr) && left.isEmpty())
            (void)files.removeOwnTree(parent, nullptr);
    }
    return purged;
}

} // namespace Lifeboat

namespace Lifeboat {

QList<Quarantine::Entry> Quarantine::undoLog(const ClusterProfile &profile, const QString &runId)
{
    QList<Entry> log;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const HostPath &anchor : anchors(profile))
        log += entries(hosts->files(anchor.host), directory(anchor.path, runId));
    std::sort(log.begin(), log.end(), [](const Entry &a, const Entry &b) { return a.sequence > b.sequence; });
    return log;
}

} // namespace Lifeboat
