// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeController.h"

#include <cluster/HttpClient.h>
#include <profile/AemPaths.h>
#include <logging/Logging.h>
#include <logging/Subsystem.h>

#include <lifeboat/InstallLayout.h>

#include <hosts/Hosts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Lifeboat {

QJsonObject NodeStatus::toJson() const
{
    const char *lockNames[] = {"absent", "held", "stale"};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("present"), present},
            {QStringLiteral("running"), running},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("port"), port},
            {QStringLiteral("lock"), QString::fromLatin1(lockNames[int(lock)])},
            {QStringLiteral("backupMode"), toString(backupMode)},
            {QStringLiteral("backupModeActive"), backupModeActive},
            {QStringLiteral("backupModeLabel"), backupModeLabel},
            {QStringLiteral("repositoryUnsync"), repositoryUnsync},
            {QStringLiteral("hostError"), hostError}};
}

NodeController::NodeController(const ClusterProfile &profile)
    : m_profile(profile)
    , m_secrets(profile.secretsFile)
    , m_hosts(Hosts::of(profile))
{
}

NodeController::~NodeController() = default;

QString NodeController::lifeboatNodeProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("LIFEBOAT_NODE_PROGRAM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Beside lifeboat in a build tree, in libexec once installed.
    const QString binDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {binDir + QStringLiteral("/lifeboat-node"),
                                     QDir::cleanPath(binDir + u'/' + QLatin1String(nodeProgramFromBinDir))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lifeboat-node"));
}

bool NodeController::errorLogShowsUnsync(const QByteArray &log)
{
    const QByteArray lower = log.toLower();
    const qsizetype unsync = lower.lastIndexOf("repository unsync");
    return unsync >= 0 && unsync > log.lastIndexOf(QByteArrayView(frameworkStarted.data(), frameworkStarted.size()));
}

QHash<QString, QString> NodeController::placeholders(const NodeProfile &node) const
{
    return {{QStringLiteral("lifeboat-node"), lifeboatNodeProgram()},
            {QStringLiteral("profile"), m_profile.filePath},
            {QStringLiteral("node"), node.name},
            {QStringLiteral("host"), node.host},
            {QStringLiteral("port"), QString::number(node.httpUrl.port())}};
}

std::optional<QString> NodeController::runningCleanup(const NodeProfile &node) const
{
    constexpr int oakRunning = 3; // RepositoryManagementMBean.StatusCode.RUNNING
    const HttpClient client(node.httpUser, m_secrets.expand(node.httpPassword), 3000);
    QStringList running;
    for (const auto &[attribute, name] : {std::pair{QStringLiteral("DataStoreGCStatus"), tr("data store garbage collection")},
                                          std::pair{QStringLiteral("RevisionGCStatus"), tr("revision cleanup")}}) {
        const HttpClient::Reply reply = client.get(node.consoleUrl(QString(AemPaths::repositoryManagementJmx) + QStringLiteral("/a/") + attribute));
        const QJsonValue value = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("value"));
        if (!reply.ok() || !value.isObject())
            return std::nullopt;
        if (value[QLatin1String("code")].toInt() == oakRunning)
            running.append(name);
    }
    return running.join(tr(" and "));
}

QString NodeController::missingCommand(const CommandTemplate &command, const QHash<QString, QString> &values, const QString &purpose) const
{
    if (command.isEmpty())
        return tr("The profile has no command to %1.").arg(purpose);
    const QString program = command.expand(values, [](const QString &) { return QString(); }).value(0);
    if (program.isEmpty() && command.arguments().first() == QLatin1String("{lifeboat-node}"))
        return tr("lifeboat-node was not found next to lifeboat, in its libexec/lifeboat folder or on PATH; install it, or "
                  "set LIFEBOAT_NODE_PROGRAM to its path.");
    const QFileInfo file(program);
    const bool found = file.isAbsolute() ? file.isFile() && file.isExecutable() : !QStandardPaths::findExecutable(program).isEmpty();
    if (!found)
        return tr("The command to %1 runs %2, which is not installed on this machine (or not executable).").arg(purpose, program);
    // A secret nobody can give, found now rather than when the command runs
    // (perhaps in a cleanup, with the cluster in backup mode).
    QStringList names;
    const auto collect = [&names](const QString &name) {
        if (!names.contains(name))
            names.append(name);
        return QString();
    };
    command.expand(values, collect);
    command.expandInput(values, collect);
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        QString error;
        if (!m_secrets.isAvailable(name, &error))
            missing.append(error);
    }
    return missing.join(u' ');
}

