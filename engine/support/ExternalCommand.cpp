// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ExternalCommand.h"

#include <QFileInfo>
#include <QProcess>

namespace Lifeboat {

ExternalCommand::Result ExternalCommand::run(const QString &program, const QStringList &arguments, int timeoutMs,
                                             const QByteArray &input)
{
    Result result;
    const QString name = QFileInfo(program).fileName();
    QProcess process;
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
