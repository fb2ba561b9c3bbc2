// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentChannel.h"

#include <QJsonDocument>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <sys/uio.h>
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

std::atomic<bool> AgentChannel::s_stopRequested{false};

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
    const QByteArray header = AgentFrame::header(type, payload.size());
    const std::lock_guard lock(m_writeMutex);
    if (m_closed)
        return false;
    if (!writeAll(header, payload))
        m_closed = true;
    return !m_closed;
}

bool AgentChannel::send(AgentFrame::Type type, const QJsonObject &json)
{
    return send(type, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool AgentChannel::writeAll(const QByteArray &header, QByteArrayView payload)
{
    // The header and the payload in one call, the payload from where it is.
    iovec parts[2] = {{const_cast<char *>(header.constData()), size_t(header.size())},
                      {const_cast<char *>(payload.data()), size_t(payload.size())}};
    iovec *next = parts;
    int count = payload.isEmpty() ? 1 : 2;
    while (count > 0) {
        const ssize_t written = ::writev(m_output, next, count);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return false; // EPIPE: the client is gone (SIGPIPE is ignored)
        if (written < 0) {
            pollfd fd{m_output, POLLOUT, 0};
            if (::poll(&fd, 1, writeTimeoutMs) <= 0 || (fd.revents & (POLLERR | POLLHUP)))
                return false;
            continue;
        }
        size_t left = size_t(written);
        while (count > 0 && left >= next->iov_len) {
            left -= next->iov_len;
            ++next;
            --count;
        }
        if (count > 0) {
            next->iov_base = static_cast<char *>(next->iov_base) + left;
            next->iov_len -= left;
        }
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
    return m_cancelledId == id || isClosed();
}

void AgentChannel::setWorking(bool working)
{
    const std::lock_guard lock(m_heartbeatMutex);
    m_working = working;
}

void AgentChannel::readLoop()
{
    AgentFrameReader reader;
    while (!m_stopping && !s_stopRequested) {
        AgentFrame frame;
        const AgentFrameReader::Result taken = reader.take(&frame);
        if (taken == AgentFrameReader::Result::Invalid)
            break;
        if (taken == AgentFrameReader::Result::Frame) {
            if (frame.type == AgentFrame::Cancel) {
                m_cancelledId = frame.payload.toLongLong();
                continue;
            }
            std::unique_lock lock(m_queueMutex);
            m_queueChanged.wait(lock,
                                [this] { return m_queue.size() < queuedFrames || m_stopping || s_stopRequested; });
            m_queue.push_back(std::move(frame));
            m_queueChanged.notify_all();
            continue;
        }
        pollfd fd{m_input, POLLIN, 0};
        const int ready = ::poll(&fd, 1, pollSliceMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const qint64 got = reader.readFrom(m_input);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0)
            break;
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