NodeController::Result NodeController::runTemplate(const CommandTemplate &command,
                                                   const QHash<QString, QString> &values, int timeoutSeconds) const
{
    if (command.isEmpty())
        return {false, {}, tr("The profile has no command for this.")};
    QString secretError;
    const QStringList arguments = command.expand(values, [&](const QString &name) {
        return m_secrets.value(name, &secretError);
    });
    const QByteArray input = command.expandInput(values, [&](const QString &name) {
        return m_secrets.value(name, &secretError);
    });
    if (!secretError.isEmpty())
        return {false, {}, secretError};
    if (arguments.first().isEmpty())
        return {false, {}, command.arguments().first() == QLatin1String("{lifeboat-node}")
                               ? tr("lifeboat-node was not found next to lifeboat, in its libexec/lifeboat folder "
                                    "or on PATH; install it, or set LIFEBOAT_NODE_PROGRAM to its path.")
                               : tr("The profile's command %1 has no program.").arg(command.display(values))};
    Logging::logger(Subsystem::cluster)->info("running {}", command.display(values).toStdString());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(commandEnvironment());
    process.start(arguments.first(), arguments.mid(1));
    if (!process.waitForStarted())
        return {false, {}, tr("Cannot run %1: %2").arg(arguments.first(), process.errorString())};
    // The input (a password, say) goes through the pipe, never the command
    // line; and a command that reads more than it is given sees its end at
    // once instead of waiting until the timeout.
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        return {false, m_secrets.redact(QString::fromUtf8(process.readAll())),
                tr("%1 did not finish within %2 seconds.").arg(command.display(values)).arg(timeoutSeconds)};
    }
    const QString output = m_secrets.redact(QString::fromUtf8(process.readAll())).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {false, output, tr("%1 failed (exit code %2): %3").arg(command.display(values)).arg(process.exitCode()).arg(output)};
    return {true, output, {}};
}

QProcessEnvironment NodeController::commandEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString prefix = SecretStore::environmentName({});
    for (const QString &name : environment.keys()) {
        if (name.startsWith(prefix))
            environment.remove(name);
    }
    return environment;
}

NodeController::Result NodeController::start(const NodeProfile &node) const
{
    return runTemplate(node.start, placeholders(node), node.controlTimeoutSeconds);
}

NodeController::Result NodeController::stop(const NodeProfile &node) const
{
    return runTemplate(node.stop, placeholders(node), node.controlTimeoutSeconds);
}

