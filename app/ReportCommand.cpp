// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReportCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "RunsCommand.h"

#include <ReportRenderer.h>

#include <QCommandLineParser>
#include <QDir>

namespace Lifeboat {

QString ReportCommand::summary() const
{
    return tr("Write a run's report again, as HTML (with its timeline) or PDF");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("run"), tr("The run: its id (see 'lifeboat runs') or its directory."),
                                 tr("RUN"));
    parser.addOption({QStringLiteral("html"), tr("Write the report as HTML to this file."), tr("file")});
    parser.addOption({QStringLiteral("pdf"), tr("Write the report as PDF to this file."), tr("file")});
    parser.addOption(RunsCommand::runsDirectoryOption());
}

int ReportCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::err() << tr("Name one run: its id (see 'lifeboat runs') or its directory.") << '\n'
                       << tr("Run 'lifeboat report --help' for its options.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString runsDirectory = RunsCommand::runsDirectory(parser);
    const RunRecord record = ReportRenderer::findRun(positional.first(), runsDirectory);
    if (!record.isValid()) {
        Console::err() << tr("No run '%1': it is neither a run directory nor the id of a run in %2. "
                             "'lifeboat runs' lists the runs.")
                              .arg(positional.first(), runsDirectory)
                       << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    QString error;
    QStringList written;
    if (parser.isSet(QStringLiteral("html"))) {
        if (!ReportRenderer::writeHtml(record, parser.value(QStringLiteral("html")), &error)) {
            Console::err() << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        written << parser.value(QStringLiteral("html"));
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        if (!ReportRenderer::writePdf(record, parser.value(QStringLiteral("pdf")), &error)) {
            Console::err() << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        written << parser.value(QStringLiteral("pdf"));
    }
    if (written.isEmpty()) {
        if (!ReportRenderer::refresh(record.directory, &error)) {
            Console::err() << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        written << QDir(record.directory).filePath(QStringLiteral("report.html"));
    }
    for (const QString &path : std::as_const(written))
        Console::out() << tr("Report: %1").arg(path) << '\n';
    Console::out().flush();
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
