// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/AgentFrame.h>
#include <hosts/AgentFrameReader.h>

#include <QJsonObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Lifeboat {

// lifeboat-agent's end of the protocol: frames in from the client, frames
// out to it. A reader thread takes frames as they come, so that a cancel
// frame is seen while a request streams out, and the end of the input (the
// client or its ssh connection went away) cancels whatever runs; it queues
// at most a few frames, so a stream coming in holds a few chunks in memory at
// most. A heartbeat thread sends a keep-alive every few seconds while a
// request works, so that the client can tell a long hash from a hung host.
// Writes from every thread go out whole, one frame after another.
class AgentChannel
{
    Q_DISABLE_COPY_MOVE(AgentChannel)

public:
    AgentChannel(int inputFd, int outputFd);
    ~AgentChannel();

    // False, from then on, once the client is gone: a write failed or could
    // not move for the write timeout.
    bool send(AgentFrame::Type type, QByteArrayView payload = {});
    bool send(AgentFrame::Type type, const QJsonObject &json);
    // The next frame from the client, in order; false at the end of its
    // input, or when the agent must stop.
    bool next(AgentFrame *frame);
    // Whether request `id` should stop: cancelled by the client, or the
    // client is gone, or the agent was told to end (SIGTERM).
    bool cancelled(qint64 id) const;
    // The client is gone (its input ended or a write failed), or the agent
    // was told to end.
    bool isClosed() const { return m_closed || m_inputEnded || s_stopRequested; }
    // Keep-alives go out while a request works.
    void setWorking(bool working);

    // From a signal handler: end at the next chance.
    static void requestStop() { s_stopRequested = true; }

private:
    void readLoop();
    void heartbeatLoop();
    bool writeAll(const QByteArray &header, QByteArrayView payload);

    int m_input;
    int m_output;
    std::mutex m_writeMutex;

    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::deque<AgentFrame> m_queue;

    std::mutex m_heartbeatMutex;
    std::condition_variable m_heartbeatChanged;
    bool m_working = false;

    std::atomic<qint64> m_cancelledId{0};
    std::atomic<bool> m_closed{false};
    std::atomic<bool> m_inputEnded{false};
    std::atomic<bool> m_stopping{false};
    static std::atomic<bool> s_stopRequested;

    std::thread m_reader;
    std::thread m_heartbeat;
};

} // namespace Lifeboat
