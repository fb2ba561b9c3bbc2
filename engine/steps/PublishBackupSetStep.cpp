// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PublishBackupSetStep.h"

#include <hosts/Hosts.h>

#include <support/DiskSync.h>
#include <support/Sha256.h>
#include <profile/AemPaths.h>
#include <support/TextFile.h>
#include <backup/StagedReadBack.h>
#include <backup/StagedSet.h>

#include <backup/BackupPart.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/SetSignature.h>
#include <lifeboat/Version.h>
#include <run/RunRecord.h>
#include <run/RunResult.h>
#include <steps/StepKinds.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lifeboat {

namespace {
bool saveWhole(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}
} // namespace

ChangeList PublishBackupSetStep::preview(const StepContext &context) const
{
    const QString setId = context.options().value(QStringLiteral("setId")).toString();
    ChangeList changes{{Change::Kind::Write, QDir(StagedSet::directory(context)).filePath(BackupSetLayout::manifestFile()), {}, 1, 0}};
    if (!context.profile().signing.key.isEmpty())
        changes.append({Change::Kind::Write, QDir(StagedSet::directory(context)).filePath(SetSignature::fileName()),
                        tr("signed with %1").arg(context.profile().signing.key), 1, 0});
    changes.append({Change::Kind::Move, StagedSet::directory(context),
             tr("renamed to %1 once verified").arg(BackupSetLayout::final(context.profile().backupRoot, setId)), 0, 0});
    return changes;
}

QList<BackupSetManifest::Node> PublishBackupSetStep::topology(const StepContext &context)
{
    QList<BackupSetManifest::Node> nodes;
    for (const NodeProfile &node : context.profile().nodes) {
        HostFiles &files = context.hosts().files(context.profile().hostOf(node));
        nodes.append({node.name, toString(node.role), node.host, files.readText(AemPaths::at(node.repository, AemPaths::clusterNodeId)),
                      files.readText(AemPaths::at(node.repository, AemPaths::systemId))});
    }
    return nodes;
}

QHash<QString, QString> PublishBackupSetStep::patchLevels(const StepContext &context)
{
    QHash<QString, QString> levels;
    for (const NodeProfile &node : context.profile().nodes)
        levels.insert(node.name, context.hosts().files(context.profile().hostOf(node)).readText(node.patchLevelFile));
    return levels;
}

QByteArray PublishBackupSetStep::fileSha256(const QString &path, bool *ok)
{
    QFile file(path);
    Sha256 hash;
    *ok = file.open(QIODevice::ReadOnly) && hash.addData(&file);
    return hash.hexResult();
}

bool PublishBackupSetStep::run(StepContext &context)
{
    const QString setId = context.options().value(QStringLiteral("setId")).toString();
    const QString staging = StagedSet::directory(context);
    const QString final = BackupSetLayout::final(context.profile().backupRoot, setId);
    if (!QFileInfo::exists(staging) && QFileInfo::exists(QDir(final).filePath(BackupSetLayout::manifestFile()))) {
        context.info(tr("The backup set %1 is already complete.").arg(final));
        return true;
    }
    // Safe to repeat at any point: the manifest is written once, the
    // sidecars and scratch copies go, and the rename comes last.
    if (!QFileInfo::exists(QDir(staging).filePath(BackupSetLayout::manifestFile())) && !writeManifest(context, staging))
        return false;
    if (!sign(context, staging))
        return false;
    for (const QString &sidecar : StagedSet::sidecars(staging))
        QFile::remove(sidecar);
    QDir(BackupSetLayout::workDirectory(staging)).removeRecursively();
    if (!verify(context, staging))
        return false;
    if (!syncStaged(context, staging))
        return false;
    if (QFileInfo::exists(final) || !QDir().rename(staging, final))
        return context.fail(tr("Cannot rename %1 to %2.").arg(staging, final));
    // The set's new name survives a power cut only once the backup root is synced.
    DiskSync::directory(context.profile().backupRoot);
    context.recordChange({Change::Kind::Write, final, tr("complete, verified backup set"), 0, 0});
    context.info(tr("Backup set %1 is complete.").arg(final));
    return true;
}

