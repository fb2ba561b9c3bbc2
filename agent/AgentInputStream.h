// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QIODevice>

namespace Lifeboat {

class AgentChannel;

// A data stream from the client as a device that PartExtractor (through its
// decompression filter) reads: each read takes the next data frame when the
// last one is used up, so at most the channel's few queued chunks are held.
// The end frame is the device's end; an abort frame, a frame of another kind
// or the client going away is a read error whose errorString() says why.
class AgentInputStream : public QIODevice
{
    Q_OBJECT

public:
    explicit AgentInputStream(AgentChannel &channel);

    bool isSequential() const override { return true; }
    // Waits for the next frame when the current chunk is used up: only the
    // end frame says that no more data comes. (KCompressionDevice asks at
    // the end of the compressed data, and TarStreamReader takes a clean end
    // of the stream for the end of the archive only when it is at its end.)
    bool atEnd() const override;
    // Reads on to the stream's end, discarding: the stream must be read whole
    // even when its request failed early. False when the client broke the
    // protocol or went away, and the session cannot go on.
    bool drain();
    // Whether it ended with an end frame (else the client aborted it).
    bool ended() const { return m_ended; }
    // The client aborted it, broke the protocol or went away: errorString() says which.
    bool interrupted() const { return m_aborted || m_failed; }

protected:
    // An interrupted stream reads as ended (0), never as an error (-1):
    // KCompressionDevice takes a -1 from the device under it for the size
    // of its input and decompresses past its buffer (found by AddressSanitizer,
    // KF6 Archive 6.x). What went wrong stays in errorString().
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool nextChunk();

    AgentChannel &m_channel;
    QByteArray m_chunk;
    qsizetype m_offset = 0;
    bool m_ended = false;
    bool m_aborted = false;
    bool m_failed = false;
};

} // namespace Lifeboat
