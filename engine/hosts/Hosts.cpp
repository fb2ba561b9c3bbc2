// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Hosts.h"

#include <hosts/KnownHosts.h>
#include <hosts/LocalHostFiles.h>
#include <hosts/RemoteHostFiles.h>
#include <hosts/SshConnection.h>
#include <profile/ClusterProfile.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lifeboat {

// One remote host: its ssh connection, opened once its key is trusted, and
// the helper's sessions over it.
struct Hosts::Remote
{
    explicit Remote(const HostProfile &host, const QString &knownHostsFile)
        : connection(host, KnownHosts(knownHostsFile.isEmpty() ? KnownHosts::defaultFilePath() : knownHostsFile))
        , files(host.name, [this](QString *error) { return sessionCommand(error); })
    {
    }

    // Opens the connection when it is not; a host that cannot be used
    // (untrusted or changed key, unreachable) starts no session.
    QStringList sessionCommand(QString *error)
    {
        const QMutexLocker lock(&mutex);
        if (!connection.isOpen()) {
            last = connection.open();
            if (!last.trusted()) {
                *error = last.message;
                return {};
            }
        }
        return connection.argumentsFor({connection.host().agentPath, QStringLiteral("serve")});
    }

    QMutex mutex;
    SshConnection connection;
    SshConnection::Check last;
    RemoteHostFiles files;
};

QString Hosts::State::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Local: return QStringLiteral("local");
    case Kind::Connected: return QStringLiteral("connected");
    case Kind::FirstSeen: return QStringLiteral("first-seen");
    case Kind::KeyChanged: return QStringLiteral("key-changed");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::LoginFailed: return QStringLiteral("login-failed");
    case Kind::HelperMissing: return QStringLiteral("helper-missing");
    }
    return {};
}

std::shared_ptr<Hosts> Hosts::of(const ClusterProfile &profile)
{
    // Keyed by everything that decides how hosts are reached, so that two
    // profiles of one cluster share connections and an edited one does not.
    QJsonArray key;
    for (const HostProfile &host : profile.hosts)
        key.append(QJsonArray{host.name, host.address, host.port, host.user, host.identityFile, host.sudo, host.sshConfig, host.agentPath});
    key.append(profile.knownHostsFile);
    const QByteArray id = QJsonDocument(key).toJson(QJsonDocument::Compact);
    const QMutexLocker lock(&sharedMutex());
    QHash<QByteArray, std::shared_ptr<Hosts>> &all = shared();
    if (all.isEmpty() && QCoreApplication::instance())
        qAddPostRoutine(&Hosts::closeAll);
    auto found = all.find(id);
    if (found == all.end())
        found = all.insert(id, std::make_shared<Hosts>(profile.hosts, profile.knownHostsFile));
    return *found;
}

QMutex &Hosts::sharedMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QByteArray, std::shared_ptr<Hosts>> &Hosts::shared()
{
    // Never destroyed with the other statics: ending connections runs ssh,
    // which needs Qt, so closeAll() does it while the application still exists.
    static auto *all = new QHash<QByteArray, std::shared_ptr<Hosts>>;
    return *all;
}

void Hosts::closeAll()
{
    QHash<QByteArray, std::shared_ptr<Hosts>> closing;
    {
        const QMutexLocker lock(&sharedMutex());
        closing.swap(shared());
    }
    closing.clear();
}

Hosts::Hosts(QList<HostProfile> hosts, QString knownHostsFile)
    : m_hosts(std::move(hosts))
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_local(std::make_unique<LocalHostFiles>())
    , m_unknown(std::make_unique<RemoteHostFiles>(QString(), [](QString *error) {
        *error = tr("The profile names a host that its \"hosts\" do not list.");
        return QStringList();
    }))
{
}

Hosts::~Hosts() = default;

HostFiles &Hosts::local()
{
    return *m_local;
}

QStringList Hosts::remoteHosts() const
{
    QStringList names;
    for (const HostProfile &host : m_hosts)
        names.append(host.name);
    return names;
}

