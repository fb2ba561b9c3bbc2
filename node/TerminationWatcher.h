// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QObject>

class QSocketNotifier;

namespace Lifeboat {

// Turns SIGTERM and SIGINT into a Qt signal (through a self-pipe), so the
// agent shuts down cleanly from its event loop: timers stopped, the .lock
// released and removed, a last line in the log.
class TerminationWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier;
};

} // namespace Lifeboat
