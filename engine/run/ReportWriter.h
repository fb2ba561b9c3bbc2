// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lifeboat {

// Renders a run's report from its journal: report.json for tools and
// report.html for people who were not there. Both are written whole
// (QSaveFile), after every run and every resume. The engine draws no
// pictures: the timeline chart is drawn by the report library (Qt Gui),
// which passes it in through HtmlOptions and rewrites report.html.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // A moment the run stood still for a person: a confirmation before a
    // step that changes the cluster, or a manual step to be done and
    // confirmed. asked == answered when the answer was given in advance.
    struct PersonWait
    {
        int stepIndex = -1;
        QString title;
        QString reason; // JournalEntry::reasonWord(): "destructive" or "manual"
        QString answer; // JournalEntry::answerWord(): "yes" or "no"
        QString by;
        bool inAdvance = false;
        QDateTime asked;
        QDateTime answered;
        qint64 waitedMs = 0;
    };

    // For recovery scenarios: from the start of the first step that changed
    // something (when that step is manual, from when the run asked for it:
    // the person's work is the change) to the end of the last main step that
    // ran.
    struct RecoveryTime
    {
        int firstStep = -1;
        int lastStep = -1;
        QDateTime from;
        QDateTime to;
        qint64 recoveryMs = 0;
        qint64 waitingMs = 0; // of recoveryMs, waiting for a person
        qint64 totalMs = 0;   // the whole run, checks and cleanup included
    };

    struct HtmlOptions
    {
        QString chartSource; // an <img> source for the timeline; none when empty
        int chartWidth = 0;  // in CSS pixels
        int chartHeight = 0;
        bool includeLogs = true; // the steps' log lines (folded), left out on paper
    };

    [[nodiscard]] static bool write(const QString &runDirectory, QString *error);
    [[nodiscard]] static bool save(const QString &path, const QByteArray &data, QString *error);

    static QJsonObject toJson(const RunRecord &record);
    static QString toHtml(const RunRecord &record, const HtmlOptions &options);
    static QString toHtml(const RunRecord &record) { return toHtml(record, HtmlOptions()); }

    static QList<PersonWait> personWaits(const RunRecord &record);
    // Where a node still down is counted to: the run's end, or now while it runs.
    static QDateTime downtimeEnd(const RunRecord &record);
    static bool isRecoveryScenario(const QString &scenarioId);
    static std::optional<RecoveryTime> recoveryTime(const RunRecord &record);

    // Words for people: "2026-11-25 14:03:07 CET (UTC+01:00)", "4 min 05 s".
    static QString localTime(const QDateTime &time);
    static QString timeZone(const QDateTime &time); // "CET, UTC+01:00" (the local zone at that moment)
    static QString duration(qint64 ms);
    static QString resultText(const QString &result);
    static qint64 durationMs(const RunRecord::StepRecord &step);
    static QString stepResult(const RunRecord::StepRecord &step);
    // The clean-up steps in the order they ran (the last one armed runs
    // first), then those that never ran in the order they would have. The
    // report numbers them C1, C2… in this order.
    static QList<RunRecord::StepRecord> cleanupInRunOrder(const RunRecord &record);
};

} // namespace Lifeboat
