// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ControlTemplates.h"

#include <discovery/ServerConfigurationFiles.h>
#include <hosts/HostFiles.h>
#include <hosts/SshConnection.h>

namespace Lifeboat {

namespace {
// A server started in the background: its script runs in the foreground
// until the server stops, and must outlive the ssh session.
QStringList detached(const QString &script)
{
    return {QStringLiteral("nohup"), SshConnection::quoted(script), QStringLiteral("</dev/null"), QStringLiteral(">/dev/null"),
            QStringLiteral("2>&1"), QStringLiteral("&")};
}
} // namespace

QStringList ControlTemplates::overSsh(const HostProfile &host, const QString &knownHostsFile, const QStringList &remote)
{
    QStringList arguments{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                          QStringLiteral("StrictHostKeyChecking=yes")};
    if (!knownHostsFile.isEmpty())
        arguments << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + knownHostsFile;
    if (!host.sshConfig.isEmpty())
        arguments << QStringLiteral("-F") << host.sshConfig;
    if (host.port != 22)
        arguments << QStringLiteral("-p") << QString::number(host.port);
    if (!host.user.isEmpty())
        arguments << QStringLiteral("-l") << host.user;
    if (!host.identityFile.isEmpty())
        arguments << QStringLiteral("-o") << QStringLiteral("IdentitiesOnly=yes") << QStringLiteral("-i") << host.identityFile;
    return arguments << host.address << QStringLiteral("--") << remote;
}

ControlTemplates::Control ControlTemplates::systemd(const QString &unit, bool asRoot)
{
    const QStringList systemctl = asRoot ? QStringList{QStringLiteral("systemctl")}
                                         : QStringList{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("systemctl")};
    return {CommandTemplate(systemctl + QStringList{QStringLiteral("start"), unit}),
            CommandTemplate(systemctl + QStringList{QStringLiteral("stop"), unit}), tr("systemd unit %1").arg(unit)};
}

ControlTemplates::Control ControlTemplates::jboss(const QString &appServerDir)
{
    return {CommandTemplate(detached(appServerDir + QStringLiteral("/bin/standalone.sh"))),
            CommandTemplate({SshConnection::quoted(appServerDir + QStringLiteral("/bin/jboss-cli.sh")), QStringLiteral("--connect"),
                             QStringLiteral("command=:shutdown")}),
            tr("JBoss's standalone.sh and jboss-cli.sh")};
}

ControlTemplates::Control ControlTemplates::webLogic(const QString &domain)
{
    return {CommandTemplate(detached(domain + QStringLiteral("/bin/startWebLogic.sh"))),
            CommandTemplate({SshConnection::quoted(domain + QStringLiteral("/bin/stopWebLogic.sh"))}),
            tr("the WebLogic domain's startWebLogic.sh and stopWebLogic.sh")};
}

ControlTemplates::Control ControlTemplates::webSphere(const QString &profile, const QString &server)
{
    return {CommandTemplate({SshConnection::quoted(profile + QStringLiteral("/bin/startServer.sh")), server}),
            CommandTemplate({SshConnection::quoted(profile + QStringLiteral("/bin/stopServer.sh")), server}),
            tr("the WebSphere profile's startServer.sh and stopServer.sh")};
}

ControlTemplates::Control ControlTemplates::scripts(const QString &start, const QString &stop)
{
    return {CommandTemplate({SshConnection::quoted(start)}), CommandTemplate({SshConnection::quoted(stop)}),
            tr("the instance's own bin/start and bin/stop")};
}

ControlTemplates::Control ControlTemplates::remote(Control control, const HostProfile &host, const QString &knownHostsFile)
{
    control.start = CommandTemplate(overSsh(host, knownHostsFile, control.start.arguments()));
    control.stop = CommandTemplate(overSsh(host, knownHostsFile, control.stop.arguments()));
    return control;
}

QString ControlTemplates::unitRunning(HostFiles &files, const QString &folder, const QString &units)
{
    if (folder.isEmpty())
        return {};
    QList<HostFiles::Entry> entries;
    QString error;
    if (!files.list(units, &entries, &error))
        return {};
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (!entry.isFile() || !entry.name().endsWith(QLatin1String(".service")))
            continue;
        QByteArray text;
        if (!files.readFile(entry.path, ServerConfigurationFiles::maxBytes, &text, &error))
            continue;
        for (const QByteArray &line : text.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith("ExecStart=") && trimmed.contains((folder + u'/').toUtf8()))
                return entry.name();
        }
    }
    return {};
}

std::optional<ControlTemplates::Control> ControlTemplates::forNode(HostFiles &files, const NodeDiscovery::Found &node,
                                                                   const HostProfile &host, const QString &knownHostsFile)
{
    const QString installation = node.repository.section(u'/', 0, -2);
    const QString unit = unitRunning(files, node.appServerDir.isEmpty() ? installation : node.appServerDir);
    if (!unit.isEmpty())
        return remote(systemd(unit, host.user == QLatin1String("root")), host, knownHostsFile);
    if (node.appServer) {
        switch (*node.appServer) {
        case AppServerKind::JBoss:
            return remote(jboss(node.appServerDir), host, knownHostsFile);
        case AppServerKind::WebLogic:
            return remote(webLogic(node.serverHome), host, knownHostsFile);
        case AppServerKind::WebSphere:
            return remote(webSphere(node.serverHome), host, knownHostsFile);
        }
    }
    if (!node.startScript.isEmpty())
        return remote(scripts(node.startScript, node.stopScript), host, knownHostsFile);
    return std::nullopt;
}

} // namespace Lifeboat
