// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <database/DatabaseCallbacks.h>
#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lifeboat {

class SecretStore;

// The PostgreSQL client programs for one database of the profile: pg_dump to
// dump it in the custom format, pg_restore to read a dump back and to load
// it into the database. It reports through its callbacks; a call that fails
// returns false and says why in errorString().
//
// The password never appears on a command line, where `ps` would show it:
// the programs get it in their own environment (PGPASSWORD) and never prompt.
class PostgresClient
{
    Q_DECLARE_TR_FUNCTIONS(PostgresClient)

public:
    PostgresClient(DatabaseProfile database, DatabaseCallbacks callbacks);

    // pg_dump or pg_restore: on the PATH, else the newest under /usr/lib/postgresql.
    static QString findTool(const QString &name);
    // Empty when pg_dump and pg_restore are installed, else what to install.
    static QString missingTools();

    // Finds the programs and resolves the password.
    [[nodiscard]] bool open(const SecretStore &secrets);
    [[nodiscard]] bool dump(const QString &dumpFile);
    // Proves that `dumpFile` is a whole custom-format archive.
    [[nodiscard]] bool verify(const QString &dumpFile);
    // Replaces every object of the dump in the database in one transaction
    // (pg_restore --clean --single-transaction): it all happens, or nothing.
    [[nodiscard]] bool load(const QString &dumpFile);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    // Runs pg_dump or pg_restore with the password in its environment: its
    // exit code (-1 when it crashed) and its output, the two streams merged.
    bool execute(const QString &tool, const QStringList &arguments, int *exitCode, QString *output);
    QStringList connectionArguments() const;

    DatabaseProfile m_database;
    DatabaseCallbacks m_callbacks;
    QString m_pgDump;
    QString m_pgRestore;
    QProcessEnvironment m_environment;
    QString m_error;
};

} // namespace Lifeboat
