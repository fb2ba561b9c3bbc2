#include "DatabaseDump.h"

#include <cluster/NodeController.h>
#include <run/StepContext.h>

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Lifeboat {

void DatabaseDump::dieWithParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
}

QString DatabaseDump::asSentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

bool DatabaseDump::checkProfile(StepContext &context, const DatabaseProfile &database, QString *password)
{
    if (database.database.isEmpty())
        return context.fail(tr("The profile names no database for %1. Set its \"database\" and check again.").arg(database.name));
    QString secretError;
    *password = database.password.isEmpty() ? QString() : context.nodes().secrets().expand(database.password, &secretError);
    if (!secretError.isEmpty())
        return context.fail(tr("Cannot reach the %1 database: %2").arg(database.name, secretError));
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
