// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TimelineChart.h"

#include <run/RunResult.h>

#include <QLocale>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Lifeboat {

namespace {

constexpr int labelWidth = 290;
constexpr int rightMargin = 76; // room for the duration after the last bar
constexpr int headerHeight = 46;
constexpr int rowHeight = 24;
constexpr int recoveryHeight = 30;
constexpr int legendHeight = 64;

const QColor textColor(0x1d, 0x29, 0x39);
const QColor gridColor(0xe4, 0xe7, 0xec);
const QColor doneColor(0x12, 0xb7, 0x6a);
const QColor cleanupColor(0x2e, 0x90, 0xfa);
const QColor failedColor(0xd9, 0x2d, 0x20);
const QColor stoppedColor(0xf7, 0x90, 0x09);
const QColor interruptedColor(0x98, 0xa2, 0xb3);
const QColor confirmColor(0xdc, 0x68, 0x03);
const QColor manualColor(0x7a, 0x5a, 0xf8);
const QColor recoveryColor(0x2e, 0x90, 0xfa);
const QColor downtimeColor(0xb4, 0x23, 0x18);

QColor colorOf(const QString &result, bool cleanup)
{
    if (result == StepResult::ok)
        return cleanup ? cleanupColor : doneColor;
    if (result == StepResult::failed)
        return failedColor;
    if (result == StepResult::cancelled || result == StepResult::declined)
        return stoppedColor;
    return interruptedColor;
}

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QString shortDuration(qint64 ms)
{
    if (ms >= 1000 && ms < 60'000)
        return TimelineChart::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10'000 ? 1 : 0));
    return ReportWriter::duration(ms);
}

void hatchedBar(QPainter &painter, const QRectF &rect, const QColor &color)
{
    painter.setPen(QPen(color, 1));
    painter.setBrush(QBrush(color, Qt::BDiagPattern));
    painter.drawRect(rect);
    painter.setBrush(QColor(color.red(), color.green(), color.blue(), 40));
    painter.drawRect(rect);
}

} // namespace

TimelineChart::TimelineChart(const RunRecord &record, int width)
    : m_recovery(ReportWriter::recoveryTime(record))
    , m_width(width)
{
    m_origin = record.startedAt;
    QDateTime last = record.ended ? record.endedAt : record.startedAt;
    const QList<ReportWriter::PersonWait> waits = ReportWriter::personWaits(record);
    for (int i = 0; i < record.steps.size(); ++i) {
        const RunRecord::StepRecord &step = record.steps[i];
        Row row{tr("%1. %2").arg(i + 1).arg(step.title), step.started ? ReportWriter::stepResult(step) : QString(),
                false, step.startedAt, step.endedAt, {}, {}, false};
        for (const ReportWriter::PersonWait &wait : waits) {
            if (wait.stepIndex != i)
                continue;
            row.waits.append({wait.asked, wait.answered});
            row.waitReason = wait.reason;
            row.inAdvance = wait.inAdvance;
            if (!step.started && wait.answer != QLatin1String("yes"))
                row.result = QStringLiteral("declined");
            last = std::max(last, wait.answered);
        }
        last = std::max({last, step.startedAt, step.endedAt});
        m_rows.append(row);
    }
    const QList<RunRecord::StepRecord> cleanup = ReportWriter::cleanupInRunOrder(record);
    for (int i = 0; i < cleanup.size(); ++i) {
        const RunRecord::StepRecord &step = cleanup[i];
        if (!step.started)
            continue; // never armed: nothing to clean up
        m_rows.append({tr("C%1. %2").arg(i + 1).arg(step.title), ReportWriter::stepResult(step), true, step.startedAt,
                       step.endedAt, {}, {}, false});
        last = std::max({last, step.startedAt, step.endedAt});
    }
    for (const Downtime::Interval &interval : record.downtime.intervals()) {
        Row row{tr("%1 down").arg(interval.node), StepResult::ok, false, interval.downAt, interval.upAt, {}, {}, false, true};
        if (interval.isOpen())
            row.result = QString(); // still down: to the end of the chart
        m_rows.append(row);
        last = std::max({last, interval.downAt, interval.upAt});
    }
    // Steps never ended (a crash) run to the last thing the journal saw.
    for (Row &row : m_rows) {
        if (row.start.isValid() && !row.end.isValid())
            row.end = last;
    }
    // The axis ends on a round tick, so that its last label marks the end.
    m_spanMs = std::max<qint64>(200, m_origin.msecsTo(last));
    const qint64 tick = tickMs();
    m_spanMs = (m_spanMs + tick - 1) / tick * tick;
}

QSize TimelineChart::size() const
{
    return {m_width, headerHeight + int(m_rows.size()) * rowHeight + (m_recovery ? recoveryHeight : 8) + legendHeight};
}

QImage TimelineChart::render(qreal scale) const
{
    const QSize logical = size();
    QImage image(logical * scale, QImage::Format_RGB32); // opaque: the PNG needs no alpha
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter);
    return image;
}

