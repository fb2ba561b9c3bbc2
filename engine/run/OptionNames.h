// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLatin1StringView>

namespace Lifeboat {

// The names of the scenarios' options (--name on the command line, the key in
// a run's options), spelled once.
namespace OptionNames {
inline constexpr QLatin1StringView backupSet{ "backup-set" };
inline constexpr QLatin1StringView compression{ "compression" };
inline constexpr QLatin1StringView delay{ "delay" };
inline constexpr QLatin1StringView full{ "full" };
inline constexpr QLatin1StringView into{ "into" };
inline constexpr QLatin1StringView keepDatabases{ "keep-databases" };
inline constexpr QLatin1StringView label{ "label" };
inline constexpr QLatin1StringView node{ "node" };
inline constexpr QLatin1StringView repository{ "repository" };
inline constexpr QLatin1StringView run{ "run" };
inline constexpr QLatin1StringView target{ "target" };
inline constexpr QLatin1StringView timeout{ "timeout" };
} // namespace OptionNames

} // namespace Lifeboat
