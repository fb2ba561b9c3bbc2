// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SecondaryFolder.h"

#include <QDir>
#include <QRegularExpression>

namespace Lifeboat {

QString SecondaryFolder::in(const QString &repository)
{
    for (const QString &name : QDir(repository).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isName(name))
            return QDir(repository).filePath(name);
    }
    return {};
}

bool SecondaryFolder::isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^crx\\.\\d+$"));
    return pattern.match(name).hasMatch();
}

} // namespace Lifeboat
