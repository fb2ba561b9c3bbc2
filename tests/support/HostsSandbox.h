// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "CommandRunner.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <profile/ClusterProfile.h>
#include <restore/RestoredTree.h>

namespace Lifeboat::Testing {

class SandboxJanitor;

// A sandbox with hosts (`lifeboat sandbox create DIR --hosts`) in a
// temporary directory, driven through the real `lifeboat` command line and
// looked at over real ssh. Its destructor stops everything the sandbox
// started and removes its empty mount points; a SandboxJanitor does the
// same should the test process die (a crash, a kill by ctest's timeout).
// Needs root.
class HostsSandbox
{
public:
    HostsSandbox();
    ~HostsSandbox();
    Q_DISABLE_COPY_MOVE(HostsSandbox)

    // The janitor is watching (it could be started).
    bool watched() const;
    // `lifeboat sandbox create DIR --hosts OPTIONS`; loads the profile when it worked.
    CommandResult create(const QStringList &options);
    // create(), then `lifeboat sandbox start`: the first of the two that
    // failed, or the start's result.
    CommandResult createStarted(const QStringList &options);
    bool created() const { return m_created; }

    // The temporary directory that holds DIR; the janitor removes it.
    QString root() const { return m_root.path(); }
    QString directory() const { return m_root.filePath(QStringLiteral("cluster")); }
    QString path(const QString &relative) const { return directory() + u'/' + relative; }
    QString profilePath() const { return path(QStringLiteral("cluster.json")); }
    const ClusterProfile &profile() const { return m_profile; }
    const NodeProfile &node(const QString &name) const { return *m_profile.node(name); }
    const CommandRunner &runner() const { return m_runner; }
    CommandRunner &runner() { return m_runner; }

    CommandResult sandbox(const QString &action, const QStringList &arguments = {}) const;
    // `lifeboat sandbox status DIR --json`.
    QJsonObject status() const;
    // Runs `command` on a host as the profile's start commands reach it:
    // root, the sandbox's client key, only its known_hosts, strict host keys.
    CommandResult onHost(const QString &hostName, const QString &command, int timeoutMs = 30000) const;
    // Every file below `root` on the host, relative to it, with its SHA-256,
    // read there; std::nullopt when the host could not be asked. With
    // `everyEntry`, directories ("dir/" -> "directory") and links too.
    std::optional<RestoredTree::Digests> digestsOnHost(
        const QString &hostName, const QString &root, bool everyEntry = false) const;
    // The host's sshd (its listener), or 0 when it is not running.
    qint64 sshdPid(const QString &hostName) const;
    // The running processes in the host's mount namespace whose command line
    // mentions `text` (the process ids are this machine's: one PID namespace).
    QList<qint64> processesOnHost(const QString &hostName, const QString &text) const;
    // Its mount namespace (its sshd's), for a test that watches a host
    // closely with processesIn (Processes.h).
    QByteArray mountNamespaceOf(const QString &hostName) const;
    // The values of the sandbox's secrets file.
    QStringList secretValues() const;

    // Stops everything the sandbox started, whatever state a failed test
    // left (a create that stopped half-way too), and removes its empty mount
    // points. Done by the destructor; a test may do it earlier.
    void cleanUp();

private:
    QTemporaryDir m_root;
    CommandRunner m_runner;
    std::unique_ptr<SandboxJanitor> m_janitor;
    ClusterProfile m_profile;
    bool m_created = false;
};

} // namespace Lifeboat::Testing
