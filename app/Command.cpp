#include "Command.h"

#include "Console.h"

#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Lifeboat {

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
