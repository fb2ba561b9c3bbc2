// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Runner.h"

#include <run/FailPoint.h>
#include <run/PlanWalk.h>
#include <run/ReportWriter.h>
#include <run/RunResult.h>

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <scenarios/ScenarioRegistry.h>
#include <lifeboat/Version.h>
#include <support/AccountNames.h>

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr int progressIntervalMs = 100;
} // namespace

Runner::Runner(const ClusterProfile &profile, std::unique_ptr<Plan> plan, Confirmer *confirmer, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_plan(std::move(plan))
    , m_confirmer(confirmer)
    , m_nodes(profile)
{
    qRegisterMetaType<LogRecord>();
}

Runner::~Runner() = default;

QString Runner::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return RunResult::succeeded;
    case Outcome::Failed: return RunResult::failed;
    case Outcome::Cancelled: return RunResult::cancelled;
    case Outcome::Declined: return RunResult::declined;
    }
    return {};
}

bool Runner::lockRun()
{
    m_runLock = std::make_unique<RepositoryLock>(m_runDirectory);
    if (!m_runLock->acquire(RepositoryLock::TakeOverStale)) {
        m_error = tr("The run %1 is in use by another Lifeboat process: %2").arg(m_runDirectory, m_runLock->errorString());
        return false;
    }
    m_log.setFileName(QDir(m_runDirectory).filePath(QStringLiteral("run.log")));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write %1: %2").arg(m_log.fileName(), m_log.errorString());
        return false;
    }
    m_journal = std::make_unique<Journal>(QDir(m_runDirectory).filePath(Journal::fileName()));
    if (!m_journal->open()) {
        m_error = m_journal->errorString();
        return false;
    }
    return true;
}

bool Runner::lockCluster()
{
    if (!m_clusterLock)
        m_clusterLock = std::make_unique<RunLock>(m_profile);
    if (m_clusterLock->acquire(m_plan->scenarioId()))
        return true;
    m_error = m_clusterLock->errorString();
    m_clusterLock.reset();
    return false;
}

bool Runner::begin(const QString &runsDirectory)
{
    if (!lockCluster())
        return false;
    // Milliseconds in the id, so that runs sort by their start even when
    // several start in one second (a script, a resume right after a kill).
    const QString id = QStringLiteral("%1-%2-%3")
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                                m_plan->scenarioId())
                           .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    m_runDirectory = QDir(runsDirectory).filePath(id);
    if (!QDir().mkpath(m_runDirectory)) {
        m_error = tr("Cannot create the run directory %1. Check the permissions and free space.").arg(m_runDirectory);
        return false;
    }
    if (!lockRun())
        return false;
    return journal(JournalEntry::RunStart{.scenario = m_plan->scenarioId(),
                                          .profilePath = m_profile.filePath,
                                          .cluster = m_profile.name,
                                          .sandbox = m_profile.sandbox,
                                          .options = m_plan->options(),
                                          .plan = m_plan->outline(),
                                          .user = AccountNames::processUser(),
                                          .host = QSysInfo::machineHostName(),
                                          .pid = qint64(::getpid()),
                                          .version = QString::fromLatin1(versionString)});
}

bool Runner::resume(const RunRecord &record, Retry retry)
{
    if (record.ended && (!record.hasFailed() || retry == Retry::No)) {
        m_error = tr("Run %1 has ended (%2); only an interrupted or a failed run can be picked up again.")
                      .arg(record.runId, record.state());
        return false;
    }
    const PlanOutline outline = m_plan->outline();
    bool same = outline.steps.size() == record.steps.size() && outline.cleanup.size() == record.cleanup.size();
    for (qsizetype i = 0; same && i < outline.steps.size(); ++i)
        same = outline.steps[i].kind == record.steps[i].kind;
    if (!same) {
        m_error = tr("The plan of run %1 can no longer be rebuilt the same way (the profile or Lifeboat changed). "
                     "Finish it by hand following its report, then set it aside.").arg(record.runId);
        return false;
    }
    // The run that held the cluster has ended (its lock went with its process).
    if (!lockCluster())
        return false;
    m_resumed = record;
    m_downtime = record.downtime;
    if (record.ended) {
        // A retry: the failed attempt's cleanup has run; it runs again after this one.
        m_retry = retry;
        for (RunRecord::StepRecord &step : m_resumed.cleanup)
            step.ended = false;
        if (retry == Retry::FromStart) {
            for (RunRecord::StepRecord &step : m_resumed.steps) {
                const PlanOutline::Step planned = step;
                step = RunRecord::StepRecord{planned};
            }
        }
    }
    m_runDirectory = record.directory;
    if (!lockRun())
        return false;
    return journal(JournalEntry::Resume{.pid = qint64(::getpid()), .user = AccountNames::processUser()});
}

