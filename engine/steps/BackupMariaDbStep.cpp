#include "BackupMariaDbStep.h"

#include "ArchivePartStep.h"
#include "DatabaseDump.h"

#include <NodeController.h>
#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr int pollMs = 200;
constexpr int queryTimeoutMs = 60 * 1000;

// Deletes the option file with the password however the step ends.
struct RemoveWhenDone
{
    QString path;
    ~RemoveWhenDone() { QFile::remove(path); }
};


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

} // namespace

BackupMariaDbStep::BackupMariaDbStep(DatabaseProfile database)
    : m_database(std::move(database))
{
}

QString BackupMariaDbStep::title() const
{
    return tr("Back up the %1 database").arg(m_database.name);
}


ChangeList BackupMariaDbStep::preview(const StepContext &context) const
{
    const QString work = BackupSetLayout::workDirectory(ArchivePartStep::stagingOf(context));
    const Tools tools = findTools();
    const QString tool = tools.dump.isEmpty() ? QStringLiteral("mariadb-dump") : QFileInfo(tools.dump).fileName();
    return {{Change::Kind::Write, QDir(work).filePath(m_database.name + QStringLiteral(".sql")),
             tr("%1 of the MariaDB/MySQL database %2 on %3 (--single-transaction, with routines, triggers and events), "
                "archived as the part database-%4")
                 .arg(tool, m_database.database, DatabaseDump::server(m_database), m_database.name),
             1, 0}};
}

BackupMariaDbStep::Tools BackupMariaDbStep::findTools()
{
    Tools tools;
    tools.dump = QStandardPaths::findExecutable(QStringLiteral("mariadb-dump"));
    if (tools.dump.isEmpty())
        tools.dump = QStandardPaths::findExecutable(QStringLiteral("mysqldump"));
    tools.client = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    if (tools.client.isEmpty())
        tools.client = QStandardPaths::findExecutable(QStringLiteral("mysql"));
    return tools;
}

BackupMariaDbStep::Ended BackupMariaDbStep::waitFor(QProcess &process, const StepContext &context, int timeoutMs)
{
    // Short slices, so that a cancel stops a dump that may take hours at once.
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(pollMs) && process.state() != QProcess::NotRunning) {
        const bool cancelled = context.isCancelled();
        if (cancelled || (timeoutMs >= 0 && clock.elapsed() > timeoutMs)) {
            process.kill();
            process.waitForFinished(-1);
            return cancelled ? Ended::Cancelled : Ended::TimedOut;
        }
    }
    return Ended::Finished;
}

QStringList BackupMariaDbStep::connectionArguments(const QString &optionFile) const
{
    // --defaults-extra-file must come first, or the clients ignore it.
    QStringList arguments{QStringLiteral("--defaults-extra-file=") + optionFile};
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

bool BackupMariaDbStep::writeOptionFile(StepContext &context, const QString &path) const
{
    QString secretError;
    const QString password = m_database.password.isEmpty() ? QString()
                                                            : context.nodes().secrets().expand(m_database.password, &secretError);
    if (!secretError.isEmpty())
        return context.fail(tr("Cannot back up the %1 database: %2").arg(m_database.name, secretError));
    // A file left by an interrupted run would keep its old permissions; start afresh.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return context.fail(tr("Cannot write %1: %2. Check the backup root's permissions and free space.")
                                .arg(path, file.errorString()));
    QByteArray text = "[client]\n";
    if (!password.isEmpty())
        text += "password=" + quotedOptionValue(password).toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.flush())
        return context.fail(tr("Cannot write %1: %2. Check the free space under the backup root.").arg(path, file.errorString()));
    return true;
}

bool BackupMariaDbStep::queryBinaryLogging(StepContext &context, const Tools &tools, const QString &optionFile, bool *on) const
{
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(tools.client, connectionArguments(optionFile)
                                    << QStringLiteral("--connect-timeout=30") << QStringLiteral("--batch")
                                    << QStringLiteral("--skip-column-names") << QStringLiteral("--execute=SELECT @@log_bin"));
    if (!process.waitForStarted())
        return context.fail(tr("Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.")
                                .arg(tools.client, process.errorString()));
    switch (waitFor(process, context, queryTimeoutMs)) {
    case Ended::Cancelled: return context.failCancelled();
    case Ended::TimedOut:
        return context.fail(tr("The server of the %1 database (%2) did not answer within %3 seconds. Check that it is "
                               "running and reachable from this machine.")
                                .arg(m_database.name, DatabaseDump::server(m_database))
                                .arg(queryTimeoutMs / 1000));
    case Ended::Finished: break;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString error = DatabaseDump::asSentence(QString::fromUtf8(process.readAllStandardError()));
        return context.fail(tr("Cannot connect to the %1 database (%2 on %3 as %4): %5 Check that the server is running "
                               "and the host, port or socket, the user and the password in the profile.")
                                .arg(m_database.name, m_database.database, DatabaseDump::server(m_database), m_database.user, error));
    }
    *on = output == QLatin1String("1") || output.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0;
    return true;
}

