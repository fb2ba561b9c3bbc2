// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "CommandRunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Lifeboat::Testing {

// Runs a real database client: `program arguments < input`, where input is
// text or a file. Used for SQL, restores and readiness checks.
CommandResult runClient(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                        const QString &inputFile = {}, const QProcessEnvironment &environment = {},
                        int timeoutMs = 120000);

// A throwaway MariaDB server of its own in a temporary directory: a fresh
// data directory, a unix socket and a free TCP port on 127.0.0.1. The
// constructor starts it and waits until it accepts connections; the
// destructor shuts it down (killing it if it will not stop) and removes
// everything. The OS user root administers it through the socket.
class MariaDbServer
{
public:
    explicit MariaDbServer(bool binaryLog = false);
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    // Empty when the server programs are installed, else what is missing.
    static QString missingPrograms();

    bool isRunning() const { return m_server && m_server->state() == QProcess::Running; }
    QString errorString() const { return m_error; }
    QString socket() const { return m_dir.filePath(QStringLiteral("mysqld.sock")); }
    int port() const { return m_port; }

    // SQL (several statements, DELIMITER allowed) as root; output is
    // tab-separated without column names.
    CommandResult sql(const QString &statements, const QString &database = {}) const;
    // `mariadb < dumpFile` as root.
    CommandResult restore(const QString &dumpFile) const;
    // A user that may log in with `password` from the socket and over TCP.
    bool createUser(const QString &user, const QString &password, QString *error) const;
    static QString quoted(const QString &text); // an SQL string literal

private:
    bool start(bool binaryLog);
    QStringList clientArguments() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    QString m_error;
};

// A throwaway PostgreSQL server of its own in a temporary directory. The
// server refuses to run as root, so it runs as `nobody`, owning its data
// directory; it listens on a unix socket in that directory and on a free TCP
// port on 127.0.0.1. Every login needs a password (SCRAM), also over the
// socket; the superuser "postgres" gets a random one.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    static QString missingPrograms();
    // The newest /usr/lib/postgresql/<version>/bin with initdb and postgres.
    static QString binDirectory();

    bool isRunning() const { return m_server && m_server->state() == QProcess::Running; }
    QString errorString() const { return m_error; }
    QString socketDirectory() const { return m_dir.filePath(QStringLiteral("pg")); }
    int port() const { return m_port; }

    // SQL through psql as the superuser: unaligned, tab-separated, tuples only,
    // stopping at the first error.
    CommandResult sql(const QString &statements, const QString &database = QStringLiteral("postgres")) const;
    // pg_restore of a custom-format dump into `database` (created first), without owners and grants.
    CommandResult restore(const QString &dumpFile, const QString &database) const;
    bool createUser(const QString &user, const QString &password, QString *error) const;
    static QString quoted(const QString &text);

private:
    bool start();
    QProcessEnvironment clientEnvironment() const;
    QStringList clientArguments() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_bin;
    QString m_superuserPassword;
    int m_port = 0;
    QString m_error;
};

} // namespace Lifeboat::Testing
