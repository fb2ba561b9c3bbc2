// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/AgentFrame.h>

namespace Lifeboat {

// Bytes of lifeboat-agent's protocol as they arrive, cut into whole frames.
class AgentFrameBuffer
{
public:
    enum class Result
    {
        Frame,
        NeedMore,
        Invalid
    };

    void append(QByteArrayView bytes) { m_bytes.append(bytes); }
    // The next whole frame if it has arrived; Invalid when the bytes are no
    // frame at all (an unknown type or an absurd length: something other than
    // the helper wrote them).
    Result take(AgentFrame *frame);
    // What arrived so far, for a message about an answer that is no frame.
    QByteArray peek(qsizetype bytes) const { return m_bytes.left(bytes); }

private:
    QByteArray m_bytes;
};

} // namespace Lifeboat
