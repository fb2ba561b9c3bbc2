// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// The names of Lifeboat's loggers, one per subsystem (see Logging). A run's
// step lines go to the logger of its scenario's category (loggerName() in
// run/ScenarioCategory.h); what the runner itself says goes to `run`.
namespace Subsystem {
inline constexpr char run[] = "engine.run";
inline constexpr char backup[] = "engine.backup";
inline constexpr char restore[] = "engine.restore";
inline constexpr char rehearsal[] = "engine.rehearsal";
inline constexpr char cluster[] = "engine.cluster";
inline constexpr char hosts[] = "engine.hosts";
inline constexpr char app[] = "app";
inline constexpr char ui[] = "ui";
inline constexpr char node[] = "node";
inline constexpr char nodeBackup[] = "node.backup";
} // namespace Subsystem

} // namespace Lifeboat
