#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lifeboat {

// One `lifeboat <command>`: its name, a one-line summary for --help, and the
// work. run() gets the arguments after the command name and returns an
// ExitCode value.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Parses `arguments` with `parser` (which has --help): returns the exit
    // code when the command should end here (a usage error, or --help
    // answered), nothing when the command goes on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;
};

} // namespace Lifeboat
