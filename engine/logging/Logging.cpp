// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Logging.h"

#include <support/DataPaths.h>
#include <logging/ForwardingSink.h>
#include <logging/LogForwarder.h>
#include <logging/Subsystem.h>

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace Lifeboat {

namespace {

constexpr std::size_t maxLogFileBytes = 5 * 1024 * 1024;
constexpr std::size_t keptLogFiles = 3;
const char *pattern = "%Y-%m-%d %H:%M:%S.%e [%n] %l: %v";

struct State
{
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::info;
    QString logFilePath;
    LogForwarder forwarder;
};

State &state()
{
    static State instance;
    return instance;
}

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

void Logging::start(const LoggingOptions &options)
{
    const QString fileProblem = startSinks(options);
    // Said once the sinks are in place (and the lock is free again).
    if (!fileProblem.isEmpty())
        logger(Subsystem::run)->warn("{}", fileProblem.toStdString());
}

QString Logging::startSinks(const LoggingOptions &options)
{
    auto &s = state();
    const std::lock_guard lock(s.mutex);
    const QString directory = options.directory.isEmpty() ? defaultDirectory() : options.directory;
    QDir().mkpath(directory);
    s.logFilePath = QDir(directory).filePath(QStringLiteral("lifeboat.log"));

    s.sinks.clear();
    QString fileProblem;
    try {
        s.sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            s.logFilePath.toStdString(), maxLogFileBytes, keptLogFiles));
    } catch (const spdlog::spdlog_ex &error) {
        // A log file that cannot be written (a full disk, a home that is not
        // the user's) must not keep anyone from a backup or a recovery: the
        // messages still reach the window or the terminal, and the run's own
        // journal and report are written where the run is kept.
        fileProblem = QStringLiteral("Cannot write the log file %1 (%2); messages go only to the window or the "
                                     "terminal this time.")
                          .arg(s.logFilePath, QString::fromUtf8(error.what()));
        s.logFilePath.clear();
    }
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.consoleLevel);
        s.sinks.push_back(console);
    }
    s.sinks.push_back(std::make_shared<ForwardingSink>(&s.forwarder));
    for (auto &sink : s.sinks)
        sink->set_pattern(pattern);
    s.level = options.level;

    spdlog::apply_all([&s](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = s.sinks;
        logger->set_level(s.level);
    });
    return fileProblem;
}

void Logging::stop()
{
    auto &s = state();
    const std::lock_guard lock(s.mutex);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) { logger->flush(); });
}

std::shared_ptr<spdlog::logger> Logging::logger(const std::string &name)
{
    auto &s = state();
    const std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    created->set_level(s.level);
    // Warnings and errors reach the file at once; a crash must not eat them.
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

void Logging::log(const std::string &name, LogRecord::Level level, const QString &message)
{
    logger(name)->log(toSpdlog(level), "{}", message.toStdString());
}

LogForwarder *Logging::forwarder()
{
    return &state().forwarder;
}

QString Logging::defaultDirectory()
{
    return DataPaths::logDirectory();
}

QString Logging::logFilePath()
{
    auto &s = state();
    const std::lock_guard lock(s.mutex);
    return s.logFilePath;
}

} // namespace Lifeboat
