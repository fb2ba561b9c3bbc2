// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Downtime.h>
#include <run/JournalEntry.h>

#include <run/PlanOutline.h>

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Lifeboat {

// A run as its journal tells it: what was planned, which steps started and
// ended how, and whether the run ended. Resume and the run list read runs
// through this; the report is rendered from it.
struct RunRecord
{
    // What the plan said of a step (kind, title, destructive, armedBy), and
    // what happened to it.
    struct StepRecord : PlanOutline::Step
    {
        bool started = false;
        bool ended = false;
        QString result; // a StepResult word
        QString message;
        QDateTime startedAt;
        QDateTime endedAt;
        QJsonArray changes; // each a Change (Change::fromJson)
        QJsonArray log;     // the step's log lines, as strings
        QString leftToDo;   // a failed cleanup step: what a person must do by hand
    };

    QString runId;
    QString directory;
    QString scenario;
    QString profilePath;
    QString clusterName;
    QString user;
    QString host;
    qint64 pid = 0;
    QVariantMap options;
    QDateTime startedAt;
    QDateTime endedAt;
    QList<StepRecord> steps;
    QList<StepRecord> cleanup;
    QList<JournalEntry::Confirmation> confirmations;
    bool ended = false;
    QString result; // a RunResult word
    int resumes = 0;
    Downtime downtime; // from the journal's node-down and node-up entries

    bool isValid() const { return !scenario.isEmpty(); }
    // Ended without a run-end entry: interrupted (or still running elsewhere).
    bool isInterrupted() const { return isValid() && !ended; }
    // The result, or RunResult::interrupted.
    QString state() const;
    // Ended with the result "failed" or "cleanup-failed": resume may try it again.
    bool hasFailed() const;
    // What the failed cleanup steps left for a person to do, in the order
    // they ran; empty when every cleanup step that ran ended well.
    QStringList leftToDo() const;

    static RunRecord load(const QString &runDirectory);
    // Every valid run below `runsDirectory`, newest first; only those of
    // `profilePath` when one is given.
    static QList<RunRecord> list(const QString &runsDirectory, const QString &profilePath = {});
};

} // namespace Lifeboat
