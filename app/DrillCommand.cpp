// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <DrillDebrief.h>
#include <drills/DrillCatalog.h>
#include <drills/DrillSession.h>
#include <profile/ClusterProfile.h>
#include <run/Downtime.h>
#include <run/RunRecord.h>
#include <sandbox/SandboxLayout.h>
#include <support/DataPaths.h>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QRandomGenerator>

namespace Lifeboat {

namespace {
int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << DrillCommand::tr("Run 'lifeboat drill --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}

QString clock(qint64 seconds)
{
    return Downtime::format(seconds * 1000);
}
} // namespace

QString DrillCommand::summary() const
{
    return tr("Training drills on the sandbox: a hidden fault, a clock, and a score");
}

QString DrillCommand::description() const
{
    return tr("'list' shows the drills. 'start --sandbox DIR --drill ID' (or --random, with --seed K to repeat one) "
              "takes a backup if the sandbox has none, breaks the sandbox as the drill says without naming the fault, "
              "and starts the clock. The trainee recovers it with the usual commands or the wizard; 'status' shows the "
              "story and the clock, 'finish' judges the result point by point and files it; 'reset' puts the sandbox "
              "back as it was before the drill and forgets it; 'history' lists the finished drills.");
}

void DrillCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, start, status, finish, reset or history"));
    parser.addOption({QStringLiteral("sandbox"), tr("The training sandbox's directory."), tr("dir")});
    parser.addOption({QStringLiteral("drill"), tr("start: the drill to run (see 'lifeboat drill list')."), tr("id")});
    parser.addOption({QStringLiteral("random"), tr("start: a drill chosen at random.")});
    parser.addOption({QStringLiteral("seed"), tr("start: the seed that picks the drill (with --random) and the nodes it hits."),
                      tr("number")});
}

int DrillCommand::execute(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("list"))
        return list();
    if (action == QLatin1String("history"))
        return history();
    if (!QStringList{QStringLiteral("start"), QStringLiteral("status"), QStringLiteral("finish"), QStringLiteral("reset")}
             .contains(action))
        return usageError(tr("Say what to do: 'lifeboat drill list|start|status|finish|reset|history'."));
    if (!parser.isSet(QStringLiteral("sandbox")))
        return usageError(tr("'drill %1' needs --sandbox DIR.").arg(action));
    QString error;
    const auto sandbox = ClusterProfile::load(
        QDir(parser.value(QStringLiteral("sandbox"))).filePath(SandboxLayout::profileFile()), &error);
    if (!sandbox)
        return usageError(error);
    if (action == QLatin1String("start"))
        return start(*sandbox, parser);
    if (action == QLatin1String("reset"))
        return reset(*sandbox);
    return action == QLatin1String("status") ? status(*sandbox) : finish(*sandbox);
}

int DrillCommand::list() const
{
    for (const Drill &drill : DrillCatalog::all())
        Console::out() << QStringLiteral("%1  %2  %3  %4\n")
                              .arg(drill.id, -20)
                              .arg(QString(drill.difficulty, u'*'), -3)
                              .arg(clock(drill.targetSeconds), drill.titleText());
    Console::out().flush();
    return toInt(ExitCode::Success);
}

// A drill restores from the sandbox's own sets: take what it lacks now,
// before the clock starts.
bool DrillCommand::ensureSets(const ClusterProfile &sandbox, const Drill &drill) const
{
    DrillSession session(sandbox);
    while (session.sets(drill).size() < DrillSession::setsNeeded(drill)) {
        Console::out() << tr("Taking a backup of the sandbox for the drill...") << Qt::endl;
        if (!session.takeBackup(drill, DataPaths::runsDirectory())) {
            Console::err() << session.errorString() << Qt::endl;
            return false;
        }
    }
    return true;
}

