// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Confirmer.h>
#include <run/Plan.h>
#include <run/RunRecord.h>
#include <run/Runner.h>

#include <QCoreApplication>

#include <memory>

namespace Lifeboat {

// Drives a Runner to its end on the terminal: a line as each step starts and
// ends, warnings and errors as they come, and the exit code of the outcome.
class RunExecution
{
    Q_DECLARE_TR_FUNCTIONS(RunExecution)

public:
    static int execute(Runner &runner);
    // --yes answers yes; a terminal asks; with neither, a plan with a
    // destructive step is refused before anything changes.
    static std::unique_ptr<Confirmer> confirmer(bool yes, const Plan &plan, QString *refusal);
    static int exitCodeFor(Runner::Outcome outcome);
    // `lifeboat resume` for this run, with --report-dir when it is not in the
    // default place (resume would not find it there).
    static QString resumeCommand(const QString &runDirectory);
    // What to do after a run that did not succeed, only when it is true:
    // resume for a failed run; for a cancelled or declined restore that
    // changed files (which resume does not take), the rollback.
    static QString nextStep(const RunRecord &record);
};

} // namespace Lifeboat
