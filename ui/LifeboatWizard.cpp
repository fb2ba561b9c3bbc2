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
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
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

    const QByteArray geometry = QSettings().value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 600);
}

LifeboatWizard::~LifeboatWizard()
{
    QSettings().setValue(geometryKey, saveGeometry());
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
