// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "MariaDbClient.h"

#include <database/DatabaseDump.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

namespace Lifeboat {

namespace {
constexpr int queryTimeoutMs = 60 * 1000;

QString quotedOptionValue(QString value)
{
    // The option file syntax of MariaDB and MySQL: a double-quoted value with
    // backslash escapes, so that '#', quotes and spaces survive.
    value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\r', QStringLiteral("\\r"))
        .replace(u'\t', QStringLiteral("\\t"));
    return u'"' + value + u'"';
}

QString quotedIdentifier(QString name)
{
    return u'`' + name.replace(u'`', QStringLiteral("``")) + u'`';
}

QString findFirst(const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

MariaDbClient::MariaDbClient(DatabaseProfile database, DatabaseCallbacks callbacks)
    : m_database(std::move(database))
    , m_callbacks(std::move(callbacks))
{
}

MariaDbClient::~MariaDbClient()
{
    if (!m_optionFile.isEmpty())
        QFile::remove(m_optionFile);
}

bool MariaDbClient::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString MariaDbClient::dumpToolName()
{
    const QString dump = findFirst({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")});
    return dump.isEmpty() ? QStringLiteral("mariadb-dump") : QFileInfo(dump).fileName();
}

QString MariaDbClient::missingTools()
{
    if (findFirst({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")}).isEmpty()
        || findFirst({QStringLiteral("mariadb"), QStringLiteral("mysql")}).isEmpty())
        return tr("mariadb-dump (or mysqldump) and mariadb (or mysql) are not on the PATH. Install the MariaDB client "
                  "(mariadb-client) on this machine.");
    return {};
}

bool MariaDbClient::open(const SecretStore &secrets, const QString &workDirectory)
{
    m_dump = findFirst({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")});
    m_client = findFirst({QStringLiteral("mariadb"), QStringLiteral("mysql")});
    if (m_dump.isEmpty() || m_client.isEmpty())
        return fail(tr("Cannot reach the %1 database: %2").arg(m_database.name, missingTools()));
    QString password, error;
    if (!DatabaseDump::checkProfile(m_database, secrets, &password, &error))
        return fail(error);
    if (!QDir().mkpath(workDirectory))
        return fail(tr("Cannot create %1. Check the permissions and free space there.").arg(workDirectory));
    m_optionFile = QDir(workDirectory).filePath(u'.' + m_database.name + QStringLiteral(".my.cnf"));
    // A file left by an interrupted run would keep its old permissions; start afresh.
    QFile::remove(m_optionFile);
    QFile file(m_optionFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("Cannot write %1: %2. Check the permissions and free space there.").arg(m_optionFile, file.errorString()));
    QByteArray text = "[client]\n";
    if (!password.isEmpty())
        text += "password=" + quotedOptionValue(password).toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.flush())
        return fail(tr("Cannot write %1: %2. Check the free space there.").arg(m_optionFile, file.errorString()));
    return true;
}

bool MariaDbClient::start(QProcess &process, const QString &program, const QStringList &arguments)
{
    DatabaseDump::dieWithParent(process);
    process.start(program, arguments);
    if (process.waitForStarted())
        return true;
    return fail(tr("Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.").arg(program, process.errorString()));
}

QStringList MariaDbClient::connectionArguments() const
{
    // --defaults-extra-file must come first, or the clients ignore it.
    QStringList arguments{QStringLiteral("--defaults-extra-file=") + m_optionFile};
    if (!m_database.socket.isEmpty()) {
        arguments << QStringLiteral("--protocol=socket") << QStringLiteral("--socket=") + m_database.socket;
    } else {
        arguments << QStringLiteral("--protocol=tcp")
                  << QStringLiteral("--host=") + (m_database.host.isEmpty() ? QStringLiteral("localhost") : m_database.host);
        if (m_database.port > 0)
            arguments << QStringLiteral("--port=%1").arg(m_database.port);
    }
    if (!m_database.user.isEmpty())
        arguments << QStringLiteral("--user=") + m_database.user;
    return arguments;
}

QStringList MariaDbClient::clientArguments() const
{
    return connectionArguments() << QStringLiteral("--connect-timeout=30") << QStringLiteral("--batch");
}

bool MariaDbClient::queryBinaryLogging(bool *on)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (!start(process, m_client,
               clientArguments() << QStringLiteral("--skip-column-names") << QStringLiteral("--execute=SELECT @@log_bin")))
        return false;
    switch (DatabaseDump::waitFor(process, m_callbacks, queryTimeoutMs)) {
    case DatabaseDump::Ended::Cancelled: return fail(DatabaseDump::cancelled());
    case DatabaseDump::Ended::TimedOut:
        return fail(tr("The server of the %1 database (%2) did not answer within %3 seconds. Check that it is "
                       "running and reachable from this machine.")
                        .arg(m_database.name, DatabaseDump::server(m_database))
                        .arg(queryTimeoutMs / 1000));
    case DatabaseDump::Ended::Finished: break;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString error = DatabaseDump::asSentence(QString::fromUtf8(process.readAllStandardError()));
        return fail(tr("Cannot connect to the %1 database (%2 on %3 as %4): %5 Check that the server is running "
                       "and the host, port or socket, the user and the password in the profile.")
                        .arg(m_database.name, m_database.database, DatabaseDump::server(m_database), m_database.user, error));
    }
    *on = output == QLatin1String("1") || output.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0;
    return true;
}

bool MariaDbClient::dump(bool binaryLogging, const QString &dumpFile)
{
    QStringList arguments = connectionArguments();
    // --no-tablespaces: a single database never needs tablespace statements,
    // and MySQL would demand the PROCESS privilege for them.
    arguments << QStringLiteral("--single-transaction") << QStringLiteral("--routines") << QStringLiteral("--triggers")
              << QStringLiteral("--events") << QStringLiteral("--hex-blob") << QStringLiteral("--no-tablespaces")
              << QStringLiteral("--comments");
    if (binaryLogging) {
        // MySQL 8.0.26 renamed --master-data; MariaDB knows only the old name.
        QProcess help;
        help.start(m_dump, {QStringLiteral("--help")});
        help.waitForFinished(10000);
        arguments << (help.readAllStandardOutput().contains("--source-data") ? QStringLiteral("--source-data=2")
                                                                            : QStringLiteral("--master-data=2"));
    }
    // --databases: the dump creates and selects its database, so it restores with `mariadb < dump`.
    arguments << QStringLiteral("--databases") << m_database.database;

    const QString tool = QFileInfo(m_dump).fileName();
    m_callbacks.info(tr("Running %1 %2").arg(m_dump, arguments.join(u' ')));
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(dumpFile, QIODevice::Truncate);
    if (!start(process, m_dump, arguments))
        return false;
    const DatabaseDump::Ended ended = DatabaseDump::waitFor(process, m_callbacks);
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (ended == DatabaseDump::Ended::Cancelled) {
        QFile::remove(dumpFile);
        return fail(DatabaseDump::cancelled());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(dumpFile);
        return fail(tr("%1 could not dump the %2 database (exit code %3): %4 The user %5 needs SELECT, SHOW VIEW, "
                       "TRIGGER, EVENT and LOCK TABLES on %6, and RELOAD and BINLOG MONITOR (REPLICATION CLIENT "
                       "on MySQL) when binary logging is on.")
                        .arg(tool, m_database.name)
                        .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                        .arg(DatabaseDump::asSentence(errors), m_database.user, m_database.database));
    }
    for (const QString &line : errors.split(u'\n', Qt::SkipEmptyParts))
        m_callbacks.warn(tool + QStringLiteral(": ") + line);

    // A dump that ends early (a full disk, a killed server) lacks the last line.
    QFile file(dumpFile);
    QByteArray tail;
    if (file.open(QIODevice::ReadOnly)) {
        file.seek(std::max<qint64>(0, file.size() - 512));
        tail = file.readAll();
    }
    if (!tail.contains("-- Dump completed")) {
        QFile::remove(dumpFile);
        return fail(tr("The dump of the %1 database is incomplete: it does not end with \"-- Dump completed\". Check "
                       "the free space under %2 and the server's error log, then run the backup again.")
                        .arg(m_database.name, QFileInfo(dumpFile).path()));
    }
    m_callbacks.info(tr("Dumped the %1 database: %2.").arg(m_database.name, QLocale().formattedDataSize(file.size())));
    return true;
}

bool MariaDbClient::execute(const QString &statement, const QString &failure)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (!start(process, m_client, clientArguments() << QStringLiteral("--execute=") + statement))
        return false;
    if (DatabaseDump::waitFor(process, m_callbacks, queryTimeoutMs) != DatabaseDump::Ended::Finished)
        return fail(m_callbacks.cancelled() ? DatabaseDump::cancelled() : failure + u' ' + tr("The server did not answer."));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(failure + u' ' + DatabaseDump::asSentence(QString::fromUtf8(process.readAllStandardError())));
    return true;
}

bool MariaDbClient::load(const QString &dumpFile)
{
    const QString privileges = tr("The user %1 needs ALL PRIVILEGES on %2.* (and SET USER, or SUPER on MySQL, when the "
                                  "dump's views, routines, triggers or events name another definer).")
                                   .arg(m_database.user, m_database.database);
    if (!execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quotedIdentifier(m_database.database)),
                 tr("Cannot drop the %1 database before loading the backup into it:").arg(m_database.name) + u' ' + privileges))
        return false;
    m_callbacks.info(tr("Running %1 %2 < %3").arg(m_client, connectionArguments().join(u' '), dumpFile));
    QProcess process;
    process.setStandardInputFile(dumpFile);
    if (!start(process, m_client, clientArguments()))
        return false;
    if (DatabaseDump::waitFor(process, m_callbacks) == DatabaseDump::Ended::Cancelled)
        return fail(DatabaseDump::cancelled());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(tr("Loading %1 into the %2 database failed: %3 %4")
                        .arg(dumpFile, m_database.name, DatabaseDump::asSentence(QString::fromUtf8(process.readAllStandardError())),
                             privileges));
    m_callbacks.info(tr("Loaded %1 into the %2 database.").arg(QFileInfo(dumpFile).fileName(), m_database.name));
    return true;
}

} // namespace Lifeboat
