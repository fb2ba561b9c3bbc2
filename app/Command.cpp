// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Command.h"

#include "Console.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Lifeboat {

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const QString text = description(); !text.isEmpty())
        parser.setApplicationDescription(text);
    parser.addHelpOption();
    addOptions(parser);
    if (const auto code = parse(parser, arguments))
        return *code;
    return execute(parser);
}

int Command::execute(const QCommandLineParser &)
{
    return toInt(ExitCode::Success);
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    if (!parser.parse(QStringList{QStringLiteral("lifeboat ") + name()} + arguments)) {
        Console::err() << parser.errorText() << '\n'
                       << QCoreApplication::translate("Command", "Run 'lifeboat %1 --help' for its options.").arg(name())
                       << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out() << parser.helpText() << Qt::flush;
        return toInt(ExitCode::Success);
    }
    return std::nullopt;
}

} // namespace Lifeboat
