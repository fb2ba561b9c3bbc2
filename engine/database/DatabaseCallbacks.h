// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

#include <functional>

namespace Lifeboat {

// How a database client reports while it works and learns that it should
// stop: the step that uses it builds one from its StepContext, so the clients
// know nothing of the runner. All three must be set.
struct DatabaseCallbacks
{
    std::function<void(const QString &message)> info;
    std::function<void(const QString &message)> warn;
    std::function<bool()> cancelled;
};

} // namespace Lifeboat