NodeStatus NodeController::status(const NodeProfile &node) const
{
    NodeStatus status;
    status.name = node.name;
    status.role = node.role;
    status.port = node.httpUrl.port();
    HostFiles &files = m_hosts->files(m_profile.hostOf(node));
    HostFiles::Entry repository;
    status.present = files.stat(node.repository, &repository, &status.hostError) && (repository.isDirectory() || repository.isLink());
    HostFiles::Lock lock;
    if (status.hostError.isEmpty() && files.inspectLock(RepositoryLock::path(node.repository), &lock, &status.hostError)) {
        status.lock = RepositoryLock::State(int(lock.state));
        status.pid = lock.pid;
    }
    QByteArray log;
    if (status.hostError.isEmpty() && !node.errorLog.isEmpty() && files.readTail(node.errorLog, errorLogTail, &log, nullptr))
        status.repositoryUnsync = errorLogShowsUnsync(log);
    QUrl url = node.httpUrl;
    url.setPath(node.statusPath);
    const HttpClient::Reply reply = HttpClient(node.httpUser, m_secrets.expand(node.httpPassword), 3000).get(url);
    status.running = reply.ok();
    if (!status.running)
        return status;
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    status.pid = json.value(QLatin1String("pid")).toInteger(status.pid);
    const QJsonObject mode = json.value(QLatin1String("backupMode")).toObject();
    const QString modeName = mode.value(QLatin1String("mode")).toString();
    status.backupMode = modeName == QLatin1String("rolling")    ? BackupModeState::Mode::Rolling
                      : modeName == QLatin1String("snapshot") ? BackupModeState::Mode::Snapshot
                                                              : BackupModeState::Mode::None;
    status.backupModeActive = mode.value(QLatin1String("active")).toBool();
    status.backupModeLabel = mode.value(QLatin1String("label")).toString();
    return status;
}

QList<NodeStatus> NodeController::statusOfAll() const
{
    QList<const NodeProfile *> nodes;
    for (const NodeProfile &node : m_profile.nodes)
        nodes.append(&node);
    return statusOf(nodes);
}

QList<NodeStatus> NodeController::statusOf(const QList<const NodeProfile *> &nodes) const
{
    // A pool of its own: the probes mostly wait, so they are not held to one
    // thread per core, and a caller on another pool never waits for itself.
    // Made once and kept to the end of the process, as the global pool is.
    static QThreadPool *const probes = [] {
        auto *pool = new QThreadPool;
        pool->setMaxThreadCount(16);
        return pool;
    }();
    return QtConcurrent::blockingMapped(probes, nodes, [this](const NodeProfile *node) { return status(*node); });
}

QHash<QString, QString> NodeController::backupModeValues(const QString &label, int timeoutMinutes) const
{
    const BackupModeControl &control = m_profile.backupMode;
    return {{QStringLiteral("lifeboat-node"), lifeboatNodeProgram()},
            {QStringLiteral("host"), control.host},
            {QStringLiteral("port"), QString::number(control.port)},
            {QStringLiteral("user"), control.user},
            {QStringLiteral("password"), control.password},
            {QStringLiteral("label"), label},
            {QStringLiteral("timeout"), QString::number(timeoutMinutes)}};
}

NodeController::Result NodeController::enterBackupMode(BackupModeState::Mode mode, const QString &label,
                                                       int timeoutMinutes) const
{
    const BackupModeControl &control = m_profile.backupMode;
    return runTemplate(mode == BackupModeState::Mode::Rolling ? control.enterRolling : control.enterSnapshot,
                       backupModeValues(label, timeoutMinutes), 120);
}

NodeController::Result NodeController::leaveBackupMode(BackupModeState::Mode mode) const
{
    const BackupModeControl &control = m_profile.backupMode;
    QHash<QString, QString> values = backupModeValues({}, 0);
    values.remove(QStringLiteral("label"));
    values.remove(QStringLiteral("timeout"));
    return runTemplate(mode == BackupModeState::Mode::Rolling ? control.leaveRolling : control.leaveSnapshot, values, 120);
}

QList<const NodeProfile *> NodeController::startOrder() const
{
    return m_profile.nodesWithRole(NodeRole::Primary) + m_profile.nodesWithRole(NodeRole::Secondary)
        + m_profile.nodesWithRole(NodeRole::Publish);
}

QList<const NodeProfile *> NodeController::stopOrder() const
{
    return m_profile.nodesWithRole(NodeRole::Publish) + m_profile.nodesWithRole(NodeRole::Secondary)
        + m_profile.nodesWithRole(NodeRole::Primary);
}

} // namespace Lifeboat
