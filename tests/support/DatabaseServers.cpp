// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DatabaseServers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lifeboat::Testing {

namespace {
constexpr int readyTimeoutMs = 90000;

QString program(const QString &name, const QString &alternative = {})
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty() && !alternative.isEmpty())
        found = QStandardPaths::findExecutable(alternative);
    return found;
}

// Free now; a server started right after gets it unless something races for it.
int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QString tail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(0, file.size() - 2000));
    return QString::fromUtf8(file.readAll());
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// Stops `server` however it is stuck: the polite signal first, then harder.
void stopServer(QProcess &server, std::initializer_list<int> signalsInOrder)
{
    for (int sig : signalsInOrder) {
        if (server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(server.processId()), sig);
        server.waitForFinished(30000);
    }
    if (server.state() != QProcess::NotRunning) {
        server.kill();
        server.waitForFinished(-1);
    }
}
} // namespace

CommandResult runClient(const QString &programPath, const QStringList &arguments, const QByteArray &input,
                        const QString &inputFile, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment);
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    else if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(programPath, arguments);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("cannot run %1: %2").arg(programPath, process.errorString())};
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// --- MariaDB --------------------------------------------------------------------

MariaDbServer::MariaDbServer(bool binaryLog)
    : m_dir(QDir::tempPath() + QStringLiteral("/lifeboat-mariadb-XXXXXX"))
{
    if (!start(binaryLog))
        stopServer(*m_server, {SIGTERM});
}

MariaDbServer::~MariaDbServer()
{
    if (m_server)
        stopServer(*m_server, {SIGTERM});
}

