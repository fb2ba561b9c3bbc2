// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/AgentFrame.h>

namespace Lifeboat {

// Frames of lifeboat-agent's protocol as they arrive on a descriptor. A
// frame's payload is read straight into the buffer it is handed out in: a
// chunk of a stream is copied once, from the kernel, on its way through.
class AgentFrameReader
{
public:
    enum class Result
    {
        Frame,
        NeedMore,
        Invalid
    };

    // One read() from `fd` into the frame being received: what it gave
    // (> 0), 0 at the end of the input, -1 on an error (errno; EAGAIN when a
    // non-blocking descriptor has nothing now). Call it only while no whole
    // frame waits (hasFrame()).
    qint64 readFrom(int fd);
    bool hasFrame() const { return m_length >= 0 && m_filled == m_length; }
    // The whole frame, if there is one; Invalid when the bytes are no frame
    // at all (an unknown type or an absurd length: something other than the
    // helper wrote them).
    Result take(AgentFrame *frame);
    // What arrived instead of a frame, its first line, for a message.
    QString garbage() const;

private:
    char m_header[AgentFrame::headerSize] = {};
    qint64 m_headerFilled = 0;
    qint64 m_length = -1; // of the payload, once the header is whole
    QByteArray m_payload;
    qint64 m_filled = 0;
    bool m_invalid = false;
    QByteArray m_garbage;
};

} // namespace Lifeboat
