// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// lifeboat-agent's command line:
//   lifeboat-agent --version        its version and protocol version
//   lifeboat-agent serve [--verbose] the protocol on standard input and output
// Lifeboat starts `serve` over ssh; a person has no reason to. --verbose logs
// every request to standard error. (--announce-protocol N, for the tests
// only, makes it claim protocol version N in its hello.)
class AgentCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommandLine)

public:
    // The descriptors `serve` speaks the protocol on (main() moves them off
    // standard input and output; see main.cpp).
    AgentCommandLine(int protocolInput, int protocolOutput);

    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);

    int m_protocolInput;
    int m_protocolOutput;
};

} // namespace Lifeboat
