// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ClusterPage.h"

#include "ErrorLabel.h"
#include "HostStatesView.h"
#include "PageId.h"
#include "DiscoveryDialog.h"
#include "ProfileEditor.h"
#include "ProfileTestDialog.h"
#include "TopologyView.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include <profile/ClusterProfile.h>
#include <support/DataPaths.h>
#include <cluster/NodeController.h>
#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxLayout.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Lifeboat {

namespace {
constexpr int refreshIntervalMs = 3000;

// A profile read on a worker thread, or why not.
struct Opened
{
    std::optional<ClusterProfile> profile;
    QString error;
    QList<ProfileProblem> problems;
};
} // namespace

ClusterPage::ClusterPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_openButton(new QPushButton(tr("&Open a cluster profile…"), this))
    , m_sandboxButton(new QPushButton(tr("Use the training &sandbox"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_describeButton(new QPushButton(tr("&Describe a new cluster…"), this))
    , m_testButton(new QPushButton(tr("&Test this profile…"), this))
    , m_busy(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_hosts(new HostStatesView(this))
    , m_topology(new TopologyView(this))
    , m_refreshTimer(new QTimer(this))
{
    setTitle(tr("Choose the cluster"));
    setSubTitle(tr("Open the profile that describes your AEM Forms cluster, or practise on the training sandbox."));

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_openButton->setAccessibleName(tr("Open a cluster profile"));
    m_sandboxButton->setAccessibleName(tr("Use the training sandbox"));
    m_editButton->setAccessibleName(tr("Edit the cluster profile"));
    m_editButton->setToolTip(tr("Review and change the open profile as a form, checked as you type."));
    // Return goes to the wizard's Next, not to the button that has the focus.
    m_openButton->setAutoDefault(false);
    m_sandboxButton->setAutoDefault(false);
    m_editButton->setAutoDefault(false);
    m_editButton->setEnabled(false);
    m_describeButton->setToolTip(tr("Name the cluster's hosts; Lifeboat looks there for its nodes and storage, and you review "
                                    "and save what it found as a new profile."));
    m_describeButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Check what the open profile says against the cluster, changing nothing: hosts, paths, "
                                "roles, databases, status URLs."));
    m_testButton->setAutoDefault(false);
    m_testButton->setEnabled(false);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_describeButton);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // What to do with the open profile, on a row of its own: five buttons on
    // one row would widen the window in longer languages.
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_editButton);
    profileButtons->addWidget(m_testButton);
    profileButtons->addStretch(1);
    layout->addLayout(profileButtons);

    auto *busyRow = new QHBoxLayout;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setWordWrap(true);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_progress, 1);
    layout->addLayout(busyRow);

    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_profileLabel->setAccessibleName(tr("Loaded profile"));
    m_profileLabel->setWordWrap(true);
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_profileLabel);
    // A cluster of many hosts, some with a reason to read, is taller than
    // the window: it scrolls rather than squeezing the rows or the drawing.
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("The cluster's hosts and nodes"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    // Above the cluster: a profile with many problems lists them all, scrolling.
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_hosts);
    contentLayout->addWidget(m_topology, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ClusterPage::refreshStates);
    connect(m_openButton, &QPushButton::clicked, this, &ClusterPage::chooseProfile);
    connect(m_sandboxButton, &QPushButton::clicked, this, &ClusterPage::useSandbox);
    connect(m_editButton, &QPushButton::clicked, this, &ClusterPage::editProfile);
    connect(m_describeButton, &QPushButton::clicked, this, &ClusterPage::describeNewCluster);
    connect(m_testButton, &QPushButton::clicked, this, &ClusterPage::testProfile);
    connect(m_hosts, &HostStatesView::statesChanged, this, &ClusterPage::completeChanged);
}

