// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <logging/LogRecord.h>

#include <QObject>

namespace Lifeboat {

// Turns log records written on any thread into a Qt signal. Receivers in the
// GUI thread get them through a queued connection, so a busy worker never
// touches a widget.
class LogForwarder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogForwarder)

public:
    explicit LogForwarder(QObject *parent = nullptr);

    void forward(const LogRecord &record);

Q_SIGNALS:
    void recordWritten(const Lifeboat::LogRecord &record);
};

} // namespace Lifeboat
