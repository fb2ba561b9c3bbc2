// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxHosts.h"

#include <hosts/AgentProgram.h>
#include <hosts/KnownHosts.h>
#include <sandbox/SandboxLayout.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

#include <algorithm>
#include <memory>
#include <vector>

namespace Lifeboat {

namespace {

const auto mountBase = QStringLiteral("/opt/lifeboat-sandbox");

// A value of ssh_config, quoted.
QString configValue(const QString &value)
{
    return u'"' + value + u'"';
}

bool below(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + u'/');
}

} // namespace

QString SandboxHosts::mountRootFor(const QString &sandboxDirectory)
{
    // One per sandbox directory: its name for people, a hash of its path so
    // that two sandboxes of the same name never share one.
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(sandboxDirectory));
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return mountBase + u'/' + QFileInfo(path).fileName() + u'-' + QString::fromLatin1(hash);
}

std::optional<SandboxHosts> SandboxHosts::plan(const QString &sandboxDirectory, const QStringList &nodeNames,
                                               const QString &gds, QString *error)
{
    SandboxHosts planned;
    planned.m_directory = QDir::cleanPath(QDir::current().absoluteFilePath(sandboxDirectory));
    planned.m_mountRoot = mountRootFor(planned.m_directory);
    planned.m_gds = gds;
    QStringList names = nodeNames;
    names.append(storageName());
    // The listeners stay open until every port is picked.
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Host host;
        host.name = names.at(i);
        host.address = QStringLiteral("127.0.0.%1").arg(i + 2);
        host.storage = host.name == storageName();
        auto listener = std::make_unique<QTcpServer>();
        if (!listener->listen(QHostAddress(host.address), 0)) {
            *error = tr("Cannot find a free port on %1 for the sandbox host %2: %3")
                         .arg(host.address, host.name, listener->errorString());
            return std::nullopt;
        }
        host.port = listener->serverPort();
        listeners.push_back(std::move(listener));
        planned.m_hosts.append(host);
    }
    return planned;
}

std::optional<SandboxHosts> SandboxHosts::load(const QString &sandboxDirectory, QString *error)
{
    error->clear();
    const QString directory = QDir::cleanPath(QDir::current().absoluteFilePath(sandboxDirectory));
    QFile file(QDir(directory).filePath(SandboxLayout::settingsFile()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // older sandboxes have no settings file, and no hosts
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("hosts")).toObject();
    if (json.isEmpty())
        return std::nullopt;
    SandboxHosts hosts;
    hosts.m_directory = directory;
    hosts.m_mountRoot = json.value(QLatin1String("mountRoot")).toString();
    hosts.m_gds = json.value(QLatin1String("gds")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("list")).toArray()) {
        const QJsonObject object = value.toObject();
        hosts.m_hosts.append(
            {object.value(QLatin1String("name")).toString(), object.value(QLatin1String("address")).toString(),
             object.value(QLatin1String("port")).toInt(), object.value(QLatin1String("storage")).toBool()});
    }
    const bool complete = std::all_of(hosts.m_hosts.cbegin(), hosts.m_hosts.cend(), [](const Host &host) {
        return !host.name.isEmpty() && !host.address.isEmpty() && host.port > 0;
    });
    if (!hosts.m_mountRoot.startsWith(mountBase + u'/') || hosts.m_hosts.isEmpty() || !complete) {
        *error = tr("%1 describes the sandbox's hosts incompletely; create the sandbox again.").arg(file.fileName());
        return std::nullopt;
    }
    return hosts;
}

QJsonObject SandboxHosts::toJson() const
{
    QJsonArray list;
    for (const Host &host : m_hosts) {
        list.append(QJsonObject{{QStringLiteral("name"), host.name},
                                {QStringLiteral("address"), host.address},
                                {QStringLiteral("port"), host.port},
                                {QStringLiteral("storage"), host.storage}});
    }
    return {{QStringLiteral("mountRoot"), m_mountRoot}, {QStringLiteral("gds"), m_gds}, {QStringLiteral("list"), list}};
}

SandboxHosts SandboxHosts::in(const QString &directory) const
{
    SandboxHosts moved = *this;
    moved.m_directory = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    return moved;
}

QString SandboxHosts::nodeMount() const
{
    return m_mountRoot + QStringLiteral("/aem");
}

QString SandboxHosts::sharedMount() const
{
    return m_mountRoot + QStringLiteral("/shared");
}

const SandboxHosts::Host *SandboxHosts::host(const QString &name) const
{
    for (const Host &candidate : m_hosts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QString SandboxHosts::sshDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("ssh"));
}

QString SandboxHosts::sshConfigPath() const
{
    return QDir(sshDirectory()).filePath(QStringLiteral("ssh_config"));
}

QString SandboxHosts::knownHostsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("known_hosts"));
}

QString SandboxHosts::backingDirectory(const QString &hostName) const
{
    return QDir(m_directory).filePath(QStringLiteral("hosts/") + hostName);
}

QList<SandboxHost::BindMount> SandboxHosts::mountsOf(const Host &host) const
{
    const QString shared = QDir(backingDirectory(storageName())).filePath(QStringLiteral("shared"));
    QList<SandboxHost::BindMount> mounts;
    if (host.storage) {
        mounts.append({shared, sharedMount()});
    } else {
        mounts.append({QDir(backingDirectory(host.name)).filePath(QStringLiteral("aem")), nodeMount()});
        const QString gdsFolder = QFileInfo(m_gds).path();
        const bool atTop = gdsFolder.isEmpty() || gdsFolder == QLatin1String(".");
        mounts.append({atTop ? shared : QDir(shared).filePath(gdsFolder),
                       atTop ? sharedMount() : QDir(sharedMount()).filePath(gdsFolder)});
    }
    // Last, once the host's own directories are mounted from below it.
    mounts.append(
        {QDir(sshDirectory()).filePath(QStringLiteral("empty")), QDir(m_directory).filePath(QStringLiteral("hosts"))});
    return mounts;
}

