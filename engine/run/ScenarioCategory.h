// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// What a scenario is for. The wizard lists scenarios by it, the summary and
// the report decide what to say by it, and a run's step lines are logged
// under its subsystem. Each scenario declares its own (Scenario::category());
// nothing guesses it from an id.
enum class ScenarioCategory
{
    Backup, // makes a backup set
    Recovery, // restores a cluster, a node or a publish node from a set
    Rehearsal, // restores a set into a sandbox copy, never into production
    Rollback, // puts back what a restore moved to its quarantine
};

// The logger a run of a scenario of this category writes its steps' lines to.
const char *loggerName(ScenarioCategory category);

} // namespace Lifeboat
