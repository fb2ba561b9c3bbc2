// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lifeboat::Testing {

// Runs the real programs the way a user or a script does, with no display.
struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CommandRunner
{
public:
    explicit CommandRunner(QString home);

    CommandResult lifeboat(const QStringList &arguments) const;
    CommandResult node(const QStringList &arguments) const;
    CommandResult run(const QString &program, const QStringList &arguments, int timeoutMs = 120000) const;
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void unsetEnvironment(const QString &name) { m_environment.remove(name); }
    // What the programs run with, for a test that starts one itself (to act while it runs).
    const QProcessEnvironment &environment() const { return m_environment; }

    static QString binary(const QString &name);

private:
    QProcessEnvironment m_environment;
};

} // namespace Lifeboat::Testing
