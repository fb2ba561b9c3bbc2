// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <database/DatabaseCallbacks.h>
#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QProcess;

namespace Lifeboat {

class SecretStore;

// The MariaDB/MySQL client programs for one database of the profile:
// mariadb-dump (or mysqldump) to dump it, mariadb (or mysql) to query it and
// to load a dump back into it. It reports through its callbacks; a call that
// fails returns false and says why in errorString().
//
// The password never appears on a command line, where `ps` would show it: it
// goes to the clients in an option file only this user can read, written by
// open() into a work directory and deleted when the client is destroyed.
class MariaDbClient
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbClient)

public:
    MariaDbClient(DatabaseProfile database, DatabaseCallbacks callbacks);
    ~MariaDbClient();
    MariaDbClient(const MariaDbClient &) = delete;
    MariaDbClient &operator=(const MariaDbClient &) = delete;

    // "mariadb-dump" or "mysqldump", whichever is installed, for previews.
    static QString dumpToolName();
    // Empty when the client programs are installed, else what to install.
    static QString missingTools();

    // Finds the programs, resolves the password and writes the option file
    // into `workDirectory`.
    [[nodiscard]] bool open(const SecretStore &secrets, const QString &workDirectory);
    [[nodiscard]] bool queryBinaryLogging(bool *on);
    // A consistent dump of the whole database with its routines, triggers and
    // events, which creates and selects the database when it is loaded.
    [[nodiscard]] bool dump(bool binaryLogging, const QString &dumpFile);
    // Replaces the database with the one in `dumpFile` (made by dump()): the
    // database is dropped and the dump re-creates it, so that it holds what
    // the dump holds and nothing else.
    [[nodiscard]] bool load(const QString &dumpFile);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool start(QProcess &process, const QString &program, const QStringList &arguments);
    QStringList connectionArguments() const;
    QStringList clientArguments() const;
    bool execute(const QString &statement, const QString &failure);

    DatabaseProfile m_database;
    DatabaseCallbacks m_callbacks;
    QString m_dump;   // mariadb-dump or mysqldump
    QString m_client; // mariadb or mysql
    QString m_optionFile;
    QString m_error;
};

} // namespace Lifeboat
