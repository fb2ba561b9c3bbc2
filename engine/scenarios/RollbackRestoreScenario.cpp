// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RollbackRestoreScenario.h"

#include <run/OptionNames.h>
#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <steps/PutBackFromQuarantineStep.h>
#include <steps/StopNodesStep.h>

namespace Lifeboat {

QString RollbackRestoreScenario::title() const
{
    return tr("Roll a restore back from the quarantine");
}

QString RollbackRestoreScenario::description() const
{
    return tr("Puts every file a restore replaced back where it was, and moves what the restore brought aside. Use it when "
              "a restore failed half-way or restored the wrong set. The nodes stay stopped afterwards.");
}

QList<ScenarioOption> RollbackRestoreScenario::options() const
{
    return {{.name = OptionNames::run,
             .kind = ScenarioOption::Kind::Text,
             .valueName = tr("id"),
             .description = tr("The restore run to roll back (see 'lifeboat quarantine list')."),
             .required = true}};
}

QVariantMap RollbackRestoreScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    QVariantMap options = Scenario::completeOptions(profile, std::move(given), error);
    if (error->isEmpty())
        options.insert(QStringLiteral("scenario"), id());
    return error->isEmpty() ? options : QVariantMap();
}

QList<Precondition> RollbackRestoreScenario::preconditions(const ClusterProfile &profile, const NodeController &,
                                                           const QVariantMap &options) const
{
    const QString run = options.value(OptionNames::run).toString();
    return {{tr("The quarantine of %1 is there").arg(run), [&profile, run] {
        const QList<Quarantine::Entry> log = Quarantine::undoLog(profile, run);
        const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
        const auto kept = std::count_if(log.begin(), log.end(), [&hosts](const Quarantine::Entry &entry) {
            return !entry.isPlaced() && entry.exists(hosts->files(entry.host));
        });
        if (log.isEmpty())
            return PreconditionResult::fail(tr("No quarantine of the run %1 exists for %2.").arg(run, profile.name),
                                            tr("See 'lifeboat quarantine list --profile %1' for the runs that can be rolled back.").arg(profile.filePath));
        return PreconditionResult::pass(tr("%n path(s) kept by %1 can go back.", nullptr, int(kept)).arg(run));
    }}};
}

std::unique_ptr<Plan> RollbackRestoreScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    QStringList stopOrder;
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Publish) + profile.nodesWithRole(NodeRole::Secondary))
        stopOrder.append(node->name);
    if (profile.primary())
        stopOrder.append(profile.primary()->name);
    plan->add(std::make_unique<StopNodesStep>(stopOrder));
    plan->add(std::make_unique<PutBackFromQuarantineStep>(options.value(OptionNames::run).toString()));
    return plan;
}

} // namespace Lifeboat
