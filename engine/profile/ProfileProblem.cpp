// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileProblem.h"

#include <QStringList>

namespace Lifeboat {

QString ProfileProblem::text() const
{
    QString result = message;
    if (!suggestion.isEmpty())
        result += u' ' + tr("Did you mean \"%1\"?").arg(suggestion);
    if (!isError())
        result = tr("warning: %1").arg(result);
    return result;
}

QString ProfileProblem::toString(const QString &file) const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!keyPath.isEmpty())
        where += QStringLiteral(": ") + keyPath;
    return where + QStringLiteral(": ") + text();
}

bool ProfileProblem::hasErrors(const QList<ProfileProblem> &problems)
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const ProfileProblem &problem) { return problem.isError(); });
}

QString ProfileProblem::describe(const QString &file, const QList<ProfileProblem> &problems)
{
    QStringList lines;
    for (const ProfileProblem &problem : problems)
        lines.append(problem.toString(file));
    return lines.join(u'\n');
}

} // namespace Lifeboat
