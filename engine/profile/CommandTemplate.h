// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// A command from a cluster profile: an argument list (never a shell line) with
// {placeholders}, such as {node}, {label} or {secret:admin}. Secrets are
// filled in only by expand(); display() keeps them hidden for logs, journals
// and previews.
class CommandTemplate
{
public:
    CommandTemplate() = default;
    explicit CommandTemplate(QStringList arguments)
        : m_arguments(std::move(arguments))
    {
    }

    bool isEmpty() const { return m_arguments.isEmpty(); }
    const QStringList &arguments() const { return m_arguments; }

    // Placeholders in `values` are replaced; {secret:NAME} via `secret(NAME)`.
    template<typename SecretLookup>
    QStringList expand(const QHash<QString, QString> &values, SecretLookup secret) const
    {
        QStringList expanded;
        for (const QString &argument : m_arguments)
            expanded.append(fill(argument, values, secret));
        return expanded;
    }

    // The command as it may be shown to people: secrets as "{secret:NAME}".
    QString display(const QHash<QString, QString> &values) const;

private:
    template<typename SecretLookup>
    static QString fill(QString argument, const QHash<QString, QString> &values, SecretLookup secret)
    {
        argument = fillValues(argument, values);
        qsizetype start = 0;
        while ((start = argument.indexOf(QLatin1String("{secret:"), start)) >= 0) {
            const qsizetype end = argument.indexOf(u'}', start);
            if (end < 0)
                break;
            const QString value = secret(argument.mid(start + 8, end - start - 8));
            argument.replace(start, end - start + 1, value);
            start += value.size();
        }
        return argument;
    }
    static QString fillValues(QString argument, const QHash<QString, QString> &values);

    QStringList m_arguments;
};

} // namespace Lifeboat
