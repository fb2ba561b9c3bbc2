// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunRecord.h"

#include <run/Journal.h>
#include <run/RunResult.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Lifeboat {

namespace {

QList<RunRecord::StepRecord> outlineSteps(const QList<PlanOutline::Step> &outline)
{
    QList<RunRecord::StepRecord> steps;
    for (const PlanOutline::Step &planned : outline)
        steps.append(RunRecord::StepRecord{planned});
    return steps;
}

// The step an entry is about, or null for an index the plan does not have.
RunRecord::StepRecord *stepOf(RunRecord &record, JournalEntry::Phase phase, int index)
{
    auto &list = phase == JournalEntry::Phase::Cleanup ? record.cleanup : record.steps;
    return index >= 0 && index < list.size() ? &list[index] : nullptr;
}

void apply(RunRecord &record, const JournalEntry &entry)
{
    if (const auto *run = entry.as<JournalEntry::RunStart>()) {
        record.scenario = run->scenario;
        record.profilePath = run->profilePath;
        record.clusterName = run->cluster;
        record.user = run->user;
        record.host = run->host;
        record.pid = run->pid;
        record.options = run->options;
        record.startedAt = run->time;
        record.steps = outlineSteps(run->plan.steps);
        record.cleanup = outlineSteps(run->plan.cleanup);
    } else if (const auto *resume = entry.as<JournalEntry::Resume>()) {
        ++record.resumes;
        record.pid = resume->pid;
        record.ended = false; // a failed run tried again is running again
    } else if (const auto *start = entry.as<JournalEntry::StepStart>()) {
        if (RunRecord::StepRecord *step = stepOf(record, start->phase, start->index)) {
            step->started = true;
            step->ended = false;
            step->startedAt = start->time;
        }
    } else if (const auto *end = entry.as<JournalEntry::StepEnd>()) {
        if (RunRecord::StepRecord *step = stepOf(record, end->phase, end->index)) {
            step->ended = true;
            step->endedAt = end->time;
            step->result = end->result;
            step->message = end->message;
            step->changes = {};
            for (const Change &change : end->changes)
                step->changes.append(change.toJson());
            step->log = QJsonArray::fromStringList(end->log);
            step->leftToDo = end->leftToDo;
        }
    } else if (const auto *confirmation = entry.as<JournalEntry::Confirmation>()) {
        record.confirmations.append(*confirmation);
    } else if (const auto *down = entry.as<JournalEntry::NodeDown>()) {
        record.downtime.down(down->node, down->time);
    } else if (const auto *up = entry.as<JournalEntry::NodeUp>()) {
        record.downtime.up(up->node, up->time);
    } else if (const auto *runEnd = entry.as<JournalEntry::RunEnd>()) {
        record.ended = true;
        record.endedAt = runEnd->time;
        record.result = runEnd->result;
    }
}

} // namespace

QString RunRecord::state() const
{
    if (!ended)
        return RunResult::interrupted;
    return result;
}

bool RunRecord::hasFailed() const
{
    return ended && (result == RunResult::failed || result == RunResult::cleanupFailed);
}

QStringList RunRecord::leftToDo() const
{
    QList<const StepRecord *> failed;
    for (const StepRecord &step : cleanup) {
        if (step.ended && step.result == StepResult::failed)
            failed.append(&step);
    }
    // Cleanup steps run last-armed first.
    std::sort(failed.begin(), failed.end(), [](const StepRecord *a, const StepRecord *b) { return a->startedAt < b->startedAt; });
    QStringList todo;
    for (const StepRecord *step : std::as_const(failed))
        todo.append(step->leftToDo.isEmpty() ? step->message : step->leftToDo);
    return todo;
}

RunRecord RunRecord::load(const QString &runDirectory)
{
    RunRecord record;
    record.directory = runDirectory;
    record.runId = QDir(runDirectory).dirName();
    for (const JournalEntry &entry : Journal::read(QDir(runDirectory).filePath(Journal::fileName())))
        apply(record, entry);
    return record;
}

QList<RunRecord> RunRecord::list(const QString &runsDirectory, const QString &profilePath)
{
    QList<RunRecord> runs;
    const QString wanted = profilePath.isEmpty() ? QString() : QFileInfo(profilePath).absoluteFilePath();
    const QDir directory(runsDirectory);
    for (const QString &entry : directory.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        RunRecord record = load(directory.filePath(entry));
        if (record.isValid() && (wanted.isEmpty() || record.profilePath == wanted))
            runs.append(record);
    }
    return runs;
}

} // namespace Lifeboat
