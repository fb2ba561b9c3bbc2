// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Change.h>

#include <profile/ClusterProfile.h>
#include <logging/LogRecord.h>

#include <QCoreApplication>
#include <QMutex>
#include <QStringList>
#include <QVariantMap>

#include <atomic>

namespace Lifeboat {

class Hosts;
class NodeController;
class SecretStore;

// Whoever runs a step and wants to hear from it while it works. A line given
// to an observer is its to log (the runner logs it under the subsystem of
// the plan's scenario); a context with no observer logs under engine.run.
class StepObserver
{
public:
    virtual ~StepObserver() = default;
    virtual void stepLogged(LogRecord::Level level, const QString &message) = 0;
    virtual void stepProgressed(qint64 done, qint64 total) = 0;
    // A cluster node Lifeboat is about to stop, and one seen answering again
    // after a start: the ends of its downtime (see Downtime).
    virtual void nodeGoingDown(const QString &) { }
    virtual void nodeAnswering(const QString &) { }
};

// What a step gets to do its work: the cluster, its nodes, the run's options
// and directory, and the means to report. A step checks isCancelled()
// between chunks; everything it logs passes through secret redaction first.
// Reporting may come from several threads at once (parts archived in
// parallel), so it is serialized here.
class StepContext
{
    Q_DECLARE_TR_FUNCTIONS(StepContext)

public:
    StepContext(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options,
                QString runDirectory, const std::atomic_bool *cancelled = nullptr, StepObserver *observer = nullptr);

    const ClusterProfile &profile() const { return m_profile; }
    const NodeController &nodes() const { return m_nodes; }
    // The files of every host of the cluster (see hosts/HostFiles).
    Hosts &hosts() const;
    const QVariantMap &options() const { return m_options; }
    QString runDirectory() const { return m_runDirectory; }
    QString runId() const;
    // The run id in a preview: the real one once the run exists, else a
    // placeholder (a dry run has no run yet).
    QString runIdForPreview() const;

    // Whether a preview measures what a step moves (its files and bytes: a
    // walk of the whole tree, seconds for a production repository). On for
    // a person to read; off for the free-space check, which counts only what
    // is written, and for a confirmation answered before the run.
    bool measuresPreview() const { return m_measuresPreview; }
    void setMeasuresPreview(bool measures) { m_measuresPreview = measures; }

    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    void info(const QString &message) { log(LogRecord::Level::Info, message); }
    void warn(const QString &message) { log(LogRecord::Level::Warning, message); }
    void log(LogRecord::Level level, const QString &message);
    void progress(qint64 done, qint64 total);
    void recordChange(const Change &change);
    // Told right before a node's stop command and as soon as a started node answers.
    void nodeGoingDown(const QString &node);
    void nodeAnswering(const QString &node);

    // Ends the step with an error; returns false so that run() can `return fail(...)`.
    bool fail(const QString &message);
    bool failCancelled() { return fail(tr("Cancelled by the user.")); }
    // Ends the step because the backup set it reads is damaged: the run ends
    // as a failed verification does (exit code 3), whichever step found it.
    bool failDamaged(const QString &message)
    {
        m_damaged = true;
        return fail(message);
    }
    bool foundDamage() const { return m_damaged; }
    QString errorString() const { return m_error; }
    ChangeList changes() const;
    QStringList logLines() const;

private:
    const ClusterProfile &m_profile;
    const NodeController &m_nodes;
    const QVariantMap &m_options;
    QString m_runDirectory;
    const std::atomic_bool *m_cancelled;
    StepObserver *m_observer;
    mutable QMutex m_mutex;
    ChangeList m_changes;
    QStringList m_logLines;
    QString m_error;
    bool m_measuresPreview = true;
    std::atomic_bool m_damaged{false};
};

} // namespace Lifeboat
