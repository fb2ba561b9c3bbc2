// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <drills/Drill.h>
#include <drills/DrillRecord.h>
#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace Lifeboat {

// The debrief of a finished drill, for the trainee and the trainer: the
// story, what was broken (now told), the score point by point, every run
// the trainee made during the drill with its timeline (TimelineChart), and
// the model answer beside them. As HTML (charts inside the file) and PDF.
class DrillDebrief
{
    Q_DECLARE_TR_FUNCTIONS(DrillDebrief)

public:
    // `runs`: the sandbox's runs; those outside the drill are left out.
    DrillDebrief(const Drill &drill, const DrillRecord &record, const QList<RunRecord> &runs);

    QString html() const;
    [[nodiscard]] bool writeHtml(const QString &path, QString *error) const;
    [[nodiscard]] bool writePdf(const QString &path, QString *error) const;
    // Both, beside the drill's record in the history (htmlFile(), pdfFile()).
    [[nodiscard]] bool writeFiles(QString *error) const;
    QString htmlFile() const { return m_record.historyFile(QStringLiteral(".html")); }
    QString pdfFile() const { return m_record.historyFile(QStringLiteral(".pdf")); }

private:
    // `chartSource(i)` names the i-th run's timeline image.
    QString body(const std::function<QString(int)> &chartSource) const;
    QString brokenText() const;

    const Drill &m_drill;
    const DrillRecord &m_record;
    QList<RunRecord> m_runs;
};

} // namespace Lifeboat
