// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunCommand.h"

#include "CheckCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "RunExecution.h"
#include "ScenarioInvocation.h"

#include <support/DataPaths.h>
#include <cluster/NodeController.h>
#include <run/RunLock.h>

namespace Lifeboat {

QString RunCommand::summary() const
{
    return tr("Run a scenario: preconditions, then the plan with confirmations, a journal and a report");
}

int RunCommand::run(const QStringList &arguments)
{
    ScenarioInvocation invocation;
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm every destructive step in advance."));
    const QCommandLineOption accept(QStringLiteral("accept-warnings"), tr("Go on despite precondition warnings."));
    const QCommandLineOption reportDir(QStringLiteral("report-dir"), tr("Where the run's directory goes (default: %1).")
                                                                         .arg(DataPaths::runsDirectory()), tr("dir"));
    if (const auto code = invocation.parse(name(), arguments, {yes, accept, reportDir}))
        return *code;
    const ClusterProfile &profile = invocation.profile();
    // Held from before the checks to the run's end: what the checks found
    // stays true, and a second run on the cluster is refused before any step.
    auto lock = std::make_unique<RunLock>(profile);
    if (!lock->acquire(invocation.scenario().id())) {
        Console::err() << lock->errorString() << Qt::endl;
        return toInt(ExitCode::PreconditionFailed);
    }
    const NodeController nodes(profile);
    const auto results = Precondition::checkAll(invocation.scenario().checks(profile, nodes, invocation.options()));
    CheckCommand::print(results);
    if (Precondition::blocks(results, invocation.parser().isSet(accept))) {
        Console::err() << tr("Nothing was changed: a precondition failed (or warned; --accept-warnings goes on despite "
                             "warnings). Fix what it says and run again.")
                       << Qt::endl;
        return toInt(ExitCode::PreconditionFailed);
    }
    auto plan = invocation.scenario().buildPlan(profile, invocation.options());
    QString refusal;
    const auto confirmer = RunExecution::confirmer(invocation.parser().isSet(yes), *plan, &refusal);
    if (!confirmer) {
        Console::err() << refusal << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Runner runner(profile, std::move(plan), confirmer.get());
    runner.setClusterLock(std::move(lock));
    const QString runs = invocation.parser().isSet(reportDir) ? invocation.parser().value(reportDir) : DataPaths::runsDirectory();
    if (!runner.begin(runs)) {
        Console::err() << runner.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << tr("Run %1").arg(runner.runDirectory()) << Qt::endl;
    return RunExecution::execute(runner);
}

} // namespace Lifeboat
