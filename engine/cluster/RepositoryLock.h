// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// The `.lock` file in a crx-repository. A running node holds a lock on it
// (the sandbox's an exclusive flock, AEM's JVM a POSIX record lock through
// Java's FileLock) and may write its pid into it; a clean shutdown removes
// it. A .lock held by a process is held by a live one: the kernel drops the
// lock when the process ends. A .lock that exists while nobody holds either
// lock was left by a process that died (a crash, kill -9): a stale lock,
// which keeps the node from starting.
class RepositoryLock
{
    Q_DISABLE_COPY_MOVE(RepositoryLock)

public:
    enum class State { Absent, Held, Stale };
    struct Inspection
    {
        State state = State::Absent;
        qint64 pid = 0; // as written in the file
    };

    explicit RepositoryLock(QString repositoryDirectory);
    ~RepositoryLock();

    enum StalePolicy { RefuseStale, TakeOverStale };

    // Takes the lock for this process; false when another holds it, or when
    // a stale .lock is in the way and the policy refuses it (a repository's
    // stale lock needs a person; a crashed run's is expected).
    [[nodiscard]] bool acquire(StalePolicy policy = RefuseStale);
    void release();
    QString errorString() const { return m_error; }

    static Inspection inspect(const QString &repositoryDirectory);
    // The same for a lock file named directly (HostFiles::inspectLock).
    static Inspection inspectFile(const QString &lockFile);
    static QString path(const QString &repositoryDirectory);

private:
    QString m_path;
    int m_fd = -1;
    QString m_error;
};

} // namespace Lifeboat
