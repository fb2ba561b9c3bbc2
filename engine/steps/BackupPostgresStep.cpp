// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupPostgresStep.h"

#include <backup/BackupSetLayout.h>
#include <backup/StagedSet.h>
#include <cluster/NodeController.h>
#include <database/DatabaseDump.h>
#include <database/PostgresClient.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Lifeboat {

BackupPostgresStep::BackupPostgresStep(DatabaseProfile database)
    : m_database(std::move(database))
{
}

QString BackupPostgresStep::title() const
{
    return tr("Back up the %1 database").arg(m_database.name);
}

ChangeList BackupPostgresStep::preview(const StepContext &context) const
{
    const QString work = BackupSetLayout::workDirectory(StagedSet::directory(context));
    return {{Change::Kind::Write, QDir(work).filePath(m_database.name + QStringLiteral(".dump")),
             tr("pg_dump -Fc (custom format) of the PostgreSQL database %1 on %2, checked with pg_restore --list, "
                "archived as the part database-%3")
                 .arg(m_database.database, DatabaseDump::server(m_database), m_database.name),
             1, 0}};
}

bool BackupPostgresStep::run(StepContext &context)
{
    const QString work = BackupSetLayout::workDirectory(StagedSet::directory(context));
    const QString dumpFile = QDir(work).filePath(m_database.name + QStringLiteral(".dump"));
    PostgresClient client(m_database, {[&context](const QString &message) { context.info(message); },
                                       [&context](const QString &message) { context.warn(message); },
                                       [&context] { return context.isCancelled(); }});
    if (!client.open(context.nodes().secrets()))
        return context.fail(client.errorString());
    if (!QDir().mkpath(work))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(work));
    // A repeat starts over: never archive what an interrupted run left.
    if (QFileInfo::exists(dumpFile) && !QFile::remove(dumpFile))
        return context.fail(tr("Cannot remove the previous dump %1. Check the backup root's permissions.").arg(dumpFile));
    if (!client.dump(dumpFile) || !client.verify(dumpFile))
        return context.fail(client.errorString());
    context.info(tr("Dumped the %1 database: %2.").arg(m_database.name, QLocale().formattedDataSize(QFileInfo(dumpFile).size())));

    BackupPart part;
    part.name = QStringLiteral("database-") + m_database.name;
    part.kind = QStringLiteral("database");
    part.sources = {{dumpFile, m_database.name + QStringLiteral(".dump")}};
    return StagedSet::archive(context, part);
}


QStringList BackupPostgresStep::missingRequirements(const StepContext &) const
{
    const QString missing = PostgresClient::missingTools();
    return missing.isEmpty() ? QStringList() : QStringList{missing};
}

} // namespace Lifeboat
