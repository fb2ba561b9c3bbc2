// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/RunRecord.h>
#include <run/Runner.h>

#include <QList>

namespace Lifeboat {

class Scenario;

// Which failed runs may be tried again, and how: for `lifeboat resume` and
// the wizard's Runs view alike.
class RunRetry
{
public:
    RunRetry() = delete;

    // The failed runs that may be tried again: each the newest run on its
    // profile (so that a retry never undoes what a later run did), whose
    // profile is still there. `runs`: newest first, as RunRecord::list gives
    // them; `wantedRun`: only that one, when given.
    static QList<RunRecord> retryable(const QList<RunRecord> &runs, const QString &wantedRun = {});

    // A backup's cleanup removed its unfinished set and restarted what it
    // had stopped, so it starts over; any other run goes on from its failed
    // step. A run whose main steps all ended well and whose cleanup failed
    // only has its cleanup tried again. An interrupted run is resumed, not
    // retried (Retry::No).
    static Runner::Retry modeFor(const Scenario &scenario, const RunRecord &record);
};

} // namespace Lifeboat
