// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "JavaProcesses.h"

#include <hosts/HostFiles.h>

#include <QDir>

namespace Lifeboat {

namespace {
bool isJava(const QByteArray &commandLine)
{
    const QByteArray program = commandLine.left(commandLine.indexOf('\0'));
    return program == "java" || program.endsWith("/java");
}

bool below(const QString &path, const QStringList &places)
{
    for (const QString &place : places) {
        const QString root = QDir::cleanPath(place);
        if (path == root || path.startsWith(root == QLatin1String("/") ? root : root + u'/'))
            return true;
    }
    return false;
}
} // namespace

QStringList JavaProcesses::searchPlaces(HostFiles &files, const QStringList &searched, const QString &procRoot)
{
    QList<HostFiles::Entry> processes;
    QString error;
    if (!files.list(procRoot, &processes, &error))
        return {};
    QStringList places;
    for (const HostFiles::Entry &process : std::as_const(processes)) {
        bool numeric = false;
        process.name().toLongLong(&numeric);
        if (!numeric)
            continue;
        QByteArray commandLine;
        HostFiles::Entry cwd;
        if (!files.readFile(process.path + QStringLiteral("/cmdline"), 64 * 1024, &commandLine, &error) || !isJava(commandLine)
            || !files.stat(process.path + QStringLiteral("/cwd"), &cwd, &error) || cwd.linkTarget.isEmpty())
            continue;
        QStringList parts = QDir::cleanPath(cwd.linkTarget).split(u'/', Qt::SkipEmptyParts);
        parts = parts.mid(0, std::max<qsizetype>(2, parts.size() - 2));
        if (parts.size() < 2)
            continue; // a JVM started in / or /opt says nothing about where it is installed
        const QString place = u'/' + parts.join(u'/');
        if (!places.contains(place) && !below(place, searched))
            places.append(place);
    }
    return places;
}

} // namespace Lifeboat
