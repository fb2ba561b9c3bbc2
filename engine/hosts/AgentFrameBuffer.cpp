// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentFrameBuffer.h"

#include <QtEndian>

namespace Lifeboat {

AgentFrameBuffer::Result AgentFrameBuffer::take(AgentFrame *frame)
{
    if (m_bytes.isEmpty())
        return Result::NeedMore;
    if (!AgentFrame::isKnownType(m_bytes.at(0)))
        return Result::Invalid;
    if (m_bytes.size() < AgentFrame::headerSize)
        return Result::NeedMore;
    const qint64 length = qFromBigEndian<quint32>(m_bytes.constData() + 1);
    if (length > AgentFrame::maximumPayload)
        return Result::Invalid;
    if (m_bytes.size() < AgentFrame::headerSize + length)
        return Result::NeedMore;
    frame->type = AgentFrame::Type(m_bytes.at(0));
    frame->payload = m_bytes.mid(AgentFrame::headerSize, length);
    m_bytes.remove(0, AgentFrame::headerSize + length);
    return Result::Frame;
}

} // namespace Lifeboat
