// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandRunner.h"

#include <QProcess>

namespace Lifeboat::Testing {

CommandRunner::CommandRunner(QString home)
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

QString CommandRunner::binary(const QString &name)
{
    return QStringLiteral(LIFEBOAT_BIN_DIR "/") + name;
}

CommandResult CommandRunner::lifeboat(const QStringList &arguments) const
{
    return run(binary(QStringLiteral("lifeboat")), arguments);
}

CommandResult CommandRunner::node(const QStringList &arguments) const
{
    return run(binary(QStringLiteral("lifeboat-node")), arguments);
}

CommandResult CommandRunner::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Lifeboat::Testing
