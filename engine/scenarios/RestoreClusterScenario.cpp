// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreClusterScenario.h"

#include <profile/AemPaths.h>
#include <restore/DatabaseReplacement.h>
#include <steps/BackupModeStep.h>
#include <steps/CheckPatchLevelStep.h>
#include <steps/CopyRestoredFilesStep.h>
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

QList<RestoreScenario::Need> RestoreClusterScenario::needs(const ClusterProfile &profile, const QVariantMap &) const
{
    QList<Need> list;
    for (const DatabaseProfile &database : profile.databases)
        list.append({QStringLiteral("database"), {}, true});
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
                                                             const QVariantMap &) const
{
    QList<Precondition> checks;
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

void RestoreClusterScenario::addRestore(Plan &plan, const ClusterProfile &profile, const BackupSetManifest &manifest)
{
    const QStringList authors = profile.authorNames(true);
    plan.add(std::make_unique<SystemImageStep>(authors));
    plan.add(std::make_unique<CheckPatchLevelStep>(authors, manifest.patchLevels));
    addDatabaseRestores(plan, profile, manifest);
    addSharedDataRestores(plan, profile, manifest);
    addIndexRootRestores(plan, profile, manifest, authors);
    for (const QString &name : authors)
        plan.add(std::make_unique<QuarantinePathsStep>(
            profile.onNode(*profile.node(name), profile.node(name)->repository),
            AemPaths::clusterNodeFolders(),
            tr("Delete the repository, shared, version and workspaces directories in %1's clusterNode directory").arg(name), name));
    addRepositoryRestores(plan, profile, manifest, authors);
    for (const QString &name : authors)
        addRuntimeFileRemoval(plan, profile, *profile.node(name));
    for (const QString &name : authors)
        addNodeFiles(plan, profile, *profile.node(name), manifest);
    const NodeProfile &primary = *profile.primary();
    plan.add(std::make_unique<PromoteSecondaryFolderStep>(primary.name, primary.repository, true));
    plan.add(std::make_unique<QuarantinePathsStep>(profile.onNode(primary, primary.repository), QStringList{AemPaths::clustered},
                                                   tr("Delete repository/clustered.txt from the primary %1 before any node starts")
                                                       .arg(primary.name), primary.name));
    for (const QString &name : authors)
        addTemporaryFileRemoval(plan, profile, *profile.node(name));
}

// The seed restores the primary's repository and copies it to the other
// authors. On the primary's own host that is a local copy; every other
// author host gets the same files by unpacking the set there, all hosts at
// once, so nothing crosses the network from node to node. The swaps follow
// in the seed's order: the primary first.
void RestoreClusterScenario::addRepositoryRestores(Plan &plan, const ClusterProfile &profile,
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
    addUnpack(plan, manifest, repository, unpackTargets,
              unpackedHere.size() == 1 ? what(primary.name)
                                       : tr("the repositories of %1 (copies of %2, on each host at once)")
                                             .arg(unpackedHere.join(QStringLiteral(", ")), repository.node));
    for (qsizetype i = 0; i < unpackedHere.size(); ++i)
        addReplace(plan, unpackTargets[i], what(unpackedHere[i]), unpackedHere[i]);
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
    plan->add(std::make_unique<StopNodesStep>(profile.authorNames(false)));
    plan->addCleanup(std::make_unique<StartNodesStep>(profile.authorNames(true), StartNodesStep::Purpose::UndoStopUnlessRestoreBegan));
    addRestore(*plan, profile, *manifest);
    plan->add(std::make_unique<StartNodesStep>(profile.authorNames(true)));
    // The database of a set made in rolling backup mode says so, and the
    // restored cluster is in that mode again: "Leave the rolling backup mode
    // after a recovery."
    if (madeInRollingBackupMode(manifest->strategy) && !profile.backupMode.leaveRolling.isEmpty())
        plan->add(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Leave, BackupModeState::Mode::Rolling));
    return plan;
}

} // namespace Lifeboat
