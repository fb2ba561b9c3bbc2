// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreScenario.h"

#include <hosts/Hosts.h>
#include <profile/AemPaths.h>
#include <run/OptionNames.h>
#include <support/DiskUsage.h>
#include <support/DisplayWords.h>
#include <cluster/NodeController.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <restore/PatchLevel.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <restore/SecondaryFolder.h>
#include <scenarios/NodeChecks.h>
#include <steps/CopyRestoredFilesStep.h>
#include <steps/DiscardRestoreScratchStep.h>
#include <steps/ExtractPartStep.h>
#include <steps/LeaveOutOfCopyStep.h>
#include <steps/QuarantinePathsStep.h>
#include <steps/RenameGdsBackupStep.h>
#include <steps/ReplaceContentsStep.h>
#include <steps/ReplaceFileStep.h>
#include <steps/RestoreDatabaseStep.h>
#include <steps/RestoreFileStep.h>
#include <steps/VerifyBackupSetStep.h>
#include <backup/SetSignature.h>
#include <support/TextFile.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStorageInfo>

namespace Lifeboat {

namespace {
// What to do about a node at another patch level than the set's; on the
// sandbox, also the command that installs its service pack.
QString patchLevelHint(const ClusterProfile &profile, const QString &node)
{
    const QString hint = RestoreScenario::tr("Bring the node to the recorded patch level, or choose a set made at the node's "
                                             "current level.");
    if (!profile.sandbox)
        return hint;
    return hint + u' '
        + RestoreScenario::tr("On the sandbox: lifeboat sandbox patch %1 --node %2").arg(profile.directory(), node);
}
} // namespace

QList<ScenarioOption> RestoreScenario::options() const
{
    return {{.name = OptionNames::backupSet,
             .kind = ScenarioOption::Kind::BackupSet,
             .valueName = tr("set"),
             .description = tr("The backup set to restore from: its id (see 'lifeboat backups') or its directory. Default: "
                               "the newest set that holds what this restore needs.")}};
}

QVariantMap RestoreScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    QVariantMap options = Scenario::completeOptions(profile, std::move(given), error);
    if (!error->isEmpty())
        return {};
    options.insert(QStringLiteral("scenario"), id());
    if (!options.contains(QStringLiteral("setDirectory"))) {
        const QString directory = chooseSet(profile, options, error);
        if (!error->isEmpty())
            return {};
        options.insert(QStringLiteral("setDirectory"), directory);
        options.insert(OptionNames::backupSet, QFileInfo(directory).fileName());
    }
    return options;
}

QString RestoreScenario::chooseSet(const ClusterProfile &profile, const QVariantMap &options, QString *error) const
{
    const QString given = options.value(OptionNames::backupSet).toString();
    if (!given.isEmpty()) {
        // A set id, or a set directory (a copy on other media, say).
        const QString directory = given.contains(u'/') ? QFileInfo(given).absoluteFilePath() : BackupSetLayout::final(profile.backupRoot, given);
        if (!QFileInfo(directory).isDir())
            *error = tr("There is no backup set %1 (looked in %2). See 'lifeboat backups --profile %3'.")
                         .arg(given, directory, profile.filePath);
        return directory;
    }
    for (const BackupSetCatalog::Set &set : BackupSetCatalog::list(profile.backupRoot)) {
        QStringList missing;
        const auto manifest = BackupSetManifest::load(set.directory, error);
        error->clear();
        if (manifest && manifest->profileName == profile.name && holdsNeeds(*manifest, profile, options, &missing))
            return set.directory;
    }
    *error = tr("No backup set of %1 under %2 holds what %3 needs. Make one first (for example 'lifeboat run --scenario "
                "backup-offline'), or name a set with --backup-set.").arg(profile.name, profile.backupRoot, id());
    return {};
}

std::optional<BackupSetManifest> RestoreScenario::manifestOf(const QVariantMap &options, QString *error)
{
    QString ignored;
    return BackupSetManifest::load(options.value(QStringLiteral("setDirectory")).toString(), error ? error : &ignored);
}

const BackupPart *RestoreScenario::find(const BackupSetManifest &manifest, const Need &need)
{
    if (need.node == QLatin1String("*author"))
        return manifest.authorRepository();
    if (!need.part.isEmpty()) {
        for (const BackupPart &candidate : manifest.parts) {
            if (candidate.kind == need.kind && candidate.name == need.part)
                return &candidate;
        }
        return nullptr;
    }
    return manifest.part(need.kind, need.node);
}