QFuture<void> Runner::start()
{
    return QtConcurrent::run([this] { execute(); });
}

void Runner::runHere()
{
    execute();
}

void Runner::execute()
{
    m_progressClock.start();
    for (const Downtime::Interval &interval : m_downtime.intervals()) {
        if (interval.isOpen())
            Q_EMIT nodeDown(interval.node, interval.downAt);
    }
    if (runMainSteps())
        m_outcome = Outcome::Succeeded;
    runCleanup();
    if (m_cleanupFailed && m_outcome == Outcome::Succeeded)
        m_outcome = Outcome::Failed;
    journal(JournalEntry::RunEnd{.result = m_cleanupFailed ? QString(RunResult::cleanupFailed) : outcomeName(m_outcome)});
    QString reportError;
    if (!ReportWriter::write(m_runDirectory, &reportError))
        Logging::logger(Subsystem::run)->error("{}", reportError.toStdString());
    m_runLock.reset();
    m_clusterLock.reset();
    Q_EMIT finished(m_outcome);
}

bool Runner::runMainSteps()
{
    int first = 0;
    if (m_resumed.isValid()) {
        for (const auto &step : m_resumed.steps) {
            if (step.started)
                m_lastStarted = first;
            if (step.ended && step.result != StepResult::ok && m_retry == Retry::FromFailedStep)
                break; // tried again
            if (step.ended && step.result != StepResult::ok) {
                m_failedStep = first;
                m_outcome = step.result == StepResult::cancelled ? Outcome::Cancelled
                          : step.result == StepResult::declined  ? Outcome::Declined
                                                                  : Outcome::Failed;
                return false; // the main steps had ended; only cleanup is left
            }
            if (!(step.ended && step.result == StepResult::ok))
                break;
            ++first;
        }
        if (!m_resumed.confirmations.isEmpty() && !m_resumed.confirmations.last().yes) {
            m_outcome = Outcome::Declined;
            return false;
        }
    }
    return PlanWalk::mainSteps(*m_plan, first, [this](int index) {
        if (m_cancelled) {
            m_outcome = Outcome::Cancelled;
            journal(JournalEntry::Cancel{.before = index});
            return false;
        }
        if (m_plan->step(index).needsConfirmation() && !confirm(index)) {
            m_outcome = Outcome::Declined;
            return false;
        }
        if (!runStep(index, false)) {
            m_failedStep = index;
            m_outcome = m_stopStep ? Outcome::Cancelled : Outcome::Failed;
            return false;
        }
        return true;
    });
}

void Runner::runCleanup()
{
    PlanWalk::cleanupSteps(*m_plan, m_lastStarted, [this](int index) {
        if (m_resumed.isValid() && index < m_resumed.cleanup.size() && m_resumed.cleanup[index].ended
            && m_resumed.cleanup[index].result == StepResult::ok)
            return;
        // A failed cleanup step fails the run; the other cleanup steps still run.
        if (!runStep(index, true))
            m_cleanupFailed = true;
    });
}

bool Runner::confirm(int index)
{
    const Step &step = m_plan->step(index);
    StepContext context(m_profile, m_nodes, m_plan->options(), m_runDirectory);
    // Measuring what a step moves walks the tree while the node is down.
    const bool shown = m_confirmer && m_confirmer->showsChanges(step.isDestructive());
    context.setMeasuresPreview(shown);
    ConfirmationRequest request;
    request.stepIndex = index;
    request.title = step.title();
    request.details = step.details();
    // Changes no one reads are not worked out (Confirmer::showsChanges).
    if (shown || !m_confirmer)
        request.changes = step.preview(context);
    if (step.isDestructive() && Change::keepsEverything(request.changes)) {
        // "Stop node3 — already stopped; left alone": nothing to say yes to.
        stepLogged(LogRecord::Level::Info, tr("%1: nothing to change, so not asked.").arg(step.title()));
        return true;
    }
    request.word = step.confirmationWord().isEmpty() ? m_profile.name : step.confirmationWord();
    request.wordRequired = !m_profile.sandbox;
    // The wait for a person is part of the run's time: the report shows it.
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    QElapsedTimer waited;
    waited.start();
    const bool yes = m_confirmer && m_confirmer->confirm(request);
    journal(JournalEntry::Confirmation{.index = index,
                                       .title = step.title(),
                                       .reason = step.isDestructive() ? JournalEntry::Reason::Destructive : JournalEntry::Reason::Manual,
                                       .yes = yes,
                                       .by = AccountNames::processUser(),
                                       .inAdvance = m_confirmer && m_confirmer->answersInAdvance(),
                                       .asked = asked,
                                       .waitedMs = waited.elapsed()});
    return yes;
}

