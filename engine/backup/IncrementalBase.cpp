// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "IncrementalBase.h"

#include <backup/ArchiveFormat.h>
#include <backup/BaseFiles.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/VerificationRecord.h>
#include <support/Sha256.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <memory>
#include <optional>

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
// The parts of the base set of this run, as IncrementalBase::of() keeps them.
struct KeptBase
{
    QString manifest; // its manifest file's path, size and time when read
    qint64 size = 0;
    QDateTime modified;
    QDateTime started;
    struct Part
    {
        QStringList archivePaths;
        std::shared_ptr<const BaseFiles> files;
        bool taken = false; // its files handed to the part being archived
    };
    QHash<QString, Part> parts; // by name; a zip's without files
};
QMutex keptMutex;
std::optional<KeptBase> kept; // guarded by keptMutex

KeptBase keep(const BackupSetManifest &manifest, const QFileInfo &manifestFile)
{
    KeptBase base{manifestFile.absoluteFilePath(), manifestFile.size(), manifestFile.lastModified(), manifest.time, {}};
    for (const BackupPart &part : manifest.parts) {
        if (base.parts.contains(part.name))
            continue; // the first of a name, as a restore takes it
        ArchiveFormat format = ArchiveFormat::Zip;
        const bool tar = archiveFormatOfFile(part.archiveFile, &format) && format != ArchiveFormat::Zip;
        // A file with no storedIn is the base's own.
        base.parts.insert(part.name, {archivePaths(part), tar ? std::make_shared<const BaseFiles>(part.files) : nullptr});
    }
    return base;
}

// Whether `kept` holds the files of the set whose manifest is
// `manifestFile`, as that file is now. With keptMutex held.
bool isKept(const QFileInfo &manifestFile)
{
    return kept && kept->manifest == manifestFile.absoluteFilePath() && kept->size == manifestFile.size()
        && kept->modified == manifestFile.lastModified();
}

// Reads the manifest of the set `directory` (from load()'s cache when it is
// there) into `kept`, and drops it from the cache: the lists are let go.
// With keptMutex held.
bool keepFrom(const QString &directory, const QFileInfo &manifestFile, QString *error, QString *problem)
{
    kept.reset();
    {
        const std::optional<BackupSetManifest> manifest = BackupSetManifest::load(directory, error, problem);
        if (!manifest)
            return false;
        kept = keep(*manifest, manifestFile);
    }
    BackupSetManifest::forget(directory);
    return true;
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
        // Its files are kept compactly for the run (of()), not the manifest.
        QString error;
        QString problem;
        const QFileInfo manifestFile(QDir(set.directory).filePath(BackupSetLayout::manifestFile()));
        const QMutexLocker lock(&keptMutex);
        const bool untouched = isKept(manifestFile)
            && std::none_of(kept->parts.cbegin(), kept->parts.cend(), [](const KeptBase::Part &part) { return part.taken; });
        if (!untouched && !keepFrom(set.directory, manifestFile, &error, &problem)) {
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

std::optional<BackupPart::Base> IncrementalBase::of(const QString &baseDirectory, const BackupPart &part, QString *error)
{
    const QFileInfo manifestFile(QDir(baseDirectory).filePath(BackupSetLayout::manifestFile()));
    const QMutexLocker lock(&keptMutex);
    // Kept by choose() with the plan, unless this part took its files already (a retry).
    if ((!isKept(manifestFile) || kept->parts.value(part.name).taken) && !keepFrom(baseDirectory, manifestFile, error, nullptr))
        return std::nullopt;
    BackupPart::Base result;
    const auto same = kept->parts.find(part.name);
    if (same == kept->parts.end() || !same->files || same->archivePaths != archivePaths(part))
        return result;
    // Named as the directory is: that is where a restore looks for it.
    result.setId = QFileInfo(QDir::cleanPath(baseDirectory)).fileName();
    result.started = kept->started;
    // Handed over: gone with the part once it is archived, not held
    // through publishing (about 45 MB at 300,000 files).
    result.files = std::move(same->files);
    same->taken = true;
    return result;
}

} // namespace Lifeboat