bool RestoreScenario::holdsNeeds(const BackupSetManifest &manifest, const ClusterProfile &profile, const QVariantMap &options,
                                 QStringList *missing) const
{
    for (const Need &need : needs(profile, options)) {
        if (need.required && !find(manifest, need))
            missing->append(!need.part.isEmpty() ? need.part
                            : need.node.isEmpty() || need.node.startsWith(u'*') ? need.kind : tr("%1 of %2").arg(need.kind, need.node));
    }
    return missing->isEmpty();
}

RestoreScenario::Need RestoreScenario::databaseNeed(const DatabaseProfile &database)
{
    return {QStringLiteral("database"), {}, true, QStringLiteral("database-") + database.name};
}

QStringList RestoreScenario::partNames(const BackupSetManifest &manifest, const ClusterProfile &profile, const QVariantMap &options) const
{
    QStringList names;
    for (const Need &need : needs(profile, options)) {
        if (const BackupPart *part = find(manifest, need); part && !names.contains(part->name))
            names.append(part->name);
    }
    return names;
}

QString RestoreScenario::prefixOf(const BackupPart &part)
{
    const QString archivePath = part.sources.value(0).archivePath;
    return part.archiveFile.endsWith(QLatin1String(".zip")) && archivePath == QLatin1String("online zip") ? QString()
                                                                                                          : archivePath + u'/';
}

QList<Precondition> RestoreScenario::ownPreconditions(const ClusterProfile &, const NodeController &, const QVariantMap &) const
{
    return {};
}

// Before anything changes: a set changed after it was signed, or not signed
// when the profile requires it, is never restored.
PreconditionResult RestoreScenario::signatureCheck(const ClusterProfile &profile, const QString &setDirectory)
{
    const SetSignature::Check signature = SetSignature::check(setDirectory, profile.signing.allowedSigners);
    const QString another = tr("Do not restore from it; choose another set (see 'lifeboat backups').");
    switch (signature.state) {
    case SetSignature::State::Bad:
        return PreconditionResult::fail(tr("The set's signature is bad: %1.").arg(signature.problem), another);
    case SetSignature::State::Signed:
        return PreconditionResult::pass(tr("The set is %1.").arg(signature.text()));
    case SetSignature::State::Unchecked:
        return PreconditionResult::pass(tr("The set is %1 (the profile names no \"allowedSigners\").").arg(signature.text()));
    case SetSignature::State::Unsigned:
        break;
    }
    if (profile.signing.required)
        return PreconditionResult::fail(tr("The set is unsigned, and the profile requires sets signed by an allowed signer."), another);
    return PreconditionResult::pass(tr("The set is unsigned (the profile does not require signed sets)."));
}

