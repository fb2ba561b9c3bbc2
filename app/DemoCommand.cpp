#include "DemoCommand.h"

#include "Console.h"

#include <DataPaths.h>
#include <ExitCode.h>
#include <Logging.h>
#include <lifeboat/Version.h>

namespace Lifeboat {

QString DemoCommand::summary() const
{
    return tr("Run Lifeboat headless here and show how to open the wizard");
}

int DemoCommand::run(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        Console::err() << tr("'lifeboat demo' takes no arguments.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Logging::logger("app")->info("demo started");
    auto &out = Console::out();
    out << tr("Lifeboat %1 runs headless on this machine.").arg(QString::fromLatin1(versionString)) << '\n'
        << tr("Data directory: %1").arg(DataPaths::dataDirectory()) << '\n'
        << tr("Log file: %1").arg(Logging::logFilePath()) << "\n\n"
        << tr("To open the wizard, run 'installer/dev run' from a graphical session, or under a virtual display: "
              "'installer/dev exec xvfb-run -a lifeboat'.")
        << Qt::endl;
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
