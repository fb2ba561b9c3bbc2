// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ResumeCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "RunExecution.h"
#include "RunsCommand.h"

#include <support/DataPaths.h>
#include <cluster/RepositoryLock.h>
#include <scenarios/ScenarioRegistry.h>

#include <QCommandLineParser>

namespace Lifeboat {

QString ResumeCommand::summary() const
{
    return tr("Finish a run that was interrupted, from the step that was in flight");
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
    QList<RunRecord> interrupted;
    for (const RunRecord &record : RunRecord::list(directory, parser.value(QStringLiteral("profile")))) {
        const bool wanted = !parser.isSet(QStringLiteral("run")) || record.runId == parser.value(QStringLiteral("run"));
        if (wanted && record.isInterrupted() && RepositoryLock::inspect(record.directory).state != RepositoryLock::State::Held)
            interrupted.append(record);
    }
    if (interrupted.isEmpty()) {
        Console::out() << tr("No interrupted run to resume in %1.").arg(directory) << Qt::endl;
        return toInt(ExitCode::Success);
    }
    if (interrupted.size() > 1) {
        Console::err() << tr("Several runs were interrupted; choose one with --run:") << '\n';
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
    Runner runner(*profile, std::move(plan), confirmer.get());
    if (!runner.resume(record)) {
        Console::err() << runner.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << tr("Resuming %1 (%2 on %3)").arg(record.runId, record.scenario, record.clusterName) << Qt::endl;
    return RunExecution::execute(runner);
}

} // namespace Lifeboat
