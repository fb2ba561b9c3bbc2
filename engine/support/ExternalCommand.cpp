// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ExternalCommand.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <unistd.h>

namespace Lifeboat {

ExternalCommand::Result ExternalCommand::run(const QString &program, const QStringList &arguments, int timeoutMs,
                                             const QByteArray &input)
{
    return run(program, arguments, timeoutMs, input, false);
}

ExternalCommand::Result ExternalCommand::runUnattended(const QString &program, const QStringList &arguments, int timeoutMs,
                                                       const QByteArray &input)
{
    return run(program, arguments, timeoutMs, input, true);
}

ExternalCommand::Result ExternalCommand::run(const QString &program, const QStringList &arguments, int timeoutMs,
                                             const QByteArray &input, bool unattended)
{
    Result result;
    const QString name = QFileInfo(program).fileName();
    QProcess process;
    if (unattended) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("never"));
        process.setProcessEnvironment(environment);
        // No controlling terminal: nothing can open /dev/tty to ask.
        process.setChildProcessModifier([] { ::setsid(); });
    }
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.error = tr("Cannot run %1: %2").arg(name, process.errorString());
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        result.timedOut = true;
        result.error = tr("%1 did not finish within %2 seconds.").arg(name).arg((timeoutMs + 999) / 1000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.error = tr("%1 crashed.").arg(name);
    } else {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString ExternalCommand::firstError(const Result &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const QString err = QString::fromUtf8(result.err).trimmed();
    const QString said = err.isEmpty() ? QString::fromUtf8(result.out).trimmed() : err;
    return said.section(u'\n', 0, 0).trimmed();
}

} // namespace Lifeboat
