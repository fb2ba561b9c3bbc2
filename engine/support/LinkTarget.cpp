// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LinkTarget.h"

#include <QStringList>

namespace Lifeboat {

bool LinkTarget::staysInside(const QString &linkPath, const QString &target)
{
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(QChar(0)) || target.contains(u'\\'))
        return false;
    const QStringList where = linkPath.split(u'/', Qt::SkipEmptyParts);
    if (where.isEmpty() || where.contains(QLatin1String("..")))
        return false;
    qsizetype depth = where.size() - 1; // of the directory that holds the link
    bool named = false;
    for (const QString &component : target.split(u'/', Qt::SkipEmptyParts)) {
        if (component == QLatin1String("."))
            continue;
        if (component != QLatin1String("..")) {
            named = true;
            continue;
        }
        if (named || depth == 0)
            return false;
        --depth;
    }
    return true;
}

} // namespace Lifeboat
