// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LifeboatWizard.h"

#include "ChecksPage.h"
#include "ClusterPage.h"
#include "DrillBanner.h"
#include "DrillPage.h"
#include "DrillResultPage.h"
#include "OptionsPage.h"
#include "PageId.h"
#include "PlanPage.h"
#include "RunPage.h"
#include "SandboxPage.h"
#include "ScenarioPage.h"
#include "SecretDialog.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

namespace Lifeboat {

namespace {
const auto geometryKey = QStringLiteral("wizard/geometry");
}

LifeboatWizard::LifeboatWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
    , m_runPage(new RunPage(m_session))
    , m_drillBanner(new DrillBanner(m_session, this))
{
    setWindowTitle(tr("Lifeboat"));
    const QIcon icon(QStringLiteral(":/icons/lifeboat.svg"));
    setWindowIcon(icon);
    // The header is as tall as the logo: 64 px leave room for two lines of
    // subtitle in every language (Japanese lines are taller than Latin ones).
    setPixmap(QWizard::LogoPixmap, icon.pixmap(64, 64));
    setWizardStyle(QWizard::ModernStyle);
    SecretDialog::install(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Page_Welcome, new WelcomePage(m_session));
    setPage(Page_Cluster, new ClusterPage(m_session));
    setPage(Page_Sandbox, new SandboxPage(m_session));
    setPage(Page_Scenario, new ScenarioPage(m_session));
    setPage(Page_Options, new OptionsPage(m_session));
    setPage(Page_Checks, new ChecksPage(m_session));
    auto *plan = new PlanPage(m_session);
    // Past the plan there is no way back: the run changes the cluster.
    plan->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run"));
    setPage(Page_Plan, plan);
    setPage(Page_Run, m_runPage);
    setPage(Page_Summary, new SummaryPage(m_session));
    setPage(Page_Drill, new DrillPage(m_session));
    setPage(Page_DrillResult, new DrillResultPage(m_session));
    m_drillBanner->hide();
    connect(m_drillBanner, &DrillBanner::doneClicked, this, &LifeboatWizard::endDrill);
    connect(this, &QWizard::currentIdChanged, this, &LifeboatWizard::placeDrillBanner);
    connect(m_session, &WizardSession::drillChanged, this, &LifeboatWizard::placeDrillBanner);
    setStartId(Page_Welcome);
    // On the Summary, beside Finish: the next task in a fresh window.
    setButtonText(QWizard::CustomButton1, tr("Start &another task"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startAnotherTask();
    });
    connect(this, &QWizard::currentIdChanged, this, &LifeboatWizard::offerAnotherTask);
    // Queued: the page that was shown is hidden only after the switch.
    connect(this, &QWizard::currentIdChanged, this, &LifeboatWizard::focusTheNewPage, Qt::QueuedConnection);
    for (const int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &LifeboatWizard::keepFocusOnThePage);

    const QByteArray geometry = QSettings().value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 600);
}

LifeboatWizard::~LifeboatWizard()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

// QWizard gives the focus to the new page's first control, or to Next, but
// a page that is still checking or building has neither: the focus would
// stay on a control of the page just left, hidden, where typed keys still
// go. When the page has something to focus, it gets the focus.
void LifeboatWizard::keepFocusOnThePage()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus->window() != this || (focus->isVisible() && focus->isEnabled())))
        return; // a dialog has it, or it is where it should be
    QWizardPage *shown = currentPage();
    if (!shown)
        return;
    if (QWidget *control = firstControl(shown)) {
        control->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (const auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        if (button(which)->isVisible() && button(which)->isEnabled()) {
            button(which)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

// QWizard looks for the new page's first control only 100 widgets down the
// focus chain, where the controls a page makes in initializePage() come
// after every other page's: past that, Next gets the focus instead.
void LifeboatWizard::focusTheNewPage()
{
    const QWidget *focus = QApplication::focusWidget();
    const bool onNext = focus && (focus == button(QWizard::NextButton) || focus == button(QWizard::CommitButton) || focus == button(QWizard::FinishButton));
    QWidget *control = onNext && currentPage() ? firstControl(currentPage()) : nullptr;
    if (control)
        control->setFocus(Qt::OtherFocusReason);
    else
        keepFocusOnThePage();
}

QWidget *LifeboatWizard::firstControl(QWizardPage *page)
{
    for (QWidget *next = page->nextInFocusChain(); next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus))
            return next;
    }
    return nullptr;
}

void LifeboatWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->requestCancel();
        return;
    }
    // Before the run, Escape or the window's close button ends a session
    // that may have taken a while to set up: ask first.
    if (currentId() != Page_Run && currentId() != Page_Summary) {
        const auto answer = QMessageBox::question(this, tr("Quit Lifeboat"),
                                                  tr("Quit Lifeboat? Nothing has run yet; what you chose on these "
                                                     "pages is not kept."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QWizard::reject();
}

void LifeboatWizard::offerAnotherTask(int id)
{
    QList<QWizard::WizardButton> layout{QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                                        QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton};
    // A drill's result is final: the clock has stopped, there is no going back.
    if (id == Page_DrillResult)
        layout.removeOne(QWizard::BackButton);
    if (id == Page_Summary || id == Page_DrillResult)
        layout.insert(1, QWizard::CustomButton1);
    setButtonLayout(layout);
}

// While a drill runs, its banner heads whichever page is shown (every page
// lays itself out in a column); the result page has the score instead.
void LifeboatWizard::placeDrillBanner()
{
    QWizardPage *shown = currentPage();
    auto *column = shown ? qobject_cast<QBoxLayout *>(shown->layout()) : nullptr;
    if (!m_session->drill() || !column || currentId() == Page_DrillResult) {
        m_drillBanner->hide();
        return;
    }
    if (m_drillBanner->parentWidget() != shown) {
        if (QWidget *previous = m_drillBanner->parentWidget(); previous && previous->layout())
            previous->layout()->removeWidget(m_drillBanner);
        column->insertWidget(0, m_drillBanner);
    }
    m_drillBanner->show();
}

void LifeboatWizard::endDrill()
{
    if (m_runPage->isRunning()) {
        QMessageBox::information(this, tr("Training drill"),
                                 tr("A run is still going. Let it end, or cancel it, then press \"I'm done\" again."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("End the drill"),
                                              tr("Is the cluster back? The clock stops and Lifeboat judges the "
                                                 "sandbox as it is now."),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_endingDrill = true;
    next();
    m_endingDrill = false;
}

// "I'm done" leaves the page shown as it is: its own checks (a name to
// type, options to complete) are for going on with it, not for ending a drill.
int LifeboatWizard::nextId() const
{
    // Only while leaving the page shown: on the result page itself, QWizard
    // asks again to choose between Next and Finish.
    return m_endingDrill && currentId() != Page_DrillResult ? int(Page_DrillResult) : QWizard::nextId();
}

bool LifeboatWizard::validateCurrentPage()
{
    return m_endingDrill || QWizard::validateCurrentPage();
}

// A fresh window is a fresh session: every page starts as on the first day
// (the Run page runs only once in its life).
void LifeboatWizard::startAnotherTask()
{
    auto *next = new LifeboatWizard;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    accept();
}

} // namespace Lifeboat
