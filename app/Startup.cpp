// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Startup.h"

#include <lifeboat/Version.h>

#include <QCoreApplication>

#include <cstring>

namespace Lifeboat {

namespace {
const char *languageOption = "--lang";

// Qt's own words in `lifeboat --help` and in its option errors, listed so that
// lupdate puts them into Lifeboat's translations (the system's Qt usually has
// no translations of its own installed); the translator installed below
// answers for the context "QCommandLineParser" too (Translation::install).
[[maybe_unused]] const char *const qtCommandLineWords[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help, including generic Qt options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
}

bool Startup::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, languageOption) == 0) {
            ++i; // its value
            continue;
        }
        if (arg[0] != '-')
            return true; // a command
        for (const char *headless : {"-h", "--help", "-v", "--version", "--help-all"}) {
            if (std::strcmp(arg, headless) == 0)
                return true;
        }
    }
    return false;
}

bool Startup::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void Startup::describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("lifeboat"));
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(versionString));
}

QString Startup::languageArgument(int argc, char **argv)
{
    const std::size_t prefixLength = std::strlen(languageOption);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], languageOption) == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], languageOption, prefixLength) == 0 && argv[i][prefixLength] == '=')
            return QString::fromLocal8Bit(argv[i] + prefixLength + 1);
    }
    return {};
}

} // namespace Lifeboat
