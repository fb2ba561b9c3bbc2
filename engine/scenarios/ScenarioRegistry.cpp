// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioRegistry.h"

#include <scenarios/BackupBootstrapScenario.h>
#include <scenarios/BackupOfflineScenario.h>
#include <scenarios/BackupOnlineScenario.h>
#include <scenarios/BackupPublishScenario.h>
#include <scenarios/BackupRollingScenario.h>
#include <scenarios/RecoverPublishClusterScenario.h>
#include <scenarios/RecoverPublishNodeScenario.h>
#include <scenarios/RehearseRestoreScenario.h>
#include <scenarios/RestoreClusterScenario.h>
#include <scenarios/RestoreNodeScenario.h>
#include <scenarios/RollbackRestoreScenario.h>

#include <memory>
#include <vector>

namespace Lifeboat {

namespace {
const std::vector<std::unique_ptr<Scenario>> &scenarios()
{
    static const std::vector<std::unique_ptr<Scenario>> all = [] {
        std::vector<std::unique_ptr<Scenario>> list;
        list.push_back(std::make_unique<BackupOfflineScenario>());
        list.push_back(std::make_unique<BackupRollingScenario>());
        list.push_back(std::make_unique<BackupOnlineScenario>());
        list.push_back(std::make_unique<BackupBootstrapScenario>());
        list.push_back(std::make_unique<BackupPublishScenario>());
        list.push_back(std::make_unique<RestoreNodeScenario>());
        list.push_back(std::make_unique<RestoreClusterScenario>());
        list.push_back(std::make_unique<RecoverPublishNodeScenario>());
        list.push_back(std::make_unique<RecoverPublishClusterScenario>());
        list.push_back(std::make_unique<RehearseRestoreScenario>());
        list.push_back(std::make_unique<RollbackRestoreScenario>());
        return list;
    }();
    return all;
}
} // namespace

const Scenario *ScenarioRegistry::find(const QString &id)
{
    for (const auto &scenario : scenarios()) {
        if (scenario->id() == id)
            return scenario.get();
    }
    return nullptr;
}

QList<const Scenario *> ScenarioRegistry::all()
{
    QList<const Scenario *> list;
    for (const auto &scenario : scenarios())
        list.append(scenario.get());
    return list;
}

std::optional<ScenarioCategory> ScenarioRegistry::categoryOf(const QString &id)
{
    const Scenario *scenario = find(id);
    return scenario ? std::optional(scenario->category()) : std::nullopt;
}

QList<const Scenario *> ScenarioRegistry::ofCategory(ScenarioCategory category)
{
    QList<const Scenario *> list;
    for (const auto &scenario : scenarios()) {
        if (scenario->category() == category)
            list.append(scenario.get());
    }
    return list;
}

QStringList ScenarioRegistry::ids()
{
    QStringList list;
    for (const auto &scenario : scenarios())
        list.append(scenario->id());
    return list;
}

} // namespace Lifeboat
