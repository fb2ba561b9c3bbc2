// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunExecution.h"

#include "Console.h"
#include "ExitCode.h"
#include "TerminalConfirmer.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <run/ReportWriter.h>
#include <run/RunRecord.h>
#include <run/ScenarioCategory.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/StepKinds.h>
#include <support/DataPaths.h>
#include <support/DisplayWords.h>
#include <ReportRenderer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Lifeboat {

int RunExecution::exitCodeFor(Runner::Outcome outcome)
{
    switch (outcome) {
    case Runner::Outcome::Succeeded: return toInt(ExitCode::Success);
    case Runner::Outcome::Failed: return toInt(ExitCode::StepFailed);
    case Runner::Outcome::Cancelled:
    case Runner::Outcome::Declined: return toInt(ExitCode::CancelledOrDeclined);
    }
    return toInt(ExitCode::StepFailed);
}

std::unique_ptr<Confirmer> RunExecution::confirmer(bool yes, const Plan &plan, QString *refusal)
{
    if (yes)
        return std::make_unique<FixedConfirmer>(true);
    if (TerminalConfirmer::hasTerminal())
        return std::make_unique<TerminalConfirmer>();
    for (int i = 0; i < plan.size(); ++i) {
        if (plan.step(i).needsConfirmation()) {
            *refusal = tr("Step %1 (%2) changes the cluster and needs a confirmation, but there is no terminal to ask "
                          "on. Nothing was changed. Run it in a terminal, or add --yes to confirm every step in advance.")
                           .arg(i + 1)
                           .arg(plan.step(i).title());
            return nullptr;
        }
    }
    return std::make_unique<FixedConfirmer>(false);
}

QString RunExecution::resumeCommand(const QString &runDirectory)
{
    const QDir directory(runDirectory);
    QString command = QStringLiteral("lifeboat resume --run %1").arg(directory.dirName());
    const QString runs = QFileInfo(directory.absolutePath()).absolutePath();
    if (QDir(runs) != QDir(DataPaths::runsDirectory()))
        command += QStringLiteral(" --report-dir %1").arg(runs);
    return command;
}

QString RunExecution::nextStep(const RunRecord &record)
{
    // Only what is true: resume takes failed and interrupted runs, never a
    // cancelled or declined one.
    if (record.hasFailed())
        return tr("To try it again: %1").arg(resumeCommand(record.directory));
    const bool changedSomething = std::any_of(record.steps.cbegin(), record.steps.cend(),
                                              [](const RunRecord::StepRecord &step) { return !step.changes.isEmpty(); });
    if (changedSomething && ScenarioRegistry::categoryOf(record.scenario) == ScenarioCategory::Recovery)
        return tr("The run cannot be resumed (it was %1), and it changed the cluster. To put back what it replaced: "
                  "lifeboat run --profile %2 --scenario %3 --run %4; or start the restore again.")
            .arg(DisplayWords::result(record.state()), record.profilePath, QString(ScenarioIds::rollbackRestore), record.runId);
    return {};
}

int RunExecution::execute(Runner &runner)
{
    const int total = runner.plan().size();
    QElapsedTimer clock;
    QObject::connect(&runner, &Runner::stepStarted, &runner, [&](int index, bool cleanup, const QString &title) {
        clock.start();
        const QString position = cleanup ? tr("cleanup") : QStringLiteral("%1/%2").arg(index + 1).arg(total);
        Console::out() << QStringLiteral("[%1] %2 ...").arg(position, title) << Qt::endl;
    }, Qt::QueuedConnection);
    QObject::connect(&runner, &Runner::stepFinished, &runner, [&](int, bool, bool succeeded, const QString &message) {
        const QString seconds = QLocale().toString(clock.elapsed() / 1000.0, 'f', 1);
        if (succeeded)
            Console::out() << QStringLiteral("      ") << tr("done (%1 s)").arg(seconds) << Qt::endl;
        else
            Console::out() << QStringLiteral("      ") << tr("FAILED (%1 s): %2").arg(seconds, message) << Qt::endl;
    }, Qt::QueuedConnection);
    QObject::connect(&runner, &Runner::logged, &runner, [](const LogRecord &record) {
        if (record.level >= LogRecord::Level::Warning)
            Console::err() << QStringLiteral("      ") << record.message << Qt::endl;
    }, Qt::QueuedConnection);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QFuture<void> work = runner.start();
    loop.exec();
    work.waitForFinished();
    const Runner::Outcome outcome = runner.outcome();
    const QString report = QDir(runner.runDirectory()).filePath(QStringLiteral("report.html"));
    // The engine wrote the report without pictures; this one has the timeline.
    QString reportError;
    if (!ReportRenderer::refresh(runner.runDirectory(), &reportError))
        Logging::logger(Subsystem::app)->error("{}", reportError.toStdString());
    // Read back from the journal, as the report has it: a resumed run counts from the first stop.
    const RunRecord record = RunRecord::load(runner.runDirectory());
    const QStringList leftToDo = record.leftToDo();
    if (runner.cleanupFailed()) {
        // First and loudest: the cluster is not as the run found it.
        Console::out() << tr("A cleanup step FAILED: the cluster is not back as the run found it. Left to do by hand:") << '\n';
        for (const QString &todo : leftToDo)
            Console::out() << QStringLiteral("  - ") << todo << '\n';
        Console::out() << tr("Then try the cleanup again and close the run: %1").arg(resumeCommand(runner.runDirectory())) << '\n';
    }
    switch (outcome) {
    case Runner::Outcome::Succeeded: Console::out() << tr("Finished: every step succeeded.") << '\n'; break;
    case Runner::Outcome::Failed:
        if (runner.failedStep() >= 0 || !runner.cleanupFailed())
            Console::out() << tr("A step failed; the cleanup steps ran.") << '\n';
        break;
    case Runner::Outcome::Cancelled: Console::out() << tr("Cancelled; the cleanup steps ran.") << '\n'; break;
    case Runner::Outcome::Declined: Console::out() << tr("A confirmation was declined; the cleanup steps ran.") << '\n'; break;
    }
    const QString next = nextStep(record);
    if (!next.isEmpty() && !runner.cleanupFailed())
        Console::out() << next << '\n';
    if (!record.downtime.isEmpty())
        Console::out() << tr("Downtime: %1").arg(record.downtime.describe(ReportWriter::downtimeEnd(record)).join(QStringLiteral("; "))) << '\n';
    Console::out() << tr("Report: %1").arg(report) << Qt::endl;
    if (runner.cleanupFailed())
        return toInt(ExitCode::CleanupFailed);
    // A restore that stopped because its backup set did not read back: at
    // its verification, or where an archive was read as it was unpacked.
    if (outcome == Runner::Outcome::Failed && runner.failedStep() >= 0
        && (runner.failedOnDamagedSet() || runner.plan().step(runner.failedStep()).kind() == StepKinds::verifyBackupSet))
        return toInt(ExitCode::VerificationFailed);
    return exitCodeFor(outcome);
}

} // namespace Lifeboat
