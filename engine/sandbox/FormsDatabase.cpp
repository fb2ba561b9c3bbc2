// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FormsDatabase.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Lifeboat {

namespace {
QAtomicInt connectionCounter;
}

QString toString(BackupModeState::Mode mode)
{
    switch (mode) {
    case BackupModeState::Mode::None: return QStringLiteral("none");
    case BackupModeState::Mode::Snapshot: return QStringLiteral("snapshot");
    case BackupModeState::Mode::Rolling: return QStringLiteral("rolling");
    }
    return {};
}

FormsDatabase::FormsDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("forms-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

FormsDatabase::~FormsDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool FormsDatabase::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(tr("Cannot open the forms database %1: %2").arg(m_path, db.lastError().text()));
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"));
}

bool FormsDatabase::createSchema()
{
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tb_document ("
                               " id INTEGER PRIMARY KEY, gds_path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,"
                               " size INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER,"
                               " node TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS ix_document_expiry ON tb_document(expires_at)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tb_backup_mode ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1), mode TEXT NOT NULL, label TEXT,"
                               " entered_at INTEGER, timeout_minutes INTEGER NOT NULL DEFAULT 0)"))
        && exec(QStringLiteral("INSERT OR IGNORE INTO tb_backup_mode (id, mode) VALUES (1, 'none')"));
}

bool FormsDatabase::insertDocument(const GdsDocument &document)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO tb_document (gds_path, sha256, size, created_at, expires_at, node)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(document.gdsPath);
    query.addBindValue(document.sha256);
    query.addBindValue(document.size);
    query.addBindValue(document.createdAt.toMSecsSinceEpoch());
    query.addBindValue(document.expiresAt.isValid() ? QVariant(document.expiresAt.toMSecsSinceEpoch()) : QVariant());
    query.addBindValue(document.node);
    return query.exec() || fail(query.lastError().text());
}

bool FormsDatabase::deleteDocument(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM tb_document WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(query.lastError().text());
}

QList<GdsDocument> FormsDatabase::expiredDocuments(const QDateTime &now, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT id, gds_path, sha256, size, created_at, expires_at, node FROM tb_document"
                                 " WHERE expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    QList<GdsDocument> documents;
    if (!query.exec()) {
        fail(query.lastError().text());
        return documents;
    }
    while (query.next()) {
        documents.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toLongLong(), QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong()),
                          QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong()), query.value(6).toString()});
    }
    return documents;
}

QList<GdsDocument> FormsDatabase::takeExpiredUnlessInBackupMode(const QDateTime &now, int limit, bool *heldBack)
{
    *heldBack = false;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    QList<GdsDocument> taken;
    *heldBack = backupMode().activeAt(now);
    if (!*heldBack) {
        for (const GdsDocument &document : expiredDocuments(now, limit)) {
            if (deleteDocument(document.id))
                taken.append(document);
        }
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    return taken;
}

qint64 FormsDatabase::documentCount()
{
    QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM tb_document"), QSqlDatabase::database(m_connection));
    return query.next() ? query.value(0).toLongLong() : -1;
}

BackupModeState FormsDatabase::backupMode()
{
    QSqlQuery query(QStringLiteral("SELECT mode, label, entered_at, timeout_minutes FROM tb_backup_mode WHERE id = 1"),
                    QSqlDatabase::database(m_connection));
    BackupModeState state;
    if (!query.next())
        return state;
    const QString mode = query.value(0).toString();
    state.mode = mode == QLatin1String("rolling")    ? BackupModeState::Mode::Rolling
               : mode == QLatin1String("snapshot") ? BackupModeState::Mode::Snapshot
                                                   : BackupModeState::Mode::None;
    state.label = query.value(1).toString();
    state.enteredAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong());
    state.timeoutMinutes = query.value(3).toInt();
    return state;
}

bool FormsDatabase::setBackupMode(const BackupModeState &state)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE tb_backup_mode SET mode = ?, label = ?, entered_at = ?, timeout_minutes = ?"
                                 " WHERE id = 1"));
    query.addBindValue(toString(state.mode));
    query.addBindValue(state.label);
    query.addBindValue(state.enteredAt.toMSecsSinceEpoch());
    query.addBindValue(state.timeoutMinutes);
    return query.exec() || fail(query.lastError().text());
}

bool FormsDatabase::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(statement) || fail(tr("%1: %2").arg(m_path, query.lastError().text()));
}

bool FormsDatabase::fail(const QString &what)
{
    m_error = what;
    return false;
}

} // namespace Lifeboat
