// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SecondaryFolder.h"

#include <hosts/HostFiles.h>

#include <QDir>
#include <QRegularExpression>

namespace Lifeboat {

QString SecondaryFolder::in(HostFiles &files, const QString &repository)
{
    QList<HostFiles::Entry> entries;
    if (!files.list(repository, &entries, nullptr))
        return {};
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (entry.isDirectory() && isName(entry.name()))
            return entry.path;
    }
    return {};
}

bool SecondaryFolder::isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^crx\\.\\d+$"));
    return pattern.match(name).hasMatch();
}

} // namespace Lifeboat
