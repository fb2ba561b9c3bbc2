// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunPage.h"

#include "ConfirmationDialog.h"
#include "LogView.h"
#include "PageId.h"
#include "WizardSession.h"

#include <support/DataPaths.h>
#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <ReportRenderer.h>
#include <run/OptionNames.h>
#include <run/Scenario.h>
#include <steps/StepKinds.h>
#include <run/RunResult.h>
#include <run/RunRetry.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Lifeboat {

namespace {
constexpr int progressScale = 1000;

QString clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RunPage::RunPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_steps(new QTreeWidget(this))
    , m_overall(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_backupMode(new QLabel(this))
    , m_downtime(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel &after this step"), this))
    , m_log(new LogView(this))
    , m_confirmer(std::make_unique<DialogConfirmer>(this))
{
    setTitle(tr("Running"));
    setSubTitle(tr("Each step runs in turn. Steps that change the cluster ask first. You can cancel between steps; "
                   "the steps that undo what the run disturbed still run."));
    m_steps->setHeaderLabels({tr("Step"), tr("State")});
    m_steps->setAccessibleName(tr("Steps of the run"));
    m_steps->setRootIsDecorated(false);
    // The titles are long ("Move the repository, shared, … directories to the quarantine"):
    // the state column takes only what its words need.
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_overall->setRange(0, progressScale);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_cancel->setAccessibleName(tr("Cancel the run after the current step"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_status->setWordWrap(true);
    m_backupMode->setAccessibleName(tr("Backup mode timeout"));
    m_backupMode->hide();
    m_downtime->setObjectName(QStringLiteral("downtime"));
    m_downtime->setAccessibleName(tr("Downtime of the nodes"));
    m_downtime->setWordWrap(true);
    m_downtime->hide(); // until a node goes down

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_overall, 1);
    progressRow->addWidget(m_elapsed);
    progressRow->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_backupMode);
    layout->addWidget(m_downtime);
    layout->addWidget(splitter, 1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RunPage::tick);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::requestCancel);
}

RunPage::~RunPage()
{
    // The worker that begins the run uses the runner.
    m_beginning.waitForFinished();
    if (m_runner && !m_finished) {
        m_runner->stopNow(); // the window is going: no waiting for the step
        if (!m_started && m_beginning.result()) {
            // Begun but never started: ended here as cancelled, so that it
            // is not offered as an interrupted run next time.
            m_runner->disconnect();
            m_runner->runHere();
        }
        m_work.waitForFinished();
    }
    m_report.waitForFinished();
}

int RunPage::nextId() const
{
    return Page_Summary;
}

void RunPage::initializePage()
{
    if (m_preparing)
        return; // a run happens once; the page is never shown again for another
    m_preparing = true;
    m_status->setText(tr("Building the plan…"));
    const std::optional<RunRecord> resuming = m_session->resuming();
    m_session->setResuming(std::nullopt);
    // Building reads the disk (a restore reads its set's manifest): on a
    // worker thread, with its own copy of what it needs.
    QtConcurrent::run([scenario = m_session->scenario(), profile = m_session->profile(), options = m_session->options()] {
        return scenario->buildPlan(profile, options);
    }).then(this, [this, resuming](std::unique_ptr<Plan> plan) { beginRun(std::move(plan), resuming); });
}

void RunPage::beginRun(std::unique_ptr<Plan> plan, const std::optional<RunRecord> &resuming)
{
    if (!plan) {
        m_status->setText(tr("The scenario could not build a plan with these options."));
        return;
    }
    fillSteps(*plan);
    m_runner = std::make_unique<Runner>(m_session->profile(), std::move(plan), m_confirmer.get());
    connect(m_runner.get(), &Runner::stepStarted, this, [this](int index, bool cleanup) { stepStarted(index, cleanup); });
    connect(m_runner.get(), &Runner::stepFinished, this, &RunPage::stepFinished);
    connect(m_runner.get(), &Runner::progressChanged, this, &RunPage::progressChanged);
    connect(m_runner.get(), &Runner::logged, m_log, &LogView::append);
    connect(m_runner.get(), &Runner::finished, this, &RunPage::finished);
    connect(m_runner.get(), &Runner::nodeDown, this, [this](const QString &node, const QDateTime &since) {
        m_down.down(node, since);
        showDowntime();
    });
    connect(m_runner.get(), &Runner::nodeUp, this, [this](const QString &node, const QDateTime &at) {
        m_down.up(node, at);
        showDowntime();
    });
    m_confirmer->setPlan(&m_runner->plan());
    m_confirmer->setPlanApproved(m_session->planApproved());
    // A failed run is tried again as `lifeboat resume` does: a backup from
    // its first step (its cleanup undid it), anything else from its failure.
    const Scenario *scenario = resuming ? ScenarioRegistry::find(resuming->scenario) : nullptr;
    const Runner::Retry retry = scenario ? RunRetry::modeFor(*scenario, *resuming) : Runner::Retry::No;
    if (resuming && retry != Runner::Retry::FromStart)
        markEndedBefore(*resuming);
    // The run's directory, its lock and the journal's first fsync'ed entry.
    m_beginning = QtConcurrent::run([runner = m_runner.get(), resuming, retry, runs = DataPaths::runsDirectory()] {
        return resuming ? runner->resume(*resuming, retry) : runner->begin(runs);
    });
    m_beginning.then(this, [this, resuming = resuming.has_value(), retry](bool begun) { startRun(begun, resuming, retry); });
}

void RunPage::startRun(bool begun, bool resuming, Runner::Retry retry)
{
    if (!begun) {
        m_status->setText(m_runner->errorString());
        return;
    }
    m_session->setRunDirectory(m_runner->runDirectory());
    const QString directory = m_runner->runDirectory();
    m_status->setText(!resuming                              ? tr("Run %1").arg(directory)
                      : retry == Runner::Retry::FromStart     ? tr("Trying run %1 again from its first step: it failed, and its "
                                                                  "cleanup undid what it had done").arg(directory)
                      : retry == Runner::Retry::FromFailedStep ? tr("Trying run %1 again from the step that failed").arg(directory)
                                                               : tr("Resuming run %1 from the step that was in flight").arg(directory));
    m_clock.start();
    m_tick.start();
    tick();
    Q_EMIT runStarting();
    m_started = true;
    m_work = m_runner->start();
}

void RunPage::fillSteps(const Plan &plan)
{
    m_steps->clear();
    for (int i = 0; i < plan.size(); ++i) {
        auto *row = new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(i + 1).arg(plan.step(i).title()), tr("waiting")});
        m_mainItems.insert(i, row);
    }
    for (int i = plan.cleanupSize() - 1; i >= 0; --i) {
        auto *row = new QTreeWidgetItem(m_steps, {tr("At the end: %1").arg(plan.cleanup(i).step->title()), tr("if needed")});
        m_cleanupItems.insert(i, row);
    }
}

