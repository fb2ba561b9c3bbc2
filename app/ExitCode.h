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
    UsageError = 64,
};

inline int toInt(ExitCode code) { return static_cast<int>(code); }

} // namespace Lifeboat
