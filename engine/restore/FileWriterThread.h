// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <support/FileAttributes.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

namespace Lifeboat {

// Writes an unpacking's files on a thread of its own, in the order given,
// while the unpacking reads, checks and hashes the next ones: writing into
// the page cache took as long as all the rest of an unpacking's thread.
//
// Each file is created by open(), in the caller's thread, before open()
// returns (O_NOFOLLOW, O_EXCL: never through a link, never over what an
// earlier entry wrote), so that the unpacking's own checks of what exists
// stay true. Its data, then its closing and its recorded attributes (by the
// open file, so never through a link) follow on the writing thread. At most
// `buffers` chunks wait, so memory stays flat whatever the archive's size.
// The first error stops the writing; failed() tells the caller, who stops
// too, and finish() waits for everything given and says whether it was
// all written.
class FileWriterThread
{
    Q_DECLARE_TR_FUNCTIONS(FileWriterThread)
    Q_DISABLE_COPY_MOVE(FileWriterThread)

public:
    explicit FileWriterThread(qsizetype chunkSize, int buffers = 8);
    ~FileWriterThread(); // waits; files still queued (see finish()) are closed, not written

    // The file's descriptor, or -1 with errorString() set.
    int open(const QString &path);
    // An empty buffer of chunkSize bytes to fill; waits while every buffer is in use.
    QByteArray takeBuffer();
    // A buffer from takeBuffer() that was not given to write().
    void giveBack(QByteArray buffer);
    // The first `size` bytes of `buffer` (from takeBuffer) go to the end of
    // `file`, which open() gave for `path`.
    void write(int file, const QString &path, QByteArray buffer, qsizetype size);
    // Closes `file` once written and puts `attributes` on it.
    void close(int file, const QString &path, const FileAttributes &attributes);

    bool failed() const;
    // Waits until everything given is done; false when anything failed.
    [[nodiscard]] bool finish();
    QString errorString() const;
    int ownersNotSet() const;

private:
    struct Task
    {
        int file = -1;
        QString path;
        QByteArray data; // a write when closing is false
        qsizetype size = 0;
        bool closing = false;
        FileAttributes attributes;
    };

    void run();
    bool perform(const Task &task);
    bool writeAll(const Task &task);
    bool closeWithAttributes(const Task &task);
    void fail(const QString &error);

    const qsizetype m_chunkSize;
    const int m_buffers;
    int m_buffersMade = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task> m_tasks;
    std::deque<QByteArray> m_free;
    std::set<int> m_open; // opened, not yet closed
    bool m_busy = false;     // the writing thread holds a task
    bool m_stopping = false; // the destructor: no more tasks
    bool m_failed = false;
    QString m_error;
    int m_ownersNotSet = 0;
};

} // namespace Lifeboat
