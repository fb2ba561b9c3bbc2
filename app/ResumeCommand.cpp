// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ResumeCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "RunExecution.h"
#include "RunsCommand.h"

#include <support/DataPaths.h>
#include <cluster/RepositoryLock.h>
#include <run/RunLock.h>
#include <run/RunResult.h>
#include <run/RunRetry.h>
#include <run/Runner.h>
#include <scenarios/ScenarioRegistry.h>

#include <QCommandLineParser>

namespace Lifeboat {

QString ResumeCommand::summary() const
{
    return tr("Finish a run that was interrupted, from the step that was in flight, or try a failed one again");
}

void ResumeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("profile"), tr("Only runs on this cluster profile."), tr("file")});
    parser.addOption({QStringLiteral("run"), tr("The run to resume, when there are several."), tr("id")});
    parser.addOption(RunsCommand::runsDirectoryOption());
    parser.addOption({QStringLiteral("yes"), tr("Confirm every destructive step in advance.")});
}

int ResumeCommand::execute(const QCommandLineParser &parser)
{
    const QString directory = RunsCommand::runsDirectory(parser);
    const QString wantedRun = parser.value(QStringLiteral("run"));
    const QList<RunRecord> runs = RunRecord::list(directory, parser.value(QStringLiteral("profile")));
    QList<RunRecord> interrupted;
    for (const RunRecord &record : runs) {
        const bool wanted = wantedRun.isEmpty() || record.runId == wantedRun;
        if (wanted && record.isInterrupted() && RepositoryLock::inspect(record.directory).state != RepositoryLock::State::Held)
            interrupted.append(record);
    }
    const bool retrying = interrupted.isEmpty();
    if (retrying)
        interrupted = RunRetry::retryable(runs, wantedRun);
    if (interrupted.isEmpty()) {
        Console::out() << tr("No interrupted or failed run to resume in %1.").arg(directory) << Qt::endl;
        return toInt(ExitCode::Success);
    }
    if (interrupted.size() > 1) {
        Console::err() << (retrying ? tr("Several runs failed; choose one with --run:") : tr("Several runs were interrupted; choose one with --run:"))
                       << '\n';
        for (const RunRecord &record : interrupted)
            Console::err() << QStringLiteral("  %1  (%2 on %3)\n").arg(record.runId, record.scenario, record.clusterName);
        Console::err().flush();
        return toInt(ExitCode::UsageError);
    }
    const RunRecord &record = interrupted.first();
    const Scenario *scenario = ScenarioRegistry::find(record.scenario);
    QString error;
    const auto profile = ClusterProfile::load(record.profilePath, &error);
    if (!scenario || !profile) {
        Console::err() << tr("Cannot resume %1: %2").arg(record.runId, scenario ? error : tr("unknown scenario %1").arg(record.scenario))
                       << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    auto plan = scenario->buildPlan(*profile, record.options);
    QString refusal;
    const auto confirmer = RunExecution::confirmer(parser.isSet(QStringLiteral("yes")), *plan, &refusal);
    if (!confirmer) {
        Console::err() << refusal << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const Runner::Retry retry = RunRetry::modeFor(*scenario, record);
    // The interrupted run's lock went with its process; a live run on the
    // cluster (another one) keeps it, and this one waits its turn.
    auto lock = std::make_unique<RunLock>(*profile);
    if (!lock->acquire(record.scenario)) {
        Console::err() << lock->errorString() << Qt::endl;
        return toInt(ExitCode::PreconditionFailed);
    }
    Runner runner(*profile, std::move(plan), confirmer.get());
    runner.setClusterLock(std::move(lock));
    if (!runner.resume(record, retry)) {
        Console::err() << runner.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    if (retry == Runner::Retry::No)
        Console::out() << tr("Resuming %1 (%2 on %3)").arg(record.runId, record.scenario, record.clusterName) << Qt::endl;
    else
        Console::out() << (retry == Runner::Retry::FromStart
                               ? tr("Trying %1 (%2 on %3) again from its first step: it failed, and its cleanup undid "
                                    "what it had done.")
                               : tr("Trying %1 (%2 on %3) again from the step that failed."))
                              .arg(record.runId, record.scenario, record.clusterName)
                       << Qt::endl;
    return RunExecution::execute(runner);
}

} // namespace Lifeboat
