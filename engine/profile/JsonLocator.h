// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Lifeboat {

// Where things are in a JSON text, which QJsonDocument does not say: the
// line and column of every key path (nodes[2].bootstrapProperty points at
// the key, nodes[2] and fonts[0] at the array element), and the keys that
// appear twice in one object (QJsonDocument keeps one of them silently).
// Reads text that QJsonDocument has already accepted; on other text it
// stops where it cannot follow and knows the paths before that point.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0; // 1-based; 0: not found
        int column = 0; // 1-based, in characters
    };

    explicit JsonLocator(QByteArray text);

    // The path's own position; for a path the text lacks, the position of
    // its nearest ancestor that is there (where a missing key belongs).
    Position find(const QString &path) const;
    Position positionOfOffset(qsizetype byteOffset) const;
    // The key paths of the second and later occurrences of a key in one
    // object, with their positions.
    const QList<std::pair<QString, Position>> &duplicateKeys() const { return m_duplicates; }

    static QString member(const QString &parent, const QString &key);
    static QString element(const QString &parent, qsizetype index);
    static QString parentOf(const QString &path);

private:
    bool value(const QString &path);
    bool object(const QString &path);
    bool array(const QString &path);
    bool string(QString *decoded);
    void skipSpace();
    bool atEnd() const { return m_at >= m_text.size(); }

    QByteArray m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_offsets;
    QList<std::pair<QString, Position>> m_duplicates;
    QList<qsizetype> m_lineStarts;
};

} // namespace Lifeboat
