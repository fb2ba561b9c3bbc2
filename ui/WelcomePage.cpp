// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "WelcomePage.h"

#include "CatalogWindow.h"
#include "PageId.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include <support/DataPaths.h>
#include <run/OptionNames.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace Lifeboat {

namespace {
constexpr int choiceIconSize = 32;
} // namespace

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_choices(new QButtonGroup(this))
    , m_choiceGrid(new QGridLayout)
    , m_recentProfiles(new QListWidget(this))
    , m_offerBox(new QGroupBox(tr("Left unfinished"), this))
    , m_offerList(new QVBoxLayout(m_offerBox))
{
    setTitle(tr("Welcome to Lifeboat"));
    setSubTitle(tr("Back up and recover a clustered AEM Forms environment, one checked step at a time. "
                   "Nothing changes until you have seen the plan and confirmed it."));

    // The page scrolls rather than squeezing its texts: many runs left
    // unfinished, a long language or a small window never clip a description.
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // Tab and the wizard's first-control focus go to the choices, not to the frame.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    pageLayout->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offerBox->setAccessibleName(tr("Runs left unfinished"));
    m_offerBox->hide();
    layout->addWidget(m_offerBox);
    auto *question = new QLabel(tr("What do you want to do?"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);

    m_choiceGrid->setColumnStretch(1, 1);
    m_choiceGrid->setHorizontalSpacing(12);
    layout->addLayout(m_choiceGrid);

    addChoice(TaskChoice::Backup, QStringLiteral("backup"), tr("&Back up the cluster"),
              tr("Take a consistent backup of the databases, the document storage (GDS) and every node's "
                 "repository, offline, with rolling backup mode, or online."));
    addChoice(TaskChoice::Recover, QStringLiteral("recover"), tr("&Recover from a failure"),
              tr("Restore a single node, the whole cluster or a publish node from a verified backup set."));
    addChoice(TaskChoice::Rehearse, QStringLiteral("rehearse"), tr("Re&hearse a restore"),
              tr("Restore a backup set into a separate sandbox copy of the cluster to prove it works. "
                 "Production is never touched."));
    addChoice(TaskChoice::Sandbox, QStringLiteral("sandbox"), tr("Open the &training sandbox"),
              tr("Build and run a practice cluster on this machine, break it on purpose and recover it."));

    auto *recentLabel = new QLabel(tr("Recent &profiles:"), this);
    recentLabel->setBuddy(m_recentProfiles);
    layout->addSpacing(12);
    layout->addWidget(recentLabel);
    m_recentProfiles->setAccessibleName(tr("Recent profiles"));
    m_recentProfiles->setMaximumHeight(m_recentProfiles->fontMetrics().height() * 5);
    const QStringList recent = WizardSettings::recentProfiles();
    if (recent.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No cluster profile opened yet. The training sandbox is a safe place to start."));
        none->setFlags(Qt::NoItemFlags);
        m_recentProfiles->addItem(none);
    } else {
        m_recentProfiles->addItems(recent);
    }
    layout->addWidget(m_recentProfiles);
    auto *catalog = new QPushButton(tr("Backups, runs and &quarantine…"), this);
    catalog->setObjectName(QStringLiteral("openCatalog"));
    connect(catalog, &QPushButton::clicked, this, &WelcomePage::openCatalog);
    layout->addWidget(catalog, 0, Qt::AlignLeft);
    layout->addStretch(1);
    // A recent profile clicked or activated is the one the Cluster page
    // opens. Return goes on by itself (the list passes it to the wizard's
    // default button, Next); a double-click goes on here.
    const auto request = [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            m_session->setRequestedProfile(item->text());
    };
    connect(m_recentProfiles, &QListWidget::itemClicked, this, request);
    connect(m_recentProfiles, &QListWidget::itemActivated, this, request);
    connect(m_recentProfiles, &QListWidget::itemDoubleClicked, this, [this, request](QListWidgetItem *item) {
        request(item);
        if (isComplete() && wizard() && (item->flags() & Qt::ItemIsEnabled))
            wizard()->next();
    });

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            m_shortcut = Shortcut::None;
            setCommitPage(false);
            Q_EMIT taskChanged();
        }
    });
    registerField(QStringLiteral("task*"), this, "task", SIGNAL(taskChanged()));
}

