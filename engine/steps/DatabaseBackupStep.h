// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>
#include <run/Step.h>

#include <memory>

namespace Lifeboat {

// Picks the step that backs up a database of the given kind: SQLite with
// VACUUM INTO, MariaDB/MySQL with mariadb-dump, PostgreSQL with pg_dump.
// Returns nullptr for a kind Lifeboat cannot back up; the scenarios'
// preconditions report that before anything runs.
class DatabaseBackupStep
{
public:
    DatabaseBackupStep() = delete;
    static std::unique_ptr<Step> create(const DatabaseProfile &database);
};

} // namespace Lifeboat
