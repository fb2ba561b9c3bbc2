// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReadyMadeCommands.h"

#include <profile/ClusterProfile.h>

#include <QFileInfo>

namespace Lifeboat {

namespace {
// ssh joins the words after the host into one line for the remote shell.
QStringList remotely(const NodeProfile &node, const ClusterProfile &profile)
{
    if (node.host.isEmpty())
        return {};
    const HostProfile *host = profile.host(node.host);
    const QString login = host && !host->user.isEmpty() ? host->user + QStringLiteral("@{host}") : QStringLiteral("{host}");
    return {QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), login};
}

// A server script that runs until the server stops, started so that the
// command returns: on a host, by the remote shell in the background with its
// output away (else ssh waits for it); here, through sh for the same reasons.
QStringList detached(const NodeProfile &node, const ClusterProfile &profile, const QString &script)
{
    if (!node.host.isEmpty())
        return remotely(node, profile) + QStringList{QStringLiteral("nohup"), script, QStringLiteral(">/dev/null"),
                                                     QStringLiteral("2>&1"), QStringLiteral("&")};
    QString quoted = script;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("nohup '%1' >/dev/null 2>&1 &").arg(quoted)};
}

// The WebLogic domain or WebSphere profile: where the node's bootstrap
// properties are (a secondary), else the usual name below the server folder.
QString serverFolder(const NodeProfile &node, const QString &usual)
{
    if (!node.bootstrapProperties.isEmpty())
        return QFileInfo(node.bootstrapProperties).path();
    return node.appServerDir.isEmpty() ? QString() : node.appServerDir + u'/' + usual;
}
} // namespace

QString ReadyMadeCommands::name(Kind kind)
{
    switch (kind) {
    case Kind::Systemd: return tr("systemd unit (systemctl start/stop)");
    case Kind::JBoss: return tr("JBoss (standalone.sh, jboss-cli.sh :shutdown)");
    case Kind::WebLogic: return tr("WebLogic (startWebLogic.sh, stopWebLogic.sh)");
    case Kind::WebSphere: return tr("WebSphere (startServer.sh, stopServer.sh server1)");
    }
    return {};
}

ReadyMadeCommands ReadyMadeCommands::forNode(Kind kind, const NodeProfile &node, const ClusterProfile &profile, QString *why)
{
    const QStringList ssh = remotely(node, profile);
    ReadyMadeCommands commands;
    if (kind == Kind::Systemd) {
        const QStringList systemctl{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("systemctl")};
        commands.start = CommandTemplate(ssh + systemctl + QStringList{QStringLiteral("start"), defaultUnit()});
        commands.stop = CommandTemplate(ssh + systemctl + QStringList{QStringLiteral("stop"), defaultUnit()});
        return commands;
    }
    const QString folder = kind == Kind::JBoss    ? node.appServerDir
                         : kind == Kind::WebLogic ? serverFolder(node, QStringLiteral("user_projects/domains/base_domain"))
                                                  : serverFolder(node, QStringLiteral("profiles/AppSrv01"));
    if (folder.isEmpty()) {
        *why = tr("Fill in the node's application server folder first: the commands are in it.");
        return {};
    }
    switch (kind) {
    case Kind::JBoss:
        commands.start = CommandTemplate(detached(node, profile, folder + QStringLiteral("/bin/standalone.sh")));
        commands.stop = CommandTemplate(ssh + QStringList{folder + QStringLiteral("/bin/jboss-cli.sh"), QStringLiteral("--connect"),
                                                          QStringLiteral("command=:shutdown")});
        break;
    case Kind::WebLogic:
        commands.start = CommandTemplate(detached(node, profile, folder + QStringLiteral("/bin/startWebLogic.sh")));
        commands.stop = CommandTemplate(ssh + QStringList{folder + QStringLiteral("/bin/stopWebLogic.sh")});
        break;
    case Kind::WebSphere: // startServer.sh returns once the server has started
        commands.start = CommandTemplate(ssh + QStringList{folder + QStringLiteral("/bin/startServer.sh"), QStringLiteral("server1")});
        commands.stop = CommandTemplate(ssh + QStringList{folder + QStringLiteral("/bin/stopServer.sh"), QStringLiteral("server1")});
        break;
    case Kind::Systemd:
        break;
    }
    return commands;
}

} // namespace Lifeboat