int DrillCommand::start(const ClusterProfile &sandbox, const QCommandLineParser &parser) const
{
    if (DrillRecord::current(sandbox.directory()))
        return usageError(tr("A drill is already running on %1. Finish it first ('lifeboat drill finish --sandbox %1').")
                              .arg(sandbox.directory()));
    bool seedOk = true;
    const quint32 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                                                              : QRandomGenerator::global()->generate();
    if (!seedOk)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295."));
    const Drill *drill = nullptr;
    if (parser.isSet(QStringLiteral("random")))
        drill = &DrillSession(sandbox).pick(seed);
    else if (!(drill = DrillCatalog::find(parser.value(QStringLiteral("drill")))))
        return usageError(tr("Give a drill with --drill ID (see 'lifeboat drill list') or --random."));
    if (const QString why = DrillSession(sandbox).unsuitable(*drill); !why.isEmpty())
        return usageError(why);
    if (!ensureSets(sandbox, *drill)) {
        Console::err() << tr("The sandbox could not be backed up, so the drill did not start. Nothing was broken.") << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    DrillSession session(sandbox);
    const auto record = session.start(*drill, seed);
    if (!record) {
        Console::err() << session.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << drill->titleText() << "\n\n"
                   << drill->storyText() << "\n\n"
                   << tr("The clock is running (target %1). When the cluster is back, run 'lifeboat drill finish --sandbox %2'.")
                          .arg(clock(drill->targetSeconds), sandbox.directory())
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

int DrillCommand::status(const ClusterProfile &sandbox) const
{
    const auto record = DrillRecord::current(sandbox.directory());
    const Drill *drill = record ? DrillCatalog::find(record->drillId) : nullptr;
    if (!drill) {
        Console::out() << tr("No drill is running on %1.").arg(sandbox.directory()) << Qt::endl;
        return toInt(ExitCode::Success);
    }
    Console::out() << drill->titleText() << "\n\n"
                   << drill->storyText() << "\n\n"
                   << tr("Running for %1 (target %2).")
                          .arg(clock(record->startedAt.secsTo(QDateTime::currentDateTimeUtc())), clock(drill->targetSeconds))
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

void DrillCommand::printScore(const Drill &drill, const DrillRecord &record)
{
    Console::out() << tr("%1: %2 of %3 points").arg(drill.titleText()).arg(record.score->total()).arg(record.score->outOf())
                   << "\n\n";
    for (const DrillScore::Point &point : record.score->points)
        Console::out() << QStringLiteral("%1/%2  %3: %4\n").arg(point.got, 2).arg(point.of, -2).arg(point.title, point.why);
    Console::out() << '\n'
                   << tr("Model answer: %1").arg(drill.modelAnswerText(record.nodes.value(0), record.goodSet)) << '\n';
    Console::out().flush();
}

int DrillCommand::finish(const ClusterProfile &sandbox) const
{
    const auto running = DrillRecord::current(sandbox.directory());
    if (!running)
        return usageError(tr("No drill is running on %1.").arg(sandbox.directory()));
    DrillSession session(sandbox);
    const auto finished = session.finish(*running);
    if (!finished) {
        Console::err() << session.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    const Drill &drill = *DrillCatalog::find(finished->drillId);
    printScore(drill, *finished);
    // The debrief, for the trainee and the trainer to go through together.
    const DrillDebrief debrief(drill, *finished, RunRecord::list(DataPaths::runsDirectory(), sandbox.filePath));
    QString error;
    if (!debrief.writeFiles(&error)) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << tr("Debrief: %1 (and %2)").arg(debrief.htmlFile(), debrief.pdfFile()) << Qt::endl;
    return toInt(ExitCode::Success);
}

int DrillCommand::reset(const ClusterProfile &sandbox) const
{
    const auto running = DrillRecord::current(sandbox.directory());
    if (!running)
        return usageError(tr("No drill is running on %1.").arg(sandbox.directory()));
    DrillSession session(sandbox);
    if (!session.reset(*running)) {
        Console::err() << session.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << tr("The sandbox is as it was before the drill, its nodes running. What the drill left is in %1.")
                          .arg(session.drillFolders().join(QStringLiteral(", ")))
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

int DrillCommand::history() const
{
    const QList<DrillRecord> records = DrillRecord::history();
    if (records.isEmpty())
        Console::out() << tr("No drill has been finished yet.") << '\n';
    for (const DrillRecord &record : records) {
        const Drill *drill = DrillCatalog::find(record.drillId);
        Console::out() << QStringLiteral("%1  %2  %3/%4  %5\n")
                              .arg(QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat), -18)
                              .arg(record.drillId, -20)
                              .arg(record.score ? record.score->total() : 0)
                              .arg(record.score ? record.score->outOf() : 0)
                              .arg(drill ? drill->titleText() : QString());
    }
    Console::out().flush();
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
