// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioCategory.h"

#include <logging/Subsystem.h>

namespace Lifeboat {

const char *loggerName(ScenarioCategory category)
{
    switch (category) {
    case ScenarioCategory::Backup:
        return Subsystem::backup;
    case ScenarioCategory::Recovery:
    case ScenarioCategory::Rollback:
        return Subsystem::restore;
    case ScenarioCategory::Rehearsal:
        return Subsystem::rehearsal;
    }
    return Subsystem::run;
}

} // namespace Lifeboat
