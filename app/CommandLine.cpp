// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandLine.h"

#include "BackupsCommand.h"
#include "CheckCommand.h"
#include "Console.h"
#include "DemoCommand.h"
#include "ExitCode.h"
#include "PlanCommand.h"
#include "ProfileCommand.h"
#include "PruneCommand.h"
#include "DrillCommand.h"
#include "QuarantineCommand.h"
#include "ScheduleCommand.h"
#include "ReportCommand.h"
#include "ResumeCommand.h"
#include "RunCommand.h"
#include "RunsCommand.h"
#include "SandboxCommand.h"
#include "VerifyCommand.h"

#include <logging/Logging.h>
#include <lifeboat/Version.h>

#include <QCommandLineParser>

namespace Lifeboat {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<ResumeCommand>());
    m_commands.push_back(std::make_unique<RunsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BackupsCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<PruneCommand>());
    m_commands.push_back(std::make_unique<QuarantineCommand>());
    m_commands.push_back(std::make_unique<ScheduleCommand>());
    m_commands.push_back(std::make_unique<ProfileCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());
    m_commands.push_back(std::make_unique<DrillCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}

CommandLine::~CommandLine() = default;

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lifeboat backs up and recovers clustered Adobe AEM Forms environments.\n"
           "With no command it opens the wizard; with a command it runs headless."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), tr("Use this language (de, fr, ja or en) instead of the system's."),
                      tr("language")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run; see the list below."),
                                 tr("<command> [options]"));

    if (!parser.parse(arguments)) {
        Console::err() << parser.errorText() << '\n' << tr("Run 'lifeboat --help' to see the commands.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    if (parser.isSet(versionOption)) {
        Console::out() << "lifeboat " << versionString << Qt::endl;
        return toInt(ExitCode::Success);
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        Console::out() << parser.helpText() << '\n' << commandsAndExitCodes() << Qt::flush;
        return toInt(ExitCode::Success);
    }
    Command *command = find(positional.first());
    if (!command) {
        Console::err() << tr("Unknown command '%1'. Run 'lifeboat --help' to see the commands.").arg(positional.first())
                       << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Logging::start({.directory = {}, .console = true, .level = spdlog::level::info, .consoleLevel = spdlog::level::warn});
    const int code = command->run(positional.mid(1));
    Logging::stop();
    return code;
}

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandLine::commandsAndExitCodes() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -14).arg(command->summary());
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    const std::pair<ExitCode, QString> codes[] = {
        {ExitCode::Success, tr("success")},
        {ExitCode::StepFailed, tr("a step failed (cleanup steps ran; see the report)")},
        {ExitCode::PreconditionFailed, tr("a precondition failed; nothing was changed")},
        {ExitCode::VerificationFailed, tr("verification failed (a damaged or mismatched backup)")},
        {ExitCode::CancelledOrDeclined, tr("cancelled, or a confirmation was declined")},
        {ExitCode::CleanupFailed, tr("a cleanup step failed: the cluster needs work by hand (the last lines say what)")},
        {ExitCode::UsageError, tr("usage error (unknown command or option, missing argument)")},
    };
    for (const auto &[code, meaning] : codes)
        text += QStringLiteral("  %1  %2\n").arg(toInt(code), 3).arg(meaning);
    return text;
}

QString CommandLine::noDisplayMessage()
{
    return tr("No display found, so the wizard cannot open.\n"
              "Run a command instead (see 'lifeboat --help'), for example 'lifeboat demo' for a headless tour "
              "on the training sandbox, or open the wizard from a graphical session (or under 'xvfb-run lifeboat').");
}

} // namespace Lifeboat
