// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <sandbox/SandboxHosts.h>

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// Breaks a sandbox cluster on purpose, the ways real ones break, so that
// people can practise recovering it. Only sandbox profiles are accepted.
// On a sandbox with hosts, a fault changes the files of the host it names,
// through that host's backing directory on this machine (see SandboxHosts),
// not through HostFiles: HostFiles never deletes or damages anything that is
// not Lifeboat's own, and that is exactly what a fault must do.
class SandboxFaults
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)

public:
    static QStringList names();
    // What a fault does, in the user's words, for a list to choose from.
    static QString title(const QString &fault);
    // How long a node hit by slow-stop keeps its repository locked once told to stop.
    static constexpr int slowStopSeconds = 20;
    // Faults that hit the cluster's shared parts ignore the node.
    static bool needsNode(const QString &fault);

    explicit SandboxFaults(const ClusterProfile &profile);

    // `nodeName` empty: the first secondary (or the primary when there is none).
    [[nodiscard]] bool inject(const QString &fault, const QString &nodeName);
    QString errorString() const { return m_error; }
    QString description() const { return m_description; } // what was done, for the user
    // The service pack and patches of the sandbox's system image installed
    // on a node, as an administrator does to a server rebuilt from an older
    // image (old-image) before restoring it.
    [[nodiscard]] bool patch(const QString &nodeName);

private:
    bool corruptRepository(const NodeProfile &node);
    bool deleteRepository(const NodeProfile &node);
    bool removeClusterNodeId(const NodeProfile &node);
    bool leaveStaleLock(const NodeProfile &node);
    bool crash(const NodeProfile &node);
    bool slowStop(const NodeProfile &node);
    bool loseGdsFiles();
    bool corruptDatabase();
    bool loseNode(const NodeProfile &node);
    bool rebuildFromOldImage(const NodeProfile &node);
    bool takeHostDown(const NodeProfile &node);
    bool fillDisk(const NodeProfile &node);
    bool writePatchLevel(const NodeProfile &node, const QString &level);
    // The node `nodeName` names (the first secondary when empty) of a
    // sandbox, with its hosts loaded; null with errorString() otherwise.
    const NodeProfile *sandboxNode(const QString &nodeName);
    bool killNode(const NodeProfile &node);
    void appendErrorLog(const NodeProfile &node, const QString &line);
    // Where a path of a host is on this machine, and how messages name it.
    QString here(const QString &host, const QString &path) const;
    QString here(const NodeProfile &node, const QString &path) const { return here(m_profile.hostOf(node), path); }
    QString named(const QString &host, const QString &path) const;
    QString named(const NodeProfile &node, const QString &path) const { return named(m_profile.hostOf(node), path); }
    static bool damageFile(const QString &path);

    const ClusterProfile &m_profile;
    std::optional<SandboxHosts> m_hosts;
    QString m_error;
    QString m_description;
};

} // namespace Lifeboat