// Every file of the set on the disk before the rename that makes it look
// complete: a power cut must never leave a complete-looking set whose
// archives were still in the page cache.
bool PublishBackupSetStep::syncStaged(StepContext &context, const QString &staging)
{
    for (const QString &name : QDir(staging).entryList(QDir::Files | QDir::Hidden)) {
        if (!DiskSync::file(QDir(staging).filePath(name)))
            return context.fail(tr("Cannot write %1 to the disk (fsync failed), so the set is not published.")
                                    .arg(QDir(staging).filePath(name)));
    }
    DiskSync::directory(staging);
    return true;
}

// SHA256SUMS, which lists the manifest and every archive, signed once it is
// final; a resumed publish signs a set whose signature is missing.
bool PublishBackupSetStep::sign(StepContext &context, const QString &staging)
{
    const QString key = context.profile().signing.key;
    if (key.isEmpty() || QFileInfo::exists(QDir(staging).filePath(SetSignature::fileName())))
        return true;
    QString error;
    if (!SetSignature::sign(staging, key, &error))
        return context.fail(tr("The backup set cannot be signed, so it is not published: %1. Check \"signing\" in the "
                               "profile ('lifeboat check' tries the key), then resume the run.").arg(error));
    context.info(tr("Signed SHA256SUMS with %1.").arg(key));
    return true;
}

bool PublishBackupSetStep::verify(StepContext &context, const QString &staging)
{
    BackupSetVerifier verifier(staging);
    verifier.acceptStagedSet();
    verifier.contentsByArchiveChecksum();
    // Most archives were read back while the backup went on (StagedReadBack).
    const auto readBack = StagedReadBack::finish(staging);
    verifier.alreadyReadBack(readBack);
    verifier.trustSigners(context.profile().signing);
    verifier.olderSetsByRecord();
    if (!verifier.verify())
        return context.fail(verifier.errorString());
    if (!verifier.intact()) {
        return context.fail(tr("The backup set does not read back as written, so it is not published: %1")
                                .arg(verifier.problemSummary()));
    }
    if (!verifier.record())
        context.warn(verifier.errorString());
    context.info(tr("Read back %n file(s) from the archives; every one matches the manifest.", nullptr, verifier.filesChecked()));
    if (!readBack.isEmpty())
        context.info(tr("%n archive(s) had already been read back while the backup went on.", nullptr, int(readBack.size())));
    if (verifier.signature().state != SetSignature::State::Unsigned)
        context.info(tr("The set is %1.").arg(verifier.signature().text()));
    return true;
}

// For a restore by hand with GNU tar alone: which files of `part` to take
// from each older set's archive (see docs/guide.md).
bool PublishBackupSetStep::writeChainLists(StepContext &context, const QString &staging, const BackupPart &part, QByteArray *sums)
{
    for (const QString &set : part.storedInOtherSets()) {
        const QByteArray list = BackupSetLayout::chainList(part, set);
        const QString name = BackupSetLayout::chainListFile(part.name, set);
        if (!saveWhole(QDir(staging).filePath(name), list))
            return context.fail(tr("Cannot write %1 in %2. Check the free space.").arg(name, staging));
        Sha256 hash;
        hash.addData(list);
        *sums += hash.hexResult() + "  " + name.toUtf8() + '\n';
    }
    return true;
}

namespace {
// The moment whose data the set holds, from this run's journal: a snapshot
// holds the nodes as the snapshot step left them; an online copy starts from
// the repository as it was when the backup started; an offline copy holds
// the nodes as they were once stopped. Else the first copying step's start.
QDateTime restorePointOf(const RunRecord &run)
{
    QDateTime snapshot, online, stopped, copied;
    for (const RunRecord::StepRecord &step : run.steps) {
        if (!step.ended || step.result != StepResult::ok)
            continue;
        if (step.kind == StepKinds::takeSnapshots)
            snapshot = step.endedAt;
        else if (step.kind == StepKinds::onlineRepositoryBackup && !online.isValid())
            online = step.startedAt;
        else if (step.kind == StepKinds::stopNodes)
            stopped = step.endedAt;
        else if (!copied.isValid()
            && (step.kind == StepKinds::archivePart || step.kind == StepKinds::archiveParts))
            copied = step.startedAt;
    }
    for (const QDateTime &time : { snapshot, online, stopped, copied }) {
        if (time.isValid())
            return time;
    }
    return run.startedAt;
}
} // namespace

