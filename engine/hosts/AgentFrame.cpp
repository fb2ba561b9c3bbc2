// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentFrame.h"

#include <QJsonDocument>
#include <QtEndian>

namespace Lifeboat {

QJsonObject AgentFrame::json() const
{
    return QJsonDocument::fromJson(payload).object();
}

QByteArray AgentFrame::header(Type type, qint64 size)
{
    QByteArray header(headerSize, Qt::Uninitialized);
    header[0] = char(type);
    qToBigEndian<quint32>(quint32(size), header.data() + 1);
    return header;
}

QByteArray AgentFrame::encode(Type type, QByteArrayView payload)
{
    QByteArray frame = header(type, payload.size());
    frame.append(payload);
    return frame;
}

QByteArray AgentFrame::encode(Type type, const QJsonObject &json)
{
    return encode(type, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool AgentFrame::isKnownType(char type)
{
    switch (type) {
    case Hello:
    case Request:
    case Reply:
    case Data:
    case End:
    case Abort:
    case Cancel:
    case Progress:
    case Warning:
    case KeepAlive:
        return true;
    default:
        return false;
    }
}

} // namespace Lifeboat
