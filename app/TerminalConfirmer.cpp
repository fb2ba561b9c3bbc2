// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TerminalConfirmer.h"

#include "Console.h"

#include <iostream>
#include <string>
#include <unistd.h>

namespace Lifeboat {

bool TerminalConfirmer::hasTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool TerminalConfirmer::confirm(const ConfirmationRequest &request)
{
    auto &err = Console::err();
    err << '\n' << tr("Step %1: %2 — this step changes the cluster:").arg(request.stepIndex + 1).arg(request.title) << '\n';
    for (const Change &change : request.changes)
        err << QStringLiteral("  - ") << change.toText() << '\n';
    if (!request.details.isEmpty())
        err << QStringLiteral("  ") << request.details << '\n';
    if (request.wordRequired)
        err << tr("Type \"%1\" to go on, or anything else to stop: ").arg(request.word);
    else
        err << tr("Go on? [y/N] ");
    err.flush();
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    const QString answer = QString::fromStdString(line).trimmed();
    return request.wordRequired ? answer == request.word
                                : (answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
                                   || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0);
}

} // namespace Lifeboat
