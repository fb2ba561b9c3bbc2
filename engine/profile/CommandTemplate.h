// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// A command from a cluster profile: an argument list (never a shell line) with
// {placeholders}, such as {node}, {label} or {secret:admin}, and optionally
// an input: text, with the same placeholders, written to the command's
// standard input. Secrets are filled in only by expand() and expandInput();
// display() keeps them hidden for logs, journals and previews.
//
// A secret belongs in the input: every user of a machine can read every
// process's command line there (ps, /proc), but not its standard input.
class CommandTemplate
{
public:
    CommandTemplate() = default;
    explicit CommandTemplate(QStringList arguments, QString input = {})
        : m_arguments(std::move(arguments))
        , m_input(std::move(input))
    {
    }

    bool isEmpty() const { return m_arguments.isEmpty(); }
    const QStringList &arguments() const { return m_arguments; }
    const QString &input() const { return m_input; }

    // True when an argument names a secret ({secret:NAME}, or one of
    // `secretPlaceholders` such as {password}), which would then show in
    // the process list of the machine that runs it.
    bool putsSecretOnCommandLine(const QStringList &secretPlaceholders = {}) const;

    // Placeholders in `values` are replaced; {secret:NAME} via `secret(NAME)`.
    template<typename SecretLookup>
    QStringList expand(const QHash<QString, QString> &values, SecretLookup secret) const
    {
        QStringList expanded;
        for (const QString &argument : m_arguments)
            expanded.append(fill(argument, values, secret));
        return expanded;
    }

    // The input with placeholders and secrets filled in, ending in a line
    // break; empty when the command has none.
    template<typename SecretLookup>
    QByteArray expandInput(const QHash<QString, QString> &values, SecretLookup secret) const
    {
        if (m_input.isEmpty())
            return {};
        const QString filled = fill(m_input, values, secret);
        return (filled.endsWith(u'\n') ? filled : filled + u'\n').toUtf8();
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
    QString m_input;
};

} // namespace Lifeboat