void RunPage::markEndedBefore(const RunRecord &record)
{
    for (int i = 0; i < record.steps.size(); ++i) {
        QTreeWidgetItem *row = item(i, false);
        if (row && record.steps.at(i).ended && record.steps.at(i).result == StepResult::ok) {
            row->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
            row->setText(1, tr("done before the interruption"));
        }
    }
}

QTreeWidgetItem *RunPage::item(int index, bool cleanup) const
{
    return (cleanup ? m_cleanupItems : m_mainItems).value(index);
}

void RunPage::stepStarted(int index, bool cleanup)
{
    const Step &step = cleanup ? *m_runner->plan().cleanup(index).step : m_runner->plan().step(index);
    if (step.kind() == StepKinds::leaveBackupMode) {
        m_backupModeEnds = {};
        m_backupMode->hide();
    }
    if (QTreeWidgetItem *row = item(index, cleanup)) {
        row->setIcon(0, style()->standardIcon(QStyle::SP_MediaPlay));
        row->setText(1, tr("running"));
        m_steps->scrollToItem(row);
    }
}

void RunPage::stepFinished(
    int index, bool cleanup, bool succeeded, const QString &message, const QString &result)
{
    QTreeWidgetItem *row = item(index, cleanup);
    if (!row)
        return;
    // A backup mode with a timeout ends by itself: count down to it.
    const int timeoutMinutes = m_runner->plan().options().value(OptionNames::timeout).toInt();
    if (!cleanup && succeeded && timeoutMinutes > 0 && m_runner->plan().step(index).kind() == StepKinds::enterBackupMode) {
        m_backupModeEnds = QDateTime::currentDateTimeUtc().addSecs(qint64(timeoutMinutes) * 60);
        m_backupMode->show();
        tick();
    }
    const bool cancelled = result == StepResult::cancelled;
    row->setIcon(0,
        style()->standardIcon(succeeded ? QStyle::SP_DialogApplyButton
                : cancelled             ? QStyle::SP_MediaStop
                                        : QStyle::SP_MessageBoxCritical));
    row->setText(1, succeeded ? tr("done") : cancelled ? tr("cancelled") : tr("failed"));
    row->setToolTip(0, message);
}

