// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StepContext.h"

#include <run/Journal.h>

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <cluster/NodeController.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
constexpr qsizetype keptLogLines = 200;
} // namespace

StepContext::StepContext(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options,
                         QString runDirectory, const std::atomic_bool *cancelled, StepObserver *observer)
    : m_profile(profile)
    , m_nodes(nodes)
    , m_options(options)
    , m_runDirectory(std::move(runDirectory))
    , m_cancelled(cancelled)
    , m_observer(observer)
{
}

Hosts &StepContext::hosts() const
{
    return m_nodes.hosts();
}

QString StepContext::runId() const
{
    return QDir(m_runDirectory).dirName();
}

QString StepContext::runIdForPreview() const
{
    return QFileInfo::exists(QDir(m_runDirectory).filePath(Journal::fileName())) ? runId() : tr("<run id>");
}

ChangeList StepContext::changes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_changes;
}

QStringList StepContext::logLines() const
{
    const QMutexLocker lock(&m_mutex);
    return m_logLines;
}

void StepContext::recordChange(const Change &change)
{
    const QMutexLocker lock(&m_mutex);
    m_changes.append(change);
}

void StepContext::nodeGoingDown(const QString &node)
{
    const QMutexLocker lock(&m_mutex);
    if (m_observer)
        m_observer->nodeGoingDown(node);
}

void StepContext::nodeAnswering(const QString &node)
{
    const QMutexLocker lock(&m_mutex);
    if (m_observer)
        m_observer->nodeAnswering(node);
}

void StepContext::log(LogRecord::Level level, const QString &message)
{
    const QString redacted = m_nodes.secrets().redact(message);
    const QMutexLocker lock(&m_mutex);
    if (m_logLines.size() < keptLogLines)
        m_logLines.append(redacted);
    if (m_observer)
        m_observer->stepLogged(level, redacted);
    else
        Logging::log(Subsystem::run, level, redacted);
}

void StepContext::progress(qint64 done, qint64 total)
{
    const QMutexLocker lock(&m_mutex);
    if (m_observer)
        m_observer->stepProgressed(done, total);
}

bool StepContext::fail(const QString &message)
{
    const QString redacted = m_nodes.secrets().redact(message);
    {
        const QMutexLocker lock(&m_mutex);
        m_error = m_error.isEmpty() ? redacted : m_error + u'\n' + redacted;
    }
    log(LogRecord::Level::Error, redacted);
    return false;
}

} // namespace Lifeboat
