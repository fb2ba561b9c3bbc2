// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreNodeScenario.h"

#include <profile/AemPaths.h>
#include <run/OptionNames.h>
#include <cluster/NodeController.h>
#include <steps/CheckPatchLevelStep.h>
#include <steps/PromoteSecondaryFolderStep.h>
#include <steps/QuarantinePathsStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>
#include <steps/SystemImageStep.h>

#include <hosts/Hosts.h>

namespace Lifeboat {

QString RestoreNodeScenario::title() const
{
    return tr("Restore a single node");
}

QString RestoreNodeScenario::description() const
{
    return tr("Brings one author node back from a backup set while the rest of the cluster keeps serving (the whole "
              "cluster stops only when the node is the primary). Use it when one node crashed, lost its cluster node id, "
              "or reports \"repository unsync\"; its repository is restored when it must be.");
}

QList<ScenarioOption> RestoreNodeScenario::options() const
{
    return RestoreScenario::options()
        + QList<ScenarioOption>{{.name = OptionNames::node,
                                 .kind = ScenarioOption::Kind::Node,
                                 .valueName = tr("name"),
                                 .description = tr("The author node to restore."),
                                 .required = true,
                                 .roles = {NodeRole::Primary, NodeRole::Secondary}},
                                {.name = OptionNames::repository,
                                 .kind = ScenarioOption::Kind::Flag,
                                 .description = tr("Restore the node's repository too (chosen automatically when the node "
                                                   "reports \"repository unsync\" or its repository is gone).")}};
}

QString RestoreNodeScenario::repositoryReason(const ClusterProfile &profile, const NodeProfile &node)
{
    HostFiles &files = Hosts::of(profile)->files(profile.hostOf(node));
    HostFiles::Entry repository;
    QString error;
    if (!files.stat(AemPaths::at(node.repository, AemPaths::repository), &repository, &error))
        return error;
    if (!repository.isDirectory())
        return tr("%1 has no repository.").arg(node.name);
    QByteArray log;
    if (!node.errorLog.isEmpty() && files.readTail(node.errorLog, NodeController::errorLogTail, &log, nullptr)
        && NodeController::errorLogShowsUnsync(log))
        return tr("%1's error.log reports \"repository unsync\".").arg(node.name);
    return {};
}

QVariantMap RestoreNodeScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    const NodeProfile *node = profile.node(given.value(OptionNames::node).toString());
    if (given.contains(OptionNames::node) && (!node || !node->isAuthor())) {
        *error = tr("%1 is not an author node of %2; it has: %3. (Publish nodes: recover-publish-node.)")
                     .arg(given.value(OptionNames::node).toString(), profile.name, profile.authorNames(true).join(QStringLiteral(", ")));
        return {};
    }
    // Decided once, so that resume rebuilds the same plan.
    if (node && !given.contains(QStringLiteral("repositoryReason"))) {
        const QString reason = given.value(OptionNames::repository).toBool() ? tr("asked for with --repository")
                                                                                 : repositoryReason(profile, *node);
        given.insert(OptionNames::repository, !reason.isEmpty());
        given.insert(QStringLiteral("repositoryReason"), reason);
    }
    return RestoreScenario::completeOptions(profile, std::move(given), error);
}

QList<RestoreScenario::Need> RestoreNodeScenario::needs(const ClusterProfile &, const QVariantMap &options) const
{
    const QString node = options.value(OptionNames::node).toString();
    QList<Need> list{{QStringLiteral("node-identity"), {}, true}, {QStringLiteral("bootstrap-properties"), {}, false}};
    if (options.value(OptionNames::repository).toBool())
        list.append({QStringLiteral("repository"), QStringLiteral("*author"), true});
    return list;
}

QStringList RestoreNodeScenario::restoredNodes(const ClusterProfile &, const QVariantMap &options) const
{
    return {options.value(OptionNames::node).toString()};
}

QList<Precondition> RestoreNodeScenario::ownPreconditions(const ClusterProfile &profile, const NodeController &,
                                                          const QVariantMap &options) const
{
    const QString name = options.value(OptionNames::node).toString();
    return {{tr("The set knows %1").arg(name), [name, options] {
        const auto manifest = manifestOf(options);
        const BackupSetManifest::Node *recorded = manifest ? manifest->node(name) : nullptr;
        if (manifest && (!recorded || recorded->clusterNodeId.isEmpty()))
            return PreconditionResult::fail(tr("The set %1 holds no cluster node id of %2, so it cannot restore that node.")
                                                .arg(manifest->setId, name),
                                            tr("Choose a set made while %1 was part of the cluster.").arg(name));
        const QString reason = options.value(QStringLiteral("repositoryReason")).toString();
        return PreconditionResult::pass(reason.isEmpty() ? tr("%1: its repository is left as it is.").arg(name)
                                                         : tr("%1: its repository is restored (%2).").arg(name, reason));
    }}};
}

