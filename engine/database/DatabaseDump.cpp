// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DatabaseDump.h"

#include <profile/SecretStore.h>

#include <QElapsedTimer>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr int pollMs = 200;
} // namespace

void DatabaseDump::dieWithParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
}

DatabaseDump::Ended DatabaseDump::waitFor(QProcess &process, const DatabaseCallbacks &callbacks, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(pollMs) && process.state() != QProcess::NotRunning) {
        const bool cancelled = callbacks.cancelled();
        if (cancelled || (timeoutMs >= 0 && clock.elapsed() > timeoutMs)) {
            process.kill();
            process.waitForFinished(-1);
            return cancelled ? Ended::Cancelled : Ended::TimedOut;
        }
    }
    return Ended::Finished;
}

QString DatabaseDump::asSentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

QString DatabaseDump::cancelled()
{
    return tr("Cancelled by the user.");
}

bool DatabaseDump::checkProfile(const DatabaseProfile &database, const SecretStore &secrets, QString *password, QString *error)
{
    if (database.database.isEmpty()) {
        *error = tr("The profile names no database for %1. Set its \"database\" and check again.").arg(database.name);
        return false;
    }
    QString secretError;
    *password = database.password.isEmpty() ? QString() : secrets.expand(database.password, &secretError);
    if (!secretError.isEmpty()) {
        *error = tr("Cannot reach the %1 database: %2").arg(database.name, secretError);
        return false;
    }
    return true;
}

QString DatabaseDump::server(const DatabaseProfile &database)
{
    if (!database.socket.isEmpty())
        return database.socket;
    const QString host = database.host.isEmpty() ? QStringLiteral("localhost") : database.host;
    return database.port > 0 ? QStringLiteral("%1:%2").arg(host).arg(database.port) : host;
}

} // namespace Lifeboat
