// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// Asks on the terminal for a secret that neither the environment nor the
// secrets file holds, with echo off so that it never shows on the screen or
// in a terminal log. Installed only when standard input is a terminal; a
// script gets the clear error naming the variable to set instead.
class TerminalSecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSecretPrompt)

public:
    TerminalSecretPrompt() = delete;

    static void installIfInteractive();
    static QString ask(const QString &name, const QString &environmentName);
};

} // namespace Lifeboat
