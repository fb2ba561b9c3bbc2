// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Confirmer.h>

#include <QCoreApplication>

namespace Lifeboat {

// Asks on the terminal before each destructive step, showing exactly what it
// will change. On a real cluster the node's (or cluster's) name must be
// typed; on a sandbox "y" is enough. Anything else stops the run.
class TerminalConfirmer final : public Confirmer
{
    Q_DECLARE_TR_FUNCTIONS(TerminalConfirmer)

public:
    bool confirm(const ConfirmationRequest &request) override;

    static bool hasTerminal();
};

} // namespace Lifeboat
