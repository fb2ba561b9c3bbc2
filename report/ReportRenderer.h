// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace Lifeboat {

// A run's report as an auditor reads it: the engine's HTML (who, where,
// every step with its times and changes, the confirmations, the recovery
// time) with the timeline chart drawn in, as an HTML file (the chart as an
// embedded PNG, drawn at twice its size) or as a PDF (QPdfWriter, A4, page
// numbers). Files are written whole (QSaveFile). Everything here needs a
// QGuiApplication for its fonts and may run on any thread.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    ReportRenderer() = delete;

    // The run in `runOrDirectory`: a run directory, or a run id below
    // `runsDirectory`. Invalid when neither holds a run journal.
    static RunRecord findRun(const QString &runOrDirectory, const QString &runsDirectory);

    static QString html(const RunRecord &record);
    [[nodiscard]] static bool writeHtml(const RunRecord &record, const QString &path, QString *error);
    [[nodiscard]] static bool writePdf(const RunRecord &record, const QString &path, QString *error);
    // Prints HTML (with its images as `document` resources) to an A4 PDF,
    // written whole, in the reports' font: for the run report and the
    // drills' debrief alike.
    [[nodiscard]] static bool printPdf(QTextDocument &document, const QString &html, const QString &title,
                                       const QString &path, QString *error);
    // report.json and report.html of the run, written again from its
    // journal, report.html with the chart. Called when a run has ended.
    [[nodiscard]] static bool refresh(const QString &runDirectory, QString *error);
};

} // namespace Lifeboat
