// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <hosts/HostFiles.h>
#include <memory>
#include <optional>
#include <profile/ClusterProfile.h>

namespace Lifeboat {

class Hosts;
class LockFile;
class Precondition;

// One run per cluster at a time. The lock is a file named after the
// cluster's identity (its name and where its primary keeps its repository)
// in Lifeboat's state directory, held with an exclusive flock() (LockFile)
// for as long as the run lasts and saying who holds it (pid, host, user,
// scenario, since when). Where the primary is on another host, the run also
// holds a lock there, beside the primary's repository (.lifeboat-run.lock),
// through a session of its own with that host's agent: two workstations that
// drive one cluster meet there. The kernel drops a flock when its process
// ends, however it ends (and the host's agent ends with the ssh connection),
// so a crashed run's lock is free at once and `resume` simply takes it; a
// second run while a live one holds it is refused before any step.
// Read-only commands (verify, backups, check, sandbox status) never take it;
// the checks only look at it.
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
    Q_DISABLE_COPY_MOVE(RunLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString user;
        QString scenario;
        QDateTime since;
    };

    explicit RunLock(const ClusterProfile &profile, QString directory = defaultDirectory());
    ~RunLock();

    // Takes the lock for `scenario`; false, with who holds it, when a live
    // process does (this one too, through another RunLock).
    [[nodiscard]] bool acquire(const QString &scenario);
    void release();
    bool isHeld() const { return m_local != nullptr; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // Who holds the lock now; nullopt when nobody does.
    static std::optional<Holder> holder(const QString &lockFile);
    // "backup-online, pid 4711 on ws1 by alice, since 2026-11-30 05:31:19 UTC"
    static QString describe(const Holder &holder);
    static QString clusterId(const ClusterProfile &profile);
    static QString defaultDirectory();
    // The lock on the primary's host, when that host is remote: its host
    // name and path there; an empty host when the primary is on this machine.
    static HostPath remoteLock(const ClusterProfile &profile);
    // A precondition: no other live run holds this cluster's lock, here or
    // on the primary's host.
    static Precondition check(const ClusterProfile &profile);

private:
    QString m_path;
    QString m_clusterName;
    HostPath m_remote;
    std::shared_ptr<Hosts> m_hosts; // while the remote lock is held
    std::unique_ptr<LockFile> m_local;
    std::unique_ptr<HostFiles::HeldLock> m_remoteLock;
    QString m_error;
};

} // namespace Lifeboat
