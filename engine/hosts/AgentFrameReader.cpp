// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentFrameReader.h"

#include <QString>
#include <QtEndian>

#include <cerrno>
#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr qsizetype garbageKept = 160;
} // namespace

qint64 AgentFrameReader::readFrom(int fd)
{
    if (m_invalid) {
        // Read on only to show the start of it in a message.
        char bytes[garbageKept];
        const ssize_t got = ::read(fd, bytes, sizeof bytes);
        if (got > 0)
            m_garbage.append(bytes, std::min<qsizetype>(got, std::max<qsizetype>(0, garbageKept - m_garbage.size())));
        return got;
    }
    if (m_length < 0) {
        const ssize_t got = ::read(fd, m_header + m_headerFilled, size_t(AgentFrame::headerSize - m_headerFilled));
        if (got <= 0)
            return got;
        m_headerFilled += got;
        if (!AgentFrame::isKnownType(m_header[0])) {
            m_invalid = true;
        } else if (m_headerFilled == AgentFrame::headerSize) {
            const qint64 length = qFromBigEndian<quint32>(m_header + 1);
            m_invalid = length > AgentFrame::maximumPayload;
            if (!m_invalid) {
                m_length = length;
                m_payload = QByteArray(length, Qt::Uninitialized);
                m_filled = 0;
            }
        }
        if (m_invalid)
            m_garbage = QByteArray(m_header, m_headerFilled);
        return got;
    }
    const ssize_t got = ::read(fd, m_payload.data() + m_filled, size_t(m_length - m_filled));
    if (got > 0)
        m_filled += got;
    return got;
}

AgentFrameReader::Result AgentFrameReader::take(AgentFrame *frame)
{
    if (m_invalid)
        return Result::Invalid;
    if (!hasFrame())
        return Result::NeedMore;
    frame->type = AgentFrame::Type(m_header[0]);
    frame->payload = std::move(m_payload);
    m_payload = {};
    m_headerFilled = 0;
    m_length = -1;
    m_filled = 0;
    return Result::Frame;
}

QString AgentFrameReader::garbage() const
{
    const QByteArray line = m_garbage.left(m_garbage.indexOf('\n') < 0 ? m_garbage.size() : m_garbage.indexOf('\n'));
    QString text;
    for (const QChar c : QString::fromUtf8(line)) {
        if (c.isPrint())
            text.append(c);
    }
    return text.left(80);
}

} // namespace Lifeboat
