// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArrayList>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <thread>

namespace Lifeboat::Testing {

// Watches every process's command line on this machine (and so on every
// host of a sandbox with hosts: they share its process table) for any of
// `secrets`, from construction until seen() is called, every few
// milliseconds. What every other user can read in `ps` must never hold a
// password.
class CommandLineWatch
{
public:
    explicit CommandLineWatch(QByteArrayList secrets);
    ~CommandLineWatch();
    Q_DISABLE_COPY_MOVE(CommandLineWatch)

    // Stops watching; each command line that held a secret, with the
    // secret masked, once.
    QStringList seen();
    // How many times the watch went through the process table: proof it
    // was looking while the run went on.
    int sweeps() const { return m_sweeps; }

private:
    void sweep();

    const QByteArrayList m_secrets;
    std::atomic_bool m_stop = false;
    std::atomic_int m_sweeps = 0;
    QMutex m_mutex;
    QStringList m_seen;
    std::thread m_thread;
};

} // namespace Lifeboat::Testing
