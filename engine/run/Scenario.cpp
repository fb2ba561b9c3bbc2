// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Scenario.h"

#include <QCoreApplication>

namespace Lifeboat {

QVariantMap Scenario::completeOptions(const ClusterProfile &, QVariantMap given, QString *error) const
{
    for (const ScenarioOption &option : options()) {
        if (given.contains(option.name))
            continue;
        if (option.required) {
            *error = QCoreApplication::translate("Scenario", "The scenario %1 needs --%2.").arg(id(), option.name);
            return {};
        }
        if (option.defaultValue.isValid())
            given.insert(option.name, option.defaultValue);
    }
    for (const ScenarioOption &option : options()) {
        if (given.contains(option.name) && !option.accepts(given.value(option.name))) {
            *error = option.invalid;
            return {};
        }
    }
    return given;
}

} // namespace Lifeboat
