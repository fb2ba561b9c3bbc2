// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"
#include "Startup.h"
#include "TerminalSecretPrompt.h"

#include <LifeboatWizard.h>
#include <logging/Logging.h>
#include <support/ProcessMemory.h>
#include <support/Translation.h>

#include <QApplication>
#include <QGuiApplication>

#include <vector>

using namespace Lifeboat;

namespace {

int runHeadless(int argc, char **argv, const QString &language)
{
    // Commands draw (the report's timeline, its PDF), so they need Qt Gui's
    // fonts, but never a window: the offscreen platform needs no display.
    static char platformOption[] = "-platform";
    static char offscreen[] = "offscreen";
    std::vector<char *> arguments(argv, argv + argc);
    arguments.insert(arguments.begin() + 1, {platformOption, offscreen});
    int count = int(arguments.size());
    arguments.push_back(nullptr);
    QGuiApplication app(count, arguments.data());
    Translation::install(app, language);
    TerminalSecretPrompt::installIfInteractive();
    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}

int runWizard(int argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    // Wayland desktops match windows to the installed desktop file (and its
    // icon) by this name, not by the program's.
    QGuiApplication::setDesktopFileName(QStringLiteral(LIFEBOAT_APP_ID));
    Translation::install(app, language);
    Logging::start({});
    LifeboatWizard wizard;
    wizard.show();
    const int code = app.exec();
    Logging::stop();
    return code;
}

int explainNoDisplay(int argc, char **argv, const QString &language)
{
    QCoreApplication app(argc, argv);
    Translation::install(app, language);
    Console::err() << CommandLine::noDisplayMessage() << Qt::endl;
    return toInt(ExitCode::UsageError);
}

} // namespace

int main(int argc, char **argv)
{
    Lifeboat::ProcessMemory::returnLargeBlocks();
    Startup::describeApplication();
    const QString language = Startup::languageArgument(argc, argv);
    if (Startup::wantsHeadless(argc, argv))
        return runHeadless(argc, argv, language);
    if (!Startup::hasDisplay())
        return explainNoDisplay(argc, argv, language);
    return runWizard(argc, argv, language);
}
