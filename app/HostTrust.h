// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// Settles, on the command line, which host keys are trusted before anything
// asks a host: the --trust-host-key HOST=SHA256:… a script gives, and for a
// person at a terminal, each host seen for the first time, shown with its
// fingerprint and trusted only once they type "yes". A changed key is never
// trusted here; the host check then stops the run, naming both keys.
class HostTrust
{
    Q_DECLARE_TR_FUNCTIONS(HostTrust)

public:
    HostTrust() = delete;

    static QString optionName() { return QStringLiteral("trust-host-key"); }
    // Returns an exit code when the command must end (a bad or refused
    // --trust-host-key), or nothing to go on.
    static std::optional<int> settle(const ClusterProfile &profile, const QStringList &given);

private:
    static bool askAtTerminal(const ClusterProfile &profile, const QString &host, const QString &fingerprint);
};

} // namespace Lifeboat
