// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/ReportWriter.h>
#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QPainter;

namespace Lifeboat {

// The timeline of a run, drawn with QPainter: one row per step in the order
// they ran, a bar from its start to its end coloured by its result, hatched
// bars where the run waited for a person (a confirmation, a manual step),
// for recovery scenarios the measured recovery time as a band, and below the
// steps one row per node that was down (Downtime), hatched from its stop
// command until it answered again. Times
// run left to right from the start of the run, with a labelled axis in
// seconds or minutes. It needs a QGuiApplication (fonts); it draws on any
// thread.
class TimelineChart
{
    Q_DECLARE_TR_FUNCTIONS(TimelineChart)

public:
    explicit TimelineChart(const RunRecord &record, int width = 880);

    // In logical pixels; render() multiplies by `scale` (2 for crisp print).
    QSize size() const;
    QImage render(qreal scale = 2.0) const;
    void paint(QPainter &painter) const;

private:
    struct Row
    {
        QString label;
        QString result; // a step's result, or empty for a step that never ran
        bool cleanup = false;
        QDateTime start;
        QDateTime end;
        QList<std::pair<QDateTime, QDateTime>> waits; // confirmations and manual steps
        QString waitReason;
        bool inAdvance = false;
        bool downtime = false; // a node's downtime, not a step
    };

    double x(const QDateTime &time) const;
    void paintAxis(QPainter &painter) const;
    void paintRow(QPainter &painter, const Row &row, int top) const;
    void paintRecovery(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    qint64 tickMs() const;

    QList<Row> m_rows;
    std::optional<ReportWriter::RecoveryTime> m_recovery;
    QDateTime m_origin;
    qint64 m_spanMs = 1000;
    int m_width;
};

} // namespace Lifeboat