QList<Precondition> RestoreScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                   const QVariantMap &options) const
{
    QList<Precondition> checks = ownPreconditions(profile, nodes, options);
    checks.append(NodeChecks::noSilentButAliveNode(profile, nodes));
    checks.append({tr("The backup set is this cluster's and holds what the restore needs"), [this, &profile, options] {
        QString error;
        const auto manifest = manifestOf(options, &error);
        if (!manifest)
            return PreconditionResult::fail(error, tr("Choose another set with --backup-set (see 'lifeboat backups')."));
        if (manifest->profileName != profile.name)
            return PreconditionResult::fail(tr("The set %1 was made of the cluster \"%2\", not \"%3\".")
                                                .arg(manifest->setId, manifest->profileName, profile.name),
                                            tr("Restore only from a set of this cluster; rehearse other sets with rehearse-restore."));
        if (!sharesIdentity(profile, *manifest))
            return PreconditionResult::fail(tr("The set %1 was made of another cluster: none of the cluster node ids it recorded "
                                               "is on this cluster's nodes.").arg(manifest->setId),
                                            tr("Restore only from a set of this cluster; rehearse other sets with rehearse-restore."));
        QStringList missing;
        if (!holdsNeeds(*manifest, profile, options, &missing))
            return PreconditionResult::fail(tr("The set %1 (%2) has no %3.").arg(manifest->setId, manifest->strategy,
                                                                                missing.join(QStringLiteral(", "))),
                                            tr("Choose a set made by a strategy that backs these up."));
        return PreconditionResult::pass(tr("%1, made by %2 at %3.")
                                            .arg(manifest->setId, manifest->strategy, QLocale().toString(manifest->time.toLocalTime(), QLocale::ShortFormat)));
    }});
    checks.append({tr("Who signed the backup set"), [&profile, options] {
        const auto manifest = manifestOf(options);
        return manifest ? signatureCheck(profile, manifest->directory) : PreconditionResult::pass(tr("Checked once the set can be read."));
    }});
    checks.append({tr("Patch levels match the backup"), [this, &profile, options] {
        const auto manifest = manifestOf(options);
        if (!manifest)
            return PreconditionResult::pass(tr("Checked once the set can be read."));
        QStringList unreadable;
        for (const QString &node : restoredNodes(profile, options)) {
            const QString problem = PatchLevel::mismatch(profile, node, manifest->patchLevels.value(node));
            const NodeProfile *restored = profile.node(node);
            HostFiles::Entry levelFile;
            if (!problem.isEmpty() && restored
                && Hosts::of(profile)->files(profile.hostOf(*restored)).stat(restored->patchLevelFile, &levelFile, nullptr)
                && levelFile.exists())
                return PreconditionResult::fail(problem, patchLevelHint(profile, node));
            if (!problem.isEmpty())
                unreadable.append(node);
        }
        return unreadable.isEmpty()
            ? PreconditionResult::pass(tr("Every node to restore is at the recorded level."))
            : PreconditionResult::pass(tr("%1 has no system to read a patch level from; it is checked again after the system is "
                                          "re-created from its image.").arg(unreadable.join(QStringLiteral(", "))));
    }});
    checks.append({tr("Enough free space for the restore"), [this, &profile, &nodes, options] {
        return checkFreeSpace(*this, profile, nodes, options);
    }});
    checks.append({tr("The topology on disk is the profile's"), [&profile, options] {
        const auto manifest = manifestOf(options);
        return manifest ? checkTopology(profile, *manifest) : PreconditionResult::pass(tr("Checked once the set can be read."));
    }});
    checks.append({tr("Secrets are available"), [&profile, &nodes] {
        QString error;
        for (const NodeProfile &node : profile.nodes)
            nodes.secrets().expand(node.httpPassword, &error);
        return error.isEmpty() ? PreconditionResult::pass(tr("All secrets the profile refers to are set."))
                               : PreconditionResult::fail(error, tr("Provide the secret as the message says, then check again."));
    }});
    return checks;
}

bool RestoreScenario::sharesIdentity(const ClusterProfile &profile, const BackupSetManifest &manifest)
{
    // Names can repeat across clusters (every sandbox has a node1); the
    // cluster node ids cannot. A cluster with no id left on disk (every node
    // lost) cannot tell, and the name check above has to do.
    bool anyOnDisk = false;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const NodeProfile &node : profile.nodes) {
        const QString id = hosts->files(profile.hostOf(node)).readText(AemPaths::at(node.repository, AemPaths::clusterNodeId));
        const BackupSetManifest::Node *recorded = manifest.node(node.name);
        anyOnDisk = anyOnDisk || !id.isEmpty();
        if (!id.isEmpty() && recorded && recorded->clusterNodeId == id)
            return true;
    }
    return !anyOnDisk;
}