bool PublishBackupSetStep::writeManifest(StepContext &context, const QString &staging)
{
    BackupSetManifest manifest;
    QByteArray sums;
    for (const QString &sidecar : StagedSet::sidecars(staging)) {
        // In the process that archived it, the part its read-back holds:
        // what the sidecar says, without parsing it again.
        std::optional<BackupPart> held = StagedReadBack::recorded(staging, BackupSetLayout::partOfFile(sidecar));
        const BackupPart part = held ? *std::move(held) : StagedSet::recorded(sidecar).value_or(BackupPart{});
        // Its checksum as it was written; the verification below reads the
        // archive against it. Read anew only when not taken on the way.
        bool ok = !part.archiveSha256.isEmpty() && QFileInfo(QDir(staging).filePath(part.archiveFile)).isFile();
        const QByteArray sha = ok ? part.archiveSha256 : fileSha256(QDir(staging).filePath(part.archiveFile), &ok);
        if (!ok || part.archiveFile.isEmpty())
            return context.fail(tr("The archive of part %1 is missing or unreadable in %2.")
                                    .arg(part.name.isEmpty() ? QFileInfo(sidecar).fileName() : part.name, staging));
        sums += sha + "  " + part.archiveFile.toUtf8() + '\n';
        if (!writeChainLists(context, staging, part, &sums))
            return false;
        manifest.parts.append(part);
    }
    if (manifest.parts.isEmpty())
        return context.fail(tr("The backup set %1 has no parts.").arg(staging));
    const QDateTime started = QDateTime::fromString(context.options().value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.setId = context.options().value(QStringLiteral("setId")).toString();
    manifest.time = started;
    manifest.completed = now;
    manifest.durationMs = started.isValid() ? started.msecsTo(now) : 0;
    manifest.strategy = context.options().value(QStringLiteral("strategy")).toString();
    manifest.label = context.options().value(QStringLiteral("label")).toString();
    manifest.lifeboatVersion = QString::fromLatin1(versionString);
    manifest.profileName = context.profile().name;
    const NodeProfile *primary = context.profile().primary();
    manifest.primary = primary ? primary->name : QString();
    manifest.nodes = topology(context);
    manifest.patchLevels = patchLevels(context);
    // From this run's journal: the nodes it stopped, and when each answered
    // again if that was before publishing.
    const RunRecord run = RunRecord::load(context.runDirectory());
    manifest.downtime = run.downtime;
    manifest.restorePoint = restorePointOf(run);
    // Only a set that really references another builds on it.
    if (!manifest.needs().isEmpty())
        manifest.base = context.options().value(QStringLiteral("base")).toString();
    // SHA256SUMS first: a manifest without its checksums never exists. It
    // lists the manifest too, which decides what a restore does ('sha256sum
    // -c SHA256SUMS' checks it with the archives). The manifest is written
    // a piece at a time and hashed on the way; QSaveFile shows it last.
    QSaveFile manifestFile(QDir(staging).filePath(BackupSetLayout::manifestFile()));
    Sha256 manifestHash;
    if (!manifestFile.open(QIODevice::WriteOnly) || !manifest.write(&manifestFile, &manifestHash))
        return context.fail(tr("Cannot write the manifest of %1: %2").arg(staging, manifestFile.errorString()));
    const QByteArray manifestSha256 = manifestHash.hexResult(); // once: it ends the hash
    sums += manifestSha256 + "  " + BackupSetLayout::manifestFile().toUtf8() + '\n';
    // And the summary that listing the sets reads instead of the manifest.
    const QByteArray summary = manifest.summaryText();
    Sha256 summaryHash;
    summaryHash.addData(summary);
    sums += summaryHash.hexResult() + "  " + BackupSetLayout::summaryFile().toUtf8() + '\n';
    if (!saveWhole(QDir(staging).filePath(BackupSetLayout::checksumFile()), sums)
        || !saveWhole(QDir(staging).filePath(BackupSetLayout::summaryFile()), summary) || !manifestFile.commit())
        return context.fail(tr("Cannot write the manifest of %1. Check the free space.").arg(staging));
    manifest.remember(staging, manifestSha256);
    return true;
}

} // namespace Lifeboat
