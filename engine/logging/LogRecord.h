// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Lifeboat {

// One log line as it crosses from a worker thread to whoever shows it.
struct LogRecord
{
    enum class Level { Trace, Debug, Info, Warning, Error, Critical };

    QDateTime time;
    Level level = Level::Info;
    QString logger;
    QString message;
};

} // namespace Lifeboat

Q_DECLARE_METATYPE(Lifeboat::LogRecord)