PreconditionResult RestoreScenario::checkFreeSpace(const Scenario &scenario, const ClusterProfile &profile,
                                                   const NodeController &nodes, const QVariantMap &options)
{
    // What the plan writes, by file system: the unpacked copies (what it
    // replaces is renamed into the quarantine, which takes no space).
    const auto plan = scenario.buildPlan(profile, options);
    StepContext context(profile, nodes, plan->options(), {});
    context.setMeasuresPreview(false); // what is moved takes no space
    // Keyed by host and file system; a target names its host as HostPath::display() does.
    QHash<QString, qint64> needed;
    QHash<QString, HostPath> example;
    QHash<QString, qint64> available;
    for (int i = 0; i < plan->size(); ++i) {
        if (plan->step(i).onlyRenames())
            continue;
        for (const Change &change : plan->step(i).preview(context)) {
            if ((change.kind != Change::Kind::Write && change.kind != Change::Kind::Overwrite) || change.bytes <= 0)
                continue;
            const HostPath target = HostPath::fromDisplay(change.target);
            HostFiles &files = context.hosts().files(target);
            const HostFiles::Entry existing = files.nearestExisting(target.path);
            const QString path = existing.path;
            const QString key = target.host + u'#' + QString::number(existing.device);
            needed[key] += change.bytes;
            if (!example.contains(key)) {
                example.insert(key, target.at(path));
                qint64 free = 0;
                QString error;
                if (!files.freeSpace(path, &free, &error))
                    return PreconditionResult::fail(error, Hosts::reachHint());
                available.insert(key, free);
            }
        }
    }
    const QLocale locale;
    QStringList summary;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const qint64 free = available.value(it.key());
        if (free < it.value())
            return PreconditionResult::fail(tr("The restore writes %1 on the file system of %2, which has %3 free.")
                                                .arg(locale.formattedDataSize(it.value()), example.value(it.key()).display(), locale.formattedDataSize(free)),
                                            tr("Free space there (or purge old quarantines with 'lifeboat quarantine purge'), "
                                               "then check again. Nothing was changed."));
        summary.append(tr("%1 of %2 free on %3").arg(locale.formattedDataSize(it.value()), locale.formattedDataSize(free), example.value(it.key()).display()));
    }
    return PreconditionResult::pass(summary.isEmpty() ? tr("The restore writes nothing large.") : summary.join(QStringLiteral("; ")));
}

PreconditionResult RestoreScenario::checkTopology(const ClusterProfile &profile, const BackupSetManifest &manifest)
{
    QStringList differences;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Primary) + profile.nodesWithRole(NodeRole::Secondary)) {
        HostFiles &files = hosts->files(profile.hostOf(*node));
        HostFiles::Entry repository, clusteredFile;
        if (!files.stat(node->repository, &repository, nullptr) || !repository.isDirectory())
            continue; // a lost node has nothing to compare
        const bool clustered = files.stat(AemPaths::at(node->repository, AemPaths::clustered), &clusteredFile, nullptr) && clusteredFile.exists();
        const bool secondaryFolder = !SecondaryFolder::in(files, node->repository).isEmpty();
        if (node->role == NodeRole::Primary && secondaryFolder)
            differences.append(tr("%1 is the primary in the profile but holds a secondary folder (crx.NNNN)").arg(node->name));
        if (node->role == NodeRole::Secondary && clustered)
            differences.append(tr("%1 is a secondary in the profile but holds clustered.txt, the primary's marker").arg(node->name));
        const BackupSetManifest::Node *recorded = manifest.node(node->name);
        const QString id = files.readText(AemPaths::at(node->repository, AemPaths::clusterNodeId));
        if (!recorded)
            differences.append(tr("the set does not know %1").arg(node->name));
        else if (!id.isEmpty() && !recorded->clusterNodeId.isEmpty() && id != recorded->clusterNodeId)
            differences.append(tr("%1's cluster_node.id on disk is not the one the set recorded").arg(node->name));
        if (recorded && recorded->role != toString(node->role))
            differences.append(tr("%1 had the role %2 when the set was made, and has the role %3 in the profile")
                                   .arg(node->name, DisplayWords::role(recorded->role), DisplayWords::role(node->role)));
    }
    if (differences.isEmpty())
        return PreconditionResult::pass(tr("Primary, secondaries and cluster node ids on disk are as the profile and the set say."));
    return PreconditionResult::warn(differences.join(QStringLiteral("; ")) + u'.',
                                    tr("Check that the profile describes this cluster. Go on only if you know why they differ."));
}

std::unique_ptr<Plan> RestoreScenario::unreadableSetPlan(const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    plan->add(std::make_unique<VerifyBackupSetStep>(options.value(QStringLiteral("setDirectory")).toString(), QStringList()));
    return plan;
}

std::unique_ptr<Plan> RestoreScenario::startPlan(const ClusterProfile &profile, const QVariantMap &options,
                                                 const BackupSetManifest &manifest, const QList<HostPath> &scratchLocations) const
{
    // Recorded with the run, so that what reads it later (the Summary page)
    // knows how the set was made without opening its manifest.
    QVariantMap recorded = options;
    recorded.insert(QStringLiteral("setStrategy"), manifest.strategy);
    auto plan = std::make_unique<Plan>(id(), recorded);
    plan->add(std::make_unique<VerifyBackupSetStep>(manifest.directory, partNames(manifest, profile, options)));
    plan->addCleanup(std::make_unique<DiscardRestoreScratchStep>(scratchLocations));
    return plan;
}

