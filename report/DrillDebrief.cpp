// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillDebrief.h"

#include "ReportRenderer.h"
#include "TimelineChart.h"

#include <run/Downtime.h>
#include <run/ReportWriter.h>
#include <sandbox/SandboxFaults.h>

#include <QBuffer>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace Lifeboat {

namespace {
// QTextDocument::print() lays text out 170 mm wide on A4, about 640 units.
constexpr int printedChartWidth = 620;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

DrillDebrief::DrillDebrief(const Drill &drill, const DrillRecord &record, const QList<RunRecord> &runs)
    : m_drill(drill)
    , m_record(record)
{
    for (const RunRecord &run : runs) {
        if (run.startedAt >= record.startedAt && (!record.finishedAt.isValid() || run.startedAt <= record.finishedAt))
            m_runs.append(run);
    }
    std::sort(m_runs.begin(), m_runs.end(), [](const RunRecord &a, const RunRecord &b) { return a.startedAt < b.startedAt; });
}

// Now that the drill is over, the trainee may know what was broken.
QString DrillDebrief::brokenText() const
{
    QStringList faults;
    for (qsizetype i = 0; i < m_drill.faults.size(); ++i) {
        const QString node = m_record.nodes.value(i);
        const QString fault = SandboxFaults::title(m_drill.faults[i].name);
        faults.append(node.isEmpty() ? fault : tr("%1 (%2)").arg(fault, node));
    }
    if (m_drill.shutsDownAuthors)
        faults.append(tr("Every author node was shut down cleanly; nothing was damaged."));
    if (m_drill.leavesRollingMode)
        faults.append(tr("The cluster was left in rolling backup mode, as a backup that dies half-way leaves it."));
    if (!m_record.damagedSet.isEmpty())
        faults.append(tr("The newest backup set, %1, was damaged.").arg(m_record.damagedSet));
    return faults.join(QStringLiteral("; "));
}

QString DrillDebrief::body(const std::function<QString(int)> &chartSource) const
{
    const qint64 took = m_record.startedAt.secsTo(m_record.finishedAt);
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Debrief: %1").arg(m_drill.titleText())));
    html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(m_drill.storyText()));
    html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Started %1, finished after %2 (target %3).")
                                                        .arg(QLocale().toString(m_record.startedAt.toLocalTime(), QLocale::ShortFormat),
                                                             Downtime::format(took * 1000), Downtime::format(m_drill.targetSeconds * 1000LL))));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(escaped(tr("What was broken")), escaped(brokenText()));
    if (m_record.score) {
        html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
                    .arg(escaped(tr("Score: %1 of %2").arg(m_record.score->total()).arg(m_record.score->outOf())));
        for (const DrillScore::Point &point : m_record.score->points)
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2/%3</td><td>%4</td></tr>")
                        .arg(escaped(point.title))
                        .arg(point.got)
                        .arg(point.of)
                        .arg(escaped(point.why));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("What was done")));
    if (m_runs.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No run was made during the drill.")));
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const RunRecord &run = m_runs[i];
        QStringList options;
        for (auto it = run.options.cbegin(); it != run.options.cend(); ++it) {
            if (it.key() == QLatin1String("node") || it.key() == QLatin1String("backup-set") || it.key() == QLatin1String("repository"))
                options.append(QStringLiteral("--%1 %2").arg(it.key(), it.value().toString()));
        }
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(tr("+%1  %2 %3: %4")
                                     .arg(Downtime::format(m_record.startedAt.msecsTo(run.startedAt)), run.scenario,
                                          options.join(u' '), ReportWriter::resultText(run.state()))));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(chartSource(int(i))).arg(printedChartWidth);
    }
    html += QStringLiteral("<h2>%1</h2><p><code>%2</code></p>")
                .arg(escaped(tr("Model answer")),
                     escaped(m_drill.modelAnswerText(m_record.nodes.value(0), m_record.goodSet)));
    return html;
}

QString DrillDebrief::html() const
{
    const QString content = body([this](int i) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        TimelineChart(m_runs.at(i)).render(2.0).save(&buffer, "PNG");
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    });
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
        .arg(escaped(tr("Debrief: %1").arg(m_drill.titleText())), content);
}

bool DrillDebrief::writeHtml(const QString &path, QString *error) const
{
    return ReportWriter::save(path, html().toUtf8(), error);
}

bool DrillDebrief::writeFiles(QString *error) const
{
    return writeHtml(htmlFile(), error) && writePdf(pdfFile(), error);
}

bool DrillDebrief::writePdf(const QString &path, QString *error) const
{
    QTextDocument document;
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("lifeboat:run-%1.png").arg(i)),
                             TimelineChart(m_runs.at(i)).render(3.0));
    return ReportRenderer::printPdf(document, body([](int i) { return QStringLiteral("lifeboat:run-%1.png").arg(i); }),
                                    tr("Debrief: %1").arg(m_drill.titleText()), path, error);
}

} // namespace Lifeboat
