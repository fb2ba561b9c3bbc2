// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLatin1StringView>

namespace Lifeboat {

// The id of every scenario, spelled once: what --scenario takes, what a run
// records, what a backup set records as its strategy. Each Scenario::id()
// returns its own from here, and whatever names a scenario uses these.
// Whether a scenario backs up or restores is its category, never its id's
// prefix (Scenario::category()).
namespace ScenarioIds {
inline constexpr QLatin1StringView backupOffline{ "backup-offline" };
inline constexpr QLatin1StringView backupRolling{ "backup-rolling" };
inline constexpr QLatin1StringView backupOnline{ "backup-online" };
inline constexpr QLatin1StringView backupBootstrap{ "backup-bootstrap" };
inline constexpr QLatin1StringView backupPublish{ "backup-publish" };
inline constexpr QLatin1StringView restoreNode{ "restore-node" };
inline constexpr QLatin1StringView restoreCluster{ "restore-cluster" };
inline constexpr QLatin1StringView recoverPublishNode{ "recover-publish-node" };
inline constexpr QLatin1StringView recoverPublishCluster{ "recover-publish-cluster" };
inline constexpr QLatin1StringView rehearseRestore{ "rehearse-restore" };
inline constexpr QLatin1StringView rollbackRestore{ "rollback-restore" };
} // namespace ScenarioIds

} // namespace Lifeboat
