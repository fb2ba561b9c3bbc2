// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "TimeLeft.h"

#include <run/Runner.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lifeboat {

class DialogConfirmer;
class LogView;
class WizardSession;

// Runs the plan: the engine's Runner on a worker thread, each step's state
// and progress, the overall progress with elapsed time, the live log, and a
// cancel that takes effect between steps (the cleanup steps still run).
// Confirmations come up as dialogs; the window never waits on the work.
// When the session carries an interrupted run, the page resumes it (the
// steps that ended well are skipped) instead of starting a new one. The plan
// is built, and the run's directory, lock and journal begun, on worker
// threads too; the nodes' downtime shows as the runner reports it, live
// while a node is down. The plan from the same profile and completed options as the
// Plan page's, which gives the same plan.
class RunPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardSession *session, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_finished; }
    int nextId() const override;

    bool isRunning() const { return m_runner && !m_finished; }
    // Asks first; returns true when a cancel was requested.
    bool requestCancel();
    LogView *logView() const { return m_log; }
    Runner *runner() const { return m_runner.get(); }

Q_SIGNALS:
    // The runner is built and begun, and starts right after: its signals
    // can be connected to now.
    void runStarting();
    void runFinished(Lifeboat::Runner::Outcome outcome);

private:
    void beginRun(std::unique_ptr<Plan> plan, const std::optional<RunRecord> &resuming);
    void startRun(bool begun, bool resuming, Runner::Retry retry);
    void fillSteps(const Plan &plan);
    QTreeWidgetItem *item(int index, bool cleanup) const;
    void markEndedBefore(const RunRecord &record);
    void stepStarted(int index, bool cleanup);
    void stepFinished(int index, bool cleanup, bool succeeded, const QString &message, const QString &result);
    void progressChanged(int index, double stepFraction, double overall);
    void finished(Runner::Outcome outcome);
    // At the end: the steps the run never reached say so ("not run").
    void markNotRun();
    void tick();
    void showDowntime();

    WizardSession *m_session;
    QTreeWidget *m_steps;
    QProgressBar *m_overall;
    QLabel *m_status;
    QLabel *m_elapsed;
    QLabel *m_backupMode;
    QLabel *m_downtime; // "node2 down for 0:04", ticking while a node is down
    Downtime m_down;    // as the runner reports it
    QDateTime m_backupModeEnds; // invalid while no backup mode with a timeout is on
    QPushButton *m_cancel;
    LogView *m_log;
    std::unique_ptr<DialogConfirmer> m_confirmer;
    std::unique_ptr<Runner> m_runner;
    QFuture<bool> m_beginning; // the runner's begin() or resume() on a worker
    QFuture<void> m_work;
    QFuture<void> m_report; // the worker's part only: the destructor waits for it
    QHash<int, QTreeWidgetItem *> m_mainItems;
    QHash<int, QTreeWidgetItem *> m_cleanupItems;
    QElapsedTimer m_clock;
    TimeLeft m_timeLeft; // on m_clock
    QTimer m_tick;
    bool m_preparing = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Lifeboat