HostProfile SandboxHosts::profile(const Host &host) const
{
    HostProfile profile = sandboxHost(host).profile();
    profile.sshConfig = sshConfigPath();
    // The hosts run the helper from this machine's install (or build tree):
    // only the mount points differ between them, so its path is the same.
    if (const QString agent = AgentProgram::local(); !agent.isEmpty())
        profile.agentPath = agent;
    return profile;
}

SandboxHost SandboxHosts::sandboxHost(const Host &host) const
{
    return SandboxHost(sshDirectory(), host.name, host.address, host.port, mountsOf(host));
}

QString SandboxHosts::localPath(const QString &hostName, const QString &path) const
{
    const Host *found = host(hostName);
    if (!found)
        return {};
    const QString clean = QDir::cleanPath(path);
    QList<SandboxHost::BindMount> mounts = mountsOf(*found);
    mounts.removeLast(); // the cover of DIR/hosts shows nothing
    const SandboxHost::BindMount *best = nullptr;
    for (const SandboxHost::BindMount &mount : std::as_const(mounts)) {
        if (below(clean, mount.mountPoint) && (!best || mount.mountPoint.size() > best->mountPoint.size()))
            best = &mount;
    }
    return best ? best->source + clean.mid(best->mountPoint.size()) : QString();
}

QString SandboxHosts::mountedAt(const QString &hostName, const QString &path) const
{
    const Host *found = host(hostName);
    if (!found)
        return {};
    for (const SandboxHost::BindMount &mount : mountsOf(*found)) {
        if (mount.mountPoint == QDir::cleanPath(path))
            return mount.source;
    }
    return {};
}

QByteArray SandboxHosts::sshConfig() const
{
    QStringList lines{QStringLiteral("# The hosts of the Lifeboat sandbox %1, for example: ssh -F %2 %3")
                          .arg(m_directory, sshConfigPath(), m_hosts.value(0).name)};
    for (const Host &host : m_hosts)
        lines << QStringLiteral("Host %1").arg(host.name) << QStringLiteral("  HostName %1").arg(host.address)
              << QStringLiteral("  Port %1").arg(host.port);
    lines << QStringLiteral("Host *") << QStringLiteral("  User root")
          << QStringLiteral("  IdentityFile %1")
                 .arg(configValue(QDir(sshDirectory()).filePath(QStringLiteral("client_key"))))
          << QStringLiteral("  IdentitiesOnly yes")
          << QStringLiteral("  UserKnownHostsFile %1").arg(configValue(knownHostsPath()))
          << QStringLiteral("  GlobalKnownHostsFile /dev/null") << QStringLiteral("  StrictHostKeyChecking yes")
          << QStringLiteral("  UpdateHostKeys no") << QStringLiteral("  BatchMode yes")
          << QStringLiteral("  ConnectTimeout 10") << QStringLiteral("  SendEnv LANG LANGUAGE LC_*");
    return (lines.join(u'\n') + u'\n').toUtf8();
}

bool SandboxHosts::startAll(QString *error) const
{
    if (!QDir().mkpath(QDir(sshDirectory()).filePath(QStringLiteral("empty")))) {
        *error = tr("Cannot create %1.").arg(QDir(sshDirectory()).filePath(QStringLiteral("empty")));
        return false;
    }
    QList<Host> order = m_hosts;
    std::stable_partition(order.begin(), order.end(), [](const Host &host) { return host.storage; });
    for (const Host &host : std::as_const(order)) {
        SandboxHost sandboxHost = this->sandboxHost(host);
        if (!sandboxHost.start(error)) {
            QString ignored;
            (void)stopAll(&ignored);
            return false;
        }
    }
    return true;
}

bool SandboxHosts::stopAll(QString *error) const
{
    bool stopped = true;
    for (const Host &host : m_hosts) {
        SandboxHost sandboxHost = this->sandboxHost(host);
        QString hostError;
        if (!sandboxHost.stop(&hostError)) {
            if (stopped)
                *error = hostError;
            stopped = false;
        }
    }
    return stopped;
}

bool SandboxHosts::trustAll(QString *error) const
{
    KnownHosts knownHosts(knownHostsPath());
    for (const Host &host : m_hosts) {
        const SandboxHost sandboxHost = this->sandboxHost(host);
        QFile publicKey(sandboxHost.hostPublicKeyPath());
        if (!publicKey.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(publicKey.fileName(), publicKey.errorString());
            return false;
        }
        QString fingerprint;
        if (!KnownHosts::fingerprintOf(QString::fromUtf8(publicKey.readAll()).trimmed(), &fingerprint, nullptr, error)
            || !knownHosts.trust(profile(host), fingerprint, error))
            return false;
    }
    return true;
}

void SandboxHosts::removeMountPoints() const
{
    for (const Host &host : m_hosts) {
        if (sandboxHost(host).isRunning())
            return; // its namespace still mounts on them
    }
    QStringList directories{m_mountRoot};
    QDirIterator it(m_mountRoot, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        directories.append(it.next());
    // The deepest first; rmdir leaves alone whatever is not empty.
    std::sort(directories.begin(), directories.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString &directory : std::as_const(directories))
        QDir().rmdir(directory);
    QDir().rmdir(mountBase);
}

} // namespace Lifeboat
