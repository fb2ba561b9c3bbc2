// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lifeboat {

// One `lifeboat <command>`: its name, a one-line summary for --help, and the
// work. run() gets the arguments after the command name and returns an
// ExitCode value. By default it builds a parser with --help, the command's
// description and the options addOptions() declares, answers --help and usage
// errors, and hands the parsed command line to execute(). A command whose
// command line is more than options (sub-commands, scenario options)
// overrides run() instead.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments);

protected:
    // What --help says above the options; nothing by default.
    virtual QString description() const { return {}; }
    virtual void addOptions(QCommandLineParser &) const {}
    // Never reached by a command that overrides run().
    virtual int execute(const QCommandLineParser &parser);

    // Parses `arguments` with `parser` (which has --help): returns the exit
    // code when the command should end here (a usage error, or --help
    // answered), nothing when the command goes on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;
};

} // namespace Lifeboat
