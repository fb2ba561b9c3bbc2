// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "JsonStreamReader.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

namespace Lifeboat {

namespace {
// QJsonDocument refuses a text nested deeper than this (its parser's
// nestingLimit); an element parsed on its own would not see the levels
// above it, so the depth is counted here.
constexpr qsizetype nestingLimit = 1024;
constexpr qsizetype pieceBytes = 1024 * 1024;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isStructural(char c)
{
    return c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',';
}

bool onlyWhitespace(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), isWhitespace);
}
} // namespace

JsonStreamReader::JsonStreamReader(QList<Path> streamed, Element element, qsizetype batchBytes)
    : m_paths(std::move(streamed))
    , m_element(std::move(element))
    , m_batchBytes(batchBytes)
{
}

int JsonStreamReader::arrayNumber(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return value.isArray() && array.size() == 1 && array.at(0).isDouble() ? array.at(0).toInt(-1) : -1;
}

bool JsonStreamReader::fail(QJsonParseError::ParseError error)
{
    if (!m_failed)
        m_error = {int(m_offset), error};
    m_failed = true;
    return false;
}

bool JsonStreamReader::add(QByteArrayView piece)
{
    const char *at = piece.data();
    const char *const end = at + piece.size();
    while (at < end) {
        if (m_failed)
            return false;
        // Most of the text is the inside of strings and indentation: what
        // changes no state is copied a run at a time.
        const char *run = at;
        if (m_inString && !m_escape && !m_isKey) {
            while (run < end && *run != '"' && *run != '\\')
                ++run;
        } else if (!m_inString) {
            while (run < end && !isStructural(*run))
                ++run;
        }
        if (run > at) {
            out().append(at, run - at);
            m_offset += run - at;
            at = run;
            continue;
        }
        if (!byte(*at))
            return false;
        ++m_offset;
        ++at;
    }
    return !m_failed;
}

bool JsonStreamReader::read(QIODevice *device, const std::function<void(QByteArrayView)> &seen)
{
    QByteArray piece(pieceBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(piece.data(), piece.size());
        if (got < 0)
            return fail(QJsonParseError::UnterminatedObject);
        if (got == 0)
            break;
        const QByteArrayView view(piece.constData(), got);
        if (seen)
            seen(view);
        if (!add(view))
            return false;
    }
    return finish();
}

bool JsonStreamReader::byte(char c)
{
    if (m_inString) {
        out().append(c);
        if (m_isKey)
            m_keyText.append(c);
        if (m_escape)
            m_escape = false;
        else if (c == '\\')
            m_escape = true;
        else if (c == '"')
            return endOfString();
        return true;
    }
    switch (c) {
    case '"':
        m_inString = true;
        m_isKey = !m_stack.isEmpty() && m_stack.last().object && m_stack.last().expectKey;
        if (m_isKey) {
            m_stack.last().expectKey = false;
            m_keyText = "\"";
        }
        out().append(c);
        return true;
    case '{':
    case '[':
        return open(c);
    case '}':
    case ']':
        return close(c);
    case ',':
        if (!m_stack.isEmpty() && m_stack.last().object)
            m_stack.last().expectKey = true;
        if (m_stream >= 0 && m_stack.size() - 1 == m_stream) {
            ++m_stack.last().elements;
            if (m_elements.size() >= m_batchBytes)
                return flushElements(false);
            ++m_pending;
        }
        out().append(c);
        return true;
    default:
        out().append(c);
        return true;
    }
}

// A key as QJsonDocument reads it: most have no escapes and are their text.
bool JsonStreamReader::endOfString()
{
    m_inString = false;
    if (!m_isKey)
        return true;
    m_isKey = false;
    QByteArray key = m_keyText.sliced(1, m_keyText.size() - 2);
    if (key.contains('\\'))
        key = QJsonDocument::fromJson('[' + m_keyText + ']').array().at(0).toString().toUtf8();
    m_stack.last().key = key;
    return true;
}

int JsonStreamReader::streamedPath() const
{
    if (m_stream >= 0)
        return -1;
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const Path &path = m_paths.at(i);
        if (path.size() != m_stack.size())
            continue;
        bool matches = true;
        for (qsizetype level = 0; level < path.size() && matches; ++level) {
            const Frame &frame = m_stack.at(level);
            matches = path.at(level) == QLatin1StringView("*") ? !frame.object
                                                                : frame.object
                                                                      && frame.key == QByteArrayView(path.at(level).data(), path.at(level).size());
        }
        if (matches)
            return int(i);
    }
    return -1;
}

bool JsonStreamReader::open(char c)
{
    if (m_stack.size() >= nestingLimit)
        return fail(QJsonParseError::DeepNesting);
    Frame frame;
    frame.object = c == '{';
    frame.expectKey = frame.object;
    if (!frame.object)
        frame.path = streamedPath();
    if (frame.path >= 0) {
        frame.number = m_arrays++;
        m_skeleton.append('[' + QByteArray::number(frame.number));
        m_stack.append(frame);
        m_stream = int(m_stack.size() - 1);
        m_elements.clear();
        m_pending = 0;
        return true;
    }
    out().append(c);
    m_stack.append(frame);
    return true;
}

bool JsonStreamReader::close(char c)
{
    if (m_stack.isEmpty() || m_stack.last().object != (c == '}'))
        return fail(c == '}' ? QJsonParseError::UnterminatedObject : QJsonParseError::UnterminatedArray);
    if (m_stream >= 0 && m_stack.size() - 1 == m_stream) {
        if (!flushElements(true))
            return false;
        m_stream = -1;
        m_skeleton.append(c);
        m_stack.removeLast();
        return true;
    }
    out().append(c);
    m_stack.removeLast();
    return true;
}

// Parses the elements read so far: all of them, or all but the one after
// the last comma while the array goes on.
bool JsonStreamReader::flushElements(bool last)
{
    const Frame &array = m_stack.at(m_stream);
    // "[]" or "[ ]": no element at all.
    if (last && array.elements == 0 && onlyWhitespace(m_elements))
        return true;
    const qsizetype expected = m_pending + 1;
    const qsizetype start = m_offset - m_elements.size();
    QJsonParseError parseError{};
    const QJsonDocument batch = QJsonDocument::fromJson('[' + m_elements + ']', &parseError);
    m_elements.clear();
    m_pending = 0;
    if (parseError.error != QJsonParseError::NoError) {
        m_error = {int(start + std::max(0, parseError.offset - 1)), parseError.error};
        m_failed = true;
        return false;
    }
    const QJsonArray elements = batch.array();
    if (elements.size() != expected)
        return fail(QJsonParseError::IllegalValue);
    for (const QJsonValue &element : elements) {
        if (!m_element(array.number, array.path, element))
            return fail(QJsonParseError::IllegalValue);
    }
    return true;
}

bool JsonStreamReader::finish()
{
    if (m_failed)
        return false;
    if (m_stream >= 0)
        return fail(QJsonParseError::UnterminatedArray);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(m_skeleton, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = parseError;
        m_failed = true;
        return false;
    }
    m_skeletonObject = document.object();
    return true;
}

} // namespace Lifeboat