void RunPage::progressChanged(int index, double stepFraction, double overall)
{
    const int value = int(overall * progressScale);
    if (value != m_overall->value()) {
        m_overall->setValue(value);
        m_timeLeft.moved(overall, m_clock.elapsed());
    }
    if (QTreeWidgetItem *row = item(index, false); row && stepFraction < 1.0)
        row->setText(1, tr("running, %1 %").arg(int(stepFraction * 100)));
}

void RunPage::tick()
{
    const qint64 elapsed = m_clock.elapsed();
    // A run being cancelled gets no estimate: what is left is the cleanup.
    const qint64 left = m_timeLeft.at(elapsed);
    if (!m_finished && left >= 0 && !m_runner->isCancelling())
        m_elapsed->setText(tr("elapsed %1, about %2 left").arg(clockText(elapsed), clockText(left)));
    else
        m_elapsed->setText(tr("elapsed %1").arg(clockText(elapsed)));
    showDowntime();
    if (m_backupModeEnds.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_backupModeEnds);
        m_backupMode->setText(left > 0 ? tr("The backup mode session times out in %1.").arg(clockText(left))
                                       : tr("The backup mode session timed out %1 ago. In rolling backup mode the server "
                                            "starts a new one; in safe backup mode, GDS files deleted since then may be "
                                            "missing from this backup.").arg(clockText(-left)));
    }
}

void RunPage::showDowntime()
{
    if (m_down.isEmpty())
        return;
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Downtime::Interval &interval : m_down.intervals()) {
        const QString time = Downtime::format(interval.milliseconds(now));
        lines.append(interval.isOpen() ? tr("%1 down for %2").arg(interval.node, time)
                                       : tr("%1 was down for %2").arg(interval.node, time));
    }
    m_downtime->setText(lines.join(QStringLiteral("; ")));
    m_downtime->show();
}

bool RunPage::requestCancel()
{
    if (!isRunning())
        return false;
    const auto answer = QMessageBox::warning(
        this, tr("Cancel the run?"),
        tr("The step that is running now finishes first. Then the run stops, and the steps that undo what it "
           "disturbed still run (nodes started again, backup mode left, an unfinished backup removed). "
           "Cancel the run?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the current step…"));
    return true;
}

void RunPage::markNotRun()
{
    for (QTreeWidgetItem *row : std::as_const(m_mainItems)) {
        if (row->text(1) == tr("waiting"))
            row->setText(1, tr("not run"));
    }
    for (QTreeWidgetItem *row : std::as_const(m_cleanupItems)) {
        if (row->text(1) == tr("if needed"))
            row->setText(1, tr("not needed"));
    }
}

void RunPage::finished(Runner::Outcome outcome)
{
    m_tick.stop();
    m_cancel->hide();
    // The bar shows the work done: full only when every step was.
    if (outcome == Runner::Outcome::Succeeded)
        m_overall->setValue(progressScale);
    m_timeLeft.withdraw();
    markNotRun();
    tick();
    m_status->setText(tr("Writing the report…"));
    // The engine wrote report.html without pictures; the timeline is drawn
    // in on a worker thread (encoding it takes longer than a frame).
    m_report = QtConcurrent::run([directory = m_runner->runDirectory()] {
        QString error;
        if (!ReportRenderer::refresh(directory, &error))
            Logging::logger(Subsystem::ui)->error("{}", error.toStdString());
    });
    m_report.then(this, [this, outcome] {
        m_finished = true;
        switch (outcome) {
        case Runner::Outcome::Succeeded: m_status->setText(tr("Every step succeeded.")); break;
        case Runner::Outcome::Failed: m_status->setText(tr("A step failed; the clean-up steps ran. The summary says what to do.")); break;
        case Runner::Outcome::Cancelled: m_status->setText(tr("Cancelled; the clean-up steps ran.")); break;
        case Runner::Outcome::Declined: m_status->setText(tr("You stopped the run at a confirmation; the clean-up steps ran.")); break;
        }
        Q_EMIT completeChanged();
        Q_EMIT runFinished(outcome);
    });
}

} // namespace Lifeboat
