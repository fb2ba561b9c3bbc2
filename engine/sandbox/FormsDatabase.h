// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/BackupModeState.h>
#include <sandbox/GdsDocument.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

// The sandbox's forms database (SQLite): the documents it keeps in the GDS,
// by path and checksum, and the LCBackupMode state that every node reads.
// Several node processes share the file, so it runs in WAL mode with a busy
// timeout. One instance per thread (QSqlDatabase connections are per thread).
class FormsDatabase
{
    Q_DECLARE_TR_FUNCTIONS(FormsDatabase)
    Q_DISABLE_COPY_MOVE(FormsDatabase)

public:
    static constexpr const char *gdsReferenceQuery = "SELECT gds_path, sha256 FROM tb_document ORDER BY gds_path";

    explicit FormsDatabase(QString path);
    ~FormsDatabase();

    [[nodiscard]] bool open();
    [[nodiscard]] bool createSchema();
    QString errorString() const { return m_error; }

    [[nodiscard]] bool insertDocument(const GdsDocument &document);
    [[nodiscard]] bool deleteDocument(qint64 id);
    QList<GdsDocument> expiredDocuments(const QDateTime &now, int limit);
    // The file collector's database half, in one write transaction: unless a
    // backup mode is active, removes up to `limit` expired rows and returns
    // them (their files are deleted afterwards). Entering a backup mode is a
    // write too, so it comes wholly before or after: once "enter" has
    // returned, no row disappears from under a database backup.
    QList<GdsDocument> takeExpiredUnlessInBackupMode(const QDateTime &now, int limit, bool *heldBack);
    qint64 documentCount();

    BackupModeState backupMode();
    [[nodiscard]] bool setBackupMode(const BackupModeState &state);

private:
    bool exec(const QString &statement);
    bool fail(const QString &what);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace Lifeboat
