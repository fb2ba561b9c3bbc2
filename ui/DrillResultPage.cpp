// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillResultPage.h"

#include "OpenPathDialog.h"
#include "WizardSession.h"

#include <DrillDebrief.h>
#include <drills/DrillCatalog.h>
#include <drills/DrillSession.h>
#include <profile/ClusterProfile.h>
#include <run/RunRecord.h>
#include <support/DataPaths.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Lifeboat {

DrillResultPage::DrillResultPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_total(new QLabel(this))
    , m_points(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_openHtml(new QPushButton(tr("Open the &debrief"), this))
    , m_openPdf(new QPushButton(tr("Open the debrief as &PDF"), this))
{
    setTitle(tr("How the drill went"));
    setSubTitle(tr("The score, point by point, and the model answer. The debrief puts every run of the drill "
                   "beside it, for the trainee and the trainer to go through together."));

    auto *layout = new QVBoxLayout(this);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Working"));
    layout->addWidget(m_progress);
    QFont large = m_total->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_total->setFont(large);
    m_total->setWordWrap(true);
    m_total->setAccessibleName(tr("Score"));
    layout->addWidget(m_total);

    // A table in a label: the reasons are sentences, wrapped whole in any
    // language, never cut; it scrolls when a window is small.
    m_points->setTextFormat(Qt::RichText);
    m_points->setWordWrap(true);
    m_points->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_points->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_points->setAccessibleName(tr("Score by point"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_points);
    layout->addWidget(scroll, 1);

    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setAccessibleName(tr("Model answer"));
    layout->addWidget(m_answer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openHtml);
    buttons->addWidget(m_openPdf);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_openHtml, &QPushButton::clicked, this, [this] { OpenPathDialog::openPath(this, m_html); });
    connect(m_openPdf, &QPushButton::clicked, this, [this] { OpenPathDialog::openPath(this, m_pdf); });
}

void DrillResultPage::initializePage()
{
    const auto running = m_session->drill();
    if (!running || !m_session->hasProfile() || m_judging)
        return;
    m_judging = true;
    m_progress->show();
    m_total->setText(tr("Judging the sandbox as it is now…"));
    m_points->clear();
    m_rows = 0;
    m_answer->clear();
    m_openHtml->setEnabled(false);
    m_openPdf->setEnabled(false);
    Q_EMIT completeChanged();
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile, running] {
        DrillSession session(*profile);
        Outcome outcome;
        outcome.finished = session.finish(*running);
        if (!outcome.finished) {
            outcome.error = session.errorString();
            return outcome;
        }
        const DrillDebrief debrief(*DrillCatalog::find(outcome.finished->drillId), *outcome.finished,
                                   RunRecord::list(DataPaths::runsDirectory(), profile->filePath));
        if (debrief.writeFiles(&outcome.error)) {
            outcome.html = debrief.htmlFile();
            outcome.pdf = debrief.pdfFile();
        }
        return outcome;
    }).then(this, [this](const Outcome &outcome) { showResult(outcome); });
}

bool DrillResultPage::isComplete() const
{
    return !m_judging;
}

QString DrillResultPage::pointsText() const
{
    return m_points->text();
}

QString DrillResultPage::totalText() const
{
    return m_total->text();
}

void DrillResultPage::showResult(const Outcome &outcome)
{
    m_judging = false;
    m_progress->hide();
    m_finished = outcome.finished;
    m_html = outcome.html;
    m_pdf = outcome.pdf;
    const Drill *drill = outcome.finished ? DrillCatalog::find(outcome.finished->drillId) : nullptr;
    if (!drill || !outcome.finished->score) {
        // Not judged: the drill is still running, its clock too.
        m_total->setText(tr("The drill could not be judged, and it is still running: %1").arg(outcome.error));
        Q_EMIT completeChanged();
        Q_EMIT judged(false);
        return;
    }
    m_session->setDrill(std::nullopt); // judged and filed: the banner goes
    const DrillScore &score = *outcome.finished->score;
    m_total->setText(tr("%1: %2 of %3 points").arg(drill->titleText()).arg(score.total()).arg(score.outOf()));
    QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                                   "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                        .arg(tr("Points"), tr("What was judged"), tr("Why"));
    for (const DrillScore::Point &point : score.points) {
        table += QStringLiteral("<tr><td valign=\"top\" style=\"white-space:nowrap\">%1/%2</td><td valign=\"top\">%3</td>"
                                "<td valign=\"top\">%4</td></tr>")
                     .arg(point.got)
                     .arg(point.of)
                     .arg(point.title.toHtmlEscaped(), point.why.toHtmlEscaped());
    }
    m_points->setText(table + QStringLiteral("</table>"));
    m_rows = int(score.points.size());
    m_answer->setText(tr("Model answer: %1").arg(drill->modelAnswerText(outcome.finished->nodes.value(0), outcome.finished->goodSet)));
    if (!outcome.error.isEmpty())
        m_answer->setText(m_answer->text() + u'\n' + tr("The debrief could not be written: %1").arg(outcome.error));
    m_openHtml->setEnabled(!m_html.isEmpty());
    m_openPdf->setEnabled(!m_pdf.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT judged(true);
}

} // namespace Lifeboat
