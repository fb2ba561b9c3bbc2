// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "JsonText.h"

#include <support/Sha256.h>

#include <QIODevice>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace Lifeboat {

namespace {
// Unlike any text a set holds: a control character, then 128 random bits
// drawn once per process.
const QString &placeholderPrefix()
{
    static const QString prefix = [] {
        QString text = QStringLiteral("\u0001lifeboat-array-");
        for (int i = 0; i < 4; ++i)
            text += QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
        return text + u':';
    }();
    return prefix;
}

// How the prefix looks in a document's text, without its opening quote.
const QByteArray &writtenPrefix()
{
    static const QByteArray written = [] {
        const QByteArray array = QJsonDocument(QJsonArray{placeholderPrefix()}).toJson(QJsonDocument::Compact);
        return array.mid(2, array.size() - 4); // ["...."]
    }();
    return written;
}

bool indented(QJsonDocument::JsonFormat format)
{
    return format == QJsonDocument::Indented;
}

// The text of an object as a value `level` deep: what QJsonDocument writes
// for it alone, each line after the first indented by 4 × level spaces, and
// without the last newline. Strings hold no newline of their own (JSON
// writes it as \n), so every newline is one of the layout's.
QByteArray nested(const QByteArray &alone, int level, QJsonDocument::JsonFormat format)
{
    if (!indented(format))
        return alone;
    const QByteArray indentation(4 * level, ' ');
    QByteArray text;
    text.reserve(alone.size() + alone.count('\n') * indentation.size());
    const qsizetype end = alone.size() - 1; // the last newline
    qsizetype from = 0;
    for (qsizetype newline = alone.indexOf('\n'); newline >= 0 && newline < end; newline = alone.indexOf('\n', from)) {
        text.append(alone.constData() + from, newline + 1 - from);
        text.append(indentation);
        from = newline + 1;
    }
    text.append(alone.constData() + from, end - from);
    return text;
}
} // namespace

// Where the text goes: passed on to a device each time about a megabyte has
// gathered.
class JsonText::Array::Out
{
public:
    Out(QIODevice *device, Sha256 *hash)
        : m_device(device)
        , m_hash(hash)
    {
        text.reserve(2 * piece);
    }

    QByteArray text;

    // Passes the text on when it holds at least `least` bytes; after the
    // device refused some, only forgets it.
    void spill(qsizetype least = piece)
    {
        if (text.size() < least)
            return;
        if (m_ok) {
            if (m_hash)
                m_hash->addData(text);
            m_ok = m_device->write(text) == text.size();
        }
        text.truncate(0); // keeps the capacity for the next piece
    }
    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype piece = 1024 * 1024;
    QIODevice *m_device;
    Sha256 *m_hash;
    bool m_ok = true;
};

JsonText::Array::Array(QJsonArray *collected)
    : m_collected(collected)
{
}

JsonText::Array::Array(Out *out, int level, QJsonDocument::JsonFormat format)
    : m_out(out)
    , m_level(level)
    , m_format(format)
{
    m_out->text.append(indented(format) ? "[\n" : "[");
}

void JsonText::Array::separate()
{
    if (!m_empty)
        m_out->text.append(indented(m_format) ? ",\n" : ",");
    m_empty = false;
    if (indented(m_format))
        m_out->text.append(QByteArray(4 * m_level, ' '));
}

void JsonText::Array::add(const QJsonObject &element)
{
    if (m_collected) {
        m_collected->append(element);
        return;
    }
    separate();
    m_out->text.append(nested(QJsonDocument(element).toJson(m_format), m_level, m_format));
    m_out->spill();
}

void JsonText::Array::add(const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill)
{
    if (m_collected) {
        m_collected->append(whole(skeleton, arrays, fill));
        return;
    }
    separate();
    JsonText::append(m_out, skeleton, arrays, fill, m_level, m_format);
    m_out->spill();
}

QJsonValue JsonText::placeholder(QLatin1StringView key)
{
    return placeholderPrefix() + key;
}

bool JsonText::write(QIODevice *device, Sha256 *hash, const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays,
                     const Fill &fill, QJsonDocument::JsonFormat format)
{
    Array::Out out(device, hash);
    append(&out, skeleton, arrays, fill, 0, format);
    if (indented(format))
        out.text.append('\n');
    out.spill(0);
    return out.ok();
}

QJsonObject JsonText::whole(const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill)
{
    QJsonObject json = skeleton;
    for (const QLatin1StringView &key : arrays) {
        if (skeleton.value(key) != placeholder(key))
            continue;
        QJsonArray elements;
        Array collector(&elements);
        fill(key, collector);
        json.insert(key, elements);
    }
    return json;
}

void JsonText::append(Array::Out *out, const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill,
                      int level, QJsonDocument::JsonFormat format)
{
    const QByteArray text = nested(QJsonDocument(skeleton).toJson(format), level, format);
    const QByteArray &prefix = writtenPrefix();
    const qsizetype ours = std::count_if(arrays.cbegin(), arrays.cend(),
                                         [&skeleton](const QLatin1StringView &key) { return skeleton.value(key) == placeholder(key); });
    if (text.count(prefix) != ours) {
        out->text.append(nested(QJsonDocument(whole(skeleton, arrays, fill)).toJson(format), level, format));
        return;
    }
    qsizetype from = 0;
    for (qsizetype found = text.indexOf(prefix); found > 0; found = text.indexOf(prefix, from)) {
        const qsizetype quote = found - 1;
        const qsizetype keyStart = found + prefix.size();
        const qsizetype closing = text.indexOf('"', keyStart);
        out->text.append(text.constData() + from, quote - from);
        // The array's key starts its line: its indentation is the level of
        // the object that holds it, and the elements go one deeper.
        const qsizetype lineStart = text.lastIndexOf('\n', quote) + 1;
        qsizetype spaces = 0;
        while (indented(format) && text.at(lineStart + spaces) == ' ')
            ++spaces;
        const int arrayLevel = int(spaces / 4);
        Array array(out, arrayLevel + 1, format);
        fill(QLatin1StringView(text.constData() + keyStart, closing - keyStart), array);
        if (indented(format)) {
            if (!array.m_empty)
                out->text.append('\n');
            out->text.append(QByteArray(4 * arrayLevel, ' '));
        }
        out->text.append(']');
        from = closing + 1;
    }
    out->text.append(text.constData() + from, text.size() - from);
}

} // namespace Lifeboat
