#include "StepContext.h"

#include <run/Journal.h>

#include <logging/Logging.h>
#include <cluster/NodeController.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
constexpr qsizetype keptLogLines = 200;

spdlog::level::level_enum toSpdlog(LogRecord::Level level)
{
    switch (level) {
    case LogRecord::Level::Trace: return spdlog::level::trace;
    case LogRecord::Level::Debug: return spdlog::level::debug;
    case LogRecord::Level::Info: return spdlog::level::info;
    case LogRecord::Level::Warning: return spdlog::level::warn;
    case LogRecord::Level::Error: return spdlog::level::err;
    case LogRecord::Level::Critical: return spdlog::level::critical;
    }
    return spdlog::level::info;
}
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

void StepContext::log(LogRecord::Level level, const QString &message)
{
    const QString redacted = m_nodes.secrets().redact(message);
    const QMutexLocker lock(&m_mutex);
    Logging::logger("engine.run")->log(toSpdlog(level), "{}", redacted.toStdString());
    if (m_logLines.size() < keptLogLines)
        m_logLines.append(redacted);
    if (m_observer)
        m_observer->stepLogged(level, redacted);
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