void RestoreScenario::addUnpackAndReplace(Plan &staging, Plan &swap, const BackupSetManifest &manifest, const BackupPart &part,
                                          const HostPath &location, const QString &what, const QString &confirmationWord)
{
    addUnpack(staging, manifest, part, {location}, what);
    addReplace(swap, part, location, what, confirmationWord);
}

void RestoreScenario::readEachFileOnce(Plan &plan)
{
    VerifyBackupSetStep *verify = nullptr;
    QHash<QString, QStringList> prefixes; // of each part, as unpacked before anything changes
    QHash<QString, const BackupPart *> parts;
    for (int i = 0; i < plan.size(); ++i) {
        Step &step = plan.step(i);
        if (!verify) {
            verify = dynamic_cast<VerifyBackupSetStep *>(&step);
            continue;
        }
        if (step.isDestructive())
            break;
        if (auto *unpack = dynamic_cast<ExtractPartStep *>(&step)) {
            unpack->setBeforeAnyChange();
            prefixes[unpack->part().name].append(unpack->prefix());
            parts.insert(unpack->part().name, &unpack->part());
        }
    }
    if (!verify)
        return;
    QStringList whole;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QStringList &unpacked = prefixes.value(it.key());
        const bool everyFile = std::all_of(it.value()->files.cbegin(), it.value()->files.cend(), [&unpacked](const BackupPart::File &file) {
            return std::any_of(unpacked.cbegin(), unpacked.cend(), [&file](const QString &prefix) { return file.path.startsWith(prefix); });
        });
        if (everyFile && verify->parts().contains(it.key()))
            whole.append(it.key());
    }
    whole.sort();
    verify->setCheckedWhenUnpacked(whole);
}

void RestoreScenario::addUnpack(Plan &plan, const BackupSetManifest &manifest, const BackupPart &part,
                                const QList<HostPath> &locations, const QString &what)
{
    const bool onlineZip = prefixOf(part).isEmpty();
    plan.add(std::make_unique<ExtractPartStep>(
        manifest.directory, part, prefixOf(part), locations,
        onlineZip ? tr("Unzip the zipped online backup of %1 to a scratch location").arg(what)
                  : tr("Unpack the backup of %1 to a scratch location").arg(what)));
}

void RestoreScenario::addReplace(Plan &plan, const BackupPart &part, const HostPath &location, const QString &what,
                                 const QString &confirmationWord, const ContentSwap::Kept &kept, const QStringList &leftOut)
{
    plan.add(std::make_unique<ReplaceContentsStep>(location, tr("Restore %1 from the backup").arg(what), confirmationWord, kept,
                                                   ContentSwap::contentsOf(part, prefixOf(part), leftOut)));
}

void RestoreScenario::addDatabaseRestores(Plan &staging, Plan &swap, const ClusterProfile &profile,
                                          const BackupSetManifest &manifest, const QStringList &kept)
{
    for (const DatabaseProfile &database : profile.databases) {
        // Another database's dump loaded here would drop this one's data.
        const BackupPart *part = kept.contains(database.name) ? nullptr : find(manifest, databaseNeed(database));
        if (!part)
            continue;
        const QString file = part->sources.value(0).archivePath;
        const QString unpack = tr("Unpack the backup of the %1 database to a scratch location").arg(database.name);
        if (database.kind == DatabaseKind::Sqlite) {
            // An SQLite copy is put back as a file.
            if (!file.endsWith(QLatin1String(".sqlite")))
                continue;
            staging.add(std::make_unique<ExtractPartStep>(manifest.directory, *part, QString(), HostPath{{}, database.path}, unpack));
            swap.add(std::make_unique<ReplaceFileStep>(HostPath{{}, database.path}, file, tr("Restore the %1 database").arg(database.name),
                                                       QStringList{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}));
        } else {
            // A dump is loaded into its server.
            const QString location = RestoreScratch::databaseLocation(profile.backupRoot, database);
            staging.add(std::make_unique<ExtractPartStep>(manifest.directory, *part, QString(), HostPath{{}, location}, unpack));
            swap.add(std::make_unique<RestoreDatabaseStep>(database, location, file, part->bytes));
        }
    }
}

