// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

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

bool FailPoint::shouldFail(const QString &name)
{
    static const QByteArray armed = qgetenv("LIFEBOAT_FAILPOINT");
    return armed.startsWith("fail@") && armed.mid(5) == name.toUtf8();
}

} // namespace Lifeboat