void ClusterPage::initializePage()
{
    if (!m_followsWizard && wizard()) {
        m_followsWizard = true;
        connect(wizard(), &QWizard::currentIdChanged, this, &ClusterPage::currentPageChanged);
    }
    const QString requested = m_session->requestedProfile();
    m_session->setRequestedProfile({});
    if (!requested.isEmpty() && !(m_session->hasProfile() && m_session->profile().filePath == requested)) {
        open(requested, true);
        return;
    }
    if (m_session->hasProfile())
        useProfile(m_session->profile());
}

void ClusterPage::cleanupPage()
{
    ++m_openGeneration;
    m_opening = false;
    m_refreshTimer->stop();
}

void ClusterPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    if (m_session->hasProfile())
        m_refreshTimer->start();
}

void ClusterPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWizardPage::hideEvent(event);
}

bool ClusterPage::validatePage()
{
    m_wentOn = true;
    return true;
}

void ClusterPage::currentPageChanged(int id)
{
    // Back from a later page (its host check failed, say): a host may have
    // changed since it was checked here. (QWizard hides and shows a page as
    // it lays out, so show events do not say that the person came back.)
    if (id != Page_Cluster || !m_wentOn)
        return;
    m_wentOn = false;
    if (m_session->hasProfile() && !m_hosts->isChecking())
        m_hosts->checkAgain();
}

bool ClusterPage::isComplete() const
{
    return !m_opening && m_session->hasProfile() && !m_hosts->isChecking() && m_hosts->allUsable();
}

int ClusterPage::nextId() const
{
    // The sandbox task has a page of its own first; from it, the scenarios.
    return m_session->task() == TaskChoice::Sandbox ? Page_Sandbox : Page_Scenario;
}

void ClusterPage::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a cluster profile"), QString(),
                                                      tr("Cluster profiles (*.json)"));
    if (!path.isEmpty())
        openProfile(path);
}

void ClusterPage::editProfile()
{
    if (!m_session->hasProfile() || m_session->profile().sandbox)
        return;
    const ClusterProfile profile = m_session->profile();
    ProfileEditor editor(profile, profile.filePath, this);
    if (editor.exec() == QDialog::Accepted && !editor.savedPath().isEmpty())
        openProfile(editor.savedPath());
}

void ClusterPage::describeNewCluster()
{
    DiscoveryDialog discovery(this);
    if (discovery.exec() != QDialog::Accepted)
        return;
    // Nothing is written until the person has seen the draft and saves it.
    ProfileEditor editor(discovery.draft(), discovery.profilePath(), this);
    if (editor.exec() == QDialog::Accepted && !editor.savedPath().isEmpty())
        openProfile(editor.savedPath());
}

void ClusterPage::testProfile()
{
    if (!m_session->hasProfile())
        return;
    ProfileTestDialog dialog(m_session->profile(), this);
    dialog.runTests();
    dialog.exec();
}

// The sandbox's profile is the sandbox's own: it rewrites it, so it is not edited here.
void ClusterPage::updateEditButton()
{
    const bool editable = m_session->hasProfile() && !m_session->profile().sandbox && !m_session->profile().filePath.isEmpty();
    const bool idle = m_openButton->isEnabled() && !m_opening;
    m_editButton->setEnabled(editable && idle);
    m_testButton->setEnabled(m_session->hasProfile() && idle);
    m_describeButton->setEnabled(idle);
}

void ClusterPage::openProfile(const QString &path)
{
    open(path, false);
}

void ClusterPage::open(const QString &path, bool orTheSessions)
{
    m_opening = true;
    updateEditButton();
    const int generation = ++m_openGeneration;
    Q_EMIT completeChanged();
    // Reading the file is disk work: on a worker thread.
    QtConcurrent::run([path] {
        Opened opened;
        opened.profile = ClusterProfile::load(path, &opened.problems);
        return opened;
    }).then(this, [this, path, orTheSessions, generation](const Opened &opened) {
        if (generation != m_openGeneration)
            return;
        m_opening = false;
        updateEditButton();
        if (opened.profile) {
            useProfile(*opened.profile);
        } else {
            showProblems(path, opened.problems);
            if (orTheSessions && m_session->hasProfile())
                useProfile(m_session->profile());
            Q_EMIT completeChanged();
        }
        Q_EMIT profileOpened(opened.profile.has_value());
    });
}

