// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RollbackRestoreScenario.h"

#include <run/OptionNames.h>
#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <steps/PutBackFromQuarantineStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

#include <QDir>

#include <algorithm>

namespace Lifeboat {

QString RollbackRestoreScenario::title() const
{
    return tr("Roll a restore back from the quarantine");
}

QString RollbackRestoreScenario::description() const
{
    return tr("Puts every file a restore replaced back where it was, and moves what the restore brought aside. Use it when "
              "a restore failed half-way or restored the wrong set. Only the nodes whose files go back are stopped, and "
              "they start again afterwards.");
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
    const QString run = options.value(OptionNames::run).toString();
    const QStringList touched = touchedNodes(profile, Quarantine::undoLog(profile, run));
    QStringList stopOrder;
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Publish) + profile.nodesWithRole(NodeRole::Secondary)) {
        if (touched.contains(node->name))
            stopOrder.append(node->name);
    }
    if (profile.primary() && touched.contains(profile.primary()->name))
        stopOrder.append(profile.primary()->name);
    QStringList startOrder(stopOrder.crbegin(), stopOrder.crend());

    auto plan = std::make_unique<Plan>(id(), options);
    if (!stopOrder.isEmpty()) {
        plan->add(std::make_unique<StopNodesStep>(stopOrder));
        // The cluster ran before the rollback (or the person stopped what
        // they wanted stopped): what this run stopped, and only that, runs again.
        plan->addCleanup(std::make_unique<StartNodesStep>(startOrder, StartNodesStep::Purpose::UndoStop));
    }
    plan->add(std::make_unique<PutBackFromQuarantineStep>(run));
    return plan;
}

QStringList RollbackRestoreScenario::touchedNodes(const ClusterProfile &profile, const QList<Quarantine::Entry> &undoLog)
{
    // A log that cannot be read says nothing about what the restore touched.
    if (undoLog.isEmpty())
        return profile.nodeNames();
    const auto within = [](const QString &path, const QString &place) {
        const QString clean = QDir::cleanPath(place);
        return !place.isEmpty() && (path == clean || path.startsWith(clean + u'/'));
    };
    QStringList touched;
    for (const Quarantine::Entry &entry : undoLog) {
        const QString path = QDir::cleanPath(entry.original);
        bool owned = false;
        for (const NodeProfile &node : profile.nodes) {
            if (!entry.database.isEmpty() || profile.hostOf(node) != entry.host)
                continue;
            const QStringList places = QStringList{node.repository, node.bootstrapProperties, node.appServerDir,
                                                   node.indexRoot, node.patchLevelFile} + node.tempDirectories;
            if (std::none_of(places.cbegin(), places.cend(), [&](const QString &place) { return within(path, place); }))
                continue;
            owned = true;
            if (!touched.contains(node.name))
                touched.append(node.name);
        }
        // Shared data (the GDS, a database, the Content Storage Root, fonts,
        // connectors) serves every node: none may run while it goes back.
        if (!owned)
            return profile.nodeNames();
    }
    return touched;
}

} // namespace Lifeboat
