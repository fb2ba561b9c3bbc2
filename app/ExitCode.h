// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// The process exit codes of `lifeboat <command>`, documented in --help.
// Scripts and schedulers branch on them, so their values never change.
enum class ExitCode : int {
    Success = 0,
    StepFailed = 1,
    PreconditionFailed = 2,
    VerificationFailed = 3,
    CancelledOrDeclined = 4,
    // A cleanup step failed: the cluster may be left in backup mode or with
    // a node down; the run's last lines say what to do by hand.
    CleanupFailed = 5,
    UsageError = 64,
};

inline int toInt(ExitCode code) { return static_cast<int>(code); }

} // namespace Lifeboat
