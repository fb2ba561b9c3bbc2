// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>

#include <functional>

namespace Lifeboat {

// The text QJsonDocument writes for an object, byte for byte, made without
// holding the whole object as QJsonValues: the arrays that hold a set's
// files are written one element at a time. A manifest of 300,000 files is
// about 280 MB of text; as one QJsonObject it was several hundred MB more,
// at the moment a backup publishes its set.
//
// The object is given as a skeleton: everything but those arrays, each of
// which holds placeholder(key) in its place, and a function per array that
// adds its elements.
class JsonText
{
public:
    // Adds the elements of one array, in order.
    class Array
    {
    public:
        // An element that is a small object.
        void add(const QJsonObject &element);
        // An element that is an object with arrays of its own (see object()).
        void add(const QJsonObject &skeleton, const std::function<void(const QLatin1StringView &key, Array &)> &fill);

    private:
        friend class JsonText;
        Array(QByteArray *out, int level, QJsonDocument::JsonFormat format);
        void separate();
        QByteArray *m_out;
        int m_level;
        QJsonDocument::JsonFormat m_format;
        bool m_empty = true;
    };

    JsonText() = delete;
    // What stands for the array `key` in a skeleton.
    static QJsonValue placeholder(QLatin1StringView key);
    // The document's text of `skeleton`, with `fill` called for each key
    // that holds a placeholder (in the order the text has them).
    static QByteArray object(const QJsonObject &skeleton, const std::function<void(const QLatin1StringView &key, Array &)> &fill,
                             QJsonDocument::JsonFormat format, qsizetype expectedSize = 0);

private:
    static void append(QByteArray *out, const QJsonObject &skeleton, int level, QJsonDocument::JsonFormat format,
                       const std::function<void(const QLatin1StringView &key, Array &)> &fill);
};

} // namespace Lifeboat
