// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ServerConfigurationFiles.h"

#include <hosts/HostFiles.h>

#include <functional>

namespace Lifeboat {

namespace {
QStringList entriesIn(HostFiles &files, const QString &folder, const std::function<bool(const HostFiles::Entry &)> &wanted)
{
    QList<HostFiles::Entry> entries;
    QString error;
    QStringList found;
    if (files.list(folder, &entries, &error)) {
        for (const HostFiles::Entry &entry : entries) {
            if (wanted(entry))
                found.append(entry.path);
        }
    }
    found.sort();
    return found;
}
} // namespace

QStringList ServerConfigurationFiles::xmlIn(HostFiles &files, const QString &folder)
{
    return entriesIn(files, folder, [](const HostFiles::Entry &entry) {
        return entry.isFile() && entry.name().endsWith(QLatin1String(".xml"));
    });
}

QStringList ServerConfigurationFiles::foldersIn(HostFiles &files, const QString &folder)
{
    return entriesIn(files, folder, [](const HostFiles::Entry &entry) { return entry.isDirectory(); });
}

QStringList ServerConfigurationFiles::namedBelow(HostFiles &files, const QString &root, const QString &name)
{
    QStringList found;
    QString error;
    if (!files.findByName(root, name, &found, &error))
        return {};
    found.sort();
    return found;
}

} // namespace Lifeboat
