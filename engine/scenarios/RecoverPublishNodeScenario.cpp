// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RecoverPublishNodeScenario.h"

#include <run/OptionNames.h>
#include <steps/ManualStep.h>
#include <steps/StepKinds.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

namespace Lifeboat {

QString RecoverPublishNodeScenario::title() const
{
    return tr("Recover a publish node");
}

QString RecoverPublishNodeScenario::description() const
{
    return tr("Stops one Correspondence Management publish node, restores its repository from a backup set and starts "
              "it again. Nobody may publish until it is back; the author cluster keeps running.");
}

QList<ScenarioOption> RecoverPublishNodeScenario::options() const
{
    return RestoreScenario::options()
        + QList<ScenarioOption>{{.name = OptionNames::node,
                                 .kind = ScenarioOption::Kind::Node,
                                 .valueName = tr("name"),
                                 .description = tr("The publish node to recover."),
                                 .required = true,
                                 .roles = {NodeRole::Publish}}};
}

QVariantMap RecoverPublishNodeScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    const QString name = given.value(OptionNames::node).toString();
    const NodeProfile *node = profile.node(name);
    if (given.contains(OptionNames::node) && (!node || node->role != NodeRole::Publish)) {
        QStringList publish;
        for (const NodeProfile *candidate : profile.nodesWithRole(NodeRole::Publish))
            publish.append(candidate->name);
        *error = tr("%1 is not a publish node of %2; its publish nodes are: %3.")
                     .arg(name, profile.name, publish.isEmpty() ? tr("none") : publish.join(QStringLiteral(", ")));
        return {};
    }
    return RestoreScenario::completeOptions(profile, std::move(given), error);
}

QList<RestoreScenario::Need> RecoverPublishNodeScenario::needs(const ClusterProfile &, const QVariantMap &options) const
{
    return {{QStringLiteral("repository"), options.value(OptionNames::node).toString(), true}};
}

QStringList RecoverPublishNodeScenario::restoredNodes(const ClusterProfile &, const QVariantMap &options) const
{
    return {options.value(OptionNames::node).toString()};
}

std::unique_ptr<Plan> RecoverPublishNodeScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    const auto manifest = manifestOf(options);
    const NodeProfile *node = profile.node(options.value(OptionNames::node).toString());
    const BackupPart *part = manifest && node ? manifest->part(QStringLiteral("repository"), node->name) : nullptr;
    if (!part)
        return unreadableSetPlan(options);
    auto plan = startPlan(profile, options, *manifest, {profile.onNode(*node, node->repository)});
    plan->add(std::make_unique<StopNodesStep>(QStringList{node->name}));
    plan->addCleanup(std::make_unique<StartNodesStep>(QStringList{node->name}, StartNodesStep::Purpose::UndoStopUnlessRestoreBegan));
    plan->add(std::make_unique<ManualStep>(StepKinds::holdPublishing, tr("Hold publishing until %1 is back").arg(node->name),
                                           tr("Make sure nobody publishes from the author cluster (pause the replication agents) "
                                              "until Lifeboat reports that %1 is running again.").arg(node->name)));
    addUnpackAndReplace(*plan, *plan, *manifest, *part, profile.onNode(*node, node->repository), tr("%1's repository").arg(node->name), node->name);
    plan->add(std::make_unique<StartNodesStep>(QStringList{node->name}));
    readEachFileOnce(*plan);
    return plan;
}

} // namespace Lifeboat
