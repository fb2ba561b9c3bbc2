// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunRetry.h"

#include <run/RunResult.h>
#include <run/Scenario.h>

#include <QFileInfo>

#include <algorithm>

namespace Lifeboat {

QList<RunRecord> RunRetry::retryable(const QList<RunRecord> &runs, const QString &wantedRun)
{
    QList<RunRecord> found;
    QStringList seenProfiles;
    for (const RunRecord &record : runs) { // newest first
        const bool newest = !seenProfiles.contains(record.profilePath);
        seenProfiles.append(record.profilePath);
        // A profile that is gone (an old sandbox) has nothing left to retry on.
        if (newest && record.hasFailed() && QFileInfo::exists(record.profilePath)
            && (wantedRun.isEmpty() || record.runId == wantedRun))
            found.append(record);
    }
    return found;
}

Runner::Retry RunRetry::modeFor(const Scenario &scenario, const RunRecord &record)
{
    if (record.isInterrupted())
        return Runner::Retry::No;
    const bool mainStepsDone = std::all_of(record.steps.cbegin(), record.steps.cend(),
                                           [](const RunRecord::StepRecord &step) { return step.result == StepResult::ok; });
    if (mainStepsDone)
        return Runner::Retry::FromFailedStep;
    return scenario.category() == ScenarioCategory::Backup ? Runner::Retry::FromStart : Runner::Retry::FromFailedStep;
}

} // namespace Lifeboat