// Every problem of the file at once, each with its line and column, as
// `lifeboat profile check` lists them: one round of editing fixes them all.
void ClusterPage::showProblems(const QString &path, const QList<ProfileProblem> &problems)
{
    // Plain text, one problem a line: the error colour reads the same on
    // every palette (rich text drew parts of it weaker on a dark one).
    QStringList lines{tr("Could not open %1. Fix these problems in the file and open it again:").arg(QDir::toNativeSeparators(path))};
    for (const ProfileProblem &problem : problems) {
        if (!problem.isError())
            continue;
        QStringList where;
        if (problem.line > 0)
            where.append(tr("line %1, column %2").arg(problem.line).arg(problem.column));
        if (!problem.keyPath.isEmpty())
            where.append(problem.keyPath);
        lines.append(QStringLiteral("• ") + (where.isEmpty() ? QString() : where.join(QStringLiteral(", ")) + QStringLiteral(": "))
                     + problem.text());
    }
    m_error->setTextFormat(Qt::PlainText);
    m_error->setText(lines.join(u'\n'));
    m_error->show();
}

void ClusterPage::useProfile(const ClusterProfile &profile)
{
    m_error->hide();
    m_error->clear();
    if (!m_session->hasProfile() || &profile != &m_session->profile())
        m_session->setProfile(profile);

    if (!profile.filePath.isEmpty())
        WizardSettings::addRecentProfile(QFileInfo(profile.filePath).absoluteFilePath());

    m_profileLabel->setText(tr("Cluster <b>%1</b> — %2").arg(profile.name.toHtmlEscaped(),
                                                            QDir::toNativeSeparators(profile.filePath).toHtmlEscaped()));
    m_topology->setProfile(profile);
    m_hosts->setProfile(profile);
    updateEditButton();
    Q_EMIT completeChanged();
    refreshStates();
    if (isVisible())
        m_refreshTimer->start();
}

void ClusterPage::refreshStates()
{
    if (m_refreshing || !m_session->hasProfile())
        return;
    m_refreshing = true;
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile] { return NodeController(*profile).statusOfAll(); }).then(this, [this, profile](const QList<NodeStatus> &statuses) {
        m_refreshing = false;
        if (m_session->hasProfile() && m_session->profile().filePath == profile->filePath)
            m_topology->setStatuses(statuses);
    });
}

void ClusterPage::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_progress->setText(text);
    m_sandboxButton->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
    updateEditButton();
}

void ClusterPage::useSandbox()
{
    const QString directory = QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("sandbox"));
    setBusy(true, tr("Preparing the training sandbox in %1 and starting its nodes…")
                      .arg(QDir::toNativeSeparators(directory)));
    m_error->hide();
    QtConcurrent::run([directory] {
        Opened result;
        const QString profilePath = QDir(directory).filePath(SandboxLayout::profileFile());
        if (!QFileInfo::exists(profilePath)) {
            SandboxBuilder builder(directory, SandboxOptions());
            if (!builder.create()) {
                result.error = builder.errorString();
                return result;
            }
        }
        QString error;
        result.profile = ClusterProfile::load(profilePath, &error);
        if (!result.profile) {
            result.error = error;
            return result;
        }
        const NodeController controller(*result.profile);
        for (const NodeProfile *node : controller.startOrder()) {
            if (controller.status(*node).running)
                continue;
            const NodeController::Result started = controller.start(*node);
            if (!started.ok) {
                result.error = ClusterPage::tr("Could not start %1: %2").arg(node->name, started.error);
                break;
            }
        }
        return result;
    }).then(this, [this](const Opened &result) {
        setBusy(false);
        if (result.profile)
            useProfile(*result.profile);
        if (!result.error.isEmpty()) {
            m_error->setTextFormat(Qt::PlainText);
            m_error->setText(result.error);
            m_error->show();
        }
    });
}

} // namespace Lifeboat
