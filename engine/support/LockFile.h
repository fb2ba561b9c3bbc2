// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Lifeboat {

// An exclusive flock() on a file that says who holds it (a record the
// holder writes, one line of JSON for the run lock). The kernel drops a
// flock when its process ends, however it ends, so a crashed holder's lock
// is free at once. The file is never unlinked: a process that opened the old
// file would lock an inode nobody else sees. The one owner of these files,
// here and, through lifeboat-agent, on every node host.
class LockFile
{
    Q_DECLARE_TR_FUNCTIONS(LockFile)
    Q_DISABLE_COPY_MOVE(LockFile)

public:
    // Takes the lock at `path` (its folder is made) and writes `record`
    // into it. Null when another process holds it: `*holder` gets that
    // process's record (empty if it wrote none) and `*error` is empty; or
    // when the file cannot be used, with `*error` saying why.
    static std::unique_ptr<LockFile> acquire(const QString &path, const QByteArray &record, QByteArray *holder, QString *error);
    // The record of the live process that holds `path`; nullopt when nobody does.
    static std::optional<QByteArray> holder(const QString &path);

    // Empties the record (nobody reads a finished holder as a live one) and
    // drops the lock.
    ~LockFile();

    QString path() const { return m_path; }

private:
    LockFile(QString path, int fd);
    static QByteArray readRecord(int fd);

    QString m_path;
    int m_fd = -1;
};

} // namespace Lifeboat
