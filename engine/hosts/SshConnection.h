// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/KnownHosts.h>
#include <profile/HostProfile.h>
#include <support/ExternalCommand.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Lifeboat {

// One host reached through the system OpenSSH client, over one multiplexed
// connection (a ControlMaster whose socket lives in a private directory of
// its own). The rules it keeps:
// - Host keys are checked strictly against Lifeboat's KnownHosts file, and
//   only that file; ssh never adds to it (never StrictHostKeyChecking=no or
//   accept-new). A first-seen or changed key stops open() before anything
//   logs in, and is reported with its fingerprints for a person to judge.
// - BatchMode: ssh never asks for a password or a passphrase; a login that
//   needs one fails at once.
// - A dead link is noticed within ServerAliveInterval × ServerAliveCountMax.
// - Remote commands are argument lists, quoted for the remote shell here;
//   secrets go through standard input, never on a command line.
// Blocking calls for worker threads: every call makes its own process in the
// calling thread, so one connection may be used from several threads at once.
class SshConnection
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)

public:
    enum class HostState { Trusted, FirstSeen, KeyChanged, Unreachable, LoginFailed };

    // What open() found.
    struct Check
    {
        HostState state = HostState::Unreachable;
        QString offeredFingerprint;    // FirstSeen, KeyChanged: the key the host offers now
        QString offeredKeyType;        // its type, as ssh-keygen names it: "ED25519", "ECDSA", "RSA"
        QStringList knownFingerprints; // KeyChanged: the keys KnownHosts holds for it
        QString sshMessage;            // what ssh said (Unreachable, LoginFailed)
        QString message;               // for people; empty when Trusted
        bool trusted() const { return state == HostState::Trusted; }
    };

    struct Timeouts
    {
        int connectSeconds = 10;
        int serverAliveIntervalSeconds = 5;
        int serverAliveCountMax = 3;
        // How long an idle master stays; a later command starts a new one.
        int controlPersistSeconds = 300;
    };

    SshConnection(HostProfile host, KnownHosts knownHosts, Timeouts timeouts);
    SshConnection(HostProfile host, KnownHosts knownHosts);
    ~SshConnection(); // close()
    Q_DISABLE_COPY_MOVE(SshConnection)

    const HostProfile &host() const { return m_host; }
    const KnownHosts &knownHosts() const { return m_knownHosts; }

    // Checks the host's key and logs in, leaving the master connection
    // running. Nothing else happens unless the result is Trusted.
    [[nodiscard]] Check open();
    bool isOpen() const { return m_open.load(); }
    // Asks the master whether it is still there (`ssh -O check`).
    bool masterRunning() const;
    // The whole argument list, program ("ssh") first, that runs
    // `remoteCommand` on the host over the master connection, through
    // `sudo -n` when the host says so. For callers that start the process
    // themselves (the helper's client, with its own pipes). When not open,
    // the command would make a connection of its own, with the same checks.
    QStringList argumentsFor(const QStringList &remoteCommand) const;
    // Runs a short command to its end. Fails at once when not open.
    ExternalCommand::Result run(const QStringList &remoteCommand, const QByteArray &stdinData = {},
                                int timeoutMs = defaultRunTimeoutMs) const;
    // Ends the master (`ssh -O exit`) and removes the socket directory.
    void close();
    // The private directory that holds the control socket; empty when closed.
    QString controlDirectory() const;

    // A state's stable name, for logs and --json: "trusted", "first-seen"…
    static QString stateName(HostState state);
    // One argument as the remote POSIX shell must see it.
    static QString quoted(const QString &argument);

    static constexpr int defaultRunTimeoutMs = 60000;

private:
    QStringList commonOptions(const QString &controlDirectory) const;
    [[nodiscard]] bool makeControlDirectory(QString *error);
    void removeControlDirectory();
    Check classify(const ExternalCommand::Result &result) const;
    Check classifyHostKey(const QString &said, const QString &stderrText) const;
    int masterTimeoutMs() const;

    HostProfile m_host;
    KnownHosts m_knownHosts;
    Timeouts m_timeouts;
    mutable QMutex m_mutex; // guards m_controlDirectory and open/close
    QString m_controlDirectory;
    std::atomic_bool m_open = false;
};

} // namespace Lifeboat
