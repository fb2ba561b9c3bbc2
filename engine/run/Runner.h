// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Confirmer.h>
#include <run/Downtime.h>
#include <run/Journal.h>
#include <run/Plan.h>
#include <run/RunLock.h>
#include <run/RunRecord.h>
#include <run/StepContext.h>

#include <profile/ClusterProfile.h>
#include <logging/LogRecord.h>
#include <cluster/NodeController.h>
#include <cluster/RepositoryLock.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lifeboat {

// Runs a plan: its steps in order on a worker thread, asking the Confirmer
// before each destructive step, then the armed cleanup steps whatever
// happened. The journal gets an fsync'ed entry before and after every step.
// A run picked up again with resume() skips the steps that ended well,
// repeats the one that was in flight and finishes the plan. A run that
// failed (a host lost mid-step, a full disk) can be retried the same way,
// from its failed step or, when its cleanup undid everything (a backup),
// from its first; its cleanup then runs again at the end.
class Runner : public QObject, private StepObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    enum class Outcome { Succeeded, Failed, Cancelled, Declined };
    Q_ENUM(Outcome)

    Runner(const ClusterProfile &profile, std::unique_ptr<Plan> plan, Confirmer *confirmer, QObject *parent = nullptr);
    ~Runner() override;

    // The cluster's run lock, when the caller took it before the checks (the
    // command line does); otherwise begin() and resume() take it. Either
    // way the runner holds it until the run ends.
    void setClusterLock(std::unique_ptr<RunLock> lock) { m_clusterLock = std::move(lock); }
    // A new run in a new directory below `runsDirectory`; false (and nothing
    // done) when another run holds the cluster.
    [[nodiscard]] bool begin(const QString &runsDirectory);
    enum class Retry { No, FromFailedStep, FromStart };
    // An interrupted run (or, with `retry`, a failed one), whose plan must
    // match what its journal recorded.
    [[nodiscard]] bool resume(const RunRecord &record, Retry retry = Retry::No);

    QFuture<void> start(); // on a worker thread
    void runHere();        // on the calling thread
    // The run stops before its next step: the step running now finishes
    // (an online copy is not abandoned half-way), then the cleanup runs.
    void cancel() { m_cancelled = true; }
    // As cancel(), and the step running now stops at its next chunk too
    // (the window is closing): what it leaves is for its cleanup.
    void stopNow()
    {
        m_cancelled = true;
        m_stopStep = true;
    }
    bool isCancelling() const { return m_cancelled; }

    Outcome outcome() const { return m_outcome; }
    // The main step that failed, or -1.
    int failedStep() const { return m_failedStep; }
    // That step failed because the backup set it read is damaged (see
    // StepContext::failDamaged).
    bool failedOnDamagedSet() const { return m_failedOnDamagedSet; }
    // A cleanup step failed: the run failed, whatever its main steps did,
    // and the journal says what is left to do by hand.
    bool cleanupFailed() const { return m_cleanupFailed; }
    QString errorString() const { return m_error; }
    QString runDirectory() const { return m_runDirectory; }
    const Plan &plan() const { return *m_plan; }

    static QString outcomeName(Outcome outcome);

Q_SIGNALS:
    void stepStarted(int index, bool cleanup, const QString &title);
    // `result` is a StepResult word: ok, failed or cancelled.
    void stepFinished(int index, bool cleanup, bool succeeded, const QString &message, const QString &result);
    void progressChanged(int index, double stepFraction, double overallFraction);
    void logged(const Lifeboat::LogRecord &record);
    // A node's downtime began (its stop command went out at `since`), or
    // ended when it answered again `at`. A resumed run tells again of the nodes
    // still down when it was interrupted.
    void nodeDown(const QString &node, const QDateTime &since);
    void nodeUp(const QString &node, const QDateTime &at);
    void finished(Lifeboat::Runner::Outcome outcome);

private:
    void execute();
    bool runMainSteps();
    void runCleanup();
    bool runStep(int index, bool cleanup);
    bool confirm(int index);
    bool journal(JournalEntry entry);
    bool lockRun();
    bool lockCluster();
    void stepLogged(LogRecord::Level level, const QString &message) override;
    void stepProgressed(qint64 done, qint64 total) override;
    void nodeGoingDown(const QString &node) override;
    void nodeAnswering(const QString &node) override;

    const ClusterProfile &m_profile;
    std::unique_ptr<Plan> m_plan;
    Confirmer *m_confirmer;
    NodeController m_nodes;
    QString m_runDirectory;
    std::unique_ptr<Journal> m_journal;
    QFile m_log; // run.log: every line the steps logged, secrets redacted
    std::unique_ptr<RepositoryLock> m_runLock;
    std::unique_ptr<RunLock> m_clusterLock; // one run per cluster

    RunRecord m_resumed;
    Downtime m_downtime; // of this run, resumed runs included
    Retry m_retry = Retry::No;
    std::atomic_bool m_cancelled{ false }; // before the next step
    std::atomic_bool m_stopStep{ false }; // the running main step too: all a step's context sees
    Outcome m_outcome = Outcome::Succeeded;
    int m_lastStarted = -1;
    int m_failedStep = -1;
    bool m_failedOnDamagedSet = false;
    bool m_cleanupFailed = false;
    int m_currentIndex = 0;
    QElapsedTimer m_progressClock;
    QString m_error;
};

} // namespace Lifeboat
