// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioPage.h"

#include "PageId.h"
#include <scenarios/RecoveryAdvisor.h>
#include <scenarios/SharedDataCheck.h>
#include "WizardSession.h"
#include "WizardSettings.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cluster/NodeController.h>
#include <memory>
#include <optional>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

namespace Lifeboat {

namespace {
// The scenarios a task offers; a rollback is chosen on the welcome page,
// beside the restore it undoes, and listed here once chosen.
std::optional<ScenarioCategory> categoryFor(TaskChoice task)
{
    switch (task) {
    case TaskChoice::Backup:
        return ScenarioCategory::Backup;
    case TaskChoice::Recover:
        return ScenarioCategory::Recovery;
    case TaskChoice::Rehearse:
        return ScenarioCategory::Rehearsal;
    case TaskChoice::Sandbox:
    case TaskChoice::Drill:
        break;
    }
    return std::nullopt;
}
} // namespace

ScenarioPage::ScenarioPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_choices(new QButtonGroup(this))
    , m_list(new QVBoxLayout)
    , m_none(new QLabel(this))
    , m_recommendation(new QLabel(this))
{
    setTitle(tr("Choose how"));
    setSubTitle(
        tr("Each way has its own cost. The recommendation below is based on the nodes' current state."));

    // The page scrolls rather than squeezing its texts: the descriptions of
    // a long language (Japanese at 800×600) must never be cut.
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
    m_recommendation->setAccessibleName(tr("Recommendation"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setFrameShape(QFrame::StyledPanel);
    m_recommendation->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_recommendation);
    m_none->setAccessibleName(tr("No scenario available"));
    m_none->setWordWrap(true);
    m_none->hide();
    layout->addWidget(m_none);
    layout->addLayout(m_list);
    layout->addStretch(1);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked || id < 0 || id >= m_scenarios.size())
            return;
        const Scenario *scenario = m_scenarios.at(id);
        if (m_session->scenario() != scenario) {
            m_session->setScenario(scenario);
            // Chosen again after another: the run to roll back is the one
            // the Welcome page named.
            if (scenario == m_held.scenario)
                m_session->setOptions(m_held.options);
        }
        if (scenario != m_held.scenario)
            WizardSettings::setLastScenario(m_session->task(), scenario->id());
        Q_EMIT completeChanged();
    });
}

void ScenarioPage::clearChoices()
{
    for (QAbstractButton *button : m_choices->buttons())
        m_choices->removeButton(button);
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_scenarios.clear();
}

void ScenarioPage::initializePage()
{
    clearChoices();
    if (const std::optional<ScenarioCategory> category = categoryFor(m_session->task()))
        m_scenarios = ScenarioRegistry::ofCategory(*category);
    // A rollback chosen on the Welcome page, with the run it undoes, comes first.
    m_held = {};
    if (const Scenario *chosen = m_session->scenario();
        chosen && chosen->category() == ScenarioCategory::Rollback && !m_session->options().isEmpty()) {
        m_held = { chosen, m_session->options() };
        m_scenarios.prepend(chosen);
    }

    // The last scenario chosen for this task, unless one is chosen already.
    const Scenario *preselected = m_session->scenario();
    if (!preselected || !m_scenarios.contains(preselected))
        preselected = ScenarioRegistry::find(WizardSettings::lastScenario(m_session->task()));
    for (int i = 0; i < m_scenarios.size(); ++i) {
        const Scenario *scenario = m_scenarios.at(i);
        auto *button = new QRadioButton(scenario->title(), this);
        button->setObjectName(scenario->id());
        button->setAccessibleName(scenario->title());
        button->setAccessibleDescription(scenario->description());
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        m_choices->addButton(button, i);
        m_list->addWidget(button);
        auto *text = new QLabel(scenario->description(), this);
        text->setWordWrap(true);
        text->setContentsMargins(24, 0, 0, 8);
        m_list->addWidget(text);
        if (scenario == preselected)
            button->setChecked(true);
    }

    m_none->setVisible(m_scenarios.isEmpty());
    m_none->setText(tr("This kind of scenario is not available in this version of Lifeboat. "
                       "Go back and choose another task."));
    m_recommendation->setVisible(!m_scenarios.isEmpty());
    recommend();
    Q_EMIT completeChanged();
}

bool ScenarioPage::isComplete() const
{
    return m_choices->checkedButton() != nullptr;
}

