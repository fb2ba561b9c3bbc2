// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostProfile.h>
#include <sandbox/SandboxHost.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// The hosts of a sandbox made with `lifeboat sandbox create DIR --hosts`: one
// SandboxHost per node and one, "storage", for the shared storage. The rules
// it keeps:
// - Every node host sees its own files at the same paths, below
//   <mount root>/aem; the storage host sees the GDS, fonts, connectors and
//   Content Storage Root below <mount root>/shared. The mount root is
//   /opt/lifeboat-sandbox/<sandbox id>, one per sandbox directory.
// - What a host sees there is its backing directory on this machine:
//   DIR/hosts/<node>/aem, DIR/hosts/storage/shared. This machine's own
//   namespace sees none of it at the mount root (the mount points stay empty).
// - Every node host also sees the GDS at its path, as a real cluster mounts
//   its GDS share; the folder that holds the GDS is mounted, not the GDS
//   itself, so that a restore that swaps the GDS directory on the storage
//   host is seen by the nodes at once.
// - Inside every host, DIR/hosts is covered by an empty directory, so that no
//   host reaches another host's files through the sandbox directory.
// - The rest of the machine stays visible to every host at its own path: the
//   programs, the profile, and DIR/db with the forms database, which stands
//   in for a database server that every node and Lifeboat reach.
// Described in DIR/sandbox.json under "hosts"; needs root (see SandboxHost).
class SandboxHosts
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHosts)

public:
    struct Host
    {
        QString name;
        QString address;
        int port = 0;
        bool storage = false;
    };

    // A host for each node (127.0.0.2, .3, …) and the storage host after
    // them, each with a port nobody listens on now. `gds` is the GDS's path
    // below the shared storage ("jboss/server/…/DocumentStorage").
    static std::optional<SandboxHosts> plan(const QString &sandboxDirectory, const QStringList &nodeNames,
                                            const QString &gds, QString *error);
    // The hosts of the sandbox in `sandboxDirectory`; std::nullopt with an
    // empty *error when it has none (a sandbox of one machine).
    static std::optional<SandboxHosts> load(const QString &sandboxDirectory, QString *error);
    // The "hosts" object of sandbox.json.
    QJsonObject toJson() const;
    // The same hosts, with their backing directories and keys in another
    // directory (the staging directory of a sandbox being created).
    SandboxHosts in(const QString &directory) const;

    static QString mountRootFor(const QString &sandboxDirectory);
    static QString storageName() { return QStringLiteral("storage"); }

    const QString &directory() const { return m_directory; }
    const QString &mountRoot() const { return m_mountRoot; }
    // Where every node host sees its own files, and the storage host the shared ones.
    QString nodeMount() const;
    QString sharedMount() const;
    const QList<Host> &hosts() const { return m_hosts; }
    const Host *host(const QString &name) const;

    // How Lifeboat and the profile's commands reach a host: root, with the
    // sandbox's client key and ssh_config, and this machine's lifeboat-agent.
    HostProfile profile(const Host &host) const;
    SandboxHost sandboxHost(const Host &host) const;
    QString sshDirectory() const;
    QString sshConfigPath() const;
    QString knownHostsPath() const;
    // This machine's path of `path` as the host `hostName` sees it (through
    // its backing directory), or empty when the host has nothing there.
    QString localPath(const QString &hostName, const QString &path) const;
    // The backing directory mounted at `path` on the host, if `path` is a mount point there.
    QString mountedAt(const QString &hostName, const QString &path) const;

    // The ssh_config that names every host, so that `ssh -F FILE node2`
    // logs in to node2 (the profile's start and stop commands use it too).
    QByteArray sshConfig() const;
    // Starts the storage host, then the node hosts; stops what it started
    // when one of them fails.
    [[nodiscard]] bool startAll(QString *error) const;
    // Ends every host and every process in it (the nodes too).
    [[nodiscard]] bool stopAll(QString *error) const;
    // Writes each host's key into the sandbox's known_hosts, through
    // KnownHosts: the fingerprint of the key the sandbox made for the host
    // is confirmed against the key the running host offers.
    [[nodiscard]] bool trustAll(QString *error) const;
    // Removes the empty mount points below the mount root (never a file,
    // never a directory that holds something).
    void removeMountPoints() const;

private:
    QList<SandboxHost::BindMount> mountsOf(const Host &host) const;
    QString backingDirectory(const QString &hostName) const;

    QString m_directory;
    QString m_mountRoot;
    QString m_gds; // below the shared mount
    QList<Host> m_hosts;
};

} // namespace Lifeboat
