// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PathPatterns.h"

#include <hosts/HostFiles.h>
#include <restore/RestoreScratch.h>

#include <QDir>

#include <algorithm>

namespace Lifeboat {

bool PathPatterns::names(const QString &relative, const QStringList &patterns)
{
    // A path match() finds is moved or deleted whole: what is below it is named too.
    const auto within = [&relative](const QString &path) { return relative == path || relative.startsWith(path + u'/'); };
    return std::any_of(patterns.begin(), patterns.end(), [&](const QString &pattern) {
        if (pattern == QLatin1String("*"))
            return true;
        if (pattern.startsWith(QLatin1String("**/"))) {
            return (u'/' + relative + u'/').contains(u'/' + pattern.mid(3) + u'/');
        }
        return pattern.endsWith(u'/') ? relative.startsWith(pattern) : within(pattern);
    });
}

bool PathPatterns::match(HostFiles &files, const QString &root, const QStringList &patterns, QStringList *found, QString *error,
                         const Searched &searched)
{
    found->clear();
    HostFiles::Entry rootEntry;
    if (!files.stat(root, &rootEntry, error))
        return false;
    if (!rootEntry.isDirectory())
        return true;
    for (const QString &pattern : patterns) {
        if (pattern == QLatin1String("*")) {
            QList<HostFiles::Entry> entries;
            if (!files.list(root, &entries, error))
                return false;
            for (const HostFiles::Entry &entry : std::as_const(entries)) {
                if (!RestoreScratch::isLifeboatFolder(entry.name()))
                    found->append(entry.path);
            }
            continue;
        }
        if (!pattern.startsWith(QLatin1String("**/"))) {
            const QString path = QDir(root).filePath(pattern);
            HostFiles::Entry entry;
            if (!files.stat(path, &entry, error))
                return false;
            if (entry.exists())
                found->append(path);
            continue;
        }
        QStringList named;
        if (!findByName(files, root, pattern.mid(3), searched, &named, error))
            return false;
        for (const QString &path : std::as_const(named)) {
            const QString relative = QDir(root).relativeFilePath(path);
            if (!RestoreScratch::isLifeboatFolder(relative.section(u'/', 0, 0)) && !found->contains(path))
                found->append(path);
        }
    }
    return true;
}

bool PathPatterns::findByName(HostFiles &files, const QString &root, const QString &name, const Searched &searched,
                              QStringList *found, QString *error)
{
    if (!searched)
        return files.findByName(root, name, found, error);
    found->clear();
    QList<HostFiles::Entry> entries;
    if (!files.list(root, &entries, error))
        return false;
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (!searched(entry.name()))
            continue;
        if (entry.name() == name)
            found->append(entry.path);
        if (!entry.isDirectory())
            continue;
        QStringList below;
        if (!files.findByName(entry.path, name, &below, error))
            return false;
        found->append(below);
    }
    found->sort();
    return true;
}

} // namespace Lifeboat
