// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RepositoryMaintenance.h"

namespace Lifeboat {

namespace {
// Oak's RepositoryManagementMBean.StatusCode ordinals.
constexpr int statusNone = 1;
constexpr int statusRunning = 3;
constexpr int statusSucceeded = 4;
} // namespace

void RepositoryMaintenance::start(Operation operation)
{
    State &current = state(operation);
    current.started.start();
    current.cancelled = false;
    ++current.id;
}

void RepositoryMaintenance::cancel(Operation operation)
{
    state(operation).cancelled = true;
}

QJsonObject RepositoryMaintenance::status(Operation operation) const
{
    const State &current = state(operation);
    if (!current.started.isValid())
        return {{QStringLiteral("code"), statusNone}, {QStringLiteral("id"), -1}, {QStringLiteral("message"), QStringLiteral("Status not available")}};
    const bool running = !current.cancelled && current.started.elapsed() < runningMs;
    return {{QStringLiteral("code"), running ? statusRunning : statusSucceeded},
            {QStringLiteral("id"), current.id},
            {QStringLiteral("message"), running ? QStringLiteral("Operation running") : QStringLiteral("Operation succeeded")}};
}

} // namespace Lifeboat
