// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSetCatalog.h"

#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/VerificationRecord.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace Lifeboat {

namespace {
// Whatever the manifest holds, parts or not: the list shows every set. A
// manifest that breaks ManifestRules is read as unreadable: the list must not
// offer such a set for a restore, nor look outside the set for its archives.
// The set's summary, which holds all that a list shows, else (a set made
// before summaries, or one whose summary does not match SHA256SUMS) its
// whole manifest.
std::optional<BackupSetManifest> readManifest(const QString &setDirectory)
{
    if (std::optional<BackupSetManifest> summary = BackupSetManifest::loadSummary(setDirectory))
        return summary;
    QString ignored;
    return BackupSetManifest::loadListed(setDirectory, &ignored);
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
    const std::optional<BackupSetManifest> manifest = readManifest(setDirectory);
    set.manifestReadable = manifest.has_value();
    if (manifest) {
        set.time = manifest->time;
        set.strategy = manifest->strategy;
        set.label = manifest->label;
        set.profileName = manifest->profileName;
        // The time and completion are whole seconds, but the start plus the
        // duration is exact to the millisecond: it orders two sets that
        // started within the same second.
        set.completed = set.time.isValid() && manifest->durationMs > 0 ? set.time.addMSecs(manifest->durationMs) : manifest->completed;
        set.partCount = int(manifest->parts.size());
        set.downtime = manifest->downtime;
        set.base = manifest->base;
        set.needs = manifest->needs();
        for (const BackupPart &part : manifest->parts) {
            set.restoreBytes += part.bytes;
            if (!part.archiveFile.isEmpty())
                set.archiveBytes += QFileInfo(QDir(setDirectory).filePath(part.archiveFile)).size();
        }
    }
    if (!set.time.isValid())
        set.time = timeFromId(set.id);
    if (!set.time.isValid())
        set.time = info.lastModified().toUTC();
    set.restorePoint = manifest && manifest->restorePoint.isValid() ? manifest->restorePoint : set.time;

    if (const auto verification = VerificationRecord::load(setDirectory)) {
        set.verifiedAt = verification->time;
        set.verificationResult = verification->result;
        set.signature = verification->signature;
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
