// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLatin1String>

namespace Lifeboat {

// The words a run's journal records for how a step ended (a step-end's
// result) and how a run ended (the run-end's result). Compare with these,
// never with literals; DisplayWords turns them into words for people.
namespace StepResult {
inline constexpr QLatin1String ok{ "ok" };
inline constexpr QLatin1String failed{ "failed" };
inline constexpr QLatin1String cancelled{ "cancelled" };
inline constexpr QLatin1String declined{ "declined" };
// Never in a journal: how a report names a step that started and never
// ended (Lifeboat stopped during it), and one that never started.
inline constexpr QLatin1String interrupted{ "interrupted" };
inline constexpr QLatin1String notRun{ "not run" };
} // namespace StepResult

namespace RunResult {
inline constexpr QLatin1String succeeded{ "succeeded" };
inline constexpr QLatin1String failed{ "failed" };
inline constexpr QLatin1String cancelled{ "cancelled" };
inline constexpr QLatin1String declined{ "declined" };
// A cleanup step failed: the cluster may be left in backup mode or with a
// node down, whatever the main steps did. Resume tries the cleanup again.
inline constexpr QLatin1String cleanupFailed{ "cleanup-failed" };
// Never in a journal: RunRecord::state() of a run that has no run-end.
inline constexpr QLatin1String interrupted{ "interrupted" };
} // namespace RunResult

} // namespace Lifeboat