void RestoreScenario::addSharedDataRestores(Plan &staging, Plan &swap, const ClusterProfile &profile,
                                            const BackupSetManifest &manifest)
{
    if (const BackupPart *gds = manifest.part(QStringLiteral("gds"))) {
        addUnpackAndReplace(staging, swap, manifest, *gds, profile.gdsPlace(), tr("the GDS"));
        swap.add(std::make_unique<RenameGdsBackupStep>(profile.gds));
    }
    if (const BackupPart *connectors = manifest.part(QStringLiteral("connectors")); connectors && !profile.connectors.isEmpty())
        addUnpackAndReplace(staging, swap, manifest, *connectors, profile.connectorsPlace(), tr("the connectors"));
    if (const BackupPart *fonts = manifest.part(QStringLiteral("fonts"))) {
        for (qsizetype i = 0; i < profile.fonts.size(); ++i) {
            // A fonts directory the set does not hold (the profile gained it
            // since) is left as it is, never replaced by an empty one.
            const QString archivePath = QStringLiteral("fonts-%1").arg(i + 1);
            if (std::none_of(fonts->sources.cbegin(), fonts->sources.cend(),
                             [&archivePath](const BackupPart::Source &source) { return source.archivePath == archivePath; }))
                continue;
            BackupPart one = *fonts;
            one.sources = {{profile.fonts[i], archivePath}};
            addUnpackAndReplace(staging, swap, manifest, one, profile.fontsPlace(profile.fonts[i]), tr("the fonts in %1").arg(profile.fonts[i]));
        }
    }
    if (const BackupPart *storage = manifest.part(QStringLiteral("content-storage-root")); storage && !profile.contentStorageRoot.isEmpty()) {
        for (const BackupPart::Source &source : storage->sources) {
            BackupPart one = *storage;
            one.sources = {{source.path, source.archivePath}};
            addUnpackAndReplace(staging, swap, manifest, one, profile.contentStorageRootPlace().at(QDir(profile.contentStorageRoot).filePath(source.archivePath)),
                                tr("%1 of the Content Storage Root").arg(source.archivePath));
        }
    }
}

QList<HostPath> RestoreScenario::sharedDataLocations(const ClusterProfile &profile)
{
    QList<HostPath> locations{profile.gdsPlace()};
    if (!profile.connectors.isEmpty())
        locations.append(profile.connectorsPlace());
    for (const QString &fonts : profile.fonts)
        locations.append(profile.fontsPlace(fonts));
    for (const QString &folder : AemPaths::contentStorageRootFolders()) {
        if (!profile.contentStorageRoot.isEmpty())
            locations.append(profile.contentStorageRootPlace().at(QDir(profile.contentStorageRoot).filePath(folder)));
    }
    for (const DatabaseProfile &database : profile.databases) {
        locations.append({{}, database.kind == DatabaseKind::Sqlite ? database.path
                                                                     : RestoreScratch::databaseLocation(profile.backupRoot, database)});
    }
    return locations;
}

void RestoreScenario::addRuntimeFileLeaveOut(Plan &staging, const QList<HostPath> &locations, const QString &what)
{
    staging.add(std::make_unique<LeaveOutOfCopyStep>(
        locations, AemPaths::runtimeFiles(),
        tr("Leave clusterNode/revision.log, .lock, repository/system.id and every listener.properties out of the unpacked "
           "copy of %1")
            .arg(what)));
}

void RestoreScenario::addRuntimeFileRemoval(Plan &plan, const ClusterProfile &profile, const NodeProfile &node,
                                            const KeptInPlace &stayed)
{
    auto step = std::make_unique<QuarantinePathsStep>(profile.onNode(node, node.repository), AemPaths::runtimeFiles(),
        tr("Move clusterNode/revision.log, .lock, repository/system.id and every listener.properties on "
           "%1 to the quarantine")
            .arg(node.name),
        node.name);
    step->searchOnlyWhatStayed(stayed);
    plan.add(std::move(step));
}

