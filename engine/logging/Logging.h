// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <logging/LogRecord.h>

#include <QString>

#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace Lifeboat {

class LogForwarder;

struct LoggingOptions
{
    // Where the rotating log file goes; empty means defaultDirectory().
    QString directory;
    // Also write records to standard error (the command line's face).
    bool console = false;
    spdlog::level::level_enum level = spdlog::level::info;
    // Standard error shows less than the file: commands print their own
    // progress, and warnings and errors are what a person must see there.
    spdlog::level::level_enum consoleLevel = spdlog::level::warn;
};

// Lifeboat's logging: one named spdlog logger per subsystem ("engine.backup",
// "ui", "node", ...), all writing to the same sinks: a rotating file under the
// user's data directory, standard error for the command line, and a
// forwarder that turns records into Qt signals for the wizard's log view.
// Loggers asked for before start() get the sinks when start() runs.
class Logging
{
public:
    Logging() = delete;

    // A log file that cannot be written is no reason to stop: the messages
    // then go to the console and the forwarder only, the first of them
    // saying why, and logFilePath() is empty.
    static void start(const LoggingOptions &options);
    // Flushes every logger. The sinks stay: a worker thread may still be
    // logging while the program ends, and a logger's sink list must not
    // change under it.
    static void stop();

    static std::shared_ptr<spdlog::logger> logger(const std::string &name);
    // One line to the logger `name` (see Subsystem), at a LogRecord level.
    static void log(const std::string &name, LogRecord::Level level, const QString &message);
    static LogForwarder *forwarder();

    static QString defaultDirectory();
    static QString logFilePath();

private:
    // Replaces every logger's sinks; what went wrong with the file, if anything.
    static QString startSinks(const LoggingOptions &options);
};

} // namespace Lifeboat
