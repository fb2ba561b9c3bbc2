// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupOfflineScenario.h"

#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

namespace Lifeboat {

QString BackupOfflineScenario::title() const
{
    return tr("Offline backup with downtime");
}

QString BackupOfflineScenario::description() const
{
    return tr("Stops the whole cluster, backs up the databases, the GDS, connectors, every node's identity, all files "
              "of a secondary node, fonts, the Content Storage Root and bootstrap properties, then starts the cluster "
              "again. The simplest and most certain backup; users have no service while it runs.");
}

QList<Precondition> BackupOfflineScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                         const QVariantMap &options) const
{
    return BackupScenario::preconditions(profile, nodes, options)
        + QList<Precondition>{snapshotsCheck([&profile, options, node = chosenSecondary(profile, options)] {
              return plannedSnapshots(profile, node, options);
          })};
}

std::unique_ptr<Plan> BackupOfflineScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    const QString copied = chosenSecondary(profile, options);
    plan->add(std::make_unique<StopNodesStep>(profile.authorNames(false)));
    plan->addCleanup(std::make_unique<StartNodesStep>(profile.authorNames(true), StartNodesStep::Purpose::UndoStop));
    addCompleteBackupFromSnapshots(*plan, profile, copied, plannedSnapshots(profile, copied, options), profile.authorNames(true));
    addPublish(*plan);
    return plan;
}

} // namespace Lifeboat
