#pragma once

#include <QString>
#include <QStringList>

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
};

} // namespace Lifeboat
