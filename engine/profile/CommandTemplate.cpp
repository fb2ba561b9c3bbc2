// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandTemplate.h"

namespace Lifeboat {

QString CommandTemplate::fillValues(QString argument, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        argument.replace(u'{' + it.key() + u'}', it.value());
    return argument;
}

bool CommandTemplate::putsSecretOnCommandLine(const QStringList &secretPlaceholders) const
{
    for (const QString &argument : m_arguments) {
        if (argument.contains(QLatin1String("{secret:")))
            return true;
        for (const QString &name : secretPlaceholders) {
            if (argument.contains(u'{' + name + u'}'))
                return true;
        }
    }
    return false;
}

QString CommandTemplate::display(const QHash<QString, QString> &values) const
{
    QStringList shown;
    for (const QString &argument : m_arguments) {
        QString filled = fillValues(argument, values);
        shown.append(filled.contains(u' ') ? u'"' + filled + u'"' : filled);
    }
    return shown.join(u' ');
}

} // namespace Lifeboat
