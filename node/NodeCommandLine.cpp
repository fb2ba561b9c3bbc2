// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeCommandLine.h"

#include "BackupModeArguments.h"

#include "NodeAgent.h"
#include "TerminationWatcher.h"

#include <cluster/HttpClient.h>
#include <logging/Logging.h>
#include <cluster/RepositoryLock.h>
#include <profile/SecretStore.h>
#include <sandbox/SandboxLayout.h>
#include <lifeboat/Version.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <csignal>

namespace Lifeboat {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.open(QIODevice::ReadOnly) || !stat.readAll().contains(") Z ");
}

QString lastLines(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

QString serverLog(const NodeProfile &node)
{
    return QFileInfo(node.repository).absolutePath() + QStringLiteral("/server.log");
}

HttpClient::Reply statusOf(const ClusterProfile &profile, const NodeProfile &node, int timeoutMs)
{
    const QString password = SecretStore(profile.secretsFile).expand(node.httpPassword);
    QUrl url = node.httpUrl;
    url.setPath(node.statusPath);
    return HttpClient(node.httpUser, password, timeoutMs).get(url);
}

} // namespace

int NodeCommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version")) {
        out() << "lifeboat-node " << versionString << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("lcbackupmode"))
        return backupMode(arguments.mid(2));
    if (command.isEmpty() || command == QLatin1String("--help"))
        return usage({});
    if (!loadNode(arguments.mid(2)))
        return 64;
    if (command == QLatin1String("serve"))
        return serve();
    if (command == QLatin1String("start"))
        return start();
    if (command == QLatin1String("stop"))
        return stop();
    if (command == QLatin1String("status"))
        return status();
    return usage(tr("unknown command '%1'").arg(command));
}

int NodeCommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        err() << "lifeboat-node: " << problem << '\n';
    (problem.isEmpty() ? out() : err())
        << tr("usage: lifeboat-node serve|start|stop|status --profile FILE --node NAME [--timeout SECONDS]\n"
              "       lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage\n"
              "                     -host=HOST -port=PORT -user=USER -password=PASSWORD|- [-label=LABEL] [-timeout=MINUTES]\n"
              "                     (-password=- reads the password from the first line of standard input)\n")
        << Qt::flush;
    return problem.isEmpty() ? 0 : 64;
}

bool NodeCommandLine::loadNode(const QStringList &arguments)
{
    QString profilePath;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == QLatin1String("--profile"))
            profilePath = arguments[i + 1];
        else if (arguments[i] == QLatin1String("--node"))
            m_node = arguments[i + 1];
        else if (arguments[i] == QLatin1String("--timeout"))
            m_timeoutSeconds = arguments[i + 1].toInt();
    }
    if (profilePath.isEmpty() || m_node.isEmpty()) {
        usage(tr("--profile and --node are required"));
        return false;
    }
    QString error;
    auto profile = ClusterProfile::load(profilePath, &error);
    if (!profile) {
        err() << "lifeboat-node: " << error << Qt::endl;
        return false;
    }
    m_profile = *profile;
    if (!m_profile.node(m_node)) {
        err() << "lifeboat-node: " << tr("the profile has no node '%1' (it has: %2)").arg(m_node, m_profile.nodeNames().join(QStringLiteral(", ")))
              << Qt::endl;
        return false;
    }
    return true;
}

int NodeCommandLine::serve()
{
    Logging::start({.directory = QFileInfo(m_profile.node(m_node)->repository).absolutePath() + QStringLiteral("/logs"),
                    .console = true,
                    .level = spdlog::level::info,
                    .consoleLevel = spdlog::level::info});
    NodeAgent agent(m_profile, m_node);
    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &agent, &NodeAgent::stop);
    QObject::connect(&agent, &NodeAgent::stopped, &agent, [] { QCoreApplication::quit(); });
    if (!agent.start()) {
        err() << "lifeboat-node: " << m_node << ": " << agent.errorString() << Qt::endl;
        return 3;
    }
    return QCoreApplication::exec();
}

