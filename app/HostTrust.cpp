// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostTrust.h"

#include "Console.h"
#include "ExitCode.h"
#include "TerminalConfirmer.h"

#include <hosts/Hosts.h>

#include <QTextStream>

namespace Lifeboat {

std::optional<int> HostTrust::settle(const ClusterProfile &profile, const QStringList &given)
{
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    for (const QString &pair : given) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString host = pair.left(equals);
        const QString fingerprint = pair.mid(equals + 1);
        if (equals <= 0 || !fingerprint.startsWith(QLatin1String("SHA256:"))) {
            Console::err() << tr("--trust-host-key takes HOST=SHA256:… (as ssh-keygen -lf prints it), not \"%1\". Nothing was changed.")
                                  .arg(pair)
                           << Qt::endl;
            return toInt(ExitCode::UsageError);
        }
        QString error;
        if (!hosts->trust(host, fingerprint, &error)) {
            Console::err() << error << u' ' << tr("Nothing was changed.") << Qt::endl;
            return toInt(ExitCode::PreconditionFailed);
        }
        Console::out() << tr("Trusted the key %1 of %2.").arg(fingerprint, host) << Qt::endl;
    }
    if (!TerminalConfirmer::hasTerminal())
        return std::nullopt;
    for (const HostProfile &host : profile.hosts) {
        const Hosts::State state = hosts->check(host.name);
        if (state.kind == Hosts::State::Kind::FirstSeen && !askAtTerminal(profile, host.name, state.offeredFingerprint))
            Console::err() << tr("%1 is not trusted; the checks will say so.").arg(host.name) << Qt::endl;
    }
    return std::nullopt;
}

bool HostTrust::askAtTerminal(const ClusterProfile &profile, const QString &host, const QString &fingerprint)
{
    const HostProfile *settings = profile.host(host);
    Console::err() << tr("Lifeboat has not met %1 before. It offers the key\n    %2\n"
                         "Compare it with the host's own (on %1: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).\n"
                         "Type 'yes' to trust it: ")
                          .arg(settings ? settings->displayName() : host, fingerprint)
                   << Qt::flush;
    QTextStream in(stdin);
    if (in.readLine().trimmed() != QLatin1String("yes"))
        return false;
    QString error;
    if (!Hosts::of(profile)->trust(host, fingerprint, &error)) {
        Console::err() << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace Lifeboat
