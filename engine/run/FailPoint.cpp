#include "FailPoint.h"

#include <QByteArray>

#include <csignal>

namespace Lifeboat {

void FailPoint::hit(const QString &name)
{
    static const QByteArray armed = qgetenv("LIFEBOAT_FAILPOINT");
    if (!armed.isEmpty() && armed == name.toUtf8())
        ::raise(SIGKILL);
}

} // namespace Lifeboat
