#pragma once

#include <QString>

namespace Lifeboat {

// Named points where the crash tests kill Lifeboat with SIGKILL, to prove
// that resume finishes any interrupted run: set LIFEBOAT_FAILPOINT=NAME and
// the process dies the moment it reaches NAME (after any journal entry
// before it is on disk). Without the variable hit() does nothing.
class FailPoint
{
public:
    FailPoint() = delete;
    static void hit(const QString &name);
};

} // namespace Lifeboat
