// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PostgresClient.h"

#include <database/DatabaseDump.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

namespace Lifeboat {

namespace {
const QLatin1String socketPrefix(".s.PGSQL.");
} // namespace

PostgresClient::PostgresClient(DatabaseProfile database, DatabaseCallbacks callbacks)
    : m_database(std::move(database))
    , m_callbacks(std::move(callbacks))
{
}

bool PostgresClient::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString PostgresClient::findTool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    // Debian and Ubuntu keep each major version's tools apart; a newer pg_dump
    // dumps older servers, never the other way round.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

QString PostgresClient::missingTools()
{
    if (findTool(QStringLiteral("pg_dump")).isEmpty() || findTool(QStringLiteral("pg_restore")).isEmpty())
        return tr("pg_dump and pg_restore are not on the PATH. Install the PostgreSQL client (postgresql-client) on this "
                  "machine, at least the server's major version.");
    return {};
}

bool PostgresClient::open(const SecretStore &secrets)
{
    m_pgDump = findTool(QStringLiteral("pg_dump"));
    m_pgRestore = findTool(QStringLiteral("pg_restore"));
    if (m_pgDump.isEmpty())
        return fail(tr("Cannot reach the %1 database: %2").arg(m_database.name, missingTools()));
    QString password, error;
    if (!DatabaseDump::checkProfile(m_database, secrets, &password, &error))
        return fail(error);
    m_environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        m_environment.insert(QStringLiteral("PGPASSWORD"), password);
    if (!m_environment.contains(QStringLiteral("PGCONNECT_TIMEOUT")))
        m_environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("30"));
    return true;
}

QStringList PostgresClient::connectionArguments() const
{
    QString host = m_database.host;
    int port = m_database.port;
    if (!m_database.socket.isEmpty()) {
        // libpq wants the socket's directory; the file's name carries the port.
        const QFileInfo socket(m_database.socket);
        if (socket.fileName().startsWith(socketPrefix)) {
            host = socket.path();
            port = socket.fileName().mid(socketPrefix.size()).toInt();
        } else {
            host = m_database.socket;
        }
    }
    QStringList arguments;
    if (!host.isEmpty())
        arguments << QStringLiteral("--host=") + host;
    if (port > 0)
        arguments << QStringLiteral("--port=%1").arg(port);
    if (!m_database.user.isEmpty())
        arguments << QStringLiteral("--username=") + m_database.user;
    // Never wait for a password on a terminal nobody watches.
    arguments << QStringLiteral("--no-password");
    return arguments;
}

bool PostgresClient::execute(const QString &tool, const QStringList &arguments, int *exitCode, QString *output)
{
    m_callbacks.info(tr("Running %1 %2").arg(tool, arguments.join(u' ')));
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, arguments);
    if (!process.waitForStarted())
        return fail(tr("Cannot run %1: %2. Install the PostgreSQL client (postgresql-client) on this machine.")
                        .arg(tool, process.errorString()));
    if (DatabaseDump::waitFor(process, m_callbacks) == DatabaseDump::Ended::Cancelled)
        return fail(DatabaseDump::cancelled());
    *output = QString::fromUtf8(process.readAll()).trimmed();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return true;
}

bool PostgresClient::dump(const QString &dumpFile)
{
    const QStringList arguments = connectionArguments()
        << QStringLiteral("--format=custom") << QStringLiteral("--file=") + dumpFile
        << QStringLiteral("--dbname=") + m_database.database;
    int exitCode = 0;
    QString output;
    if (!execute(m_pgDump, arguments, &exitCode, &output)) {
        QFile::remove(dumpFile);
        return false;
    }
    if (exitCode != 0) {
        QFile::remove(dumpFile);
        return fail(tr("pg_dump could not dump the %1 database (%2 on %3 as %4; exit code %5): %6 Check that the "
                       "server is running, the host, port or socket, the user and the password in the profile, "
                       "and that the user may read every table, sequence and schema of %2.")
                        .arg(m_database.name, m_database.database, DatabaseDump::server(m_database), m_database.user)
                        .arg(exitCode)
                        .arg(DatabaseDump::asSentence(output)));
    }
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        m_callbacks.warn(QStringLiteral("pg_dump: ") + line);
    return true;
}

bool PostgresClient::verify(const QString &dumpFile)
{
    // pg_dump exits 0 only after writing everything; reading the table of
    // contents back proves the file is a custom-format archive, not a stub.
    QFile file(dumpFile);
    if (!file.open(QIODevice::ReadOnly) || file.read(5) != "PGDMP") {
        QFile::remove(dumpFile);
        return fail(tr("The dump of the %1 database (%2) is not a pg_dump custom-format archive. Check the free "
                       "space there, then run the backup again.")
                        .arg(m_database.name, dumpFile));
    }
    if (m_pgRestore.isEmpty())
        return true;
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(m_pgRestore, {QStringLiteral("--list"), dumpFile});
    if (!process.waitForStarted())
        return true; // pg_dump worked; a missing pg_restore is no reason to throw the dump away
    if (DatabaseDump::waitFor(process, m_callbacks) == DatabaseDump::Ended::Cancelled)
        return fail(DatabaseDump::cancelled());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QFile::remove(dumpFile);
        return fail(tr("pg_restore cannot read the dump of the %1 database: %2 Run the backup again; if this "
                       "repeats, check the disk there.")
                        .arg(m_database.name, DatabaseDump::asSentence(errors)));
    }
    return true;
}

bool PostgresClient::load(const QString &dumpFile)
{
    if (m_pgRestore.isEmpty())
        return fail(tr("Cannot restore the %1 database: %2").arg(m_database.name, missingTools()));
    // --no-owner: the objects belong to the user who restores them, the
    // database's owner, even where the dump names another role.
    const QStringList arguments = connectionArguments()
        << QStringLiteral("--clean") << QStringLiteral("--if-exists") << QStringLiteral("--no-owner")
        << QStringLiteral("--single-transaction") << QStringLiteral("--exit-on-error")
        << QStringLiteral("--dbname=") + m_database.database << dumpFile;
    int exitCode = 0;
    QString output;
    if (!execute(m_pgRestore, arguments, &exitCode, &output))
        return false;
    if (exitCode != 0)
        return fail(tr("pg_restore could not load %1 into the %2 database (%3 on %4 as %5): %6 Nothing was changed "
                       "(one transaction). The user %5 must own %3 and every object in it.")
                        .arg(QFileInfo(dumpFile).fileName(), m_database.name, m_database.database,
                             DatabaseDump::server(m_database), m_database.user, DatabaseDump::asSentence(output)));
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        m_callbacks.warn(QStringLiteral("pg_restore: ") + line);
    m_callbacks.info(tr("Loaded %1 into the %2 database.").arg(QFileInfo(dumpFile).fileName(), m_database.name));
    return true;
}

} // namespace Lifeboat
