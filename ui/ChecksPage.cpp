// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ChecksPage.h"
#include "CheckResultRow.h"

#include "PageId.h"
#include "WizardSession.h"

#include <cluster/NodeController.h>
#include <run/Scenario.h>

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Lifeboat {

ChecksPage::ChecksPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_busy(new QLabel(tr("Checking…"), this))
    , m_summary(new QLabel(this))
    , m_rows(new QVBoxLayout)
    , m_checkAgain(new QPushButton(tr("Check &again"), this))
    , m_backToCluster(new QPushButton(tr("Back to the &Cluster page"), this))
    , m_acceptWarnings(new QCheckBox(tr("I have &read the warnings and want to go on"), this))
{
    setTitle(tr("Check before anything changes"));
    setSubTitle(tr("Lifeboat looks at the cluster first. These checks only look; they change nothing."));

    auto *layout = new QVBoxLayout(this);
    m_busy->setAccessibleName(tr("Checking"));
    layout->addWidget(m_busy);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the checks"));
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Check results"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *rowsWidget = new QWidget(scroll);
    auto *rowsLayout = new QVBoxLayout(rowsWidget);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addLayout(m_rows);
    rowsLayout->addStretch(1);
    scroll->setWidget(rowsWidget);
    layout->addWidget(scroll, 1);

    m_acceptWarnings->setAccessibleName(tr("I have read the warnings and want to go on"));
    m_acceptWarnings->setVisible(false);
    layout->addWidget(m_acceptWarnings);

    auto *buttons = new QHBoxLayout;
    m_checkAgain->setAccessibleName(tr("Check again"));
    buttons->addWidget(m_checkAgain);
    m_backToCluster->setAccessibleName(tr("Back to the Cluster page"));
    m_backToCluster->hide();
    buttons->addWidget(m_backToCluster);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_checkAgain, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_backToCluster, &QPushButton::clicked, this, &ChecksPage::backToCluster);
    connect(m_acceptWarnings, &QCheckBox::toggled, this, [this](bool checked) {
        m_session->setWarningsAccepted(checked);
        Q_EMIT completeChanged();
    });
}

void ChecksPage::initializePage()
{
    runChecks();
}

void ChecksPage::runChecks()
{
    const Scenario *scenario = m_session->scenario();
    if (!scenario || !m_session->hasProfile())
        return;
    m_running = true;
    m_checked = false;
    const int generation = ++m_generation;
    m_busy->setText(tr("Checking…"));
    m_busy->setVisible(true);
    m_summary->clear();
    m_checkAgain->setEnabled(false);
    clearRows();
    m_results.clear();
    {
        const QSignalBlocker blocker(m_acceptWarnings);
        m_acceptWarnings->setChecked(false);
    }
    m_acceptWarnings->setVisible(false);
    m_backToCluster->hide();
    m_session->setWarningsAccepted(false);
    m_hostCheckTitles.clear();
    for (const Precondition &check : Scenario::hostChecks(m_session->profile()))
        m_hostCheckTitles.insert(check.title());
    Q_EMIT completeChanged();

    // The checks ask the nodes over HTTP and block until all have answered,
    // so they run on a worker thread with their own copy of what they need.
    QtConcurrent::run([profile = m_session->profile(), options = m_session->options(), scenario] {
        const NodeController nodes(profile);
        return Precondition::checkAll(scenario->checks(profile, nodes, options));
    }).then(this, [this, generation](const QList<PreconditionResult> &results) {
        if (generation == m_generation)
            showResults(results);
    });
}

void ChecksPage::showResults(const QList<PreconditionResult> &results)
{
    m_running = false;
    m_checked = true;
    m_results = results;
    m_busy->setVisible(false);
    m_checkAgain->setEnabled(true);
    // The worst first, so that what needs attention is seen without scrolling.
    for (const auto status : {PreconditionResult::Status::Fail, PreconditionResult::Status::Warn, PreconditionResult::Status::Pass}) {
        for (const PreconditionResult &result : results) {
            if (result.status == status)
                addRow(result);
        }
    }

    const bool fails = hasStatus(PreconditionResult::Status::Fail);
    const bool warns = hasStatus(PreconditionResult::Status::Warn);
    if (fails)
        m_summary->setText(tr("Something blocks the run. Fix what the failed checks say, then check again."));
    else if (warns)
        m_summary->setText(tr("Nothing blocks the run, but read the warnings before you go on."));
    else
        m_summary->setText(tr("Every check passed."));
    m_acceptWarnings->setVisible(warns && !fails);
    const bool hostFails = std::any_of(results.cbegin(), results.cend(), [this](const PreconditionResult &result) { return isFailedHostCheck(result); });
    m_backToCluster->setVisible(hostFails && wizard() && wizard()->visitedIds().contains(Page_Cluster));
    Q_EMIT completeChanged();
    Q_EMIT checksFinished();
}

void ChecksPage::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ChecksPage::addRow(const PreconditionResult &result)
{
    // The engine's hint for a host speaks to the command line (--trust-host-key).
    const QString hint = isFailedHostCheck(result)
                           ? tr("Go back to the Cluster page: it shows what each host answered, checks the hosts again, "
                                "and has Confirm key… for a host seen for the first time.")
                           : QString();
    m_rows->addWidget(new CheckResultRow(result, hint));
}

bool ChecksPage::hasStatus(PreconditionResult::Status status) const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
                       [status](const PreconditionResult &result) { return result.status == status; });
}

bool ChecksPage::isFailedHostCheck(const PreconditionResult &result) const
{
    return result.status == PreconditionResult::Status::Fail && m_hostCheckTitles.contains(result.title);
}

void ChecksPage::backToCluster()
{
    // Each back() leaves a page as the Back button does (its cleanupPage runs).
    while (wizard() && wizard()->currentId() != Page_Cluster && wizard()->visitedIds().contains(Page_Cluster))
        wizard()->back();
}

bool ChecksPage::isComplete() const
{
    if (m_running || !m_checked || hasStatus(PreconditionResult::Status::Fail))
        return false;
    return !hasStatus(PreconditionResult::Status::Warn) || m_acceptWarnings->isChecked();
}

int ChecksPage::nextId() const
{
    return Page_Plan;
}

} // namespace Lifeboat