QString MariaDbServer::missingPrograms()
{
    QStringList missing;
    if (program(QStringLiteral("mariadbd"), QStringLiteral("mysqld")).isEmpty())
        missing << QStringLiteral("mariadbd");
    if (program(QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")).isEmpty())
        missing << QStringLiteral("mariadb-install-db");
    if (program(QStringLiteral("mariadb"), QStringLiteral("mysql")).isEmpty())
        missing << QStringLiteral("mariadb");
    if (program(QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")).isEmpty())
        missing << QStringLiteral("mariadb-dump");
    return missing.join(QStringLiteral(", "));
}

bool MariaDbServer::start(bool binaryLog)
{
    m_server = std::make_unique<QProcess>();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const CommandResult installed = runClient(program(QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")),
                                              {QStringLiteral("--no-defaults"), QStringLiteral("--user=root"),
                                               QStringLiteral("--datadir=") + data,
                                               QStringLiteral("--auth-root-authentication-method=socket"),
                                               QStringLiteral("--skip-test-db")},
                                              {}, {}, {}, 180000);
    if (installed.exitCode != 0) {
        m_error = QStringLiteral("mariadb-install-db failed: ") + installed.out + installed.err;
        return false;
    }
    m_port = freePort();
    QStringList arguments{QStringLiteral("--no-defaults"), QStringLiteral("--user=root"), QStringLiteral("--datadir=") + data,
                          QStringLiteral("--socket=") + socket(), QStringLiteral("--port=%1").arg(m_port),
                          QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--skip-name-resolve"),
                          QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mariadb.pid")),
                          QStringLiteral("--log-error=") + m_dir.filePath(QStringLiteral("error.log")),
                          QStringLiteral("--innodb-buffer-pool-size=32M"), QStringLiteral("--innodb-flush-log-at-trx-commit=2"),
                          QStringLiteral("--event-scheduler=OFF")};
    if (binaryLog)
        arguments << QStringLiteral("--log-bin=") + m_dir.filePath(QStringLiteral("binlog")) << QStringLiteral("--server-id=1");
    // If the test dies, the server dies with it.
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_server->setStandardInputFile(QProcess::nullDevice());
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.out")));
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.out")), QIODevice::Append);
    m_server->start(program(QStringLiteral("mariadbd"), QStringLiteral("mysqld")), arguments);
    if (!m_server->waitForStarted()) {
        m_error = QStringLiteral("cannot start mariadbd: ") + m_server->errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < readyTimeoutMs) {
        if (m_server->waitForFinished(200) || m_server->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("mariadbd ended (exit code %1):\n%2")
                          .arg(m_server->exitCode())
                          .arg(tail(m_dir.filePath(QStringLiteral("error.log"))));
            return false;
        }
        if (sql(QStringLiteral("SELECT 1")).exitCode == 0)
            return true;
    }
    m_error = QStringLiteral("mariadbd did not accept connections within %1 s:\n%2")
                  .arg(readyTimeoutMs / 1000)
                  .arg(tail(m_dir.filePath(QStringLiteral("error.log"))));
    return false;
}

QStringList MariaDbServer::clientArguments() const
{
    return {QStringLiteral("--no-defaults"), QStringLiteral("--user=root"), QStringLiteral("--protocol=socket"),
            QStringLiteral("--socket=") + socket()};
}

CommandResult MariaDbServer::sql(const QString &statements, const QString &database) const
{
    QStringList arguments = clientArguments() << QStringLiteral("--batch") << QStringLiteral("--skip-column-names");
    if (!database.isEmpty())
        arguments << QStringLiteral("--database=") + database;
    return runClient(program(QStringLiteral("mariadb"), QStringLiteral("mysql")), arguments, statements.toUtf8() + '\n');
}

CommandResult MariaDbServer::restore(const QString &dumpFile) const
{
    return runClient(program(QStringLiteral("mariadb"), QStringLiteral("mysql")), clientArguments(), {}, dumpFile);
}

QString MariaDbServer::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

bool MariaDbServer::createUser(const QString &user, const QString &password, QString *error) const
{
    const CommandResult result = sql(QStringLiteral("CREATE USER %1@'localhost' IDENTIFIED BY %2;"
                                                    "CREATE USER %1@'%' IDENTIFIED BY %2;")
                                         .arg(quoted(user), quoted(password)));
    if (result.exitCode != 0 && error)
        *error = result.err;
    return result.exitCode == 0;
}

// --- PostgreSQL -----------------------------------------------------------------

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/lifeboat-pg-XXXXXX"))
{
    if (!start())
        stopServer(*m_server, {SIGINT, SIGQUIT});
}

PostgresServer::~PostgresServer()
{
    // SIGINT is PostgreSQL's fast shutdown; SIGQUIT takes the backends down
    // with the postmaster if that hangs.
    if (m_server)
        stopServer(*m_server, {SIGINT, SIGQUIT});
}

QString PostgresServer::binDirectory()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/postgres")).isExecutable())
            return bin;
    }
    const QString initdb = program(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).path();
}

QString PostgresServer::missingPrograms()
{
    QStringList missing;
    const QString bin = binDirectory();
    if (bin.isEmpty())
        missing << QStringLiteral("initdb, postgres");
    for (const char *name : {"psql", "pg_dump", "pg_restore"}) {
        if (bin.isEmpty() || !QFileInfo(bin + u'/' + QLatin1String(name)).isExecutable())
            missing << QLatin1String(name);
    }
    if (program(QStringLiteral("setpriv")).isEmpty())
        missing << QStringLiteral("setpriv");
    if (!::getpwnam("nobody"))
        missing << QStringLiteral("the user nobody");
    return missing.join(QStringLiteral(", "));
}

bool PostgresServer::start()
{
    m_server = std::make_unique<QProcess>();
    m_bin = binDirectory();
    const passwd *nobody = ::getpwnam("nobody");
    if (!m_dir.isValid() || m_bin.isEmpty() || !nobody) {
        m_error = QStringLiteral("no temporary directory, PostgreSQL server programs or user nobody");
        return false;
    }
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    // nobody must reach its directory inside ours.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    const QString home = socketDirectory();
    const QString passwordFile = m_dir.filePath(QStringLiteral("superuser.pw"));
    m_superuserPassword = randomHex(16);
    QFile file(passwordFile);
    if (!QDir().mkdir(home) || ::chown(QFile::encodeName(home).constData(), uid, gid) != 0
        || !file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(m_superuserPassword.toLatin1()) <= 0) {
        m_error = QStringLiteral("cannot prepare ") + home;
        return false;
    }
    file.close();
    if (::chown(QFile::encodeName(passwordFile).constData(), uid, gid) != 0) {
        m_error = QStringLiteral("cannot hand ") + passwordFile + QStringLiteral(" to nobody");
        return false;
    }
    const QStringList asNobody{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid),
                               QStringLiteral("--clear-groups")};
    const QString data = home + QStringLiteral("/data");
    const CommandResult initialized = runClient(
        program(QStringLiteral("setpriv")),
        asNobody + QStringList{m_bin + QStringLiteral("/initdb"), QStringLiteral("--pgdata=") + data,
                               QStringLiteral("--username=postgres"), QStringLiteral("--auth=scram-sha-256"),
                               QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--encoding=UTF8"),
                               QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
        {}, {}, {}, 180000);
    QFile::remove(passwordFile);
    if (initialized.exitCode != 0) {
        m_error = QStringLiteral("initdb failed: ") + initialized.out + initialized.err;
        return false;
    }
    m_port = freePort();
    m_server->setWorkingDirectory(home);
    m_server->setStandardInputFile(QProcess::nullDevice());
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->start(program(QStringLiteral("setpriv")),
                    asNobody + QStringList{m_bin + QStringLiteral("/postgres"), QStringLiteral("-D"), data,
                                           QStringLiteral("-k"), home, QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("-p"), QString::number(m_port),
                                           QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                           QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                                           QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                                           QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB"),
                                           QStringLiteral("-c"), QStringLiteral("max_connections=30")});
    if (!m_server->waitForStarted()) {
        m_error = QStringLiteral("cannot start postgres: ") + m_server->errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < readyTimeoutMs) {
        if (m_server->waitForFinished(200) || m_server->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("postgres ended (exit code %1):\n%2")
                          .arg(m_server->exitCode())
                          .arg(tail(m_dir.filePath(QStringLiteral("server.log"))));
            return false;
        }
        if (sql(QStringLiteral("SELECT 1")).exitCode == 0)
            return true;
    }
    m_error = QStringLiteral("postgres did not accept connections within %1 s:\n%2")
                  .arg(readyTimeoutMs / 1000)
                  .arg(tail(m_dir.filePath(QStringLiteral("server.log"))));
    return false;
}

QProcessEnvironment PostgresServer::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_superuserPassword);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return environment;
}

QStringList PostgresServer::clientArguments() const
{
    return {QStringLiteral("--host=") + socketDirectory(), QStringLiteral("--port=%1").arg(m_port),
            QStringLiteral("--username=postgres"), QStringLiteral("--no-password")};
}

CommandResult PostgresServer::sql(const QString &statements, const QString &database) const
{
    return runClient(m_bin + QStringLiteral("/psql"),
                     clientArguments() << QStringLiteral("--dbname=") + database << QStringLiteral("--no-psqlrc")
                                       << QStringLiteral("--set=ON_ERROR_STOP=1") << QStringLiteral("--no-align")
                                       << QStringLiteral("--tuples-only") << QStringLiteral("--quiet")
                                       << QStringLiteral("--field-separator=\t"),
                     statements.toUtf8() + '\n', {}, clientEnvironment());
}

CommandResult PostgresServer::restore(const QString &dumpFile, const QString &database) const
{
    const CommandResult created = sql(QStringLiteral("CREATE DATABASE \"%1\";").arg(database));
    if (created.exitCode != 0)
        return created;
    return runClient(m_bin + QStringLiteral("/pg_restore"),
                     clientArguments() << QStringLiteral("--dbname=") + database << QStringLiteral("--no-owner")
                                       << QStringLiteral("--no-acl") << QStringLiteral("--exit-on-error") << dumpFile,
                     {}, {}, clientEnvironment());
}

QString PostgresServer::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

bool PostgresServer::createUser(const QString &user, const QString &password, QString *error) const
{
    const CommandResult result = sql(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD %2;").arg(user, quoted(password)));
    if (result.exitCode != 0 && error)
        *error = result.err;
    return result.exitCode == 0;
}

} // namespace Lifeboat::Testing
