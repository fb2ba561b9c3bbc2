// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

enum class DatabaseKind { Sqlite, MariaDb, PostgreSql };

// A database the cluster keeps state in: the forms database and any custom
// database that must be backed up in the same window.
struct DatabaseProfile
{
    QString name;
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString path;      // sqlite: the database file
    QString host;      // mariadb, postgresql
    int port = 0;
    QString socket;
    QString database;
    QString user;
    QString password;  // a {secret:NAME} reference
    // Lists every GDS document the database refers to: (path relative to the
    // GDS, SHA-256). Used to prove a backup's database and GDS agree.
    QString gdsReferenceQuery;
};

QString toString(DatabaseKind kind);
bool databaseKindFromString(const QString &text, DatabaseKind *kind);

} // namespace Lifeboat
