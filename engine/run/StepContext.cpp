#include "StepContext.h"

#include <Logging.h>
#include <NodeController.h>

#include <QDir>

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

void StepContext::log(LogRecord::Level level, const QString &message)
{
    const QString redacted = m_nodes.secrets().redact(message);
    Logging::logger("engine.run")->log(toSpdlog(level), "{}", redacted.toStdString());
    if (m_logLines.size() < keptLogLines)
        m_logLines.append(redacted);
    if (m_observer)
        m_observer->stepLogged(level, redacted);
}

void StepContext::progress(qint64 done, qint64 total)
{
    if (m_observer)
        m_observer->stepProgressed(done, total);
}

bool StepContext::fail(const QString &message)
{
    m_error = m_nodes.secrets().redact(message);
    log(LogRecord::Level::Error, m_error);
    return false;
}

} // namespace Lifeboat
