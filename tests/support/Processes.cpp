// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Processes.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace Lifeboat::Testing {

QList<qint64> processIds()
{
    QList<qint64> pids;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && pid != ::getpid())
            pids.append(pid);
    }
    return pids;
}

QByteArray commandLine(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
}

bool processRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

QList<qint64> processesMentioning(const QString &text)
{
    QList<qint64> found;
    const QByteArray needle = QFile::encodeName(text);
    for (qint64 pid : processIds()) {
        if (commandLine(pid).contains(needle) && processRunning(pid))
            found.append(pid);
    }
    return found;
}

QByteArray mountNamespace(qint64 pid)
{
    // The link's own text: QFile::symLinkTarget would make a path of it.
    char target[64];
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/ns/mnt";
    const ssize_t length = ::readlink(link.constData(), target, sizeof target);
    return length > 0 ? QByteArray(target, length) : QByteArray();
}

QList<qint64> processesIn(const QByteArray &hostNamespace, const QString &text)
{
    QList<qint64> found;
    if (hostNamespace.isEmpty())
        return found;
    // The namespace first: one link to read, where a command line is a file.
    const QByteArray needle = QFile::encodeName(text);
    for (qint64 pid : processIds()) {
        if (mountNamespace(pid) == hostNamespace && commandLine(pid).contains(needle) && processRunning(pid))
            found.append(pid);
    }
    return found;
}

qint64 bytesWritten(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return 0;
}

} // namespace Lifeboat::Testing
