#include "DemoCommand.h"

#include "Console.h"
#include "SandboxCommand.h"

#include <DataPaths.h>
#include <ExitCode.h>
#include <HttpClient.h>
#include <Logging.h>
#include <NodeController.h>
#include <SandboxBuilder.h>
#include <SandboxLayout.h>
#include <lifeboat/Version.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Lifeboat {

QString DemoCommand::summary() const
{
    return tr("A headless tour on the training sandbox (built on first use), and how to open the wizard");
}

int DemoCommand::run(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        Console::err() << tr("'lifeboat demo' takes no arguments.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Logging::logger("app")->info("demo started");
    const QString directory = QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("sandbox"));
    Console::out() << tr("Lifeboat %1, headless. Log file: %2").arg(QString::fromLatin1(versionString), Logging::logFilePath())
                   << "\n\n";
    if (!ensureSandbox(directory))
        return toInt(ExitCode::StepFailed);
    QString error;
    const auto profile = ClusterProfile::load(QDir(directory).filePath(SandboxLayout::profileFile()), &error);
    if (!profile) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << tr("Starting the cluster: the primary first, the others once it is up.") << Qt::endl;
    int code = SandboxCommand::startNodes(*profile, {});
    if (code == toInt(ExitCode::Success)) {
        SandboxCommand::printStatus(*profile, {}, false);
        if (!onlineBackup(*profile))
            code = toInt(ExitCode::StepFailed);
    }
    Console::out() << '\n' << tr("Stopping the cluster: secondaries first, the primary last.") << Qt::endl;
    SandboxCommand::stopNodes(*profile, {});
    Console::out() << '\n'
                   << tr("To open the wizard, run 'installer/dev run' from a graphical session, or under a virtual "
                         "display: 'installer/dev exec xvfb-run -a lifeboat'.")
                   << Qt::endl;
    return code;
}

bool DemoCommand::ensureSandbox(const QString &directory)
{
    if (QFileInfo::exists(QDir(directory).filePath(SandboxLayout::profileFile()))) {
        Console::out() << tr("Using the training sandbox in %1.").arg(directory) << Qt::endl;
        return true;
    }
    Console::out() << tr("Building the training sandbox in %1 (once)...").arg(directory) << Qt::endl;
    SandboxBuilder builder(directory, SandboxOptions{});
    if (!builder.create()) {
        Console::err() << builder.errorString() << Qt::endl;
        return false;
    }
    return true;
}

bool DemoCommand::onlineBackup(const ClusterProfile &profile)
{
    const NodeController controller(profile);
    const auto secondaries = profile.nodesWithRole(NodeRole::Secondary);
    if (secondaries.isEmpty())
        return true;
    const NodeProfile &node = *secondaries.first();
    const QString label = QStringLiteral("demo-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString target = QDir(profile.backupRoot).filePath(QStringLiteral("online-") + label);
    Console::out() << '\n' << tr("Entering rolling backup mode, then an online backup of %1's repository to %2.").arg(node.name, target)
                   << Qt::endl;
    const auto entered = controller.enterBackupMode(BackupModeState::Mode::Rolling, label, 60);
    if (!entered.ok) {
        Console::err() << entered.error << Qt::endl;
        return false;
    }
    QDir().mkpath(profile.backupRoot);
    const HttpClient http(node.httpUser, controller.secrets().expand(node.httpPassword));
    QUrl start = node.consoleUrl(QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/op/startBackup/java.lang.String"));
    start.setQuery(QStringLiteral("target=") + QString::fromLatin1(QUrl::toPercentEncoding(target)));
    bool ok = http.post(start).ok();
    const QUrl result = node.consoleUrl(QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/a/BackupResult"));
    const QUrl progress = node.consoleUrl(QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/a/BackupInProgress"));
    for (int i = 0; ok && i < 600; ++i) {
        if (!QJsonDocument::fromJson(http.get(progress).body).object().value(QLatin1String("value")).toBool())
            break;
        QThread::msleep(100);
    }
    const QString outcome = QJsonDocument::fromJson(http.get(result).body).object().value(QLatin1String("value")).toString();
    Console::out() << tr("Online backup: %1").arg(ok ? outcome : tr("could not be started")) << Qt::endl;
    const auto left = controller.leaveBackupMode(BackupModeState::Mode::Rolling);
    Console::out() << tr("Left rolling backup mode.") << Qt::endl;
    return ok && left.ok && outcome.contains(QLatin1String("successfully"));
}

} // namespace Lifeboat
