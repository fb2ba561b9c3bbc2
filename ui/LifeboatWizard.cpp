// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LifeboatWizard.h"

#include "ChecksPage.h"
#include "ClusterPage.h"
#include "OptionsPage.h"
#include "PageId.h"
#include "PlanPage.h"
#include "RunPage.h"
#include "ScenarioPage.h"
#include "SecretDialog.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace Lifeboat {

namespace {
const auto geometryKey = QStringLiteral("wizard/geometry");
}

LifeboatWizard::LifeboatWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
    , m_runPage(new RunPage(m_session))
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
    setStartId(Page_Welcome);
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
    QWizard::reject();
}

} // namespace Lifeboat
