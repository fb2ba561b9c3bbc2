// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// Named points where the crash tests kill Lifeboat with SIGKILL, to prove
// that resume finishes any interrupted run: set LIFEBOAT_FAILPOINT=NAME and
// the process dies the moment it reaches NAME (after any journal entry
// before it is on disk). LIFEBOAT_FAILPOINT=fail@NAME makes the step that
// reaches NAME fail instead, to prove that cleanup runs after a failure.
// Without the variable nothing happens.
class FailPoint
{
public:
    FailPoint() = delete;
    static void hit(const QString &name);
    static bool shouldFail(const QString &name);
};

} // namespace Lifeboat
