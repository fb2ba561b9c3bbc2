// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace Lifeboat {

// One frame of lifeboat-agent's protocol (docs/agent-protocol.md): a type
// byte, the payload's length (4 bytes, big-endian) and the payload. Requests,
// replies and the hello carry JSON; data travels in chunks of at most
// chunkSize, so that neither side ever holds more than a few chunks of a
// stream in memory.
struct AgentFrame
{
    enum Type : char
    {
        Hello = 'H', // JSON, each side once, first
        Request = 'Q', // JSON: id, op, args
        Reply = 'R', // JSON: id, ok, result or error
        Data = 'D', // bytes of the current request's stream
        End = 'E', // the stream is whole
        Abort = 'X', // the stream failed; the payload says why (UTF-8)
        Cancel = 'C', // client: stop request <payload: id> at the next chunk
        Progress = 'P', // agent: JSON done, total
        Warning = 'W', // agent: UTF-8 text for the run's log
        KeepAlive = 'K', // agent: still working, every few seconds
    };

    static constexpr qint64 headerSize = 5;
    static constexpr qint64 chunkSize = 1024 * 1024;
    // JSON frames (a large directory's listing) may be longer than a chunk.
    static constexpr qint64 maximumPayload = 64 * 1024 * 1024;

    Type type = KeepAlive;
    QByteArray payload;

    QJsonObject json() const;
    // The header of a frame whose payload is `size` bytes: written before
    // the payload, which is sent from where it is, not copied behind it.
    static QByteArray header(Type type, qint64 size);
    static QByteArray encode(Type type, QByteArrayView payload = {});
    static QByteArray encode(Type type, const QJsonObject &json);
    static bool isKnownType(char type);
};

} // namespace Lifeboat
