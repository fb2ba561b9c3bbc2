// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxPage.h"

#include "PageId.h"
#include "TopologyView.h"
#include "WizardSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cluster/NodeController.h>
#include <memory>
#include <profile/ClusterProfile.h>
#include <sandbox/SandboxFaults.h>
#include <sandbox/SandboxFileSystem.h>
#include <sandbox/SandboxHosts.h>
#include <sandbox/SandboxReset.h>

namespace Lifeboat {

namespace {
constexpr int refreshIntervalMs = 3000;

// Blocking, on a worker thread: the hosts and the file system image first,
// as `lifeboat sandbox start` does, then each node that is not running.
QString startSandbox(const ClusterProfile &profile)
{
    QString error;
    const auto hosts = SandboxHosts::load(profile.directory(), &error);
    if (!error.isEmpty())
        return error;
    if (hosts && !hosts->startAll(&error))
        return error;
    if (QFileInfo::exists(QDir(profile.directory()).filePath(SandboxFileSystem::imageFile()))
        && !SandboxFileSystem::mount(profile.directory(), &error))
        return error;
    const NodeController controller(profile);
    for (const NodeProfile *node : controller.startOrder()) {
        if (controller.status(*node).running)
            continue;
        const NodeController::Result started = controller.start(*node);
        if (!started.ok)
            return SandboxPage::tr("Could not start %1: %2").arg(node->name, started.error);
    }
    return {};
}

QString stopSandbox(const ClusterProfile &profile)
{
    const NodeController controller(profile);
    for (const NodeProfile *node : controller.stopOrder()) {
        if (controller.status(*node).stopped())
            continue;
        const NodeController::Result stopped = controller.stop(*node);
        if (!stopped.ok)
            return SandboxPage::tr("Could not stop %1: %2").arg(node->name, stopped.error);
    }
    return {};
}
} // namespace

SandboxPage::SandboxPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_topology(new TopologyView(this))
    , m_start(new QPushButton(tr("&Start all nodes"), this))
    , m_stop(new QPushButton(tr("S&top all nodes"), this))
    , m_fault(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_break(new QPushButton(tr("Brea&k it"), this))
    , m_reset(new QPushButton(tr("&Reset the sandbox…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_practice(new QButtonGroup(this))
    , m_refreshTimer(new QTimer(this))
{
    setTitle(tr("The training sandbox"));
    setSubTitle(tr("A practice cluster of real node processes on this machine. Break it on purpose, then "
                   "recover it with the same scenarios as a real cluster."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_topology, 1);

    auto *controls = new QGridLayout;
    controls->addWidget(m_start, 0, 0);
    controls->addWidget(m_stop, 0, 1);
    controls->addWidget(m_reset, 0, 3);
    auto *faultLabel = new QLabel(tr("&Fault:"), this);
    faultLabel->setBuddy(m_fault);
    auto *breakRow = new QHBoxLayout;
    breakRow->addWidget(faultLabel);
    breakRow->addWidget(m_fault, 1);
    auto *nodeLabel = new QLabel(tr("N&ode:"), this);
    nodeLabel->setBuddy(m_node);
    breakRow->addWidget(nodeLabel);
    breakRow->addWidget(m_node);
    breakRow->addWidget(m_break);
    controls->addLayout(breakRow, 1, 0, 1, 4);
    controls->setColumnStretch(2, 1);
    layout->addLayout(controls);
    for (const QString &fault : SandboxFaults::names())
        m_fault->addItem(SandboxFaults::title(fault), fault);
    m_fault->setAccessibleName(tr("Fault"));
    // The list shows each title whole; the box itself never widens the page.
    m_fault->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fault->setMinimumContentsLength(28);
    m_node->setAccessibleName(tr("Node"));

    auto *busyRow = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    m_result->setAccessibleName(tr("Result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_result, 1);
    layout->addLayout(busyRow);

    auto *practice = new QGroupBox(tr("Then practise"), this);
    auto *practiceLayout = new QVBoxLayout(practice);
    const auto addPractice = [&](TaskChoice task, const QString &text) {
        auto *button = new QRadioButton(text, practice);
        m_practice->addButton(button, static_cast<int>(task));
        practiceLayout->addWidget(button);
    };
    addPractice(TaskChoice::Backup, tr("Back &up the sandbox"));
    addPractice(TaskChoice::Recover, tr("Re&cover the sandbox from a failure"));
    addPractice(TaskChoice::Rehearse, tr("Re&hearse a restore of the sandbox"));
    addPractice(TaskChoice::Drill, tr("Run a training &drill: a hidden fault, a clock and a score"));
    m_practice->button(static_cast<int>(TaskChoice::Backup))->setChecked(true);
    layout->addWidget(practice);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SandboxPage::refreshStates);
    connect(m_start, &QPushButton::clicked, this, &SandboxPage::startAll);
    connect(m_stop, &QPushButton::clicked, this, &SandboxPage::stopAll);
    connect(m_break, &QPushButton::clicked, this,
        [this] { breakNode(m_fault->currentData().toString(), m_node->currentText()); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Reset the sandbox"),
            tr("Stop every node and build the sandbox again as it was created? The sandbox as it is now is "
               "moved "
               "aside, not deleted."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            reset();
    });
    connect(m_fault, &QComboBox::currentIndexChanged, this, &SandboxPage::faultChanged);
    connect(m_session, &WizardSession::drillChanged, this, &SandboxPage::updateControls);
}

void SandboxPage::initializePage()
{
    m_node->clear();
    m_result->clear();
    if (m_session->hasProfile()) {
        m_topology->setProfile(m_session->profile());
        m_node->addItems(m_session->profile().nodeNames());
        if (!m_session->profile().sandbox)
            m_result->setText(
                tr("%1 is not a training sandbox. Go back and choose \"Use the training sandbox\".")
                    .arg(m_session->profile().name));
    }
    updateControls();
    refreshStates();
}

void SandboxPage::cleanupPage()
{
    // Back to the Cluster page: it leads here again.
    m_session->setTask(TaskChoice::Sandbox);
    m_refreshTimer->stop();
}

bool SandboxPage::isComplete() const
{
    return !m_busy && m_session->hasProfile() && m_session->profile().sandbox;
}

bool SandboxPage::validatePage()
{
    m_session->setTask(static_cast<TaskChoice>(m_practice->checkedId()));
    return true;
}

int SandboxPage::nextId() const
{
    return m_practice->checkedId() == static_cast<int>(TaskChoice::Drill) ? Page_Drill : Page_Scenario;
}

QString SandboxPage::resultText() const
{
    return m_result->text();
}

void SandboxPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    m_refreshTimer->start();
}

void SandboxPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWizardPage::hideEvent(event);
}

void SandboxPage::startAll()
{
    act(tr("Starting the nodes…"), [](const ClusterProfile &profile) {
        const QString error = startSandbox(profile);
        return Outcome{ error.isEmpty(), error.isEmpty() ? tr("Every node is running.") : error, {} };
    });
}

void SandboxPage::stopAll()
{
    act(tr("Stopping the nodes…"), [](const ClusterProfile &profile) {
        const QString error = stopSandbox(profile);
        return Outcome{ error.isEmpty(), error.isEmpty() ? tr("Every node is stopped.") : error, {} };
    });
}

void SandboxPage::breakNode(const QString &fault, const QString &node)
{
    act(tr("Breaking the sandbox…"), [fault, node](const ClusterProfile &profile) {
        SandboxFaults faults(profile);
        if (!faults.inject(fault, SandboxFaults::needsNode(fault) ? node : QString()))
            return Outcome{ false, faults.errorString(), {} };
        return Outcome{ true, faults.description(), {} };
    });
}

void SandboxPage::reset()
{
    act(tr("Stopping the nodes and building the sandbox again…"), [](const ClusterProfile &profile) {
        SandboxReset reset(profile);
        if (!reset.reset())
            return Outcome{ false, reset.errorString(), {} };
        return Outcome{ true,
            tr("The sandbox is as it was built, with its nodes stopped; start them to go on. The sandbox "
               "as it was is in %1.")
                .arg(QDir::toNativeSeparators(reset.setAsidePath())),
            profile.filePath };
    });
}

void SandboxPage::act(const QString &doing, std::function<Outcome(const ClusterProfile &)> work)
{
    if (m_busy || !m_session->hasProfile())
        return;
    m_busy = true;
    m_progress->show();
    m_result->setText(doing);
    updateControls();
    Q_EMIT completeChanged();
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile, work] {
        Outcome outcome = work(*profile);
        if (!outcome.newProfile.isEmpty()) {
            // Rebuilt: its nodes have new ports, read the profile again here.
            QString error;
            if (!ClusterProfile::load(outcome.newProfile, &error))
                return Outcome{ false, error, {} };
        }
        return outcome;
    }).then(this, [this](const Outcome &outcome) { finish(outcome); });
}

void SandboxPage::finish(const Outcome &outcome)
{
    if (!outcome.newProfile.isEmpty()) {
        QString error;
        if (const auto profile = ClusterProfile::load(outcome.newProfile, &error)) {
            m_session->setProfile(*profile);
            m_topology->setProfile(*profile);
        }
    }
    m_busy = false;
    m_progress->hide();
    m_result->setText(outcome.text);
    updateControls();
    Q_EMIT completeChanged();
    refreshStates();
    Q_EMIT actionFinished(outcome.ok);
}

void SandboxPage::refreshStates()
{
    if (m_refreshing || !m_session->hasProfile())
        return;
    m_refreshing = true;
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile] {
        return NodeController(*profile).statusOfAll();
    }).then(this, [this, profile](const QList<NodeStatus> &statuses) {
        m_refreshing = false;
        if (m_session->hasProfile() && m_session->profile().filePath == profile->filePath)
            m_topology->setStatuses(statuses);
    });
}

void SandboxPage::updateControls()
{
    const bool usable = !m_busy && m_session->hasProfile() && m_session->profile().sandbox;
    for (QWidget *control :
        { static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_fault),
            static_cast<QWidget *>(m_break), static_cast<QWidget *>(m_reset) })
        control->setEnabled(usable);
    // During a drill the sandbox is the trainee's to recover: breaking it
    // more or rebuilding it would spoil the drill (the trainer page calls a
    // drill off).
    const QString duringDrill = tr("Not during a training drill.");
    for (QPushButton *spoiler : {m_break, m_reset}) {
        spoiler->setEnabled(usable && !m_session->drill());
        spoiler->setToolTip(m_session->drill() ? duringDrill : QString());
    }
    m_fault->setEnabled(m_break->isEnabled());
    faultChanged();
}

void SandboxPage::faultChanged()
{
    m_node->setEnabled(m_break->isEnabled() && SandboxFaults::needsNode(m_fault->currentData().toString()));
}

} // namespace Lifeboat
