// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DatabaseBackupStep.h"

#include <steps/BackupMariaDbStep.h>
#include <steps/BackupPostgresStep.h>
#include <steps/BackupSqliteStep.h>

namespace Lifeboat {

std::unique_ptr<Step> DatabaseBackupStep::create(const DatabaseProfile &database)
{
    switch (database.kind) {
    case DatabaseKind::Sqlite: return std::make_unique<BackupSqliteStep>(database);
    case DatabaseKind::MariaDb: return std::make_unique<BackupMariaDbStep>(database);
    case DatabaseKind::PostgreSql: return std::make_unique<BackupPostgresStep>(database);
    }
    return nullptr;
}

} // namespace Lifeboat
