// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReadAheadDevice.h"

#include <cstring>

namespace Lifeboat {

ReadAheadDevice::ReadAheadDevice(QIODevice *source, qint64 blockSize, int blocks)
    : m_source(source)
    , m_blockSize(blockSize)
    , m_blocks(blocks)
{
}

ReadAheadDevice::~ReadAheadDevice()
{
    stop();
}

bool ReadAheadDevice::open(OpenMode mode)
{
    if (mode != QIODevice::ReadOnly || !m_source->isReadable()) {
        setErrorString(tr("A read-ahead device only reads, from a source open for reading."));
        return false;
    }
    // Unbuffered: the blocks are the buffer; QIODevice's own would copy each byte once more.
    if (!QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    m_thread = std::thread([this] { produce(); });
    return true;
}

void ReadAheadDevice::close()
{
    stop();
    QIODevice::close();
}

void ReadAheadDevice::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString ReadAheadDevice::sourceError() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void ReadAheadDevice::produce()
{
    for (;;) {
        QByteArray block = spareBlock();
        qint64 filled = 0;
        qint64 got = 0;
        // Whole blocks, so that the reader wakes once a block.
        while (filled < m_blockSize && (got = m_source->read(block.data() + filled, m_blockSize - filled)) > 0)
            filled += got;
        block.truncate(filled);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || qsizetype(m_ready.size()) < m_blocks; });
        if (m_stopping)
            return;
        if (filled > 0)
            m_ready.push_back(std::move(block));
        if (got <= 0 && filled < m_blockSize) {
            m_ended = true;
            m_failed = got < 0;
            if (m_failed)
                m_error = m_source->errorString();
            lock.unlock();
            m_changed.notify_all();
            return;
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

QByteArray ReadAheadDevice::spareBlock()
{
    QByteArray block;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_spare.empty()) {
            block = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    block.resize(m_blockSize); // within its capacity: no new allocation
    return block;
}

qint64 ReadAheadDevice::readData(char *data, qint64 maximum)
{
    if (m_offset == m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_ended || m_stopping; });
        if (m_ready.empty())
            return m_failed ? -1 : 0;
        if (m_current.isDetached() && qint64(m_current.capacity()) >= m_blockSize)
            m_spare.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_offset = 0;
        lock.unlock();
        m_changed.notify_all(); // room for the next block
    }
    const qint64 count = std::min(maximum, qint64(m_current.size()) - m_offset);
    std::memcpy(data, m_current.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace Lifeboat
