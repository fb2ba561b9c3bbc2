// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// Where lifeboat-agent is: on this machine (the training sandbox's hosts run
// it from here; the tests too), and on a node host, where the same Debian
// package put it.
class AgentProgram
{
public:
    AgentProgram() = delete;

    // LIFEBOAT_AGENT_PROGRAM when set, else the one beside lifeboat (a build
    // tree), in its libexec/lifeboat folder (installed) or on PATH; empty
    // when there is none.
    static QString local();
    // /usr/libexec/lifeboat/lifeboat-agent: what ssh runs on a node host.
    static QString onHosts();
    static const char *environmentVariable() { return "LIFEBOAT_AGENT_PROGRAM"; }
};

} // namespace Lifeboat
