// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReportRenderer.h"

#include "TimelineChart.h"

#include <run/Journal.h>
#include <run/ReportWriter.h>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace Lifeboat {

namespace {
// QTextDocument::print() lays the text out at 96 units an inch inside its
// own 2 cm margins: on A4 that is 170 mm, about 640 units.
constexpr int printedChartWidth = 620;
const char *chartResource = "lifeboat:timeline.png";
// QImageWriter's quality for a PNG is its zlib level backwards: 80 is level 1.
constexpr int fastPngQuality = 80;
} // namespace

RunRecord ReportRenderer::findRun(const QString &runOrDirectory, const QString &runsDirectory)
{
    if (runOrDirectory.isEmpty())
        return {};
    const QFileInfo asGiven(runOrDirectory);
    if (asGiven.isDir() && QFileInfo::exists(QDir(runOrDirectory).filePath(Journal::fileName())))
        return RunRecord::load(asGiven.absoluteFilePath());
    if (runOrDirectory.contains(u'/'))
        return {};
    const QString directory = QDir(runsDirectory).filePath(runOrDirectory);
    if (!QFileInfo::exists(QDir(directory).filePath(Journal::fileName())))
        return {};
    return RunRecord::load(directory);
}

QString ReportRenderer::html(const RunRecord &record)
{
    const TimelineChart chart(record);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // zlib's fastest level: a chart of flat colours compresses almost as
    // well, and every run (and every `lifeboat report`) writes one; the
    // default level took most of a report's time.
    chart.render(2.0).save(&buffer, "PNG", fastPngQuality);
    ReportWriter::HtmlOptions options;
    options.chartSource = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    options.chartWidth = chart.size().width();
    options.chartHeight = chart.size().height();
    return ReportWriter::toHtml(record, options);
}

bool ReportRenderer::writeHtml(const RunRecord &record, const QString &path, QString *error)
{
    return ReportWriter::save(path, html(record).toUtf8(), error);
}

bool ReportRenderer::writePdf(const RunRecord &record, const QString &path, QString *error)
{
    const TimelineChart chart(record);
    const QImage image = chart.render(3.0);
    ReportWriter::HtmlOptions options;
    options.chartSource = QString::fromLatin1(chartResource);
    options.chartWidth = printedChartWidth;
    options.chartHeight = chart.size().height() * printedChartWidth / chart.size().width();
    options.includeLogs = false;

    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(chartResource)), image);
    return printPdf(document, ReportWriter::toHtml(record, options),
                    tr("Lifeboat report: %1 on the cluster %2").arg(record.scenario, record.clusterName), path, error);
}

bool ReportRenderer::printPdf(QTextDocument &document, const QString &html, const QString &title, const QString &path,
                              QString *error)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    // Without ligatures the PDF's text is found by search and copy ("fi", not "ﬁ").
    font.setFeature(QFont::Tag("liga"), 0);
    document.setDefaultFont(font);
    document.setHtml(html);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the PDF %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lifeboat"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = tr("Cannot write the PDF %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportRenderer::refresh(const QString &runDirectory, QString *error)
{
    if (!ReportWriter::write(runDirectory, error))
        return false;
    const RunRecord record = RunRecord::load(runDirectory);
    return writeHtml(record, QDir(runDirectory).filePath(QStringLiteral("report.html")), error);
}

} // namespace Lifeboat
