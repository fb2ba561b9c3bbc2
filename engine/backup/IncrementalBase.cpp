// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "IncrementalBase.h"

#include <backup/ArchiveFormat.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/VerificationRecord.h>
#include <support/Sha256.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Lifeboat {

namespace {
// A chain longer than any `fullEvery` allows is a loop in damaged manifests.
constexpr int longestChain = 10000;

QStringList archivePaths(const BackupPart &part)
{
    QStringList paths;
    for (const BackupPart::Source &source : part.sources)
        paths.append(source.archivePath);
    paths.sort();
    return paths;
}

QStringList missingSets(const QString &backupRoot, const QStringList &sets)
{
    QStringList missing;
    for (const QString &set : sets) {
        if (!QFileInfo::exists(QDir(BackupSetLayout::final(backupRoot, set)).filePath(BackupSetLayout::manifestFile())))
            missing.append(set);
    }
    return missing;
}

// The sets among `sets` whose manifest is not the one their SHA256SUMS
// lists (truncated, overwritten, a flipped byte). Publishing compares the
// files a new set takes from each of them with its manifest; found there,
// after the nodes stopped and every part was archived, the backup failed,
// and so did every later one until someone ran a full backup by hand. A set
// whose SHA256SUMS lists no manifest (made before it did) is taken as it is.
QStringList damagedManifests(const QString &backupRoot, const QStringList &sets)
{
    QStringList damaged;
    for (const QString &set : sets) {
        const QString directory = BackupSetLayout::final(backupRoot, set);
        const QByteArray listed = BackupSetVerifier::listedSha256(directory, BackupSetLayout::manifestFile());
        if (listed.isEmpty())
            continue;
        QFile manifest(QDir(directory).filePath(BackupSetLayout::manifestFile()));
        Sha256 hash;
        if (!manifest.open(QIODevice::ReadOnly) || !hash.addData(&manifest) || hash.hexResult() != listed)
            damaged.append(set);
    }
    return damaged;
}
} // namespace

int IncrementalBase::depth(const QString &backupRoot, const QString &setId)
{
    int depth = 0;
    QString id = setId;
    while (depth < longestChain) {
        QString error;
        const QString directory = BackupSetLayout::final(backupRoot, id);
        // Only its base is needed: the summary says it, without every file.
        auto manifest = BackupSetManifest::loadSummary(directory);
        if (!manifest)
            manifest = BackupSetManifest::load(directory, &error);
        if (!manifest || manifest->base.isEmpty())
            return depth;
        id = manifest->base;
        ++depth;
    }
    return depth;
}

QString IncrementalBase::choose(const QString &backupRoot, const QString &profileName, const QString &strategy, int fullEvery,
                                QString *why)
{
    for (const BackupSetCatalog::Set &set : BackupSetCatalog::list(backupRoot)) {
        if (!set.manifestReadable || set.strategy != strategy || set.profileName != profileName)
            continue;
        if (set.verificationResult == VerificationRecord::damaged) {
            *why = tr("A full backup: the newest %1 set, %2, failed its last verification.").arg(strategy, set.id);
            return {};
        }
        const QStringList missing = missingSets(backupRoot, set.needs);
        if (!missing.isEmpty()) {
            *why = tr("A full backup: the newest %1 set, %2, needs %3, which is no longer in the backup root.")
                       .arg(strategy, set.id, missing.join(QStringLiteral(", ")));
            return {};
        }
        if (const QStringList damaged = damagedManifests(backupRoot, set.needs); !damaged.isEmpty()) {
            *why = tr("A full backup: the newest %1 set, %2, takes files from %3, whose manifest does not match its "
                      "SHA256SUMS (it is damaged). Check it with 'lifeboat verify %4'.")
                       .arg(strategy, set.id, damaged.join(QStringLiteral(", ")), damaged.first());
            return {};
        }
        const int chain = depth(backupRoot, set.id) + 1;
        if (chain >= fullEvery) {
            *why = tr("A full backup: %1 sets build on the last full one, and the profile asks for a full set every %2 "
                      "backups (\"fullEvery\").").arg(chain).arg(fullEvery);
            return {};
        }
        // Its whole manifest, read now: the summary alone listed the set,
        // yet every file is compared with the manifest, and one of many files
        // takes seconds to parse, which after the stop would be downtime.
        // The manifest cache keeps it for the run.
        QString error;
        QString problem;
        if (!BackupSetManifest::load(set.directory, &error, &problem)) {
            *why = tr("A full backup: the newest %1 set, %2, cannot be built on. %3 Check it with 'lifeboat verify %2'.")
                       .arg(strategy, set.id, problem);
            return {};
        }
        *why = tr("An incremental backup: only files changed since %1 are archived; the others stay in the sets that "
                  "hold them.").arg(set.id);
        return set.id;
    }
    *why = tr("A full backup: there is no earlier %1 set of this cluster to build on.").arg(strategy);
    return {};
}

BackupPart::Base IncrementalBase::of(const BackupSetManifest &base, const BackupPart &part)
{
    BackupPart::Base result;
    const auto same = std::find_if(base.parts.cbegin(), base.parts.cend(),
                                   [&part](const BackupPart &older) { return older.name == part.name; });
    ArchiveFormat format = ArchiveFormat::Zip;
    if (same == base.parts.cend() || !archiveFormatOfFile(same->archiveFile, &format) || format == ArchiveFormat::Zip
        || archivePaths(*same) != archivePaths(part))
        return result;
    // Named as the directory is: that is where a restore looks for it.
    result.setId = QFileInfo(base.directory).fileName();
    result.started = base.time;
    result.setFiles(same->files); // shared, not copied; a file with no storedIn is the base's own
    return result;
}

} // namespace Lifeboat
