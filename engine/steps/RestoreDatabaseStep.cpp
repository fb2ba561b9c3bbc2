// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreDatabaseStep.h"

#include <database/MariaDbClient.h>
#include <database/PostgresClient.h>

#include <restore/DatabaseReplacement.h>
#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>

#include <QDir>

namespace Lifeboat {

RestoreDatabaseStep::RestoreDatabaseStep(DatabaseProfile database, QString scratchLocation, QString fileInCopy, qint64 dumpBytes)
    : m_database(std::move(database))
    , m_dumpBytes(dumpBytes)
    , m_scratchLocation(std::move(scratchLocation))
    , m_fileInCopy(std::move(fileInCopy))
{
}

QString RestoreDatabaseStep::title() const
{
    return tr("Restore the %1 database").arg(m_database.name);
}

ChangeList RestoreDatabaseStep::preview(const StepContext &context) const
{
    const QString kept = QDir(DatabaseReplacement::quarantineFolder(context.profile(), context.runIdForPreview()))
                             .filePath(DatabaseReplacement::dumpFileName(m_database));
    return {{Change::Kind::Write, kept, tr("a dump of what the %1 database holds now, kept in the quarantine").arg(m_database.name), 1,
             m_dumpBytes},
            {Change::Kind::Overwrite, DatabaseReplacement::describe(m_database),
             m_database.kind == DatabaseKind::PostgreSql
                 ? tr("every object of the backup's dump dropped and loaded again with pg_restore --clean, in one transaction")
                 : tr("the database dropped and created again from the backup's dump"),
             1, 0}};
}

bool RestoreDatabaseStep::run(StepContext &context)
{
    // The dump is unpacked below the backup root, on this machine, where the database clients run.
    const QString dump = QDir(RestoreScratch::copyFor(context.hosts().local(), m_scratchLocation, context.runId())).filePath(m_fileInCopy);
    return DatabaseReplacement::replace(context, m_database, dump);
}


QStringList RestoreDatabaseStep::missingRequirements(const StepContext &) const
{
    const QString missing = m_database.kind == DatabaseKind::MariaDb      ? MariaDbClient::missingTools()
                          : m_database.kind == DatabaseKind::PostgreSql ? PostgresClient::missingTools()
                                                                        : QString();
    return missing.isEmpty() ? QStringList() : QStringList{missing};
}

} // namespace Lifeboat
