// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LockFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
// A record is a line; more than this is not one of ours.
constexpr qint64 largestRecord = 16 * 1024;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

LockFile::LockFile(QString path, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
{
}

LockFile::~LockFile()
{
    if (::ftruncate(m_fd, 0) != 0) {
        // Harmless: with the flock gone, nobody reads the record as a live holder.
    }
    ::close(m_fd); // drops the flock
}

QByteArray LockFile::readRecord(int fd)
{
    QByteArray data;
    char buffer[1024];
    ssize_t length = 0;
    while (data.size() < largestRecord && (length = ::pread(fd, buffer, sizeof buffer, data.size())) > 0)
        data.append(buffer, length);
    return data;
}

std::unique_ptr<LockFile> LockFile::acquire(const QString &path, const QByteArray &record, QByteArray *holder, QString *error)
{
    holder->clear();
    error->clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the folder of the lock %1. Check the permissions and free space.").arg(path);
        return nullptr;
    }
    // O_NOFOLLOW and a regular file only: a link or a FIFO planted in its
    // place must not take the lock somewhere else, or hang. O_CLOEXEC: a
    // program this process starts (a node) must not inherit the lock and
    // hold it after the run.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
    if (fd < 0) {
        *error = tr("Cannot open the lock %1: %2").arg(path, systemError());
        return nullptr;
    }
    struct stat status{};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        *error = tr("The lock %1 is not a regular file. Move it away, then try again.").arg(path);
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        *holder = readRecord(fd);
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<LockFile> lock(new LockFile(path, fd));
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, record.constData(), size_t(record.size()), 0) != record.size()) {
        *error = tr("Cannot write the lock %1: %2").arg(path, systemError());
        return nullptr;
    }
    ::fsync(fd);
    return lock;
}

std::optional<QByteArray> LockFile::holder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    struct stat status{};
    std::optional<QByteArray> result;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        result = std::nullopt;
    else if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
        ::flock(fd, LOCK_UN); // nobody holds it: what the file says is from a holder that ended
    else
        result = readRecord(fd);
    ::close(fd);
    return result;
}

} // namespace Lifeboat
