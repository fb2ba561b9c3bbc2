// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostsSandbox.h"

#include "Processes.h"
#include "SandboxJanitor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <csignal>
#include <sandbox/SandboxHosts.h>

namespace Lifeboat::Testing {

HostsSandbox::HostsSandbox()
    : m_runner(m_root.path())
    , m_janitor(std::make_unique<SandboxJanitor>(m_root.path(), directory()))
{ }

HostsSandbox::~HostsSandbox()
{
    cleanUp();
    // Gone before the janitor wakes up, which then finds nothing to do.
    m_root.remove();
}

bool HostsSandbox::watched() const
{
    return m_root.isValid() && m_janitor->watching();
}

CommandResult HostsSandbox::create(const QStringList &options)
{
    const CommandResult created
        = m_runner.lifeboat(QStringList{ QStringLiteral("sandbox"), QStringLiteral("create"), directory(),
                                QStringLiteral("--hosts") }
            + options);
    // Whatever a create that failed half-way left is stopped too.
    m_created = QFileInfo::exists(directory());
    QString error;
    if (created.exitCode == 0) {
        if (const auto profile = ClusterProfile::load(profilePath(), &error))
            m_profile = *profile;
    }
    return created;
}

CommandResult HostsSandbox::createStarted(const QStringList &options)
{
    const CommandResult created = create(options);
    return created.exitCode != 0 ? created : sandbox(QStringLiteral("start"));
}

CommandResult HostsSandbox::sandbox(const QString &action, const QStringList &arguments) const
{
    return m_runner.lifeboat(QStringList{ QStringLiteral("sandbox"), action, directory() } + arguments);
}

QJsonObject HostsSandbox::status() const
{
    const CommandResult result = sandbox(QStringLiteral("status"), { QStringLiteral("--json") });
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

CommandResult HostsSandbox::onHost(const QString &hostName, const QString &command, int timeoutMs) const
{
    const HostProfile *host = m_profile.host(hostName);
    if (!host)
        return { -1, {}, QStringLiteral("no host %1").arg(hostName) };
    return m_runner.run(QStringLiteral("ssh"),
        { QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("-i"), host->identityFile,
            QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + m_profile.knownHostsFile, QStringLiteral("-o"),
            QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"), QStringLiteral("-p"), QString::number(host->port),
            QStringLiteral("root@") + host->address, command },
        timeoutMs);
}

std::optional<RestoredTree::Digests> HostsSandbox::digestsOnHost(
    const QString &hostName, const QString &root, bool everyEntry) const
{
    // Each line "VALUE  ./PATH": sha256sum's, and find's for directories
    // and links. A missing root is an empty tree.
    QString command
        = QStringLiteral("cd '%1' 2>/dev/null || exit 0; find . -type f -print0 | xargs -0 -r sha256sum")
              .arg(root);
    if (everyEntry)
        command += QStringLiteral("; find . -mindepth 1 -type d -printf 'directory  ./%P/\n'"
                                  "; find . -type l -printf 'link to %l  ./%P\n'");
    const CommandResult listed = onHost(hostName, command);
    if (listed.exitCode != 0)
        return std::nullopt;
    RestoredTree::Digests digests;
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype separator = line.indexOf(QLatin1String("  ./"));
        if (separator > 0)
            digests.insert(line.mid(separator + 4), line.left(separator));
    }
    return digests;
}

qint64 HostsSandbox::sshdPid(const QString &hostName) const
{
    QString error;
    const auto hosts = SandboxHosts::load(directory(), &error);
    const SandboxHosts::Host *host = hosts ? hosts->host(hostName) : nullptr;
    return host ? hosts->sandboxHost(*host).pid() : 0;
}

QByteArray HostsSandbox::mountNamespaceOf(const QString &hostName) const
{
    const qint64 sshd = sshdPid(hostName);
    return sshd > 0 ? mountNamespace(sshd) : QByteArray();
}

QList<qint64> HostsSandbox::processesOnHost(const QString &hostName, const QString &text) const
{
    return processesIn(mountNamespaceOf(hostName), text);
}

QStringList HostsSandbox::secretValues() const
{
    QFile file(m_profile.secretsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList values;
    const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (!it.value().toString().isEmpty())
            values.append(it.value().toString());
    }
    return values;
}

void HostsSandbox::cleanUp()
{
    if (m_created)
        (void)sandbox(QStringLiteral("stop"));
    m_created = false;
    QString error;
    if (const auto hosts = SandboxHosts::load(directory(), &error)) {
        if (!hosts->stopAll(&error))
            qWarning("%s", qPrintable(error));
    }
    for (qint64 pid : processesMentioning(directory()))
        ::kill(pid_t(pid), SIGKILL);
    const QString mountRoot = SandboxHosts::mountRootFor(directory());
    QStringList directories{ mountRoot, QFileInfo(mountRoot).path() };
    for (QDirIterator it(
             mountRoot, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
         it.hasNext();)
        directories.prepend(it.next());
    std::sort(directories.begin(), directories.end() - 2,
        [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString &directory : std::as_const(directories))
        QDir().rmdir(directory); // only empty ones go
}

} // namespace Lifeboat::Testing
