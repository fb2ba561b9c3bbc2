// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupRollingScenario.h"

#include <run/OptionNames.h>
#include <cluster/NodeController.h>
#include <steps/BackupModeStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

namespace Lifeboat {

QString BackupRollingScenario::title() const
{
    return tr("Offline backup with no downtime (rolling backup mode)");
}

QString BackupRollingScenario::description() const
{
    return tr("Puts the cluster in rolling backup mode, stops one secondary node and backs up from it while the other "
              "nodes keep serving. No downtime; the cluster runs with one node fewer for the duration.");
}

QList<ScenarioOption> BackupRollingScenario::options() const
{
    return BackupScenario::options()
        + QList<ScenarioOption>{secondaryNodeOption(tr("The secondary node to stop and back up (default: the first).")), timeoutOption()};
}

QList<Precondition> BackupRollingScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                         const QVariantMap &options) const
{
    QList<Precondition> checks = BackupScenario::preconditions(profile, nodes, options);
    const QString node = chosenSecondary(profile, options);
    checks.append({tr("%1 is a secondary node").arg(node), [&profile, node] {
        const NodeProfile *chosen = profile.node(node);
        if (!chosen || chosen->role != NodeRole::Secondary)
            return PreconditionResult::fail(tr("%1 is not a secondary node of this cluster.").arg(node),
                                            tr("Choose a secondary with --node; the primary must keep running."));
        return PreconditionResult::pass(tr("%1 will be stopped while the others serve.").arg(node));
    }});
    checks.append(rollingModePreconditions(profile, nodes, node));
    checks.append(snapshotsCheck([&profile, node, options] { return plannedSnapshots(profile, node, options); }));
    return checks;
}

std::unique_ptr<Plan> BackupRollingScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    const QString label = options.value(OptionNames::label).toString();
    const QString node = chosenSecondary(profile, options);
    plan->add(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Enter, BackupModeState::Mode::Rolling, label,
                                               options.value(OptionNames::timeout).toInt()));
    plan->addCleanup(std::make_unique<BackupModeStep>(BackupModeStep::Direction::LeaveIfEntered, BackupModeState::Mode::Rolling));
    plan->add(std::make_unique<StopNodesStep>(QStringList{node}));
    plan->addCleanup(std::make_unique<StartNodesStep>(QStringList{node}, StartNodesStep::Purpose::UndoStop));
    addCompleteBackupFromSnapshots(*plan, profile, node, plannedSnapshots(profile, node, options), {node});
    addPublish(*plan);
    return plan;
}

} // namespace Lifeboat
