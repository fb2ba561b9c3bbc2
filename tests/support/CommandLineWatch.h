// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QMutex>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <thread>

namespace Lifeboat::Testing {

// Watches the command line of every process on this machine (every sandbox
// host's too: they share its PID namespace) while it runs, reading
// /proc/*/cmdline every few milliseconds, and keeps each one that contains
// one of `secrets`: proof that no secret travels on a command line.
class CommandLineWatch
{
public:
    explicit CommandLineWatch(QStringList secrets, int intervalMs = 10);
    ~CommandLineWatch();
    Q_DISABLE_COPY_MOVE(CommandLineWatch)

    void start();
    void stop();
    // Watches for these too (another sandbox's).
    void watchFor(const QStringList &secrets);

    // Each command line seen with a secret in it, the secret replaced by
    // "<secret>", and the process id: "1234: lifeboat-node lcbackupmode … -password=<secret>".
    QStringList findings() const;
    // The programs seen running (the file name of each command line's first
    // word), to show that the watch saw the run's processes at all.
    QSet<QString> programsSeen() const;
    int scans() const { return m_scans; }

private:
    void watch();
    void look();

    const int m_intervalMs;
    std::atomic_bool m_running{ false };
    std::atomic_int m_scans{ 0 };
    std::thread m_thread;
    mutable QMutex m_mutex;
    QStringList m_secrets;
    QStringList m_findings;
    QSet<QString> m_programs;
};

} // namespace Lifeboat::Testing