void RestoreNodeScenario::addRepositoryRestore(Plan &staging, Plan &plan, const ClusterProfile &profile, const NodeProfile &node,
                                               const BackupSetManifest &manifest) const
{
    plan.add(std::make_unique<QuarantinePathsStep>(profile.onNode(node, node.repository),
        AemPaths::clusterNodeFolders(),
        tr("Move the repository, shared, version and workspaces directories in %1's clusterNode directory to "
           "the quarantine")
            .arg(node.name),
        node.name));
    // Only what the procedure restores: the node keeps its own logs and, on a
    // secondary restored from another node's copy, its own crx.NNNN folder.
    const BackupPart &part = *manifest.authorRepository();
    const HostPath location = profile.onNode(node, node.repository);
    const QString what = tr("%1's repository (the copy of %2)").arg(node.name, part.node);
    const KeptInPlace stays{{QString(AemPaths::logs)}, node.role == NodeRole::Secondary && part.node != node.name};
    addUnpack(staging, manifest, part, {location}, what);
    addRuntimeFileLeaveOut(staging, {location}, what);
    addReplace(plan, part, location, what, node.name, stays, AemPaths::runtimeFiles());
    // A primary restored from a secondary's copy takes in its crx.NNNN folder
    // before the runtime files are deleted and its own id is restored.
    if (node.role == NodeRole::Primary)
        plan.add(std::make_unique<PromoteSecondaryFolderStep>(node.name, node.repository, true));
    addRuntimeFileRemoval(plan, profile, node, stays);
}

std::unique_ptr<Plan> RestoreNodeScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    const auto manifest = manifestOf(options);
    const NodeProfile *node = profile.node(options.value(OptionNames::node).toString());
    if (!manifest || !node)
        return unreadableSetPlan(options);
    const bool repository = options.value(OptionNames::repository).toBool() && manifest->authorRepository();
    const bool primary = node->role == NodeRole::Primary;
    auto plan = startPlan(profile, options, *manifest, {profile.onNode(*node, node->repository), profile.onNode(*node, bootstrapScope(*node))});
    // Everything that leaves the node's files as they are comes first, while
    // it still serves: the machine and its patch level, then the unpacking
    // (which checks every file). A failure there stops nothing. The node is
    // down only for the swap.
    plan->add(std::make_unique<SystemImageStep>(QStringList{node->name}));
    plan->add(std::make_unique<CheckPatchLevelStep>(QStringList{node->name}, manifest->patchLevels));
    Plan swap(id(), plan->options());
    if (repository)
        addRepositoryRestore(*plan, swap, profile, *node, *manifest);
    else
        swap.add(std::make_unique<QuarantinePathsStep>(profile.onNode(*node, node->repository),
            QStringList{ AemPaths::lock },
            tr("Move the .lock of %1 to the quarantine, if it exists").arg(node->name), node->name));
    const QStringList stopped = primary ? profile.authorNames(false) : QStringList{node->name};
    plan->add(std::make_unique<StopNodesStep>(stopped));
    plan->addCleanup(std::make_unique<StartNodesStep>(profile.authorNames(true), StartNodesStep::Purpose::UndoStopUnlessRestoreBegan));
    plan->append(std::move(swap));
    addNodeFiles(*plan, profile, *node, *manifest);
    // clustered.txt marks the primary only; one found on a secondary goes.
    if (!primary)
        plan->add(std::make_unique<QuarantinePathsStep>(profile.onNode(*node, node->repository),
            QStringList{ AemPaths::clustered },
            tr("Move repository/clustered.txt of the secondary %1 to the quarantine, if it holds one (it "
               "marks the primary only)")
                .arg(node->name),
            node->name));
    // The seed deletes clustered.txt before any node restarts; only a
    // stopped primary is restarted here, and a running one keeps its marker.
    if (repository && primary)
        plan->add(std::make_unique<QuarantinePathsStep>(
            profile.onNode(*profile.primary(), profile.primary()->repository),
            QStringList{ AemPaths::clustered },
            tr("Move repository/clustered.txt of the primary %1 to the quarantine before any node starts")
                .arg(profile.primary()->name),
            profile.primary()->name));
    addTemporaryFileRemoval(*plan, profile, *node);
    plan->add(std::make_unique<StartNodesStep>(primary ? profile.authorNames(true) : QStringList{node->name}));
    readEachFileOnce(*plan);
    return plan;
}

} // namespace Lifeboat