void WelcomePage::addChoice(TaskChoice choice, const QString &iconName, const QString &title,
                            const QString &explanation)
{
    const int row = m_choiceGrid->rowCount();

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)).pixmap(choiceIconSize, choiceIconSize));
    m_choiceGrid->addWidget(icon, row, 0, 2, 1, Qt::AlignTop);

    auto *button = new QRadioButton(title, this);
    button->setAccessibleDescription(explanation);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    m_choices->addButton(button, static_cast<int>(choice));
    m_choiceGrid->addWidget(button, row, 1);

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setContentsMargins(24, 0, 0, 8);
    m_choiceGrid->addWidget(text, row + 1, 1);
}

int WelcomePage::task() const
{
    return m_choices->checkedId();
}

void WelcomePage::initializePage()
{
    // After registerField: a remembered task counts as a choice made.
    if (auto *last = m_choices->button(WizardSettings::lastTask()))
        last->setChecked(true);
    findOffers();
}

bool WelcomePage::isComplete() const
{
    return m_shortcut != Shortcut::None || QWizardPage::isComplete();
}

int WelcomePage::nextId() const
{
    switch (m_shortcut) {
    case Shortcut::Resume: return Page_Run;
    case Shortcut::Rollback: return Page_Scenario; // the rollback chosen there, the cluster known
    case Shortcut::None: break;
    }
    // Every task starts by choosing the cluster; the scenario page then
    // offers what fits the task.
    return Page_Cluster;
}

bool WelcomePage::validatePage()
{
    if (m_shortcut != Shortcut::None)
        return true;
    m_session->setTask(static_cast<TaskChoice>(task()));
    m_session->setResuming(std::nullopt);
    // A rollback is chosen with its button above, for the run beside it only.
    if (m_session->scenario() && m_session->scenario()->category() == ScenarioCategory::Rollback)
        m_session->setScenario(nullptr);
    WizardSettings::setLastTask(static_cast<TaskChoice>(task()));
    return true;
}

void WelcomePage::findOffers()
{
    QtConcurrent::run([setAside = WizardSettings::setAsideRuns()] {
        return UnfinishedRuns::find(DataPaths::runsDirectory(), setAside);
    }).then(this, [this](const QList<UnfinishedRuns::Offer> &offers) {
        m_offers = offers;
        showOffers();
        Q_EMIT offersFound();
    });
}

void WelcomePage::showOffers()
{
    // Later: this may run inside the clicked() of a button it removes.
    const auto discard = [](QLayoutItem *item) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    };
    while (QLayoutItem *item = m_offerList->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem *inner = item->layout()->takeAt(0))
                discard(inner);
        }
        discard(item);
    }
    int shown = 0;
    for (int i = 0; i < m_offers.size(); ++i) {
        const UnfinishedRuns::Offer &offer = m_offers.at(i);
        if (offer.record.runId.isEmpty())
            continue; // set aside in this session
        ++shown;
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(offer.description, m_offerBox);
        text->setWordWrap(true);
        row->addWidget(text, 1);
        const bool resumable = offer.kind == UnfinishedRuns::Offer::Kind::Resume;
        auto *act = new QPushButton(resumable ? tr("Res&ume") : tr("Roll &back"), m_offerBox);
        act->setObjectName(resumable ? QStringLiteral("resume") : QStringLiteral("rollback"));
        act->setAccessibleName(resumable ? tr("Resume %1").arg(offer.record.runId) : tr("Roll back %1").arg(offer.record.runId));
        act->setToolTip(resumable ? tr("Finish the run from the step that was in flight; steps that change the cluster ask first.")
                                  : tr("Put back everything this restore replaced. You will see the checks and the plan first."));
        connect(act, &QPushButton::clicked, this, [this, i, resumable] { resumable ? resume(i) : rollBack(i); });
        row->addWidget(act);
        auto *aside = new QPushButton(tr("Set aside"), m_offerBox);
        aside->setObjectName(QStringLiteral("setAside"));
        aside->setAccessibleName(tr("Set %1 aside").arg(offer.record.runId));
        aside->setToolTip(tr("Do not offer it again. The run's folder stays as it is; 'lifeboat resume' can still finish it."));
        connect(aside, &QPushButton::clicked, this, [this, i] { setAside(i); });
        row->addWidget(aside);
        m_offerList->addLayout(row);
    }
    m_offerBox->setTitle(offerTitle());
    m_offerBox->setVisible(shown > 0);
}