int NodeCommandLine::start()
{
    const NodeProfile &node = *m_profile.node(m_node);
    const auto lock = RepositoryLock::inspect(node.repository);
    if (lock.state == RepositoryLock::State::Held) {
        out() << tr("%1 is already running (pid %2).").arg(m_node).arg(lock.pid) << Qt::endl;
        return 0;
    }
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("serve"), QStringLiteral("--profile"), m_profile.filePath,
                          QStringLiteral("--node"), m_node});
    process.setStandardOutputFile(serverLog(node), QIODevice::Append);
    process.setStandardErrorFile(serverLog(node), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        err() << tr("Cannot start %1: %2").arg(m_node, process.errorString()) << Qt::endl;
        return 1;
    }
    const QDeadlineTimer deadline{std::chrono::seconds(m_timeoutSeconds)};
    while (!deadline.hasExpired()) {
        if (statusOf(m_profile, node, 1000).ok()) {
            out() << tr("%1 is up (pid %2, port %3).").arg(m_node).arg(pid).arg(node.httpUrl.port()) << Qt::endl;
            return 0;
        }
        if (!processAlive(pid)) {
            err() << tr("%1 did not start. Its log says:\n%2").arg(m_node, lastLines(serverLog(node), 3)) << Qt::endl;
            return 1;
        }
        // A sandbox node answers within tens of milliseconds: a coarser poll
        // would be most of the wait (every start in a backup, a restore and
        // the test suite).
        QThread::msleep(10);
    }
    err() << tr("%1 did not come up within %n second(s); see %2.", nullptr, m_timeoutSeconds).arg(m_node, serverLog(node))
          << Qt::endl;
    return 1;
}

int NodeCommandLine::stop()
{
    const NodeProfile &node = *m_profile.node(m_node);
    const auto lock = RepositoryLock::inspect(node.repository);
    if (lock.state != RepositoryLock::State::Held) {
        out() << tr("%1 is not running.").arg(m_node) << Qt::endl;
        return 0;
    }
    // The slow-stop fault: like AEM's own stop script, the command returns
    // once the node was told, while the node still holds its repository.
    // (Asked before the signal: the node takes the marker away.)
    const bool slowStop = QFileInfo::exists(SandboxLayout::slowStopMarker(node.repository));
    ::kill(pid_t(lock.pid), SIGTERM);
    if (slowStop) {
        out() << tr("%1 was told to stop; it is still shutting down.").arg(m_node) << Qt::endl;
        return 0;
    }
    const QDeadlineTimer deadline{std::chrono::seconds(m_timeoutSeconds)};
    while (!deadline.hasExpired()) {
        if (RepositoryLock::inspect(node.repository).state != RepositoryLock::State::Held && !processAlive(lock.pid)) {
            out() << tr("%1 stopped.").arg(m_node) << Qt::endl;
            return 0;
        }
        QThread::msleep(10);
    }
    ::kill(pid_t(lock.pid), SIGKILL);
    err() << tr("%1 did not stop within %n second(s) and was killed.", nullptr, m_timeoutSeconds).arg(m_node) << Qt::endl;
    return 1;
}

int NodeCommandLine::status()
{
    const NodeProfile &node = *m_profile.node(m_node);
    const HttpClient::Reply reply = statusOf(m_profile, node, 2000);
    if (reply.ok()) {
        out() << reply.body << Qt::endl;
        return 0;
    }
    out() << QStringLiteral("{\"node\":\"%1\",\"running\":false}").arg(m_node) << Qt::endl;
    return 3;
}

int NodeCommandLine::backupMode(const QStringList &arguments)
{
    QString problem;
    const std::optional<BackupModeArguments> parsed = BackupModeArguments::parse(arguments, &problem);
    if (!parsed)
        return usage(problem);
    const QUrl url = parsed->url(NodeAgent::backupModePath());
    const QString &command = parsed->command;
    // -password=- reads the password from the first line of standard input,
    // where other users cannot see it (they can see every command line).
    QString password = parsed->password;
    if (password == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usage(tr("-password=- reads the password from standard input, which cannot be read."));
        QByteArray line = input.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
    }
    const HttpClient client(parsed->user, password);
    const HttpClient::Reply reply = client.post(url);
    if (reply.ok()) {
        out() << tr("%1: done. %2").arg(command, QString::fromUtf8(reply.body)) << Qt::endl;
        return 0;
    }
    err() << tr("%1 failed: %2").arg(command, reply.status ? QString::fromUtf8(reply.body) : reply.error) << Qt::endl;
    return 1;
}

} // namespace Lifeboat
