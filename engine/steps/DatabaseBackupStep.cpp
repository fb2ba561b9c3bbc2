#include "DatabaseBackupStep.h"

#include "BackupSqliteStep.h"

namespace Lifeboat {

std::unique_ptr<Step> DatabaseBackupStep::create(const DatabaseProfile &database)
{
    switch (database.kind) {
    case DatabaseKind::Sqlite: return std::make_unique<BackupSqliteStep>(database);
    case DatabaseKind::MariaDb:
    case DatabaseKind::PostgreSql: return nullptr;
    }
    return nullptr;
}

} // namespace Lifeboat