void RestoreScenario::addTemporaryFileRemoval(Plan &plan, const ClusterProfile &profile, const NodeProfile &node)
{
    for (const QString &directory : node.tempDirectories)
        plan.add(std::make_unique<QuarantinePathsStep>(profile.onNode(node, directory),
            QStringList{ QStringLiteral("*") },
            tr("Move the AEM forms temporary files in %1 on %2 to the quarantine").arg(directory, node.name),
            node.name));
}

void RestoreScenario::addIndexRootRestores(Plan &staging, Plan &swap, const ClusterProfile &profile,
                                           const BackupSetManifest &manifest, const QStringList &nodes)
{
    // "On each node empty the Index Root, then copy backup-lucene-indexes
    // (and delete it) or lucene-indexes into it."
    const BackupPart *storage = manifest.part(QStringLiteral("content-storage-root"));
    if (!storage || profile.contentStorageRoot.isEmpty())
        return;
    QString folder;
    for (const QLatin1StringView candidate : {AemPaths::backupLuceneIndexes, AemPaths::luceneIndexes}) {
        if (folder.isEmpty() && std::any_of(storage->sources.begin(), storage->sources.end(),
                                            [&candidate](const BackupPart::Source &source) { return source.archivePath == candidate; }))
            folder = candidate;
    }
    if (folder.isEmpty())
        return;
    // An Index Root on the Content Storage Root's host gets a copy of the
    // restored folder; one on another host gets the folder unpacked from the set.
    const HostPath source = profile.contentStorageRootPlace().at(QDir(profile.contentStorageRoot).filePath(folder));
    QStringList names;
    QList<HostPath> roots;
    for (const QString &name : nodes) {
        const NodeProfile *node = profile.node(name);
        if (!node || node->indexRoot.isEmpty())
            continue;
        if (profile.hostOf(*node) == source.host) {
            names.append(name);
            roots.append(profile.onNode(*node, node->indexRoot));
            continue;
        }
        BackupPart one = *storage;
        one.sources = {{QDir(profile.contentStorageRoot).filePath(folder), folder}};
        addUnpackAndReplace(staging, swap, manifest, one, profile.onNode(*node, node->indexRoot), tr("the Index Root of %1 (from %2)").arg(name, folder));
    }
    if (!roots.isEmpty())
        swap.add(std::make_unique<CopyRestoredFilesStep>(QString(), source, names, roots,
                                                         tr("Empty the Index Root of %1 and copy %2 into it")
                                                             .arg(names.join(QStringLiteral(", ")), folder)));
    if (folder == AemPaths::backupLuceneIndexes)
        swap.add(
            std::make_unique<QuarantinePathsStep>(profile.contentStorageRootPlace(), QStringList{ folder },
                tr("Move backup-lucene-indexes from the Content Storage Root to the quarantine, now that "
                   "every Index Root has it")));
}

QString RestoreScenario::bootstrapScope(const NodeProfile &node)
{
    return node.appServerDir.isEmpty() ? node.bootstrapProperties : node.appServerDir;
}

void RestoreScenario::addNodeFiles(Plan &plan, const ClusterProfile &profile, const NodeProfile &node, const BackupSetManifest &manifest)
{
    if (const BackupPart *identity = manifest.part(QStringLiteral("node-identity")))
        plan.add(std::make_unique<RestoreFileStep>(manifest.directory, *identity, node.name + u'/' + QFileInfo(AemPaths::clusterNodeId).fileName(),
                                                   profile.onNode(node, AemPaths::at(node.repository, AemPaths::clusterNodeId)), node.repository,
                                                   tr("Restore repository/cluster_node.id of %1").arg(node.name), node.name));
    const BackupPart *bootstrap = manifest.part(QStringLiteral("bootstrap-properties"));
    const QString file = node.name + u'/' + QFileInfo(node.bootstrapProperties).fileName();
    if (bootstrap && !node.bootstrapProperties.isEmpty()
        && std::any_of(bootstrap->files.begin(), bootstrap->files.end(), [&file](const BackupPart::File &f) { return f.path == file; }))
        plan.add(std::make_unique<RestoreFileStep>(manifest.directory, *bootstrap, file, profile.onNode(node, node.bootstrapProperties),
                                                   bootstrapScope(node), tr("Restore the bootstrap properties of %1").arg(node.name), node.name));
}

} // namespace Lifeboat
