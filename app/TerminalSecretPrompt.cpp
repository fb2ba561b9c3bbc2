// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TerminalSecretPrompt.h"

#include "Console.h"
#include "TerminalConfirmer.h"

#include <profile/SecretStore.h>

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Lifeboat {

void TerminalSecretPrompt::installIfInteractive()
{
    if (TerminalConfirmer::hasTerminal())
        SecretStore::setPrompt(&TerminalSecretPrompt::ask);
}

QString TerminalSecretPrompt::ask(const QString &name, const QString &environmentName)
{
    Console::err() << tr("The secret \"%1\" is not set (the variable %2 or the secrets file would hold it).")
                          .arg(name, environmentName)
                   << '\n'
                   << tr("Type it (nothing is shown; Enter on its own gives up): ") << Qt::flush;
    termios saved{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString answer = in.readLine();
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    Console::err() << Qt::endl;
    return answer;
}

} // namespace Lifeboat
