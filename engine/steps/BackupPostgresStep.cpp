#include "BackupPostgresStep.h"

#include "ArchivePartStep.h"
#include "DatabaseDump.h"

#include <NodeController.h>
#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr int pollMs = 200;
const QLatin1String socketPrefix(".s.PGSQL.");


} // namespace

BackupPostgresStep::BackupPostgresStep(DatabaseProfile database)
    : m_database(std::move(database))
{
}

QString BackupPostgresStep::title() const
{
    return tr("Back up the %1 database").arg(m_database.name);
}


ChangeList BackupPostgresStep::preview(const StepContext &context) const
{
    const QString work = BackupSetLayout::workDirectory(ArchivePartStep::stagingOf(context));
    return {{Change::Kind::Write, QDir(work).filePath(m_database.name + QStringLiteral(".dump")),
             tr("pg_dump -Fc (custom format) of the PostgreSQL database %1 on %2, checked with pg_restore --list, "
                "archived as the part database-%3")
                 .arg(m_database.database, DatabaseDump::server(m_database), m_database.name),
             1, 0}};
}

QString BackupPostgresStep::findTool(const QString &name)
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

BackupPostgresStep::Ended BackupPostgresStep::waitFor(QProcess &process, const StepContext &context)
{
    // Short slices, so that a cancel stops a dump that may take hours at once.
    while (!process.waitForFinished(pollMs) && process.state() != QProcess::NotRunning) {
        if (context.isCancelled()) {
            process.kill();
            process.waitForFinished(-1);
            return Ended::Cancelled;
        }
    }
    return Ended::Finished;
}

QStringList BackupPostgresStep::connectionArguments() const
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

bool BackupPostgresStep::dump(StepContext &context, const QString &pgDump, const QString &dumpFile) const
{
    QString secretError;
    const QString password = m_database.password.isEmpty() ? QString()
                                                            : context.nodes().secrets().expand(m_database.password, &secretError);
    if (!secretError.isEmpty())
        return context.fail(tr("Cannot back up the %1 database: %2").arg(m_database.name, secretError));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    if (!environment.contains(QStringLiteral("PGCONNECT_TIMEOUT")))
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("30"));

    const QStringList arguments = connectionArguments()
        << QStringLiteral("--format=custom") << QStringLiteral("--file=") + dumpFile
        << QStringLiteral("--dbname=") + m_database.database;
    context.info(tr("Running %1 %2").arg(pgDump, arguments.join(u' ')));
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(pgDump, arguments);
    if (!process.waitForStarted())
        return context.fail(tr("Cannot run %1: %2. Install the PostgreSQL client (postgresql-client) on this machine.")
                                .arg(pgDump, process.errorString()));
    if (waitFor(process, context) == Ended::Cancelled) {
        QFile::remove(dumpFile);
        return context.failCancelled();
    }
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(dumpFile);
        return context.fail(tr("pg_dump could not dump the %1 database (%2 on %3 as %4; exit code %5): %6 Check that the "
                               "server is running, the host, port or socket, the user and the password in the profile, "
                               "and that the user may read every table, sequence and schema of %2.")
                                .arg(m_database.name, m_database.database, DatabaseDump::server(m_database), m_database.user)
                                .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                                .arg(DatabaseDump::asSentence(output)));
    }
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        context.warn(QStringLiteral("pg_dump: ") + line);
    return true;
}

bool BackupPostgresStep::verify(StepContext &context, const QString &pgRestore, const QString &dumpFile) const
{
    // pg_dump exits 0 only after writing everything; reading the table of
    // contents back proves the file is a custom-format archive, not a stub.
    QFile file(dumpFile);
    if (!file.open(QIODevice::ReadOnly) || file.read(5) != "PGDMP") {
        QFile::remove(dumpFile);
        return context.fail(tr("The dump of the %1 database (%2) is not a pg_dump custom-format archive. Check the free "
                               "space under the backup root, then run the backup again.")
                                .arg(m_database.name, dumpFile));
    }
    if (pgRestore.isEmpty())
        return true;
    QProcess process;
    DatabaseDump::dieWithParent(process);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(pgRestore, {QStringLiteral("--list"), dumpFile});
    if (!process.waitForStarted())
        return true; // pg_dump worked; a missing pg_restore is no reason to throw the dump away
    if (waitFor(process, context) == Ended::Cancelled)
        return context.failCancelled();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QFile::remove(dumpFile);
        return context.fail(tr("pg_restore cannot read the dump of the %1 database: %2 Run the backup again; if this "
                               "repeats, check the disk under the backup root.")
                                .arg(m_database.name, DatabaseDump::asSentence(errors)));
    }
    return true;
}

bool BackupPostgresStep::run(StepContext &context)
{
    if (m_database.database.isEmpty())
        return context.fail(tr("The profile names no database for %1. Set its \"database\" and check again.").arg(m_database.name));
    const QString pgDump = findTool(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return context.fail(tr("Cannot back up the %1 database: pg_dump is not on the PATH. Install the PostgreSQL client "
                               "(postgresql-client) on this machine, at least the server's major version.")
                                .arg(m_database.name));
    const QString work = BackupSetLayout::workDirectory(ArchivePartStep::stagingOf(context));
    if (!QDir().mkpath(work))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(work));
    const QString dumpFile = QDir(work).filePath(m_database.name + QStringLiteral(".dump"));
    // A repeat starts over: never archive what an interrupted run left.
    if (QFileInfo::exists(dumpFile) && !QFile::remove(dumpFile))
        return context.fail(tr("Cannot remove the previous dump %1. Check the backup root's permissions.").arg(dumpFile));
    if (!dump(context, pgDump, dumpFile) || !verify(context, findTool(QStringLiteral("pg_restore")), dumpFile))
        return false;
    context.info(tr("Dumped the %1 database: %2.").arg(m_database.name, QLocale().formattedDataSize(QFileInfo(dumpFile).size())));

    BackupPart part;
    part.name = QStringLiteral("database-") + m_database.name;
    part.kind = QStringLiteral("database");
    part.sources = {{dumpFile, m_database.name + QStringLiteral(".dump")}};
    return ArchivePartStep::archive(context, part);
}

} // namespace Lifeboat
