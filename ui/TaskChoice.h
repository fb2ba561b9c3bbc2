// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// What the user came to do, chosen on the Welcome page.
enum class TaskChoice : int {
    Backup,
    Recover,
    Rehearse,
    Sandbox,
    // A training drill, from the Sandbox page (not a choice on Welcome).
    Drill,
};

} // namespace Lifeboat
