// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <drills/DrillRecord.h>

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Lifeboat {

class WizardSession;

// After "I'm done": the drill is judged and filed on a worker thread
// (DrillSession::finish, the debrief written as HTML and PDF), then the score
// is shown point by point with why, beside the model answer, and the debrief
// opens from here. The last page of a drill.
class DrillResultPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillResultPage)

public:
    explicit DrillResultPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    bool isJudging() const { return m_judging; }
    // The drill as filed, once judged.
    const std::optional<DrillRecord> &finished() const { return m_finished; }
    QString totalText() const;
    // The score's table: its rows, one per thing judged, and its text.
    int pointRows() const { return m_rows; }
    QString pointsText() const;
    QString debriefFile() const { return m_html; }

Q_SIGNALS:
    void judged(bool ok);

private:
    struct Outcome
    {
        std::optional<DrillRecord> finished;
        QString error;
        QString html;
        QString pdf;
    };

    void showResult(const Outcome &outcome);

    WizardSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_total;
    QLabel *m_points;
    int m_rows = 0;
    QLabel *m_answer;
    QPushButton *m_openHtml;
    QPushButton *m_openPdf;
    bool m_judging = false;
    std::optional<DrillRecord> m_finished;
    QString m_html;
    QString m_pdf;
};

} // namespace Lifeboat
