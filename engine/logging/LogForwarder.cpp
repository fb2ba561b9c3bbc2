// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LogForwarder.h"

namespace Lifeboat {

LogForwarder::LogForwarder(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LogRecord>();
}

void LogForwarder::forward(const LogRecord &record)
{
    Q_EMIT recordWritten(record);
}

} // namespace Lifeboat
