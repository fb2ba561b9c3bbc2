// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DemoCommand.h"

#include "CheckCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "RunExecution.h"
#include "SandboxCommand.h"

#include <support/DataPaths.h>
#include <run/OptionNames.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>
#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <cluster/NodeController.h>
#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxLayout.h>
#include <lifeboat/Version.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

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
    Logging::logger(Subsystem::app)->info("demo started");
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
        if (!backUp(*profile))
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

bool DemoCommand::backUp(const ClusterProfile &profile)
{
    const Scenario *scenario = ScenarioRegistry::find(ScenarioIds::backupRolling);
    QString error;
    const QVariantMap options = scenario->completeOptions(profile, {{OptionNames::label, QStringLiteral("demo")}}, &error);
    Console::out() << '\n' << tr("Backing up with no downtime: %1.").arg(scenario->title()) << Qt::endl;
    const NodeController nodes(profile);
    const auto results = Precondition::checkAll(scenario->checks(profile, nodes, options));
    CheckCommand::print(results);
    if (Precondition::blocks(results, false))
        return false;
    FixedConfirmer yes(true); // the training sandbox: nothing here is anyone's production
    Runner runner(profile, scenario->buildPlan(profile, options), &yes);
    if (!runner.begin(DataPaths::runsDirectory())) {
        Console::err() << runner.errorString() << Qt::endl;
        return false;
    }
    return RunExecution::execute(runner) == toInt(ExitCode::Success);
}

} // namespace Lifeboat
