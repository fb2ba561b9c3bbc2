// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LoopbackHost.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

namespace Lifeboat::Testing {

int freePort(const QString &address)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), 0) ? server.serverPort() : 0;
}

QString fingerprintOnHost(const QString &publicKey)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), publicKey });
    return keygen.waitForFinished(10000)
        ? QString::fromUtf8(keygen.readAllStandardOutput()).section(u' ', 1, 1)
        : QString();
}

} // namespace Lifeboat::Testing
