// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RepositoryLock.h"

#include <profile/AemPaths.h>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Lifeboat {

RepositoryLock::RepositoryLock(QString repositoryDirectory)
    : m_path(path(repositoryDirectory))
{
}

RepositoryLock::~RepositoryLock()
{
    release();
}

QString RepositoryLock::path(const QString &repositoryDirectory)
{
    return QDir(repositoryDirectory).filePath(AemPaths::lock);
}

bool RepositoryLock::acquire(StalePolicy policy)
{
    const Inspection before = inspect(QFileInfo(m_path).absolutePath());
    if (before.state == State::Held) {
        m_error = QStringLiteral("the repository is in use by process %1 (%2)").arg(before.pid).arg(m_path);
        return false;
    }
    if (before.state == State::Stale && policy == RefuseStale) {
        m_error = QStringLiteral("a stale lock %1 was left by process %2, which is no longer running; make sure no "
                                 "node uses this repository, then delete the .lock")
                      .arg(m_path)
                      .arg(before.pid);
        return false;
    }
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0 || ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        m_error = QStringLiteral("cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        release();
        return false;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(m_fd, 0) != 0 || ::write(m_fd, pid.constData(), size_t(pid.size())) != pid.size()) {
        m_error = QStringLiteral("cannot write %1").arg(m_path);
        release();
        return false;
    }
    ::fsync(m_fd);
    return true;
}

void RepositoryLock::release()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd); // closing drops the flock
    m_fd = -1;
}

RepositoryLock::Inspection RepositoryLock::inspect(const QString &repositoryDirectory)
{
    return inspectFile(path(repositoryDirectory));
}

RepositoryLock::Inspection RepositoryLock::inspectFile(const QString &lockFile)
{
    Inspection result;
    const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return result;
    char buffer[32] = {};
    const ssize_t length = ::read(fd, buffer, sizeof buffer - 1);
    result.pid = length > 0 ? QByteArray(buffer, length).trimmed().toLongLong() : 0;
    result.state = State::Stale;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
        ::flock(fd, LOCK_UN);
    else
        result.state = State::Held;
    // AEM's JVM locks with Java's FileLock: a POSIX record lock (fcntl),
    // which flock() does not see. An open-file-description query sees
    // record locks of every other process, and changes nothing.
    struct flock record = {};
    record.l_type = F_WRLCK;
    record.l_whence = SEEK_SET;
    if (result.state == State::Stale && ::fcntl(fd, F_OFD_GETLK, &record) == 0 && record.l_type != F_UNLCK) {
        result.state = State::Held;
        if (result.pid <= 0 && record.l_pid > 0)
            result.pid = record.l_pid;
    }
    ::close(fd);
    return result;
}

} // namespace Lifeboat
