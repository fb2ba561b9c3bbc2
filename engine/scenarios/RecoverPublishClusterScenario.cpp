// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RecoverPublishClusterScenario.h"

#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

namespace Lifeboat {

QString RecoverPublishClusterScenario::title() const
{
    return tr("Recover the publish nodes of a cluster");
}

QString RecoverPublishClusterScenario::description() const
{
    return tr("Shuts the whole cluster down, restores every Correspondence Management publish node from a backup set, "
              "then starts the author primary, the author secondaries and the publish nodes. Users have no service "
              "while it runs.");
}

QList<RestoreScenario::Need> RecoverPublishClusterScenario::needs(const ClusterProfile &profile, const QVariantMap &) const
{
    QList<Need> list;
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Publish))
        list.append({QStringLiteral("repository"), node->name, true});
    return list;
}

QStringList RecoverPublishClusterScenario::restoredNodes(const ClusterProfile &profile, const QVariantMap &) const
{
    QStringList names;
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Publish))
        names.append(node->name);
    return names;
}

std::unique_ptr<Plan> RecoverPublishClusterScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    const auto manifest = manifestOf(options);
    const QStringList publish = restoredNodes(profile, options);
    if (!manifest || publish.isEmpty())
        return unreadableSetPlan(options);
    QList<HostPath> repositories;
    for (const QString &name : publish)
        repositories.append(profile.onNode(*profile.node(name), profile.node(name)->repository));
    auto plan = startPlan(profile, options, *manifest, repositories);
    const QStringList authorsAndPublish = profile.authorNames(true) + publish;
    plan->add(std::make_unique<StopNodesStep>(publish + profile.authorNames(false)));
    plan->addCleanup(std::make_unique<StartNodesStep>(authorsAndPublish, StartNodesStep::Purpose::UndoStopUnlessRestoreBegan));
    for (const QString &name : publish) {
        const BackupPart *part = manifest->part(QStringLiteral("repository"), name);
        if (part)
            addUnpackAndReplace(*plan, *plan, *manifest, *part, profile.onNode(*profile.node(name), profile.node(name)->repository), tr("%1's repository").arg(name), name);
    }
    plan->add(std::make_unique<StartNodesStep>(authorsAndPublish));
    readEachFileOnce(*plan);
    return plan;
}

} // namespace Lifeboat
