// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <functional>

namespace Lifeboat {

class Plan;

// The order in which every run of a plan takes its steps, whoever runs it
// (the Runner, or SandboxPlanStep for a plan on the rehearsal's sandbox):
// the main steps in order until one does not end well; then the cleanup
// steps armed by a main step that started, last armed first, each one
// whatever happened to the others.
class PlanWalk
{
public:
    PlanWalk() = delete;

    // Calls `step` for each main step from `first` on, while it returns true;
    // true when every one did.
    static bool mainSteps(const Plan &plan, int first, const std::function<bool(int index)> &step);
    // Calls `step` for every cleanup step armed by a main step up to
    // `lastStarted`, last armed first.
    static void cleanupSteps(const Plan &plan, int lastStarted, const std::function<void(int index)> &step);
};

} // namespace Lifeboat
