// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Lifeboat {

// Reads a sequential device ahead on a thread of its own, a block at a time,
// so that whoever reads this device (a restore: parsing tar, writing and
// hashing files) works while the next blocks are made (decompressed). At
// most `blocks` blocks wait, so memory stays flat whatever the stream's size.
// The source belongs to the reading thread from open() until close() (or the
// destructor), which stop it and wait for it: nothing else may touch the
// source meanwhile. A source that fails makes read() fail once what was read
// before the failure is consumed; sourceError() says why.
class ReadAheadDevice : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAheadDevice)

public:
    static constexpr qint64 defaultBlockSize = 1024 * 1024;
    static constexpr int defaultBlocks = 4;

    // `source` must be open for reading.
    explicit ReadAheadDevice(QIODevice *source, qint64 blockSize = defaultBlockSize, int blocks = defaultBlocks);
    ~ReadAheadDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    QString sourceError() const;

protected:
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void produce();
    QByteArray spareBlock();
    void stop();

    QIODevice *m_source;
    const qint64 m_blockSize;
    const int m_blocks;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_ready; // made, not yet read
    // Read blocks, made again: a new 1 MiB block is mapped afresh, and its
    // pages faulted in and zeroed, which cost as much as a tenth of a restore.
    std::vector<QByteArray> m_spare;
    QByteArray m_current;           // being read
    qint64 m_offset = 0;            // into m_current
    bool m_ended = false;           // the source is at its end (or failed)
    bool m_failed = false;
    bool m_stopping = false;
    QString m_error;
};

} // namespace Lifeboat
