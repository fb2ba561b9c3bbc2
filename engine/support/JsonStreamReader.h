// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>

#include <functional>

namespace Lifeboat {

// Reads one JSON text a piece at a time, the reading counterpart of
// JsonText: the arrays at the given paths are handed over element by
// element as they are read, and the rest of the text, the skeleton, is
// parsed at the end. A manifest of 300,000 files is 264 MB of text; parsed
// as one QJsonDocument it took several hundred MB more than the manifest
// itself, in every restore and verify.
//
// QJsonDocument stays the parser: each element and the skeleton are parsed
// by it, and this class only finds where the elements begin and end (the
// strings, the brackets and the commas). So a text is accepted exactly when
// QJsonDocument::fromJson() accepts it whole, and what is read is what it
// would have read; fuzz_manifest checks both against each other.
//
// In the skeleton, each streamed array stands as [N], N its number in the
// order the arrays open (arrayNumber() tells): where a key is repeated,
// QJsonDocument's choice of one value decides which array is meant.
class JsonStreamReader
{
public:
    // The keys from the top object down; "*" stands for any element of an
    // array: {"parts", "*", "files"}.
    using Path = QList<QLatin1StringView>;
    // One element of a streamed array: the array's number, the index of
    // its path among those given, and the element. False stops the reading
    // with an error (the element breaks a limit of the caller's).
    using Element = std::function<bool(int array, int path, const QJsonValue &value)>;

    // `batchBytes`: about how much text of elements is parsed at once (one
    // QJsonDocument per element would cost more than the element); tests
    // make it small to cut the text everywhere.
    static constexpr qsizetype defaultBatchBytes = 256 * 1024;
    JsonStreamReader(QList<Path> streamed, Element element, qsizetype batchBytes = defaultBatchBytes);

    // The next piece of the text; false once the text is known to be bad.
    bool add(QByteArrayView piece);
    // The end of the text: false if it is bad or incomplete.
    bool finish();
    // All of `device`, a piece at a time, each also given to `seen` (to
    // hash the bytes on the way); then finish().
    bool read(QIODevice *device, const std::function<void(QByteArrayView)> &seen = {});

    // After finish(): the top-level object without the streamed elements
    // (empty when the text's top level is an array).
    QJsonObject skeleton() const { return m_skeletonObject; }
    // Why the text is bad, as QJsonDocument says it.
    QJsonParseError error() const { return m_error; }
    // N where `value` is a streamed array's [N] in the skeleton, else -1.
    static int arrayNumber(const QJsonValue &value);

private:
    struct Frame
    {
        bool object = false;
        int path = -1;   // a streamed array: the index of its path
        int number = -1; // a streamed array: its number
        bool expectKey = false;
        qsizetype elements = 0; // a streamed array: the commas seen
        QByteArray key; // an object's current key, as the text has it once unescaped
    };

    bool byte(char c);
    bool open(char c);
    bool close(char c);
    bool endOfString();
    int streamedPath() const;
    bool flushElements(bool last);
    bool fail(QJsonParseError::ParseError error);
    QByteArray &out() { return m_stream >= 0 ? m_elements : m_skeleton; }

    QList<Path> m_paths;
    Element m_element;
    qsizetype m_batchBytes;
    QList<Frame> m_stack;
    int m_stream = -1; // the index in m_stack of the streamed array being read
    int m_arrays = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_isKey = false;
    bool m_failed = false;
    QByteArray m_keyText;
    QByteArray m_skeleton;
    QByteArray m_elements; // elements of the streamed array not yet parsed, with their commas
    qsizetype m_pending = 0; // how many elements m_elements holds
    qsizetype m_offset = 0;  // of the next byte in the whole text
    QJsonObject m_skeletonObject;
    QJsonParseError m_error{};
};

} // namespace Lifeboat
