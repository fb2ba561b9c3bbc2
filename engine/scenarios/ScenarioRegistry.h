// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Scenario.h>

#include <QStringList>

#include <optional>

namespace Lifeboat {

// Every scenario Lifeboat knows, by id. The wizard and the command line both
// find scenarios here.
class ScenarioRegistry
{
public:
    ScenarioRegistry() = delete;

    static const Scenario *find(const QString &id);
    static QList<const Scenario *> all();
    static QStringList ids();
    // What the scenario with this id is for; a run record or a plan knows
    // only the id. Nothing for an id Lifeboat does not know.
    static std::optional<ScenarioCategory> categoryOf(const QString &id);
    static QList<const Scenario *> ofCategory(ScenarioCategory category);
};

} // namespace Lifeboat
