// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileWriterThread.h"

#include <support/DiskSync.h>

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

FileWriterThread::FileWriterThread(qsizetype chunkSize, int buffers)
    : m_chunkSize(chunkSize)
    , m_buffers(std::max(1, buffers))
{
    // Started once every member it uses exists.
    m_thread = std::thread([this] { run(); });
}

FileWriterThread::~FileWriterThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    // Left by a failure or an unpacking that stopped: closed, never finished.
    for (const int file : m_open)
        ::close(file);
}

int FileWriterThread::open(const QString &path)
{
    // Created here, before the caller goes on: O_EXCL never writes over what
    // exists, O_NOFOLLOW never through a link.
    const int file = ::open(QFile::encodeName(path).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (file < 0) {
        const int error = errno;
        fail(tr("Cannot write %1: %2").arg(path, systemError(error)));
        return -1;
    }
    const std::lock_guard lock(m_mutex);
    m_open.insert(file);
    return file;
}

QByteArray FileWriterThread::takeBuffer()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_buffersMade < m_buffers || m_failed; });
    if (!m_free.empty()) {
        QByteArray buffer = std::move(m_free.front());
        m_free.pop_front();
        return buffer;
    }
    ++m_buffersMade;
    lock.unlock();
    return QByteArray(m_chunkSize, Qt::Uninitialized);
}

void FileWriterThread::giveBack(QByteArray buffer)
{
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(buffer));
    }
    m_changed.notify_all();
}

void FileWriterThread::write(int file, const QString &path, QByteArray buffer, qsizetype size)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back({.file = file, .path = path, .data = std::move(buffer), .size = size});
    }
    m_changed.notify_all();
}

void FileWriterThread::close(int file, const QString &path, const FileAttributes &attributes)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back({.file = file, .path = path, .closing = true, .attributes = attributes});
    }
    m_changed.notify_all();
}

bool FileWriterThread::failed() const
{
    const std::lock_guard lock(m_mutex);
    return m_failed;
}

bool FileWriterThread::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_tasks.empty() && !m_busy) || m_failed; });
    return !m_failed;
}

QString FileWriterThread::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

int FileWriterThread::ownersNotSet() const
{
    const std::lock_guard lock(m_mutex);
    return m_ownersNotSet;
}

void FileWriterThread::fail(const QString &error)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_failed)
            m_error = error;
        m_failed = true;
    }
    m_changed.notify_all();
}

void FileWriterThread::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_tasks.empty() || m_stopping; });
        if (m_tasks.empty())
            return;
        Task task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_busy = true;
        // After a failure nothing more is written: the files left are only closed.
        const bool writing = !m_failed;
        if (task.closing)
            m_open.erase(task.file); // before close(), which frees its number for open()
        lock.unlock();
        bool ok = true;
        if (writing)
            ok = perform(task);
        else if (task.closing)
            ::close(task.file);
        lock.lock();
        m_busy = false;
        if (!task.closing)
            m_free.push_back(std::move(task.data));
        if (!ok)
            m_failed = true;
        m_changed.notify_all();
    }
}

bool FileWriterThread::perform(const Task &task)
{
    return task.closing ? closeWithAttributes(task) : writeAll(task);
}

bool FileWriterThread::writeAll(const Task &task)
{
    for (qsizetype done = 0; done < task.size;) {
        const ssize_t wrote = ::write(task.file, task.data.constData() + done, size_t(task.size - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            const int error = wrote < 0 ? errno : ENOSPC;
            fail(tr("Cannot write %1: %2. Check the free space.").arg(task.path, systemError(error)));
            return false;
        }
        done += wrote;
    }
    return true;
}

// The recorded attributes by the open file, then close(), whose error (a
// full disk on some file systems) is a failed write.
bool FileWriterThread::closeWithAttributes(const Task &task)
{
    bool ownerSet = false;
    QString error;
    const bool attributed = FileAttributes::applyTo(task.file, task.path, task.attributes, &ownerSet, &error);
    // The tree is synced before it is renamed into place: its files started
    // on their way to the disk as each is complete, that sync finds most of
    // them written.
    DiskSync::beginWriting(task.file);
    const int closed = ::close(task.file);
    const int closeError = errno;
    if (attributed && closed != 0)
        error = tr("Cannot write %1: %2. Check the free space.").arg(task.path, systemError(closeError));
    if (!attributed || closed != 0) {
        fail(error);
        return false;
    }
    if (task.attributes.hasOwner() && !ownerSet) {
        const std::lock_guard lock(m_mutex);
        ++m_ownersNotSet;
    }
    return true;
}

} // namespace Lifeboat
