// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// One host of a cluster profile and how Lifeboat reaches it over OpenSSH.
// Nodes and paths name a host by `name`; `address` is what ssh connects to.
// Nothing here is secret: authentication is by key (a file or ssh-agent).
struct HostProfile
{
    QString name;         // how nodes and paths refer to the host
    QString address;      // DNS name or IP address that ssh connects to
    int port = 22;
    QString user;         // empty: ssh's default (the local user name)
    QString identityFile; // empty: ssh-agent and ssh's default keys
    bool sudo = false;    // run the helper through `sudo -n` (a non-root login)
    QString sshConfig;    // optional ssh_config file, passed with -F
    // The helper's path on that host.
    QString agentPath = QStringLiteral("/usr/libexec/lifeboat/lifeboat-agent"); // the helper's path on that host (where the package puts it)

    // "node2 (10.0.0.12)" for messages, or just the address when they agree.
    QString displayName() const
    {
        if (name.isEmpty() || name == address)
            return address;
        return QStringLiteral("%1 (%2)").arg(name, address);
    }
};

} // namespace Lifeboat
