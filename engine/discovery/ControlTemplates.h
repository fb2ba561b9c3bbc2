// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <discovery/NodeDiscovery.h>
#include <profile/CommandTemplate.h>
#include <profile/HostProfile.h>

#include <QCoreApplication>

namespace Lifeboat {

class HostFiles;

// How to start and stop a node, as the commands its administrators use: a
// systemd unit that runs its application server when the host has one,
// otherwise the server's own scripts (JBoss's standalone.sh and jboss-cli.sh,
// a WebLogic domain's startWebLogic.sh and stopWebLogic.sh, a WebSphere
// profile's startServer.sh and stopServer.sh), or an instance's own bin/start
// and bin/stop. Each runs on the node's host over ssh, with the same host
// key checks as Lifeboat's own connection (BatchMode, the profile's
// known_hosts, StrictHostKeyChecking).
class ControlTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ControlTemplates)

public:
    struct Control
    {
        CommandTemplate start;
        CommandTemplate stop;
        QString source; // what they use, for people: "systemd unit jboss-aem.service"
    };

    // The ssh command that runs `remote` (a POSIX shell line's words) on `host`.
    static QStringList overSsh(const HostProfile &host, const QString &knownHostsFile, const QStringList &remote);

    // The ready-made pairs, as lines to run on the node's host.
    static Control systemd(const QString &unit, bool asRoot);
    static Control jboss(const QString &appServerDir);
    static Control webLogic(const QString &domain);
    static Control webSphere(const QString &profile, const QString &server = QStringLiteral("server1"));
    static Control scripts(const QString &start, const QString &stop);

    // The commands for a node found on `host`, or nothing (the node has
    // neither a unit nor scripts Lifeboat knows).
    static std::optional<Control> forNode(HostFiles &files, const NodeDiscovery::Found &node, const HostProfile &host,
                                          const QString &knownHostsFile);

    // The systemd unit (in `units`, the administrator's units) whose
    // ExecStart runs something below `folder`, or empty.
    static QString unitRunning(HostFiles &files, const QString &folder,
                               const QString &units = QStringLiteral("/etc/systemd/system"));

private:
    static Control remote(Control control, const HostProfile &host, const QString &knownHostsFile);
};

} // namespace Lifeboat