int ScenarioPage::nextId() const
{
    // The held scenario's options came with it: nothing left to choose.
    if (m_held.scenario && m_session->scenario() == m_held.scenario)
        return Page_Checks;
    return Page_Options;
}

QStringList ScenarioPage::listedScenarios() const
{
    QStringList ids;
    for (const Scenario *scenario : m_scenarios)
        ids.append(scenario->id());
    return ids;
}

QString ScenarioPage::recommendation() const
{
    return m_recommendation->text();
}

void ScenarioPage::recommend()
{
    m_recommended.clear();
    m_session->setSuggestedNode({});
    if (m_session->task() == TaskChoice::Recover && m_session->hasProfile() && !m_scenarios.isEmpty()) {
        recommendRecovery();
        return;
    }
    if (m_session->task() != TaskChoice::Backup || !m_session->hasProfile() || m_scenarios.isEmpty()) {
        m_recommendation->setText(tr("Choose the scenario that fits your situation."));
        return;
    }
    m_recommendation->setText(tr("Checking the nodes to recommend a scenario…"));
    const int generation = ++m_generation;
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile] {
        return NodeController(*profile).statusOfAll();
    }).then(this, [this, generation](const QList<NodeStatus> &statuses) {
        if (generation != m_generation)
            return;
        QStringList unsync;
        bool authorsRunning = true;
        for (const NodeStatus &status : statuses) {
            if (status.repositoryUnsync)
                unsync.append(status.name);
            if (status.role != NodeRole::Publish && !status.running)
                authorsRunning = false;
        }
        QStringList lines;
        for (const QString &node : std::as_const(unsync))
            lines.append(tr("%1 reports repository unsync: restore that node before backing up.").arg(node));
        m_recommended = authorsRunning ? ScenarioIds::backupOnline : ScenarioIds::backupOffline;
        const Scenario *scenario = ScenarioRegistry::find(m_recommended);
        const QString title = scenario ? scenario->title() : m_recommended;
        lines.append(authorsRunning
                ? tr("Recommended: <b>%1</b> — every author node is running, so there is no downtime.")
                      .arg(title.toHtmlEscaped())
                : tr("Recommended: <b>%1</b> — not every author node is running.")
                      .arg(title.toHtmlEscaped()));
        m_recommendation->setText(lines.join(QStringLiteral("<br>")));
    });
}

void ScenarioPage::recommendRecovery()
{
    m_recommendation->setText(tr("Checking the nodes to recommend a scenario…"));
    const int generation = ++m_generation;
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile] {
        return RecoveryAdvisor::advise(
            NodeController(*profile).statusOfAll(), SharedDataCheck::damage(*profile));
    }).then(this, [this, generation](const RecoveryAdvisor::Advice &advice) {
        if (generation != m_generation)
            return;
        QStringList lines;
        for (const QString &finding : advice.findings)
            lines.append(finding.toHtmlEscaped());
        const Scenario *scenario = ScenarioRegistry::find(advice.scenario);
        const QString toStart = advice.toStart.join(QStringLiteral(", ")).toHtmlEscaped();
        if (!scenario) {
            lines.append(!advice.toStart.isEmpty()
                    ? tr("Recommended: start %1 with its usual start command. Its repository is intact, so "
                         "nothing needs restoring.")
                          .arg(toStart)
                    : tr("Every node looks healthy. Choose the scenario that fits what you know of the "
                         "failure."));
            m_recommendation->setText(lines.join(QStringLiteral("<br>")));
            return;
        }
        if (!advice.toStart.isEmpty())
            lines.append(tr("%1 only needs starting: its repository is intact.").arg(toStart));
        m_recommended = advice.scenario;
        m_session->setSuggestedNode(advice.node);
        lines.append(advice.node.isEmpty()
                ? tr("Recommended: <b>%1</b>.").arg(scenario->title().toHtmlEscaped())
                : tr("Recommended: <b>%1</b> for %2.")
                      .arg(scenario->title().toHtmlEscaped(), advice.node.toHtmlEscaped()));
        m_recommendation->setText(lines.join(QStringLiteral("<br>")));
        // The recommendation is where a person in an outage starts; a choice
        // they already made stays.
        if (!m_choices->checkedButton()) {
            if (auto *button = findChild<QRadioButton *>(advice.scenario))
                button->setChecked(true);
        }
    });
}

} // namespace Lifeboat
