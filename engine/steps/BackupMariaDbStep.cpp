// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupMariaDbStep.h"

#include <backup/BackupSetLayout.h>
#include <backup/StagedSet.h>
#include <cluster/NodeController.h>
#include <database/DatabaseDump.h>
#include <database/MariaDbClient.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lifeboat {

BackupMariaDbStep::BackupMariaDbStep(DatabaseProfile database)
    : m_database(std::move(database))
{
}

QString BackupMariaDbStep::title() const
{
    return tr("Back up the %1 database").arg(m_database.name);
}

ChangeList BackupMariaDbStep::preview(const StepContext &context) const
{
    const QString work = BackupSetLayout::workDirectory(StagedSet::directory(context));
    const QString tool = MariaDbClient::dumpToolName();
    return {{Change::Kind::Write, QDir(work).filePath(m_database.name + QStringLiteral(".sql")),
             tr("%1 of the MariaDB/MySQL database %2 on %3 (--single-transaction, with routines, triggers and events), "
                "archived as the part database-%4")
                 .arg(tool, m_database.database, DatabaseDump::server(m_database), m_database.name),
             1, 0}};
}

void BackupMariaDbStep::logBinaryLogPosition(StepContext &context, const QString &dumpFile) const
{
    // With --master-data=2 the position is a comment near the top of the dump:
    // -- CHANGE MASTER TO MASTER_LOG_FILE='binlog.000001', MASTER_LOG_POS=1405;
    static const QRegularExpression position(
        QStringLiteral("(?:MASTER|SOURCE)_LOG_FILE='([^']+)',\\s*(?:MASTER|SOURCE)_LOG_POS=(\\d+)"));
    QFile file(dumpFile);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (int line = 0; line < 1000 && !file.atEnd(); ++line) {
            const QString text = QString::fromUtf8(file.readLine(64 * 1024));
            const QRegularExpressionMatch match = position.match(text);
            if (match.hasMatch()) {
                context.info(tr("The %1 dump matches binary log %2 at position %3; a point-in-time recovery replays the "
                                "binary logs from there.")
                                 .arg(m_database.name, match.captured(1), match.captured(2)));
                return;
            }
        }
    }
    context.warn(tr("Binary logging is on, but the dump of %1 records no binary log position; a point-in-time recovery "
                    "cannot start from this backup.")
                     .arg(m_database.name));
}

bool BackupMariaDbStep::run(StepContext &context)
{
    const QString work = BackupSetLayout::workDirectory(StagedSet::directory(context));
    const QString dumpFile = QDir(work).filePath(m_database.name + QStringLiteral(".sql"));
    MariaDbClient client(m_database, {[&context](const QString &message) { context.info(message); },
                                      [&context](const QString &message) { context.warn(message); },
                                      [&context] { return context.isCancelled(); }});
    if (!client.open(context.nodes().secrets(), work))
        return context.fail(client.errorString());
    // A repeat starts over: never archive what an interrupted run left.
    if (QFileInfo::exists(dumpFile) && !QFile::remove(dumpFile))
        return context.fail(tr("Cannot remove the previous dump %1. Check the backup root's permissions.").arg(dumpFile));
    bool binaryLogging = false;
    if (!client.queryBinaryLogging(&binaryLogging) || !client.dump(binaryLogging, dumpFile))
        return context.fail(client.errorString());
    if (binaryLogging)
        logBinaryLogPosition(context, dumpFile);

    BackupPart part;
    part.name = QStringLiteral("database-") + m_database.name;
    part.kind = QStringLiteral("database");
    part.sources = {{dumpFile, m_database.name + QStringLiteral(".sql")}};
    return StagedSet::archive(context, part);
}


QStringList BackupMariaDbStep::missingRequirements(const StepContext &) const
{
    const QString missing = MariaDbClient::missingTools();
    return missing.isEmpty() ? QStringList() : QStringList{missing};
}

} // namespace Lifeboat
