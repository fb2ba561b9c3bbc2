// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ForwardingSink.h"

#include <logging/LogForwarder.h>

#include <chrono>

namespace Lifeboat {

namespace {

LogRecord::Level toLevel(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace: return LogRecord::Level::Trace;
    case spdlog::level::debug: return LogRecord::Level::Debug;
    case spdlog::level::info: return LogRecord::Level::Info;
    case spdlog::level::warn: return LogRecord::Level::Warning;
    case spdlog::level::err: return LogRecord::Level::Error;
    default: return LogRecord::Level::Critical;
    }
}

} // namespace

ForwardingSink::ForwardingSink(LogForwarder *forwarder)
    : m_forwarder(forwarder)
{
}

void ForwardingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch());
    LogRecord record;
    record.time = QDateTime::fromMSecsSinceEpoch(millis.count());
    record.level = toLevel(msg.level);
    record.logger = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
    record.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
    m_forwarder->forward(record);
}

} // namespace Lifeboat
