// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "FormsActivity.h"
#include "OnlineBackupJob.h"
#include "RepositoryMaintenance.h"

#include <profile/AemPaths.h>
#include <profile/ClusterProfile.h>
#include <sandbox/FormsDatabase.h>
#include <cluster/RepositoryLock.h>

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace Lifeboat {

class HttpServer;
struct HttpRequest;
struct HttpResponse;

// One running sandbox node. At start it refuses what AEM refuses (a
// repository held by another process, a stale .lock, a missing repository or
// cluster node id, a secondary whose primary is not up), then holds the
// .lock, serves AEM's HTTP interface on its loopback port and does its share
// of the cluster's work until it is told to stop. Its refusals are for the
// person who starts it and are translated (error.log gets them as shown);
// its HTTP answers, and the "started"/"stopped" lines of error.log that
// NodeController reads, stay English as AEM's do.
class NodeAgent : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeAgent)

public:
    NodeAgent(ClusterProfile profile, const QString &nodeName, QObject *parent = nullptr);
    ~NodeAgent() override;

    [[nodiscard]] bool start();
    // Told to stop (SIGTERM): shuts down, then emits stopped(). With the
    // sandbox's slow-stop fault it first stops answering and keeps its
    // repository locked for the fault's seconds, as a JVM slow to close
    // its repository does, ignoring further stop requests meanwhile.
    void stop();
    void shutdown();
    QString errorString() const { return m_error; }

    static QString backupModePath() { return QStringLiteral("/lc/backupmode/"); }
    static QString jmxRepositoryPath() { return AemPaths::repositoryJmx; }

Q_SIGNALS:
    void stopped();

private:
    bool checkRepository();
    void stopServing();
    int takeSlowStopSeconds() const;
    void writeRuntimeFiles() const;
    bool primaryIsUp() const;
    bool openDatabase();
    void routeRequests();
    HttpResponse status() const;
    bool repositoryUnsync() const;
    HttpResponse startBackup(const HttpRequest &request);
    HttpResponse setBackupDelay(const HttpRequest &request);
    HttpResponse backupAttribute(const QString &name) const;
    void routeMaintenance();
    HttpResponse changeBackupMode(const QString &command, const HttpRequest &request);
    void appendErrorLog(const QString &level, const QString &message, const QString &thread = QStringLiteral("main")) const;
    bool fail(const QString &message);

    ClusterProfile m_profile;
    NodeProfile m_node;
    RepositoryLock m_lock;
    std::unique_ptr<FormsDatabase> m_database;
    HttpServer *m_server = nullptr;
    FormsActivity *m_activity = nullptr;
    OnlineBackupJob m_backup;
    RepositoryMaintenance m_maintenance;
    int m_backupDelayMs = 0;
    QString m_error;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace Lifeboat
