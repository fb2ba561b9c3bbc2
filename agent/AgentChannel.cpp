// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentChannel.h"

#include <QJsonDocument>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
// Frames waiting for the request that reads them: a few chunks of a stream.
constexpr std::size_t queuedFrames = 4;
constexpr auto heartbeatInterval = std::chrono::seconds(5);
// A client that reads nothing for this long is gone (its own inactivity
// timeout is shorter).
constexpr int writeTimeoutMs = 120'000;
// How often the blocking loops look whether they should stop.
constexpr int pollSliceMs = 200;
} // namespace

std::atomic<bool> AgentChannel::s_stopRequested{ false };

AgentChannel::AgentChannel(int inputFd, int outputFd)
    : m_input(inputFd)
    , m_output(outputFd)
{
    // Writes wait in poll(), bounded, never in write() itself.
    ::fcntl(m_output, F_SETFL, ::fcntl(m_output, F_GETFL) | O_NONBLOCK);
    m_reader = std::thread([this] { readLoop(); });
    m_heartbeat = std::thread([this] { heartbeatLoop(); });
}

AgentChannel::~AgentChannel()
{
    m_stopping = true;
    m_queueChanged.notify_all();
    m_heartbeatChanged.notify_all();
    m_reader.join();
    m_heartbeat.join();
}

bool AgentChannel::send(AgentFrame::Type type, QByteArrayView payload)
{
    const QByteArray frame = AgentFrame::encode(type, payload);
    const std::lock_guard lock(m_writeMutex);
    if (m_closed)
        return false;
    if (!writeAll(frame.constData(), frame.size()))
        m_closed = true;
    return !m_closed;
}

bool AgentChannel::send(AgentFrame::Type type, const QJsonObject &json)
{
    return send(type, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool AgentChannel::writeAll(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(m_output, data, size_t(size));
        if (written > 0) {
            data += written;
            size -= written;
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return false; // EPIPE: the client is gone (SIGPIPE is ignored)
        pollfd fd{ m_output, POLLOUT, 0 };
        if (::poll(&fd, 1, writeTimeoutMs) <= 0 || (fd.revents & (POLLERR | POLLHUP)))
            return false;
    }
    return true;
}

bool AgentChannel::next(AgentFrame *frame)
{
    std::unique_lock lock(m_queueMutex);
    for (;;) {
        if (!m_queue.empty()) {
            *frame = std::move(m_queue.front());
            m_queue.pop_front();
            m_queueChanged.notify_all();
            return true;
        }
        if (m_inputEnded || s_stopRequested || m_stopping)
            return false;
        m_queueChanged.wait_for(lock, std::chrono::milliseconds(pollSliceMs));
    }
}

bool AgentChannel::cancelled(qint64 id) const
{
    return m_cancelledId == id || m_inputEnded || isClosed();
}

void AgentChannel::setWorking(bool working)
{
    const std::lock_guard lock(m_heartbeatMutex);
    m_working = working;
}

void AgentChannel::readLoop()
{
    AgentFrameBuffer buffer;
    char bytes[64 * 1024];
    while (!m_stopping && !s_stopRequested) {
        AgentFrame frame;
        const AgentFrameBuffer::Result taken = buffer.take(&frame);
        if (taken == AgentFrameBuffer::Result::Invalid)
            break;
        if (taken == AgentFrameBuffer::Result::Frame) {
            if (frame.type == AgentFrame::Cancel) {
                m_cancelledId = frame.payload.toLongLong();
                continue;
            }
            std::unique_lock lock(m_queueMutex);
            m_queueChanged.wait(
                lock, [this] { return m_queue.size() < queuedFrames || m_stopping || s_stopRequested; });
            m_queue.push_back(std::move(frame));
            m_queueChanged.notify_all();
            continue;
        }
        pollfd fd{ m_input, POLLIN, 0 };
        const int ready = ::poll(&fd, 1, pollSliceMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t got = ::read(m_input, bytes, sizeof bytes);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0)
            break;
        buffer.append(QByteArrayView(bytes, got));
    }
    m_inputEnded = true;
    m_queueChanged.notify_all();
}

void AgentChannel::heartbeatLoop()
{
    std::unique_lock lock(m_heartbeatMutex);
    while (!m_stopping) {
        m_heartbeatChanged.wait_for(lock, heartbeatInterval);
        if (m_working && !m_stopping) {
            lock.unlock();
            send(AgentFrame::KeepAlive);
            lock.lock();
        }
    }
}

} // namespace Lifeboat
