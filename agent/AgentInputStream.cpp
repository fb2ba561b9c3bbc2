// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentInputStream.h"

#include "AgentChannel.h"

#include <cstring>

namespace Lifeboat {

AgentInputStream::AgentInputStream(AgentChannel &channel)
    : m_channel(channel)
{ }

bool AgentInputStream::atEnd() const
{
    // Taking the next frame changes what the stream holds, not what it is.
    auto *self = const_cast<AgentInputStream *>(this);
    while (m_offset == m_chunk.size() && !m_ended && !m_aborted && !m_failed)
        self->nextChunk();
    return m_ended && m_offset == m_chunk.size();
}

bool AgentInputStream::nextChunk()
{
    AgentFrame frame;
    // Neither error below reaches a person: the client is gone, or it broke
    // the protocol and the agent ends the session. They go to the log.
    if (!m_channel.next(&frame)) {
        m_failed = true;
        setErrorString(QStringLiteral("the client is gone"));
        return false;
    }
    switch (frame.type) {
    case AgentFrame::Data:
        m_chunk = std::move(frame.payload);
        m_offset = 0;
        return true;
    case AgentFrame::End:
        m_ended = true;
        return false;
    case AgentFrame::Abort:
        m_aborted = true;
        setErrorString(QString::fromUtf8(frame.payload));
        return false;
    default:
        m_failed = true;
        setErrorString(QStringLiteral("a frame of type '%1' inside a data stream").arg(QLatin1Char(frame.type)));
        return false;
    }
}

qint64 AgentInputStream::readData(char *data, qint64 maximum)
{
    while (m_offset == m_chunk.size()) {
        if (m_ended)
            return 0;
        if (m_aborted || m_failed || !nextChunk())
            return 0;
    }
    const qint64 taken = std::min<qint64>(maximum, m_chunk.size() - m_offset);
    memcpy(data, m_chunk.constData() + m_offset, size_t(taken));
    m_offset += taken;
    return taken;
}

bool AgentInputStream::drain()
{
    while (!m_ended && !m_aborted && !m_failed)
        nextChunk();
    m_chunk.clear();
    m_offset = 0;
    return !m_failed;
}

} // namespace Lifeboat