bool BackupMariaDbStep::dump(StepContext &context, const Tools &tools, const QString &optionFile, bool binaryLogging,
                             const QString &dumpFile) const
{
    QStringList arguments = connectionArguments(optionFile);
    // --no-tablespaces: a single database never needs tablespace statements,
    // and MySQL would demand the PROCESS privilege for them.
    arguments << QStringLiteral("--single-transaction") << QStringLiteral("--routines") << QStringLiteral("--triggers")
              << QStringLiteral("--events") << QStringLiteral("--hex-blob") << QStringLiteral("--no-tablespaces")
              << QStringLiteral("--comments");
    if (binaryLogging) {
        // MySQL 8.0.26 renamed --master-data; MariaDB knows only the old name.
        QProcess help;
        help.start(tools.dump, {QStringLiteral("--help")});
        help.waitForFinished(10000);
        arguments << (help.readAllStandardOutput().contains("--source-data") ? QStringLiteral("--source-data=2")
                                                                            : QStringLiteral("--master-data=2"));
    }
    // --databases: the dump creates and selects its database, so it restores with `mariadb < dump`.
    arguments << QStringLiteral("--databases") << m_database.database;

    const QString tool = QFileInfo(tools.dump).fileName();
    context.info(tr("Running %1 %2").arg(tools.dump, arguments.join(u' ')));
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(dumpFile, QIODevice::Truncate);
    process.start(tools.dump, arguments);
    if (!process.waitForStarted())
        return context.fail(tr("Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.")
                                .arg(tools.dump, process.errorString()));
    const Ended ended = waitFor(process, context, -1);
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (ended == Ended::Cancelled) {
        QFile::remove(dumpFile);
        return context.failCancelled();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(dumpFile);
        return context.fail(tr("%1 could not dump the %2 database (exit code %3): %4 The user %5 needs SELECT, SHOW VIEW, "
                               "TRIGGER, EVENT and LOCK TABLES on %6, and RELOAD and BINLOG MONITOR (REPLICATION CLIENT "
                               "on MySQL) when binary logging is on.")
                                .arg(tool, m_database.name)
                                .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                                .arg(DatabaseDump::asSentence(errors), m_database.user, m_database.database));
    }
    for (const QString &line : errors.split(u'\n', Qt::SkipEmptyParts))
        context.warn(tool + QStringLiteral(": ") + line);

    // A dump that ends early (a full disk, a killed server) lacks the last line.
    QFile file(dumpFile);
    QByteArray tail;
    if (file.open(QIODevice::ReadOnly)) {
        file.seek(std::max<qint64>(0, file.size() - 512));
        tail = file.readAll();
    }
    if (!tail.contains("-- Dump completed")) {
        QFile::remove(dumpFile);
        return context.fail(tr("The dump of the %1 database is incomplete: it does not end with \"-- Dump completed\". Check "
                               "the free space under %2 and the server's error log, then run the backup again.")
                                .arg(m_database.name, QFileInfo(dumpFile).path()));
    }
    context.info(tr("Dumped the %1 database: %2.").arg(m_database.name, QLocale().formattedDataSize(file.size())));
    return true;
}

void BackupMariaDbStep::logBinaryLogPosition(StepContext &context, const QString &dumpFile) const
{
    // With --master-data=2 the position is a comment near the top of the dump:
    // -- CHANGE MASTER TO MASTER_LOG_FILE='binlog.000001', MASTER_LOG_POS=1405;
    static const QRegularExpression position(
        QStringLiteral("(?:MASTER|SOURCE)_LOG_FILE='([^']+)',\\s*(?:MASTER|SOURCE)_LOG_POS=(\\d+)"));
    QFile file(dumpFile);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (int line = 0; line < 1000 && !file.atEnd(); ++line) {
            const QString text = QString::fromUtf8(file.readLine(64 * 1024));
            const QRegularExpressionMatch match = position.match(text);
            if (match.hasMatch()) {
                context.info(tr("The %1 dump matches binary log %2 at position %3; a point-in-time recovery replays the "
                                "binary logs from there.")
                                 .arg(m_database.name, match.captured(1), match.captured(2)));
                return;
            }
        }
    }
    context.warn(tr("Binary logging is on, but the dump of %1 records no binary log position; a point-in-time recovery "
                    "cannot start from this backup.")
                     .arg(m_database.name));
}

bool BackupMariaDbStep::run(StepContext &context)
{
    if (m_database.database.isEmpty())
        return context.fail(tr("The profile names no database for %1. Set its \"database\" and check again.").arg(m_database.name));
    const Tools tools = findTools();
    if (tools.dump.isEmpty() || tools.client.isEmpty())
        return context.fail(tr("Cannot back up the %1 database: mariadb-dump (or mysqldump) and mariadb (or mysql) are not "
                               "on the PATH. Install the MariaDB client (mariadb-client) on this machine.")
                                .arg(m_database.name));
    const QString work = BackupSetLayout::workDirectory(ArchivePartStep::stagingOf(context));
    if (!QDir().mkpath(work))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(work));
    const QString dumpFile = QDir(work).filePath(m_database.name + QStringLiteral(".sql"));
    // A repeat starts over: never archive what an interrupted run left.
    if (QFileInfo::exists(dumpFile) && !QFile::remove(dumpFile))
        return context.fail(tr("Cannot remove the previous dump %1. Check the backup root's permissions.").arg(dumpFile));

    bool binaryLogging = false;
    {
        const RemoveWhenDone optionFile{QDir(work).filePath(u'.' + m_database.name + QStringLiteral(".my.cnf"))};
        if (!writeOptionFile(context, optionFile.path) || !queryBinaryLogging(context, tools, optionFile.path, &binaryLogging)
            || !dump(context, tools, optionFile.path, binaryLogging, dumpFile))
            return false;
    }
    if (binaryLogging)
        logBinaryLogPosition(context, dumpFile);

    BackupPart part;
    part.name = QStringLiteral("database-") + m_database.name;
    part.kind = QStringLiteral("database");
    part.sources = {{dumpFile, m_database.name + QStringLiteral(".sql")}};
    return ArchivePartStep::archive(context, part);
}

} // namespace Lifeboat