Hosts::Remote *Hosts::remote(const QString &host)
{
    const QMutexLocker lock(&m_mutex);
    auto found = m_remote.find(host);
    if (found != m_remote.end())
        return found->get();
    for (const HostProfile &profile : std::as_const(m_hosts)) {
        if (profile.name == host)
            return m_remote.insert(host, std::make_shared<Remote>(profile, m_knownHostsFile))->get();
    }
    return nullptr;
}

HostFiles &Hosts::files(const QString &host)
{
    if (host.isEmpty())
        return *m_local;
    Remote *found = remote(host);
    return found ? static_cast<HostFiles &>(found->files) : *m_unknown;
}

Hosts::State Hosts::check(const QString &host)
{
    State state;
    state.host = host;
    if (host.isEmpty())
        return state;
    Remote *found = remote(host);
    if (!found) {
        state.kind = State::Kind::Unreachable;
        state.message = tr("The profile names the host %1, which its \"hosts\" do not list.").arg(host);
        state.hint = tr("Add %1 to \"hosts\" in the profile, with its address.").arg(host);
        return state;
    }
    // Asking the helper for "/" opens the connection and starts a session:
    // the host key, the login and the helper's version are all checked.
    HostFiles::Entry root;
    QString error;
    if (found->files.stat(QStringLiteral("/"), &root, &error)) {
        state.kind = State::Kind::Connected;
        state.message = tr("%1: connected as %2, Lifeboat's helper answers.")
                            .arg(found->connection.host().displayName(),
                                 found->connection.host().user.isEmpty() ? tr("the default user") : found->connection.host().user);
        return state;
    }
    const QMutexLocker lock(&found->mutex);
    const SshConnection::Check &last = found->last;
    state.message = error;
    state.offeredFingerprint = last.offeredFingerprint;
    state.offeredKeyType = last.offeredKeyType;
    state.knownFingerprints = last.knownFingerprints;
    switch (found->connection.isOpen() ? SshConnection::HostState::Trusted : last.state) {
    case SshConnection::HostState::FirstSeen:
        state.kind = State::Kind::FirstSeen;
        state.hint = tr("Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on %1) and "
                        "trust it, or run again with --trust-host-key %1=%2.").arg(host, last.offeredFingerprint);
        break;
    case SshConnection::HostState::KeyChanged:
        state.kind = State::Kind::KeyChanged;
        state.hint = tr("Nothing was changed. Find out why the key of %1 changed (a reinstalled host, or someone in the way) "
                        "before you trust the new key.").arg(host);
        break;
    case SshConnection::HostState::LoginFailed:
        state.kind = State::Kind::LoginFailed;
        state.hint = tr("Check the user and the key for %1 in the profile (or your ssh-agent), then check again.").arg(host);
        break;
    case SshConnection::HostState::Unreachable:
        state.kind = State::Kind::Unreachable;
        state.hint = reachHint();
        break;
    case SshConnection::HostState::Trusted:
        state.kind = State::Kind::HelperMissing;
        state.hint = helperHint(found->connection.host(), error);
        break;
    }
    return state;
}

// The login works but the helper does not answer: not installed, or (with
// "sudo") not allowed to start without a password. sudo says which.
QString Hosts::helperHint(const HostProfile &host, const QString &error)
{
    if (host.sudo && error.contains(QLatin1String("sudo")))
        return tr("Let %1 run exactly \"sudo -n %2 serve\" without a password on %3: a sudoers rule such as "
                  "\"%1 ALL=(root) NOPASSWD: %2 serve\" (visudo -f /etc/sudoers.d/lifeboat).")
            .arg(host.user.isEmpty() ? tr("the ssh user") : host.user, host.agentPath, host.name);
    return tr("Install the lifeboat package (which has lifeboat-agent) on %1, the same version as here, or set "
              "\"agentPath\" for the host in the profile.").arg(host.name);
}

bool Hosts::trust(const QString &host, const QString &fingerprint, QString *error)
{
    Remote *found = remote(host);
    if (!found) {
        *error = tr("The profile has no host named %1.").arg(host);
        return false;
    }
    KnownHosts known(m_knownHostsFile.isEmpty() ? KnownHosts::defaultFilePath() : m_knownHostsFile);
    return known.trust(found->connection.host(), fingerprint, error);
}

} // namespace Lifeboat
