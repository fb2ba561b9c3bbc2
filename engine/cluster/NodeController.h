// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <cluster/NodeStatus.h>
#include <profile/SecretStore.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace Lifeboat {

class Hosts;

// Starts, stops and queries nodes and enters and leaves backup mode, by
// running the profile's command templates (argument lists, no shell, with a
// timeout) and calling the node's HTTP interface. The sandbox's nodes answer
// the same commands and calls as real ones, so one path serves both.
class NodeController
{
    Q_DECLARE_TR_FUNCTIONS(NodeController)

public:
    struct Result
    {
        bool ok = false;
        QString output; // secrets redacted
        QString error;
    };

    explicit NodeController(const ClusterProfile &profile);
    ~NodeController();

    // The files of every host of the cluster; the node statuses read them too.
    Hosts &hosts() const { return *m_hosts; }

    Result start(const NodeProfile &node) const;
    Result stop(const NodeProfile &node) const;
    NodeStatus status(const NodeProfile &node) const;
    // Every node of the profile, in the profile's order (blocking: call it
    // on a worker thread).
    QList<NodeStatus> statusOfAll() const;
    // The nodes asked at once, in the order given: on a real cluster each
    // probe waits for its host (ssh, HTTP), and one after another they add up.
    QList<NodeStatus> statusOf(const QList<const NodeProfile *> &nodes) const;
    Result enterBackupMode(BackupModeState::Mode mode, const QString &label, int timeoutMinutes) const;
    Result leaveBackupMode(BackupModeState::Mode mode) const;
    // What the backup-mode commands may name ({host}, {password} …).
    QHash<QString, QString> backupModeValues(const QString &label, int timeoutMinutes) const;

    // The orders the seed demands: the primary first, and the secondaries
    // only once it is up; stopping the other way round.
    QList<const NodeProfile *> startOrder() const;
    QList<const NodeProfile *> stopOrder() const;

    const SecretStore &secrets() const { return m_secrets; }
    static QString lifeboatNodeProgram();
    // Only what the node logged since it last started: a restored node that
    // came up again is in sync, whatever its older lines say. AEM's
    // error.log marks every start with the OSGi framework's start event
    // (frameworkStarted); the unsync message is matched by Adobe's words,
    // "repository unsync", in any case.
    static bool errorLogShowsUnsync(const QByteArray &log);
    static constexpr QLatin1StringView frameworkStarted{"org.apache.felix.framework FrameworkEvent STARTED"};
    // The logger of a secondary's refusal to start while the primary is
    // down ("*ERROR* [ClusterJoinManager] …"): the sandbox's nodes refuse
    // where a real AEM secondary would take the cluster over as its master.
    static constexpr QLatin1StringView clusterJoinLogger{"ClusterJoinManager"};
    // Enough of error.log for the lines since the node last started.
    static constexpr qint64 errorLogTail = 4 << 20;

    // Why `command` cannot run, known before running it: the profile has
    // none (`purpose` says what it is for, "stop node2"), or its program is
    // not installed here, or it needs a secret that nobody can give (not in
    // the environment nor the secrets file, and no person to ask). Empty
    // when it can.
    QString missingCommand(const CommandTemplate &command, const QHash<QString, QString> &values, const QString &purpose) const;
    // A data store garbage collection or a revision cleanup running on the
    // node, as Oak's RepositoryManagement MBean reports it: what runs (empty
    // when nothing does), or nullopt when the node does not say.
    std::optional<QString> runningCleanup(const NodeProfile &node) const;
    // What a node's start and stop commands may name.
    QHash<QString, QString> placeholders(const NodeProfile &node) const;

    // Runs a profile command (node control, backup mode, snapshots) on this
    // machine with `values` and the profile's secrets filled in, within
    // `timeoutSeconds`.
    Result runTemplate(const CommandTemplate &command, const QHash<QString, QString> &values, int timeoutSeconds) const;
    // This process's environment without Lifeboat's secrets (LIFEBOAT_SECRET_*):
    // a command gets the secrets it needs through its template, and a node it
    // starts keeps its environment for as long as it runs, readable in
    // /proc/PID/environ and by everything it starts in turn.
    static QProcessEnvironment commandEnvironment();

private:

    const ClusterProfile &m_profile;
    SecretStore m_secrets;
    std::shared_ptr<Hosts> m_hosts;
};

} // namespace Lifeboat
