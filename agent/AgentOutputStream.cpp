// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentOutputStream.h"

#include "AgentChannel.h"

#include <cstring>

namespace Lifeboat {

AgentOutputStream::AgentOutputStream(AgentChannel &channel)
    : m_channel(channel)
{
    m_chunk.reserve(AgentFrame::chunkSize);
}

qint64 AgentOutputStream::writeData(const char *data, qint64 size)
{
    for (qint64 left = size; left > 0;) {
        if (m_chunk.isEmpty() && left >= AgentFrame::chunkSize) {
            // A whole chunk goes out from where it is.
            if (!m_channel.send(AgentFrame::Data, QByteArrayView(data, AgentFrame::chunkSize))) {
                setErrorString(QStringLiteral("the client is gone"));
                return -1;
            }
            m_sent += AgentFrame::chunkSize;
            data += AgentFrame::chunkSize;
            left -= AgentFrame::chunkSize;
            continue;
        }
        const qint64 taken = std::min(left, AgentFrame::chunkSize - m_chunk.size());
        m_chunk.append(data, taken);
        data += taken;
        left -= taken;
        if (m_chunk.size() == AgentFrame::chunkSize && !sendChunk(m_chunk.size())) {
            // Read by no one but the log: the client is gone.
            setErrorString(QStringLiteral("the client is gone"));
            return -1;
        }
    }
    return size;
}

bool AgentOutputStream::sendChunk(qsizetype size)
{
    if (size == 0)
        return true;
    const bool sent = m_channel.send(AgentFrame::Data, QByteArrayView(m_chunk.constData(), size));
    m_sent += size;
    m_chunk.resize(0); // keeps its capacity for the next chunk
    return sent;
}

bool AgentOutputStream::finish()
{
    return sendChunk(m_chunk.size());
}

} // namespace Lifeboat
