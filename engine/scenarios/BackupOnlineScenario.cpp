// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupOnlineScenario.h"

#include <cluster/NodeController.h>
#include <run/OptionNames.h>
#include <steps/BackupModeStep.h>
#include <steps/OnlineRepositoryBackupStep.h>

namespace Lifeboat {

namespace {
// How AEM's online backup writes the copy (--target).
constexpr QLatin1StringView directoryTarget{"dir"};
constexpr QLatin1StringView zipTarget{"zip"};
} // namespace

QString BackupOnlineScenario::title() const
{
    return tr("Online backup with no downtime (slower responses)");
}

QString BackupOnlineScenario::description() const
{
    return tr("Puts the cluster in rolling backup mode and copies a secondary node's repository with AEM's online "
              "backup while every node keeps serving. No node stops; the copied node answers more slowly while the "
              "copy runs (the delay option trades speed for load).");
}

QList<ScenarioOption> BackupOnlineScenario::options() const
{
    return BackupScenario::options()
        + QList<ScenarioOption>{secondaryNodeOption(tr("The secondary node to copy (default: the first).")),
                                {.name = OptionNames::delay,
                                 .kind = ScenarioOption::Kind::Integer,
                                 .valueName = tr("ms"),
                                 .description = tr("Pause between copied chunks, in milliseconds."),
                                 .defaultValue = 0,
                                 .minimum = 0,
                                 .maximum = 60000,
                                 .unit = ScenarioOption::Unit::Milliseconds,
                                 .invalid = tr("--delay must be 0 to 60000 milliseconds.")},
                                {.name = OptionNames::target,
                                 .kind = ScenarioOption::Kind::Choice,
                                 .valueName = tr("kind"),
                                 .description = tr("dir (default) or zip: how AEM writes the copy."),
                                 .defaultValue = directoryTarget,
                                 .choices = {directoryTarget, zipTarget},
                                 .invalid = tr("--target must be dir or zip.")},
                                timeoutOption()};
}

QList<Precondition> BackupOnlineScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                        const QVariantMap &options) const
{
    QList<Precondition> checks = BackupScenario::preconditions(profile, nodes, options);
    checks.append(rollingModePreconditions(profile, nodes));
    const QString node = chosenSecondary(profile, options);
    checks.append({tr("%1 runs and answers AEM's online backup interface").arg(node), [&profile, &nodes, node] {
        const NodeProfile *chosen = profile.node(node);
        if (!chosen || chosen->role != NodeRole::Secondary)
            return PreconditionResult::fail(tr("%1 is not a secondary node of this cluster.").arg(node),
                                            tr("Choose a secondary with --node."));
        if (!nodes.status(*chosen).running)
            return PreconditionResult::fail(tr("%1 is not running; an online backup needs it up.").arg(node),
                                            tr("Start it, or choose backup-rolling to copy it while stopped."));
        return PreconditionResult::pass(tr("%1 is running.").arg(node));
    }});
    // Adobe: never run the online backup while a data store garbage
    // collection or a revision cleanup runs.
    checks.append({tr("No garbage collection or revision cleanup runs on %1").arg(node), [&profile, &nodes, node] {
        const NodeProfile *chosen = profile.node(node);
        const std::optional<QString> running = chosen ? nodes.runningCleanup(*chosen) : std::optional<QString>();
        if (!running)
            return PreconditionResult::warn(tr("%1 does not say whether a data store garbage collection or a revision cleanup "
                                               "runs (Oak's RepositoryManagement MBean did not answer).").arg(node),
                                            tr("Check in AEM's Operations > Maintenance that none runs, and go on only then."));
        if (!running->isEmpty())
            return PreconditionResult::fail(tr("A %1 runs on %2; Adobe says not to take an online backup meanwhile.").arg(*running, node),
                                            tr("Wait until it has finished (Operations > Maintenance), then check again. Nothing was changed."));
        return PreconditionResult::pass(tr("Neither runs on %1.").arg(node));
    }});
    return checks;
}

std::unique_ptr<Plan> BackupOnlineScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    plan->add(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Enter, BackupModeState::Mode::Rolling,
                                               options.value(OptionNames::label).toString(),
                                               options.value(OptionNames::timeout).toInt()));
    plan->addCleanup(std::make_unique<BackupModeStep>(BackupModeStep::Direction::LeaveIfEntered, BackupModeState::Mode::Rolling));
    const QString node = chosenSecondary(profile, options);
    addCompleteBackup(*plan, profile, node,
                      std::make_unique<OnlineRepositoryBackupStep>(node, options.value(OptionNames::target).toString() == zipTarget,
                                                                   options.value(OptionNames::delay).toInt()));
    addPublish(*plan);
    return plan;
}

} // namespace Lifeboat