bool Runner::runStep(int index, bool cleanup)
{
    Step &step = cleanup ? *m_plan->cleanup(index).step : m_plan->step(index);
    const JournalEntry::Phase phase = cleanup ? JournalEntry::Phase::Cleanup : JournalEntry::Phase::Main;
    const QString point = QStringLiteral("%1:%2").arg(cleanup ? QStringLiteral("cleanup") : QStringLiteral("main")).arg(index);
    m_currentIndex = index;
    if (!journal(JournalEntry::StepStart{.phase = phase, .index = index, .title = step.title()}))
        return false;
    if (!cleanup)
        m_lastStarted = index;
    FailPoint::hit(QStringLiteral("started:") + point);
    Q_EMIT stepStarted(index, cleanup, step.title());

    // A cancel waits for the running step (cancel() says so); only stopNow()
    // reaches into it. Cleanup steps must run even then: they get no flag.
    StepContext context(
        m_profile, m_nodes, m_plan->options(), m_runDirectory, cleanup ? nullptr : &m_stopStep, this);
    const bool succeeded = FailPoint::shouldFail(QStringLiteral("started:") + point)
        ? context.fail(tr("Injected failure (LIFEBOAT_FAILPOINT) in step %1.").arg(index + 1))
        : step.run(context);
    const QLatin1String result = succeeded ? StepResult::ok
        : m_stopStep && !cleanup           ? StepResult::cancelled
                                           : StepResult::failed;
    if (!cleanup && !succeeded && context.foundDamage())
        m_failedOnDamagedSet = true;
    QString leftToDo;
    if (cleanup && !succeeded) {
        leftToDo = step.leftToDo(context);
        if (leftToDo.isEmpty())
            leftToDo = tr("\"%1\" did not finish (%2): do by hand what it would have done.").arg(step.title(), context.errorString());
        stepLogged(LogRecord::Level::Error, leftToDo);
    }
    journal(JournalEntry::StepEnd{.phase = phase,
                                  .index = index,
                                  .result = result,
                                  .message = context.errorString(),
                                  .changes = context.changes(),
                                  .log = context.logLines(),
                                  .leftToDo = leftToDo});
    FailPoint::hit(QStringLiteral("ended:") + point);
    Q_EMIT stepFinished(index, cleanup, succeeded, context.errorString(), QString(result));
    if (!cleanup)
        Q_EMIT progressChanged(index, 1.0, double(index + 1) / std::max(1, m_plan->size()));
    return succeeded;
}

bool Runner::journal(JournalEntry entry)
{
    if (m_journal && m_journal->append(std::move(entry)))
        return true;
    m_error = m_journal ? m_journal->errorString() : tr("The run has no journal.");
    Logging::logger(Subsystem::run)->error("{}", m_error.toStdString());
    return false;
}

void Runner::stepLogged(LogRecord::Level level, const QString &message)
{
    const char *names[] = {"trace", "debug", "info", "warning", "error", "critical"};
    m_log.write(QStringLiteral("%1 %2: %3\n")
                    .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(names[int(level)]), message)
                    .toUtf8());
    m_log.flush();
    // Under the subsystem of what the plan does: a backup's lines in engine.backup, a restore's in engine.restore.
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(m_plan->scenarioId());
    const char *logger = category ? loggerName(*category) : Subsystem::run;
    Logging::log(logger, level, message);
    Q_EMIT logged(LogRecord{QDateTime::currentDateTime(), level, QString::fromLatin1(logger), message});
}

void Runner::nodeGoingDown(const QString &node)
{
    if (m_downtime.isDown(node))
        return; // down since an earlier attempt: that is when its downtime began
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_downtime.down(node, now);
    journal(JournalEntry::NodeDown{.node = node});
    Q_EMIT nodeDown(node, now);
}

void Runner::nodeAnswering(const QString &node)
{
    if (!m_downtime.isDown(node))
        return; // not stopped by this run
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_downtime.up(node, now);
    journal(JournalEntry::NodeUp{.node = node});
    Q_EMIT nodeUp(node, now);
}

void Runner::stepProgressed(qint64 done, qint64 total)
{
    if (m_progressClock.elapsed() < progressIntervalMs && done < total)
        return;
    m_progressClock.restart();
    const double fraction = total > 0 ? double(done) / double(total) : 0.0;
    Q_EMIT progressChanged(m_currentIndex, fraction, (m_currentIndex + fraction) / std::max(1, m_plan->size()));
}

} // namespace Lifeboat
