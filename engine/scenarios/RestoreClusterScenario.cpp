// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreClusterScenario.h"

#include <profile/AemPaths.h>
#include <restore/DatabaseReplacement.h>
#include <steps/BackupModeStep.h>
#include <steps/CheckPatchLevelStep.h>
#include <steps/CopyRestoredFilesStep.h>
#include <steps/ManualStep.h>
#include <steps/StepKinds.h>
#include <run/OptionNames.h>
#include <database/MariaDbClient.h>
#include <database/PostgresClient.h>
#include <steps/PromoteSecondaryFolderStep.h>
#include <steps/QuarantinePathsStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>
#include <steps/SystemImageStep.h>

namespace Lifeboat {

QString RestoreClusterScenario::title() const
{
    return tr("Restore the entire cluster");
}

QString RestoreClusterScenario::description() const
{
    return tr("Stops every author node and brings back the databases, the GDS, connectors, fonts and every node's "
              "repository from one backup set, so that all of them agree again. Use it after a database crash, lost "
              "GDS documents or when several nodes failed. The cluster is down until the restore ends.");
}

QList<ScenarioOption> RestoreClusterScenario::options() const
{
    return RestoreScenario::options()
        + QList<ScenarioOption>{{.name = OptionNames::keepDatabases,
                                 .kind = ScenarioOption::Kind::Text,
                                 .valueName = tr("names"),
                                 .description = tr("Databases of the profile to leave as they are, comma-separated: for a set "
                                                   "that holds no dump of them. You confirm it before anything changes.")}};
}

QStringList RestoreClusterScenario::keptDatabases(const QVariantMap &options)
{
    QStringList names;
    for (const QString &name : options.value(OptionNames::keepDatabases).toString().split(u',', Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

QList<RestoreScenario::Need> RestoreClusterScenario::needs(const ClusterProfile &profile, const QVariantMap &options) const
{
    // Each database's own dump. Not required here: the newest set must not be
    // passed over silently for an older one; the check below names what is missing.
    QList<Need> list;
    for (const DatabaseProfile &database : profile.databases) {
        if (!keptDatabases(options).contains(database.name)) {
            Need need = databaseNeed(database);
            need.required = false;
            list.append(need);
        }
    }
    list += {{QStringLiteral("gds"), {}, true},
             {QStringLiteral("node-identity"), {}, true},
             {QStringLiteral("repository"), QStringLiteral("*author"), true},
             {QStringLiteral("connectors"), {}, false},
             {QStringLiteral("fonts"), {}, false},
             {QStringLiteral("content-storage-root"), {}, false},
             {QStringLiteral("bootstrap-properties"), {}, false}};
    return list;
}

QStringList RestoreClusterScenario::restoredNodes(const ClusterProfile &profile, const QVariantMap &) const
{
    return profile.authorNames(true);
}

QList<Precondition> RestoreClusterScenario::ownPreconditions(const ClusterProfile &profile, const NodeController &,
                                                             const QVariantMap &options) const
{
    QList<Precondition> checks;
    checks.append({tr("The set holds every database's own dump"), [&profile, options] {
        const auto manifest = manifestOf(options);
        if (!manifest)
            return PreconditionResult::pass(tr("Checked once the set can be read."));
        const QStringList kept = keptDatabases(options);
        QStringList missing, unknown;
        for (const QString &name : kept) {
            if (!std::any_of(profile.databases.begin(), profile.databases.end(), [&name](const DatabaseProfile &d) { return d.name == name; }))
                unknown.append(name);
        }
        for (const DatabaseProfile &database : profile.databases) {
            if (!kept.contains(database.name) && !find(*manifest, databaseNeed(database)))
                missing.append(database.name);
        }
        if (!unknown.isEmpty())
            return PreconditionResult::fail(tr("--keep-databases names %1, which the profile does not have (it has: %2).")
                                                .arg(unknown.join(QStringLiteral(", ")), databaseNames(profile).join(QStringLiteral(", "))),
                                            tr("Name only databases of the profile."));
        if (!missing.isEmpty())
            return PreconditionResult::fail(tr("The set %1 holds no dump of the database %2; Lifeboat restores a database only "
                                               "from its own dump.").arg(manifest->setId, missing.join(QStringLiteral(", "))),
                                            tr("Choose a set made since %1 was added to the profile (--backup-set), or leave it "
                                               "as it is with --keep-databases %2.").arg(missing.join(QStringLiteral(", ")), missing.join(u',')));
        if (!kept.isEmpty())
            return PreconditionResult::warn(tr("%1 is left as it is, and may no longer agree with the restored GDS and repositories.")
                                                .arg(kept.join(QStringLiteral(", "))),
                                            tr("You confirm this before anything changes."));
        return PreconditionResult::pass(databaseNames(profile).isEmpty() ? tr("The profile has no database.")
                                                                          : databaseNames(profile).join(QStringLiteral(", ")));
    }});
    for (const DatabaseProfile &database : profile.databases) {
        if (database.kind == DatabaseKind::Sqlite)
            continue;
        checks.append({tr("Lifeboat can restore the %1 database").arg(database.name), [database, backupRoot = profile.backupRoot] {
            const QString missing = database.kind == DatabaseKind::MariaDb ? MariaDbClient::missingTools() : PostgresClient::missingTools();
            if (!missing.isEmpty())
                return PreconditionResult::fail(missing, tr("Install the client, then check again. Nothing was changed."));
            if (backupRoot.isEmpty())
                return PreconditionResult::fail(tr("The profile has no backup root, where the current contents of %1 are kept "
                                                   "before the restore replaces them.").arg(database.name),
                                                tr("Set \"backupRoot\" in the profile, then check again."));
            return PreconditionResult::pass(tr("%1: its current contents are dumped into the quarantine under %2 first, then "
                                               "the backup's dump is loaded.").arg(DatabaseReplacement::describe(database), backupRoot));
        }});
    }
    return checks;
}

QStringList RestoreClusterScenario::databaseNames(const ClusterProfile &profile)
{
    QStringList names;
    for (const DatabaseProfile &database : profile.databases)
        names.append(database.name);
    return names;
}

QList<HostPath> RestoreClusterScenario::scratchLocations(const ClusterProfile &profile)
{
    QList<HostPath> locations = sharedDataLocations(profile);
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Primary) + profile.nodesWithRole(NodeRole::Secondary)) {
        locations << profile.onNode(*node, node->repository) << profile.onNode(*node, bootstrapScope(*node));
        if (!node->indexRoot.isEmpty())
            locations << profile.onNode(*node, node->indexRoot);
    }
    return locations;
}

void RestoreClusterScenario::addRestore(Plan &staging, Plan &plan, const ClusterProfile &profile, const BackupSetManifest &manifest,
                                        const QStringList &keptDatabases)
{
    const QStringList authors = profile.authorNames(true);
    staging.add(std::make_unique<SystemImageStep>(authors));
    staging.add(std::make_unique<CheckPatchLevelStep>(authors, manifest.patchLevels));
    addDatabaseRestores(staging, plan, profile, manifest, keptDatabases);
    addSharedDataRestores(staging, plan, profile, manifest);
    addIndexRootRestores(staging, plan, profile, manifest, authors);
    for (const QString &name : authors)
        plan.add(std::make_unique<QuarantinePathsStep>(
            profile.onNode(*profile.node(name), profile.node(name)->repository),
            AemPaths::clusterNodeFolders(),
            tr("Move the repository, shared, version and workspaces directories in %1's clusterNode "
               "directory to the quarantine")
                .arg(name),
            name));
    addRepositoryRestores(staging, plan, profile, manifest, authors);
    // The secondary folder's files first: an id, system.id or revision.log
    // among them must not land over what the next steps delete and restore.
    const NodeProfile &primary = *profile.primary();
    plan.add(std::make_unique<PromoteSecondaryFolderStep>(primary.name, primary.repository, true));
    for (const QString &name : authors)
        addRuntimeFileRemoval(plan, profile, *profile.node(name), {});
    for (const QString &name : authors)
        addNodeFiles(plan, profile, *profile.node(name), manifest);
    plan.add(std::make_unique<QuarantinePathsStep>(profile.onNode(primary, primary.repository),
        QStringList{ AemPaths::clustered },
        tr("Move repository/clustered.txt of the primary %1 to the quarantine before any node starts")
            .arg(primary.name),
        primary.name));
    for (const QString &name : authors)
        addTemporaryFileRemoval(plan, profile, *profile.node(name));
}

// The seed restores the primary's repository and copies it to the other
// authors. On the primary's own host that is a local copy; every other
// author host gets the same files by unpacking the set there, all hosts at
// once, so nothing crosses the network from node to node. The swaps follow
// in the seed's order: the primary first.
void RestoreClusterScenario::addRepositoryRestores(Plan &staging, Plan &plan, const ClusterProfile &profile,
                                                   const BackupSetManifest &manifest, const QStringList &authors)
{
    const NodeProfile &primary = *profile.primary();
    const BackupPart &repository = *manifest.authorRepository();
    QStringList unpackedHere{primary.name}, copiedHere;
    QList<HostPath> unpackTargets{profile.onNode(primary, primary.repository)}, copyTargets;
    for (const QString &name : authors.mid(1)) {
        const NodeProfile &node = *profile.node(name);
        const bool primaryHost = profile.hostOf(node) == profile.hostOf(primary);
        (primaryHost ? copiedHere : unpackedHere).append(name);
        (primaryHost ? copyTargets : unpackTargets).append(profile.onNode(node, node.repository));
    }
    const auto what = [&repository](const QString &node) {
        return tr("%1's repository (the copy of %2)").arg(node, repository.node);
    };
    addUnpack(staging, manifest, repository, unpackTargets,
              unpackedHere.size() == 1 ? what(primary.name)
                                       : tr("the repositories of %1 (copies of %2, on each host at once)")
                                             .arg(unpackedHere.join(QStringLiteral(", ")), repository.node));
    addRuntimeFileLeaveOut(staging, unpackTargets,
                           unpackedHere.size() == 1 ? what(primary.name)
                                                    : tr("the repositories of %1").arg(unpackedHere.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < unpackedHere.size(); ++i)
        addReplace(plan, repository, unpackTargets[i], what(unpackedHere[i]), unpackedHere[i], {}, AemPaths::runtimeFiles());
    if (!copiedHere.isEmpty())
        plan.add(std::make_unique<CopyRestoredFilesStep>(primary.name, unpackTargets.first(), copiedHere, copyTargets));
}

bool RestoreClusterScenario::madeInRollingBackupMode(const QString &strategy)
{
    return strategy == ScenarioIds::backupRolling || strategy == ScenarioIds::backupOnline;
}

std::unique_ptr<Plan> RestoreClusterScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    const auto manifest = manifestOf(options);
    if (!manifest || !manifest->authorRepository())
        return unreadableSetPlan(options);
    auto plan = startPlan(profile, options, *manifest, scratchLocations(profile));
    for (const QString &name : keptDatabases(options))
        plan->add(std::make_unique<ManualStep>(StepKinds::keepDatabase, tr("Leave the %1 database as it is").arg(name),
                                               tr("The set %1 holds no dump of %2, so the restore leaves it as it is; it may no "
                                                  "longer agree with the restored GDS and repositories. Confirm to go on.")
                                                   .arg(manifest->setId, name)));
    // Unpacked and checked while the cluster serves; stopped for the swap only.
    Plan swap(id(), plan->options());
    addRestore(*plan, swap, profile, *manifest, keptDatabases(options));
    plan->add(std::make_unique<StopNodesStep>(profile.authorNames(false)));
    plan->addCleanup(std::make_unique<StartNodesStep>(profile.authorNames(true), StartNodesStep::Purpose::UndoStopUnlessRestoreBegan));
    plan->append(std::move(swap));
    plan->add(std::make_unique<StartNodesStep>(profile.authorNames(true)));
    // The database of a set made in rolling backup mode says so, and the
    // restored cluster is in that mode again: "Leave the rolling backup mode
    // after a recovery."
    if (madeInRollingBackupMode(manifest->strategy) && !profile.backupMode.leaveRolling.isEmpty())
        plan->add(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Leave, BackupModeState::Mode::Rolling));
    readEachFileOnce(*plan);
    return plan;
}

} // namespace Lifeboat
