// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PlanWalk.h"

#include <run/Plan.h>

namespace Lifeboat {

bool PlanWalk::mainSteps(const Plan &plan, int first, const std::function<bool(int index)> &step)
{
    for (int index = first; index < plan.size(); ++index) {
        if (!step(index))
            return false;
    }
    return true;
}

void PlanWalk::cleanupSteps(const Plan &plan, int lastStarted, const std::function<void(int index)> &step)
{
    for (int index = plan.cleanupSize() - 1; index >= 0; --index) {
        if (plan.cleanup(index).armedBy <= lastStarted)
            step(index);
    }
}

} // namespace Lifeboat