// A restore that succeeded is not "left unfinished": it is offered for a
// roll back, and the box says so.
QString WelcomePage::offerTitle() const
{
    bool resumes = false;
    bool rollbacks = false;
    for (const UnfinishedRuns::Offer &offer : m_offers) {
        if (offer.record.runId.isEmpty())
            continue;
        (offer.kind == UnfinishedRuns::Offer::Kind::Resume ? resumes : rollbacks) = true;
    }
    if (rollbacks && !resumes)
        return tr("Restores you can roll back");
    if (rollbacks)
        return tr("Left unfinished, or restores you can roll back");
    return tr("Left unfinished");
}

void WelcomePage::resume(int offer)
{
    const UnfinishedRuns::Offer &chosen = m_offers.at(offer);
    const Scenario *scenario = ScenarioRegistry::find(chosen.record.scenario);
    if (!scenario)
        return;
    m_session->setProfile(chosen.profile);
    m_session->setScenario(scenario);
    m_session->setOptions(chosen.record.options);
    m_session->setResuming(chosen.record);
    // The Run page changes the cluster straight away: no way back from it.
    setCommitPage(true);
    takeShortcut(Shortcut::Resume);
}

void WelcomePage::rollBack(int offer)
{
    const UnfinishedRuns::Offer &chosen = m_offers.at(offer);
    const Scenario *scenario = ScenarioRegistry::find(ScenarioIds::rollbackRestore);
    QString error;
    const QVariantMap options = scenario->completeOptions(chosen.profile, {{OptionNames::run, chosen.record.runId}}, &error);
    if (!error.isEmpty())
        return;
    m_session->setTask(TaskChoice::Recover);
    m_session->setProfile(chosen.profile);
    m_session->setScenario(scenario);
    m_session->setOptions(options);
    m_session->setResuming(std::nullopt);
    setCommitPage(false);
    takeShortcut(Shortcut::Rollback);
}

void WelcomePage::setAside(int offer)
{
    WizardSettings::setAside(m_offers.at(offer).record.runId);
    m_offers[offer].record.runId.clear();
    showOffers();
}

void WelcomePage::openCatalog()
{
    QStringList profiles = WizardSettings::recentProfiles();
    if (m_session->hasProfile() && !profiles.contains(m_session->profile().filePath))
        profiles.prepend(m_session->profile().filePath);
    auto *window = new CatalogWindow(profiles, DataPaths::runsDirectory(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &QDialog::finished, this, [this, window] {
        if (!window->offerToResume()) {
            findOffers(); // a run may have been set aside there
            return;
        }
        m_offers.append(*window->offerToResume());
        resume(int(m_offers.size() - 1));
    });
    window->open();
}

void WelcomePage::takeShortcut(Shortcut shortcut)
{
    m_shortcut = shortcut;
    Q_EMIT completeChanged();
    wizard()->next();
}

} // namespace Lifeboat
