// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostProfile.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

// A host of a training sandbox (and of the tests) on this machine: its own
// sshd on its own loopback address, running in its own mount namespace in
// which the host's directories are bind-mounted at mount points that every
// host shares (/opt/adobe/aem-forms on each). ssh to that address sees
// exactly that host's files there; this machine's own namespace sees none of
// them (the mount points stay empty here, and start() checks that).
//
// Files, under <work directory>:
//   client_key, client_key.pub, authorized_keys   shared by the sandbox's hosts
//   <name>/ssh_host_ed25519_key[.pub], sshd_config, sshd.pid, sshd.log
// The sshd outlives this object (a sandbox keeps running after the command
// that created it); stop() ends it and every process in its namespace.
// Needs root: mount namespaces and bind mounts.
class SandboxHost
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHost)

public:
    struct BindMount
    {
        QString source;     // a directory on this machine
        QString mountPoint; // where the host sees it; the same on every host
    };

    SandboxHost(QString workDirectory, QString name, QString address, int port, QList<BindMount> mounts);

    const QString &name() const { return m_name; }
    const QString &address() const { return m_address; }
    int port() const { return m_port; }
    const QList<BindMount> &mounts() const { return m_mounts; }

    // Makes the keys and the configuration when missing, then starts sshd
    // and waits until it listens. True at once when it is already running.
    [[nodiscard]] bool start(QString *error);
    // Ends sshd and every process of its namespace (sessions, and whatever
    // was started through them), waiting at most `timeoutMs` for them to go.
    // True when nothing is left (also when nothing ran).
    [[nodiscard]] bool stop(QString *error, int timeoutMs = 5000);
    bool isRunning() const;
    // The listening sshd's process id, or 0.
    qint64 pid() const;
    // Replaces the host key with a new one; sshd offers it from its next start.
    [[nodiscard]] bool regenerateHostKey(QString *error);

    // How Lifeboat reaches this host: root, with the sandbox's client key.
    HostProfile profile() const;

    QString hostDirectory() const;
    QString hostKeyPath() const;
    QString hostPublicKeyPath() const;
    QString clientKeyPath() const;
    QString clientPublicKeyPath() const;
    QString authorizedKeysPath() const;
    QString configPath() const;
    QString pidFilePath() const;
    QString logPath() const;

private:
    [[nodiscard]] bool prepare(QString *error);
    [[nodiscard]] bool writeConfig(bool withPenalties, QString *error) const;
    [[nodiscard]] bool checkConfig(QString *error) const;
    [[nodiscard]] bool launch(QString *error);
    [[nodiscard]] bool waitUntilListening(QString *error) const;
    [[nodiscard]] bool mountsHiddenHere(QString *error) const;

    QString m_workDirectory;
    QString m_name;
    QString m_address;
    int m_port = 0;
    QList<BindMount> m_mounts;
};

} // namespace Lifeboat
