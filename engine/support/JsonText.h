// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

#include <functional>

class QIODevice;

namespace Lifeboat {

class Sha256;

// The text QJsonDocument writes for an object, byte for byte, made without
// holding the whole object as QJsonValues: the arrays that hold a set's
// files are written one element at a time. A manifest of 300,000 files is
// about 280 MB of text; as one QJsonObject it was several hundred MB more,
// at the moment a backup publishes its set.
//
// The object is given as a skeleton: everything but those arrays, each of
// which holds placeholder(key) in its place; the keys of those arrays; and
// a function that adds an array's elements. Should any other text of the
// skeleton hold what a placeholder is made of (a set is untrusted input,
// and a fuzzer found it), the object is made whole and written as
// QJsonDocument writes it.
class JsonText
{
public:
    class Array;
    // Adds the elements of the array `key`, in order.
    using Fill = std::function<void(const QLatin1StringView &key, Array &)>;

    // Adds the elements of one array, in order.
    class Array
    {
    public:
        // An element that is a small object.
        void add(const QJsonObject &element);
        // An element that is an object with arrays of its own (see write()).
        void add(const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill);

    private:
        friend class JsonText;
        class Out;
        Array(Out *out, int level, QJsonDocument::JsonFormat format);
        // Collects the elements instead of writing them.
        explicit Array(QJsonArray *collected);
        void separate();
        Out *m_out = nullptr;
        QJsonArray *m_collected = nullptr;
        int m_level = 0;
        QJsonDocument::JsonFormat m_format = QJsonDocument::Indented;
        bool m_empty = true;
    };

    JsonText() = delete;
    // What stands for the array `key` in a skeleton.
    static QJsonValue placeholder(QLatin1StringView key);
    // The document's text of `skeleton`, with `fill` called for each of
    // `arrays` (in the order the text has them), written to `device` a
    // piece of about a megabyte at a time, each piece added to `hash` (when
    // given) on the way: a manifest of 300,000 files is never in memory as
    // text. False when the device
    // took less than it was given (its errorString() says why).
    [[nodiscard]] static bool write(QIODevice *device, Sha256 *hash, const QJsonObject &skeleton,
                                    const QList<QLatin1StringView> &arrays, const Fill &fill,
                                    QJsonDocument::JsonFormat format);

    // The skeleton with its arrays filled in: the object itself.
    static QJsonObject whole(const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill);

private:
    static void append(Array::Out *out, const QJsonObject &skeleton, const QList<QLatin1StringView> &arrays, const Fill &fill,
                       int level, QJsonDocument::JsonFormat format);
};

} // namespace Lifeboat
