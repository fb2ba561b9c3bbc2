// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>
#include <profile/HostPath.h>
#include <profile/HostProfile.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>

#include <memory>

namespace Lifeboat {

class ClusterProfile;
class SshConnection;

// The HostFiles of every host a profile names, each made once and shared by
// every step, status query and plan of the process. The empty host name is
// the machine Lifeboat runs on; any other is one of the profile's `hosts`,
// reached through one multiplexed ssh connection (SshConnection) running
// Lifeboat's helper there (RemoteHostFiles). A host is opened on first use,
// and only when its key is one the person trusted.
class Hosts
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)

public:
    // How a host answered when asked (see check()).
    struct State
    {
        enum class Kind { Local, Connected, FirstSeen, KeyChanged, Unreachable, LoginFailed, HelperMissing };
        Kind kind = Kind::Local;
        QString host;
        QString offeredFingerprint; // FirstSeen, KeyChanged
        QString offeredKeyType;     // its type: "ED25519", "ECDSA", "RSA"
        QStringList knownFingerprints; // KeyChanged
        QString message; // for people: what is wrong, naming the host
        QString hint;    // what to do about it
        bool usable() const { return kind == Kind::Local || kind == Kind::Connected; }
        static QString kindName(Kind kind);
    };

    // The one Hosts for the profile's hosts and known_hosts file, shared by
    // everything that works on that cluster in this process.
    static std::shared_ptr<Hosts> of(const ClusterProfile &profile);
    // Ends every connection of the process (run as the application ends).
    static void closeAll();

    Hosts(QList<HostProfile> hosts, QString knownHostsFile);
    ~Hosts();

    HostFiles &files(const QString &host);
    HostFiles &files(const HostPath &place) { return files(place.host); }
    HostFiles &local();
    QStringList remoteHosts() const;

    // Connects to the host (once) and asks its helper, so that a run learns
    // before it changes anything whether every host can be reached.
    State check(const QString &host);
    // Trusts the key the host offers now, if its fingerprint is `fingerprint`
    // (as the person confirmed it); false with a message otherwise.
    [[nodiscard]] bool trust(const QString &host, const QString &fingerprint, QString *error);

    // What a check that could not ask a host tells the person to do.
    static QString reachHint() { return tr("Check that the host can be reached, then check again. Nothing was changed."); }

private:
    struct Remote;
    static QMutex &sharedMutex();
    static QHash<QByteArray, std::shared_ptr<Hosts>> &shared();
    Remote *remote(const QString &host);
    static QString helperHint(const HostProfile &host, const QString &error);

    QList<HostProfile> m_hosts;
    QString m_knownHostsFile;
    std::unique_ptr<HostFiles> m_local;
    std::unique_ptr<HostFiles> m_unknown;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<Remote>> m_remote;
};

} // namespace Lifeboat
