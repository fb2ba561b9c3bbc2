#include "BackupSetCatalog.h"

#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace Lifeboat {

namespace {
QJsonObject readObject(const QString &path, bool *ok)
{
    QFile file(path);
    QJsonParseError error;
    const QJsonDocument document = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    *ok = document.isObject();
    return document.object();
}
} // namespace

QDateTime BackupSetCatalog::timeFromId(const QString &id)
{
    // Set ids start with their UTC start time (see BackupScenario), which
    // still orders a set whose manifest cannot be read.
    QDateTime time = QDateTime::fromString(id.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
    if (time.isValid())
        time.setTimeZone(QTimeZone::UTC);
    return time;
}

BackupSetCatalog::Set BackupSetCatalog::load(const QString &setDirectory)
{
    const QFileInfo info(setDirectory);
    Set set;
    set.id = info.fileName();
    set.directory = info.absoluteFilePath();
    bool ok = false;
    const QJsonObject manifest = readObject(QDir(setDirectory).filePath(BackupSetLayout::manifestFile()), &ok);
    set.manifestReadable = ok;
    if (ok) {
        set.time = QDateTime::fromString(manifest.value(QLatin1String("time")).toString(), Qt::ISODate);
        set.strategy = manifest.value(QLatin1String("strategy")).toString();
        set.label = manifest.value(QLatin1String("label")).toString();
        // "time" and "completed" are whole seconds, but the start plus the
        // duration is exact to the millisecond: it orders two sets that
        // started within the same second.
        const qint64 durationMs = manifest.value(QLatin1String("durationMs")).toInteger();
        set.completed = set.time.isValid() && durationMs > 0
            ? set.time.addMSecs(durationMs)
            : QDateTime::fromString(manifest.value(QLatin1String("completed")).toString(), Qt::ISODate);
        const QJsonArray parts = manifest.value(QLatin1String("parts")).toArray();
        set.partCount = int(parts.size());
        for (const QJsonValue &part : parts) {
            const QString archive = part[QLatin1String("archive")].toString();
            if (!archive.isEmpty())
                set.archiveBytes += QFileInfo(QDir(setDirectory).filePath(archive)).size();
        }
    }
    if (!set.time.isValid())
        set.time = timeFromId(set.id);
    if (!set.time.isValid())
        set.time = info.lastModified().toUTC();

    const QJsonObject verification = readObject(QDir(setDirectory).filePath(verificationFile()), &ok);
    if (ok) {
        set.verifiedAt = QDateTime::fromString(verification.value(QLatin1String("time")).toString(), Qt::ISODate);
        set.verificationResult = verification.value(QLatin1String("result")).toString();
    }
    return set;
}

QList<BackupSetCatalog::Set> BackupSetCatalog::list(const QString &backupRoot)
{
    QList<Set> sets;
    if (backupRoot.isEmpty())
        return sets;
    // No hidden entries (the staging directories are hidden) and no symbolic
    // links: prune deletes what is listed, and must never reach through a link.
    const QFileInfoList entries = QDir(backupRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().startsWith(u'.') || !QFileInfo(QDir(entry.filePath()).filePath(BackupSetLayout::manifestFile())).isFile())
            continue;
        sets.append(load(entry.filePath()));
    }
    std::sort(sets.begin(), sets.end(), [](const Set &a, const Set &b) {
        if (a.time != b.time)
            return a.time > b.time;
        if (a.completed != b.completed)
            return a.completed > b.completed;
        return a.id > b.id;
    });
    return sets;
}

QDateTime BackupSetCatalog::newestChange(const QString &directory)
{
    // A large archive being written changes only its own file for hours, so
    // the whole tree counts, not just the directory's own time.
    QDateTime newest = QFileInfo(directory).lastModified();
    QDirIterator it(directory, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QDateTime modified = it.nextFileInfo().lastModified();
        if (modified > newest)
            newest = modified;
    }
    return newest;
}

QList<BackupSetCatalog::Unfinished> BackupSetCatalog::unfinished(const QString &backupRoot)
{
    QList<Unfinished> result;
    if (backupRoot.isEmpty())
        return result;
    const QFileInfoList entries = QDir(backupRoot).entryInfoList({QStringLiteral(".*.partial")},
                                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                                                                 QDir::Name);
    for (const QFileInfo &entry : entries)
        result.append({entry.absoluteFilePath(), newestChange(entry.absoluteFilePath())});
    return result;
}

} // namespace Lifeboat
