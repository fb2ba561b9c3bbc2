// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupPublishScenario.h"

#include <profile/AemPaths.h>
#include <cluster/NodeController.h>
#include <backup/BackupPart.h>
#include <run/OptionNames.h>
#include <steps/ArchivePartStep.h>
#include <steps/ManualStep.h>
#include <steps/StepKinds.h>
#include <steps/StartNodesStep.h>
#include <steps/RemoveSnapshotsStep.h>
#include <steps/StopNodesStep.h>
#include <steps/TakeSnapshotsStep.h>

#include <hosts/Hosts.h>

namespace Lifeboat {

QString BackupPublishScenario::title() const
{
    return tr("Back up Correspondence Management publish nodes");
}

QString BackupPublishScenario::description() const
{
    return tr("Stops the publish node(s), copies their repositories and starts them again. Publishing must be held "
              "for the duration; the author cluster keeps running.");
}

QList<ScenarioOption> BackupPublishScenario::options() const
{
    return BackupScenario::options()
        + QList<ScenarioOption>{{.name = OptionNames::node,
                                 .kind = ScenarioOption::Kind::Node,
                                 .valueName = tr("name"),
                                 .description = tr("One publish node (default: all of them)."),
                                 .roles = {NodeRole::Publish},
                                 .whenLeftOut = tr("Every publish node")}};
}

QStringList BackupPublishScenario::publishNodes(const ClusterProfile &profile, const QVariantMap &options)
{
    const QString chosen = options.value(OptionNames::node).toString();
    if (!chosen.isEmpty())
        return {chosen};
    QStringList names;
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Publish))
        names.append(node->name);
    return names;
}

QList<Precondition> BackupPublishScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                         const QVariantMap &options) const
{
    // The backup root, its space, and full or incremental.
    QList<Precondition> checks = BackupScenario::preconditions(profile, nodes, options).mid(0, 3);
    const QStringList names = publishNodes(profile, options);
    checks.append({tr("Publish nodes to back up"), [&profile, names] {
        if (names.isEmpty())
            return PreconditionResult::fail(tr("The profile has no publish node."), tr("Add the publish nodes to the profile."));
        for (const QString &name : names) {
            const NodeProfile *node = profile.node(name);
            if (!node || node->role != NodeRole::Publish)
                return PreconditionResult::fail(tr("%1 is not a publish node.").arg(name), tr("Choose a publish node with --node."));
            HostFiles &files = Hosts::of(profile)->files(profile.hostOf(*node));
            HostFiles::Entry repository;
            QString error;
            if (!files.stat(AemPaths::at(node->repository, AemPaths::repository), &repository, &error))
                return PreconditionResult::fail(error, Hosts::reachHint());
            if (!repository.isDirectory())
                return PreconditionResult::fail(tr("%1 has no repository at %2.").arg(name, files.describe(node->repository)),
                                                tr("Recover the node first (recover-publish-node)."));
        }
        return PreconditionResult::pass(names.join(QStringLiteral(", ")));
    }});
    checks.append(snapshotsCheck([&profile, names, setId = options.value(QStringLiteral("setId")).toString()] {
        return PathSnapshot::forBackup(profile, names, setId, false);
    }));
    return checks;
}

std::unique_ptr<Plan> BackupPublishScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    const QStringList names = publishNodes(profile, options);
    plan->add(std::make_unique<ManualStep>(StepKinds::holdPublishing, tr("Hold publishing"),
                                           tr("Make sure nobody publishes from the author cluster (pause the replication "
                                              "agents) until Lifeboat reports that this backup is done.")));
    plan->add(std::make_unique<StopNodesStep>(names));
    plan->addCleanup(std::make_unique<StartNodesStep>(names, StartNodesStep::Purpose::UndoStop));
    const QList<PathSnapshot> snapshots = PathSnapshot::forBackup(profile, names, options.value(QStringLiteral("setId")).toString(), false);
    const QList<PathSnapshot> taken = PathSnapshot::taken(snapshots);
    std::vector<std::unique_ptr<Step>> copies;
    for (const QString &name : names) {
        BackupPart part;
        part.name = QStringLiteral("repository-") + name;
        part.kind = QStringLiteral("repository");
        part.node = name;
        const NodeProfile &node = *profile.node(name);
        part.sources = {{node.repository, AemPaths::crxRepository, profile.hostOf(node)}};
        part.excluded = {AemPaths::at(AemPaths::crxRepository, AemPaths::lock)};
        copies.push_back(std::make_unique<ArchivePartStep>(PathSnapshot::readFromSnapshots(part, taken),
                                                           PathSnapshot::readsFrom(part, taken)
                                                               ? tr("Back up all files of %1's repository from its snapshot").arg(name)
                                                               : tr("Back up all files of %1's repository").arg(name)));
    }
    // With snapshots, the nodes serve again before the copy; without, after it.
    if (!taken.isEmpty()) {
        plan->add(std::make_unique<TakeSnapshotsStep>(snapshots, names));
        plan->addCleanup(std::make_unique<RemoveSnapshotsStep>(taken));
        plan->add(std::make_unique<StartNodesStep>(names, StartNodesStep::Purpose::UndoStop));
    }
    for (std::unique_ptr<Step> &copy : copies)
        addPartStep(*plan, std::move(copy));
    if (taken.isEmpty())
        plan->add(std::make_unique<StartNodesStep>(names, StartNodesStep::Purpose::UndoStop));
    addPublish(*plan);
    return plan;
}

} // namespace Lifeboat
