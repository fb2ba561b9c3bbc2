// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QIODevice>

namespace Lifeboat {

class AgentChannel;

// A data stream to the client as a device that PartArchiver (through its
// compression filter) or a file copy writes into: bytes go out in data frames
// of one chunk each, so at most one chunk waits here. Writing fails once the
// client is gone. finish() sends what is left; the request then ends the
// stream with an end or abort frame.
class AgentOutputStream : public QIODevice
{
    Q_OBJECT

public:
    explicit AgentOutputStream(AgentChannel &channel);

    bool isSequential() const override { return true; }
    [[nodiscard]] bool finish();
    // Every byte written so far, sent or waiting.
    qint64 written() const { return m_sent + m_chunk.size(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool sendChunk(qsizetype size);

    AgentChannel &m_channel;
    QByteArray m_chunk;
    qint64 m_sent = 0;
};

} // namespace Lifeboat
