// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Lifeboat {

// The headless face: parses `lifeboat [--lang L] <command> [options]`,
// answers --help and --version, and hands the rest to the named Command.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    int run(const QStringList &arguments);

    static QString noDisplayMessage();

private:
    QString commandsAndExitCodes() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Lifeboat
