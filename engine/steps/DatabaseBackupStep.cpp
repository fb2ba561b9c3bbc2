#include "DatabaseBackupStep.h"

#include "BackupMariaDbStep.h"
#include "BackupPostgresStep.h"
#include "BackupSqliteStep.h"

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
