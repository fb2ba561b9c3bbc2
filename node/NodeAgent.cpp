// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeAgent.h"

#include <hosts/LocalHostFiles.h>

#include "HttpServer.h"

#include <profile/AemPaths.h>
#include <cluster/HttpClient.h>
#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <cluster/BackupModeState.h>
#include <cluster/NodeController.h>
#include <profile/SecretStore.h>
#include <sandbox/SandboxLayout.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

namespace Lifeboat {

namespace {

FormsActivity::Settings readSettings(const QString &profileDirectory)
{
    QFile file(QDir(profileDirectory).filePath(QStringLiteral("sandbox.json")));
    FormsActivity::Settings settings;
    if (!file.open(QIODevice::ReadOnly))
        return settings;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    settings.documentsPerMinute = json.value(QLatin1String("documentsPerMinute")).toInt(settings.documentsPerMinute);
    settings.documentLifetimeSeconds =
        json.value(QLatin1String("documentLifetimeSeconds")).toInt(settings.documentLifetimeSeconds);
    return settings;
}

} // namespace

NodeAgent::NodeAgent(ClusterProfile profile, const QString &nodeName, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_node(*m_profile.node(nodeName))
    , m_lock(m_node.repository)
{
}

NodeAgent::~NodeAgent()
{
    shutdown();
}

bool NodeAgent::start()
{
    if (!checkRepository())
        return false;
    if (m_node.role == NodeRole::Secondary && !primaryIsUp()) {
        m_error = tr("cannot join the cluster: the primary node %1 is not running; start the primary "
                     "first and the secondaries only once it is up")
                      .arg(m_profile.primary()->name);
        appendErrorLog(QStringLiteral("ERROR"), m_error, QString(NodeController::clusterJoinLogger));
        return false;
    }
    if (!m_lock.acquire())
        return fail(m_lock.errorString());
    if (m_node.isAuthor())
        writeRuntimeFiles();
    if (m_node.isAuthor() && !openDatabase())
        return false;
    m_server = new HttpServer(m_node.httpUser, SecretStore(m_profile.secretsFile).expand(m_node.httpPassword), this);
    if (!m_server->listen(QHostAddress::LocalHost, quint16(m_node.httpUrl.port())))
        return fail(tr("cannot listen on port %1: %2").arg(m_node.httpUrl.port()).arg(m_server->errorString()));
    routeRequests();
    if (m_node.isAuthor()) {
        m_activity = new FormsActivity(m_database.get(), m_profile.gds, m_node.repository, m_node.name,
                                       readSettings(m_profile.directory()), this);
        m_activity->start();
    }
    m_running = true;
    // The line AEM's error.log shows at every start, which ends what an
    // earlier "repository unsync" said (NodeController::errorLogShowsUnsync).
    appendErrorLog(QStringLiteral("INFO"), QString(NodeController::frameworkStarted), QStringLiteral("FelixDispatchQueue"));
    appendErrorLog(QStringLiteral("INFO"), QStringLiteral("node %1 started (pid %2, port %3)")
                                               .arg(m_node.name).arg(::getpid()).arg(m_node.httpUrl.port()));
    Logging::logger(Subsystem::node)->info("{} is up on port {}", m_node.name.toStdString(), m_node.httpUrl.port());
    return true;
}

void NodeAgent::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const int seconds = m_running ? takeSlowStopSeconds() : 0;
    if (seconds <= 0) {
        shutdown();
        Q_EMIT stopped();
        return;
    }
    appendErrorLog(QStringLiteral("INFO"), QStringLiteral("node %1 is shutting down; its repository stays locked for %2 s")
                                               .arg(m_node.name).arg(seconds));
    stopServing();
    QTimer::singleShot(std::chrono::seconds(seconds), this, [this] {
        shutdown();
        Q_EMIT stopped();
    });
}

int NodeAgent::takeSlowStopSeconds() const
{
    QFile marker(SandboxLayout::slowStopMarker(m_node.repository));
    if (!marker.open(QIODevice::ReadOnly))
        return 0;
    const int seconds = marker.readAll().trimmed().toInt();
    marker.remove(); // once: the node stops normally after this
    return seconds;
}

void NodeAgent::stopServing()
{
    delete m_server;
    m_server = nullptr;
    delete m_activity;
    m_activity = nullptr;
}

void NodeAgent::shutdown()
{
    if (!m_running)
        return;
    m_running = false;
    stopServing();
    m_database.reset();
    appendErrorLog(QStringLiteral("INFO"), QStringLiteral("node %1 stopped").arg(m_node.name));
    m_lock.release();
}

void NodeAgent::writeRuntimeFiles() const
{
    // What AEM writes at start when a restore removed it: a new system id,
    // and on the primary the marker that it leads the cluster.
    QFile systemId(AemPaths::at(m_node.repository, AemPaths::systemId));
    if (!systemId.exists() && systemId.open(QIODevice::WriteOnly))
        systemId.write(QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '\n');
    QFile clustered(AemPaths::at(m_node.repository, AemPaths::clustered));
    if (m_node.role == NodeRole::Primary && !clustered.exists() && clustered.open(QIODevice::WriteOnly))
        clustered.write(QStringLiteral("cluster master %1\n").arg(m_node.name).toUtf8());
}

bool NodeAgent::checkRepository()
{
    const QString repository = AemPaths::at(m_node.repository, AemPaths::repository);
    if (!QFileInfo(repository).isDir())
        return fail(tr("the repository %1 is missing; restore it from a backup").arg(repository));
    if (m_node.isAuthor() && !QFileInfo::exists(AemPaths::at(m_node.repository, AemPaths::clusterNodeId)))
        return fail(tr("%1/cluster_node.id is missing: the node cannot take its place in the cluster; "
                       "restore the node's cluster node id")
                        .arg(repository));
    return true;
}

bool NodeAgent::primaryIsUp() const
{
    const NodeProfile *primary = m_profile.primary();
    const HttpClient client(primary->httpUser, SecretStore(m_profile.secretsFile).expand(primary->httpPassword), 2000);
    QUrl url = primary->httpUrl;
    url.setPath(primary->statusPath);
    return client.get(url).ok();
}

bool NodeAgent::openDatabase()
{
    m_database = std::make_unique<FormsDatabase>(m_profile.databases.value(0).path);
    if (!m_database->open() || !m_database->createSchema())
        return fail(m_database->errorString());
    return true;
}

void NodeAgent::routeRequests()
{
    m_server->route("GET", SandboxLayout::statusPath(), [this](const HttpRequest &) { return status(); });
    // Where AEM's Felix console lists its bundles: what a real node's status
    // is read from (a profile found by discovery names it).
    m_server->route("GET", SandboxLayout::aemStatusPath(), [this](const HttpRequest &) { return status(); });
    const QString jmx = jmxRepositoryPath();
    m_server->route("POST", jmx + QStringLiteral("/op/startBackup/java.lang.String"),
                    [this](const HttpRequest &request) { return startBackup(request); });
    m_server->route("POST", jmx + QStringLiteral("/a/BackupDelay"),
                    [this](const HttpRequest &request) { return setBackupDelay(request); });
    for (const QString attribute : {QStringLiteral("BackupInProgress"), QStringLiteral("BackupProgress"),
                                    QStringLiteral("BackupResult"), QStringLiteral("CurrentBackupTarget"),
                                    QStringLiteral("BackupDelay")}) {
        m_server->route("GET", jmx + QStringLiteral("/a/") + attribute,
                        [this, attribute](const HttpRequest &) { return backupAttribute(attribute); });
    }
    routeMaintenance();
    if (!m_database)
        return;
    for (const QString command : {QStringLiteral("enter"), QStringLiteral("leave"),
                                  QStringLiteral("enterContinuousCoverage"), QStringLiteral("leaveContinuousCoverage")}) {
        m_server->route("POST", backupModePath() + command,
                        [this, command](const HttpRequest &request) { return changeBackupMode(command, request); });
    }
}

void NodeAgent::routeMaintenance()
{
    using Operation = RepositoryMaintenance::Operation;
    const QString oak = QString(AemPaths::repositoryManagementJmx);
    const auto reply = [](const QJsonObject &status) { return HttpResponse::json(QJsonObject{{QStringLiteral("value"), status}}); };
    for (const auto &entry : {std::tuple{Operation::DataStoreGc, QStringLiteral("/op/startDataStoreGC/boolean"), QStringLiteral("/a/DataStoreGCStatus")},
                              std::tuple{Operation::RevisionGc, QStringLiteral("/op/startRevisionGC"), QStringLiteral("/a/RevisionGCStatus")}}) {
        const Operation operation = std::get<0>(entry);
        const QString start = std::get<1>(entry), attribute = std::get<2>(entry);
        m_server->route("POST", oak + start, [this, operation, reply](const HttpRequest &) {
            m_maintenance.start(operation);
            return reply(m_maintenance.status(operation));
        });
        m_server->route("GET", oak + attribute, [this, operation, reply](const HttpRequest &) { return reply(m_maintenance.status(operation)); });
    }
    m_server->route("POST", oak + QStringLiteral("/op/cancelRevisionGC"), [this, reply](const HttpRequest &) {
        m_maintenance.cancel(Operation::RevisionGc);
        return reply(m_maintenance.status(Operation::RevisionGc));
    });
}

bool NodeAgent::repositoryUnsync() const
{
    QByteArray log;
    return LocalHostFiles().readTail(m_node.errorLog, NodeController::errorLogTail, &log, nullptr)
        && NodeController::errorLogShowsUnsync(log);
}

HttpResponse NodeAgent::status() const
{
    QJsonObject json{{QStringLiteral("node"), m_node.name},
                     {QStringLiteral("role"), toString(m_node.role)},
                     {QStringLiteral("running"), true},
                     {QStringLiteral("pid"), qint64(::getpid())},
                     {QStringLiteral("port"), m_node.httpUrl.port()},
                     {QStringLiteral("repositoryUnsync"), repositoryUnsync()},
                     {QStringLiteral("onlineBackup"),
                      QJsonObject{{QStringLiteral("inProgress"), m_backup.inProgress()},
                                  {QStringLiteral("progress"), m_backup.progressPercent()},
                                  {QStringLiteral("target"), m_backup.currentTarget()},
                                  {QStringLiteral("lastResult"), m_backup.lastResult()},
                                  {QStringLiteral("lastSucceeded"), m_backup.lastSucceeded()}}}};
    if (m_database) {
        const BackupModeState mode = m_database->backupMode();
        json.insert(QStringLiteral("backupMode"),
                    QJsonObject{{QStringLiteral("mode"), toString(mode.mode)},
                                {QStringLiteral("active"), mode.activeAt(QDateTime::currentDateTimeUtc())},
                                {QStringLiteral("label"), mode.label},
                                {QStringLiteral("enteredAt"), mode.enteredAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("timeoutMinutes"), mode.timeoutMinutes}});
        json.insert(QStringLiteral("documents"), m_database->documentCount());
    }
    return HttpResponse::json(json);
}

HttpResponse NodeAgent::startBackup(const HttpRequest &request)
{
    const QString target = request.query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
    if (target.isEmpty())
        return HttpResponse::json({{QStringLiteral("error"), QStringLiteral("the target parameter is missing")}}, 400);
    OnlineBackupOptions options;
    options.repositoryDir = m_node.repository;
    options.target = QDir::isAbsolutePath(target) ? target : QDir(m_node.repository).absoluteFilePath(target);
    options.delayMs = m_backupDelayMs;
    if (!m_backup.start(options))
        return HttpResponse::json({{QStringLiteral("error"), m_backup.errorString()}}, 409);
    Logging::logger(Subsystem::node)->info("online backup to {} started", options.target.toStdString());
    return HttpResponse::json({{QStringLiteral("started"), true}, {QStringLiteral("target"), options.target}});
}

HttpResponse NodeAgent::setBackupDelay(const HttpRequest &request)
{
    bool ok = false;
    const int delay = request.query.queryItemValue(QStringLiteral("value")).toInt(&ok);
    if (!ok || delay < 0 || delay > 60000)
        return HttpResponse::json({{QStringLiteral("error"), QStringLiteral("value must be 0 to 60000 ms")}}, 400);
    m_backupDelayMs = delay;
    return backupAttribute(QStringLiteral("BackupDelay"));
}

HttpResponse NodeAgent::backupAttribute(const QString &name) const
{
    QJsonValue value;
    if (name == QLatin1String("BackupInProgress"))
        value = m_backup.inProgress();
    else if (name == QLatin1String("BackupProgress"))
        value = m_backup.progressPercent();
    else if (name == QLatin1String("BackupResult"))
        value = m_backup.lastResult();
    else if (name == QLatin1String("CurrentBackupTarget"))
        value = m_backup.currentTarget();
    else
        value = m_backupDelayMs;
    return HttpResponse::json({{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
}

HttpResponse NodeAgent::changeBackupMode(const QString &command, const HttpRequest &request)
{
    BackupModeState state = m_database->backupMode();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool active = state.activeAt(now);
    bool timeoutOk = true;
    const QString timeoutText = request.query.queryItemValue(QStringLiteral("timeout"));
    const int timeout = timeoutText.isEmpty() ? 0 : timeoutText.toInt(&timeoutOk);
    if (!timeoutOk || timeout < 0 || timeout > BackupModeState::maxTimeoutMinutes)
        return HttpResponse::json({{QStringLiteral("error"), QStringLiteral("the timeout must be 0 to 10080 minutes")}}, 400);
    auto refuse = [](const QString &why) { return HttpResponse::json({{QStringLiteral("error"), why}}, 409); };

    if (command == QLatin1String("enter") || command == QLatin1String("enterContinuousCoverage")) {
        if (active)
            return refuse(QStringLiteral("already in %1 backup mode (label \"%2\")").arg(toString(state.mode), state.label));
        state.mode = command == QLatin1String("enter") ? BackupModeState::Mode::Snapshot : BackupModeState::Mode::Rolling;
        state.label = request.query.queryItemValue(QStringLiteral("label"), QUrl::FullyDecoded);
        state.timeoutMinutes = timeout;
        state.enteredAt = now;
    } else if (command == QLatin1String("leave")) {
        if (!active)
            return refuse(QStringLiteral("not in backup mode"));
        // Leaving a rolling session starts the next one: the server stays in
        // rolling backup mode until leaveContinuousCoverage.
        if (state.mode == BackupModeState::Mode::Rolling) {
            state.enteredAt = now;
        } else {
            state.mode = BackupModeState::Mode::None;
            state.label.clear();
        }
    } else {
        if (state.mode != BackupModeState::Mode::Rolling)
            return refuse(QStringLiteral("not in rolling backup mode"));
        state.mode = BackupModeState::Mode::None;
        state.label.clear();
    }
    if (!m_database->setBackupMode(state))
        return HttpResponse::json({{QStringLiteral("error"), m_database->errorString()}}, 500);
    Logging::logger(Subsystem::node)->info("backup mode {}: now {} (label \"{}\")", command.toStdString(),
                                  toString(state.mode).toStdString(), state.label.toStdString());
    return HttpResponse::json({{QStringLiteral("mode"), toString(state.mode)}, {QStringLiteral("label"), state.label},
                               {QStringLiteral("timeoutMinutes"), state.timeoutMinutes}});
}

void NodeAgent::appendErrorLog(const QString &level, const QString &message, const QString &thread) const
{
    QDir().mkpath(QFileInfo(m_node.errorLog).absolutePath());
    QFile file(m_node.errorLog);
    if (file.open(QIODevice::Append))
        file.write(QStringLiteral("%1 *%2* [%3] %4\n")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), level, thread, message)
                       .toUtf8());
}

bool NodeAgent::fail(const QString &message)
{
    m_error = message;
    appendErrorLog(QStringLiteral("ERROR"), message);
    return false;
}

} // namespace Lifeboat
