// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace Lifeboat {

JsonLocator::JsonLocator(QByteArray text)
    : m_text(std::move(text))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    skipSpace();
    (void)value(QString());
}

QString JsonLocator::member(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString JsonLocator::element(const QString &parent, qsizetype index)
{
    return parent + QStringLiteral("[%1]").arg(index);
}

QString JsonLocator::parentOf(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut < 0 ? QString() : path.left(cut);
}

JsonLocator::Position JsonLocator::find(const QString &path) const
{
    for (QString at = path;; at = parentOf(at)) {
        const auto it = m_offsets.constFind(at);
        if (it != m_offsets.cend())
            return positionOfOffset(it.value());
        if (at.isEmpty())
            return {};
    }
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype lineStart = *(next - 1);
    // Columns count characters: UTF-8 continuation bytes are not columns of their own.
    int column = 1;
    for (qsizetype i = lineStart; i < byteOffset; ++i)
        column += (uchar(m_text.at(i)) & 0xC0) == 0x80 ? 0 : 1;
    return { int(next - m_lineStarts.cbegin()), column };
}

void JsonLocator::skipSpace()
{
    while (!atEnd() && QByteArrayView(" \t\r\n").contains(m_text.at(m_at)))
        ++m_at;
}

bool JsonLocator::value(const QString &path)
{
    if (atEnd())
        return false;
    if (!m_offsets.contains(path))
        m_offsets.insert(path, m_at);
    switch (m_text.at(m_at)) {
    case '{':
        return object(path);
    case '[':
        return array(path);
    case '"':
        return string(nullptr);
    default: {
        // A number, true, false or null: up to the next delimiter. Nothing
        // before one ("[}" in a broken file) is no value: stop there, or an
        // array would read the same nothing for ever.
        const qsizetype start = m_at;
        while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_at)))
            ++m_at;
        return m_at > start || m_text.at(m_at) == ',';
    }
    }
}

bool JsonLocator::object(const QString &path)
{
    ++m_at; // {
    QSet<QString> seen;
    for (skipSpace(); !atEnd() && m_text.at(m_at) != '}';) {
        const qsizetype keyOffset = m_at;
        QString key;
        if (!string(&key))
            return false;
        const QString keyPath = member(path, key);
        if (seen.contains(key))
            m_duplicates.append({ keyPath, positionOfOffset(keyOffset) });
        else
            m_offsets.insert(keyPath, keyOffset);
        seen.insert(key);
        skipSpace();
        if (atEnd() || m_text.at(m_at) != ':')
            return false;
        ++m_at;
        skipSpace();
        // The value of a repeated key is not indexed: its key path is the first one's.
        const bool repeated = m_offsets.value(keyPath) != keyOffset;
        if (!value(repeated ? keyPath + QStringLiteral("\n") : keyPath))
            return false;
        skipSpace();
        if (!atEnd() && m_text.at(m_at) == ',') {
            ++m_at;
            skipSpace();
        }
    }
    if (atEnd())
        return false;
    ++m_at; // }
    return true;
}

bool JsonLocator::array(const QString &path)
{
    ++m_at; // [
    qsizetype index = 0;
    for (skipSpace(); !atEnd() && m_text.at(m_at) != ']';) {
        if (!value(element(path, index++)))
            return false;
        skipSpace();
        if (!atEnd() && m_text.at(m_at) == ',') {
            ++m_at;
            skipSpace();
        }
    }
    if (atEnd())
        return false;
    ++m_at; // ]
    return true;
}

bool JsonLocator::string(QString *decoded)
{
    if (atEnd() || m_text.at(m_at) != '"')
        return false;
    const qsizetype start = m_at++;
    bool escaped = false;
    while (!atEnd() && m_text.at(m_at) != '"') {
        if (m_text.at(m_at) == '\\') {
            escaped = true;
            ++m_at;
        }
        ++m_at;
    }
    if (atEnd())
        return false;
    ++m_at; // "
    if (decoded) {
        const QByteArray raw = m_text.mid(start, m_at - start);
        // Escapes (\u00e9, \") are rare in keys: QJsonDocument decodes them.
        *decoded = escaped ? QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString()
                           : QString::fromUtf8(raw.mid(1, raw.size() - 2));
    }
    return true;
}

} // namespace Lifeboat