double TimelineChart::x(const QDateTime &time) const
{
    const double plotWidth = m_width - labelWidth - rightMargin;
    return labelWidth + plotWidth * double(m_origin.msecsTo(time)) / double(m_spanMs);
}

qint64 TimelineChart::tickMs() const
{
    // A round step that gives at most eight labels across the plot.
    for (const qint64 ms : {100, 200, 500, 1000, 2000, 5000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000, 900'000,
                            1'800'000, 3'600'000, 7'200'000, 14'400'000}) {
        if (m_spanMs / ms <= 8)
            return ms;
    }
    return 28800'000;
}

void TimelineChart::paint(QPainter &painter) const
{
    painter.setFont(chartFont(12, true));
    painter.setPen(textColor);
    painter.drawText(QRectF(8, 4, m_width - 16, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Time since the run started at %1").arg(ReportWriter::localTime(m_origin)));
    paintAxis(painter);
    for (int i = 0; i < m_rows.size(); ++i)
        paintRow(painter, m_rows[i], headerHeight + i * rowHeight);
    paintRecovery(painter);
    paintLegend(painter);
}

void TimelineChart::paintAxis(QPainter &painter) const
{
    const int bottom = headerHeight + int(m_rows.size()) * rowHeight;
    const qint64 step = tickMs();
    painter.setFont(chartFont(11));
    for (qint64 ms = 0; ms <= m_spanMs; ms += step) {
        const double at = x(m_origin.addMSecs(ms));
        painter.setPen(QPen(gridColor, 1));
        painter.drawLine(QPointF(at, headerHeight - 4), QPointF(at, bottom));
        painter.setPen(textColor);
        const QString label = ms == 0      ? tr("0")
                            : step < 1000  ? tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1))
                            : step < 60'000 ? tr("%1 s").arg(ms / 1000)
                                           : tr("%1 min").arg(ms / 60'000.0, 0, 'g', 3);
        painter.drawText(QRectF(at - 40, 24, 80, 16), Qt::AlignCenter, label);
    }
    painter.setPen(QPen(textColor, 1));
    painter.drawLine(QPointF(labelWidth, bottom), QPointF(m_width - rightMargin, bottom));
}

void TimelineChart::paintRow(QPainter &painter, const Row &row, int top) const
{
    if ((top - headerHeight) / rowHeight % 2 == 1)
        painter.fillRect(QRectF(0, top, m_width, rowHeight), QColor(0xf9, 0xfa, 0xfb));
    painter.setFont(chartFont(12));
    painter.setPen(row.result.isEmpty() && !row.downtime ? interruptedColor : textColor);
    const QFontMetrics metrics(painter.font());
    painter.drawText(QRectF(8, top, labelWidth - 16, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(row.label, Qt::ElideRight, labelWidth - 16));
    const QRectF band(0, top + 5, 0, rowHeight - 10);
    double barEnd = labelWidth;
    if (row.downtime) {
        const double left = x(row.start);
        const double right = std::max(x(row.end), left + 3);
        hatchedBar(painter, QRectF(left, band.top(), right - left, band.height()), downtimeColor);
        painter.setFont(chartFont(11, true));
        painter.setPen(downtimeColor);
        // To the chart's own precision, like the steps' bars (a swap may take under a second).
        const QString time = shortDuration(row.start.msecsTo(row.end));
        const QString text = row.result.isEmpty() ? tr("%1 · still down").arg(time) : time;
        painter.drawText(QRectF(right + 5, top, m_width - right - 5, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        return;
    }
    if (row.start.isValid()) {
        const double left = x(row.start);
        const double right = std::max(x(row.end), left + 3);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorOf(row.result, row.cleanup));
        painter.drawRoundedRect(QRectF(left, band.top(), right - left, band.height()), 2, 2);
        barEnd = std::max(barEnd, right);
    }
    for (const auto &[asked, answered] : row.waits) {
        const QColor color = row.waitReason == QLatin1String("manual") ? manualColor : confirmColor;
        const double left = x(asked);
        if (asked.msecsTo(answered) < 50 && row.inAdvance) {
            // Confirmed in advance (--yes): a mark, not a wait.
            QPainterPath diamond;
            const double middle = top + rowHeight / 2.0;
            diamond.moveTo(left, middle - 5);
            diamond.lineTo(left + 5, middle);
            diamond.lineTo(left, middle + 5);
            diamond.lineTo(left - 5, middle);
            diamond.closeSubpath();
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(color);
            painter.drawPath(diamond);
            barEnd = std::max(barEnd, left + 5);
            continue;
        }
        const double right = std::max(x(answered), left + 3);
        hatchedBar(painter, QRectF(left, band.top(), right - left, band.height()), color);
        barEnd = std::max(barEnd, right);
    }
    if (row.start.isValid()) {
        painter.setFont(chartFont(11));
        painter.setPen(textColor);
        QString text = shortDuration(row.start.msecsTo(row.end));
        if (row.result != StepResult::ok)
            text += QStringLiteral(" · ") + ReportWriter::resultText(row.result);
        painter.drawText(QRectF(barEnd + 5, top, m_width - barEnd - 5, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
    } else if (row.result == StepResult::declined) {
        painter.setFont(chartFont(11));
        painter.setPen(stoppedColor);
        painter.drawText(QRectF(barEnd + 5, top, m_width - barEnd - 5, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("declined: not run"));
    } else {
        painter.setFont(chartFont(11));
        painter.setPen(interruptedColor);
        painter.drawText(QRectF(labelWidth + 5, top, m_width - labelWidth - 5, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("not run"));
    }
}

void TimelineChart::paintRecovery(QPainter &painter) const
{
    if (!m_recovery)
        return;
    const int bottom = headerHeight + int(m_rows.size()) * rowHeight;
    const double left = x(m_recovery->from);
    const double right = std::max(x(m_recovery->to), left + 2);
    QColor shade = recoveryColor;
    shade.setAlpha(28);
    painter.fillRect(QRectF(left, headerHeight - 4, right - left, bottom - headerHeight + 4), shade);
    painter.setPen(QPen(recoveryColor, 1.5));
    const double y = bottom + 8;
    painter.drawLine(QPointF(left, y - 4), QPointF(left, y + 4));
    painter.drawLine(QPointF(right, y - 4), QPointF(right, y + 4));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setFont(chartFont(11, true));
    const QString text = tr("Recovery time %1").arg(ReportWriter::duration(m_recovery->recoveryMs));
    const double width = QFontMetrics(painter.font()).horizontalAdvance(text) + 10;
    const double middle = (left + right) / 2;
    const double textLeft = std::clamp(middle - width / 2, 4.0, m_width - width - 4);
    painter.drawText(QRectF(textLeft, y + 3, width, 18), Qt::AlignCenter, text);
}

void TimelineChart::paintLegend(QPainter &painter) const
{
    const QSize whole = size();
    double left = 8;
    double top = whole.height() - legendHeight + 8;
    painter.setFont(chartFont(11));
    const QFontMetrics metrics(painter.font());
    struct Entry
    {
        QColor color;
        bool hatched;
        QString text;
    };
    const Entry entries[] = {
        {doneColor, false, tr("step done")},
        {cleanupColor, false, tr("clean-up step done")},
        {failedColor, false, tr("failed")},
        {stoppedColor, false, tr("cancelled or declined")},
        {confirmColor, true, tr("waiting for a confirmation")},
        {manualColor, true, tr("manual step (a person's work)")},
        {downtimeColor, true, tr("node down (from its stop until it answers again)")},
    };
    for (const Entry &entry : entries) {
        const double width = 22 + metrics.horizontalAdvance(entry.text) + 16;
        if (left + width > m_width) {
            left = 8;
            top += 18;
        }
        const QRectF swatch(left, top + 3, 16, 10);
        if (entry.hatched) {
            hatchedBar(painter, swatch, entry.color);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawRoundedRect(swatch, 2, 2);
        }
        painter.setPen(textColor);
        painter.drawText(QRectF(left + 22, top, width - 22, 16), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        left += width;
    }
    painter.setPen(QColor(0x47, 0x54, 0x67));
    painter.drawText(QRectF(8, top + 20, m_width - 16, 16), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("A diamond marks a confirmation given in advance (--yes): the run did not wait."));
}

} // namespace Lifeboat
