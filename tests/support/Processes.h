// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lifeboat::Testing {

// The processes of this machine, as /proc shows them (a sandbox host's too:
// the hosts share this machine's PID namespace). This test process is never
// among them.
QList<qint64> processIds();
// Its arguments, each ended by a NUL byte; empty once it has gone.
QByteArray commandLine(qint64 pid);
// Running, not a zombie waiting for its parent.
bool processRunning(qint64 pid);
// Every running process whose command line mentions `text`.
QList<qint64> processesMentioning(const QString &text);
// Its mount namespace ("mnt:[4026532188]"), which tells a sandbox host's processes apart.
QByteArray mountNamespace(qint64 pid);
// The running processes in `hostNamespace` whose command line mentions `text`.
QList<qint64> processesIn(const QByteArray &hostNamespace, const QString &text);
// How many bytes it has written (files, pipes, sockets): how far it has come.
qint64 bytesWritten(qint64 pid);

} // namespace Lifeboat::Testing
