// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSqliteStep.h"

#include <backup/StagedSet.h>

#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Lifeboat {

BackupSqliteStep::BackupSqliteStep(DatabaseProfile database)
    : m_database(std::move(database))
{
}

QString BackupSqliteStep::title() const
{
    return tr("Back up the %1 database").arg(m_database.name);
}

ChangeList BackupSqliteStep::preview(const StepContext &context) const
{
    return {{Change::Kind::Write, QDir(StagedSet::directory(context)).filePath(QStringLiteral("database-") + m_database.name),
             tr("consistent copy of %1 (VACUUM INTO), integrity-checked").arg(m_database.path), 1, QFileInfo(m_database.path).size()}};
}

bool BackupSqliteStep::copyConsistently(StepContext &context, const QString &copy) const
{
    const QString connection = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_database.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            context.fail(tr("Cannot open the %1 database %2: %3").arg(m_database.name, m_database.path, db.lastError().text()));
        } else {
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(copy);
            ok = vacuum.exec();
            if (!ok)
                context.fail(tr("Cannot copy the %1 database: %2. Run PRAGMA integrity_check on %3; a damaged database "
                                "must be repaired or restored before it can be backed up.")
                                 .arg(m_database.name, vacuum.lastError().text(), m_database.path));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        QSqlQuery check(db.open() ? QSqlQuery(QStringLiteral("PRAGMA integrity_check"), db) : QSqlQuery(db));
        const QString verdict = check.next() ? check.value(0).toString() : db.lastError().text();
        ok = verdict == QLatin1String("ok");
        if (!ok)
            context.fail(tr("The copy of the %1 database fails its integrity check (%2). The database %3 is damaged; "
                            "repair or restore it first.").arg(m_database.name, verdict, m_database.path));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool BackupSqliteStep::run(StepContext &context)
{
    const QString work = BackupSetLayout::workDirectory(StagedSet::directory(context));
    QDir().mkpath(work);
    const QString copy = QDir(work).filePath(m_database.name + QStringLiteral(".sqlite"));
    QFile::remove(copy); // VACUUM INTO refuses an existing file; a repeat starts over
    if (!copyConsistently(context, copy))
        return false;
    BackupPart part;
    part.name = QStringLiteral("database-") + m_database.name;
    part.kind = QStringLiteral("database");
    part.sources = {{copy, m_database.name + QStringLiteral(".sqlite")}};
    return StagedSet::archive(context, part);
}

} // namespace Lifeboat
