// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunsCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <support/DataPaths.h>
#include <support/DisplayWords.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lifeboat {

QString RunsCommand::summary() const
{
    return tr("List runs and their state (interrupted ones can be resumed)");
}

QCommandLineOption RunsCommand::runsDirectoryOption()
{
    return {QStringLiteral("report-dir"), tr("Where runs are kept (default: %1).").arg(DataPaths::runsDirectory()), tr("dir")};
}

QString RunsCommand::runsDirectory(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("report-dir")) ? parser.value(QStringLiteral("report-dir")) : DataPaths::runsDirectory();
}

void RunsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("profile"), tr("Only runs on this cluster profile."), tr("file")});
    parser.addOption(RunsCommand::runsDirectoryOption());
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int RunsCommand::execute(const QCommandLineParser &parser)
{
    const QString directory = RunsCommand::runsDirectory(parser);
    const QList<RunRecord> runs = RunRecord::list(directory, parser.value(QStringLiteral("profile")));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunRecord &run : runs)
            array.append(QJsonObject{{QStringLiteral("runId"), run.runId}, {QStringLiteral("scenario"), run.scenario},
                                     {QStringLiteral("cluster"), run.clusterName}, {QStringLiteral("state"), run.state()},
                                     {QStringLiteral("start"), run.startedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("directory"), run.directory}});
        Console::out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return toInt(ExitCode::Success);
    }
    if (runs.isEmpty())
        Console::out() << tr("No runs in %1.").arg(directory) << '\n';
    qsizetype stateWidth = 0;
    for (const RunRecord &run : runs)
        stateWidth = std::max(stateWidth, DisplayWords::result(run.state()).size());
    for (const RunRecord &run : runs)
        Console::out() << QStringLiteral("%1  %2  %3  %4\n").arg(run.runId, -44)
                              .arg(DisplayWords::result(run.state()), -int(stateWidth)).arg(run.clusterName, run.scenario);
    Console::out().flush();
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
