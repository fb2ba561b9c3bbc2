// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace Lifeboat {

// Reads a tar stream front to back, one entry after another, without ever
// seeking: a compressed tar is then decompressed exactly once. (KTar over a
// decompressing device seeks backwards while reading entries, and each
// backward seek decompresses the stream again from its start.) Knows ustar
// headers, GNU long names (which KTar writes) and pax path, size, uid, gid
// and mtime records (which PartArchiver writes: KTar's own ids are made up).
class TarStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(TarStreamReader)

public:
    struct Entry
    {
        QString path;
        QString linkTarget; // symbolic and hard links
        qint64 size = 0;
        int mode = 0;
        qint64 uid = 0;
        qint64 gid = 0;
        QString owner;
        QString group;
        QDateTime modified;
        char type = '0';
        bool isFile() const { return type == '0' || type == '\0' || type == '7'; }
        bool isDirectory() const { return type == '5'; }
        bool isLink() const { return type == '1' || type == '2'; }
    };

    explicit TarStreamReader(QIODevice *device);

    // The next entry's header; false at the end of the archive, or on damage
    // (then errorString() says what).
    bool next(Entry *entry);
    // Data of the current entry; 0 at its end, -1 when the stream breaks.
    qint64 read(char *data, qint64 maximum);
    QString errorString() const { return m_error; }

private:
    bool readExactly(char *data, qint64 size);
    bool readHeader(char *header, bool *end);
    bool skip(qint64 size);
    bool readPadded(qint64 size, QByteArray *data);

    QIODevice *m_device;
    qint64 m_left = 0;
    qint64 m_padding = 0;
    QString m_error;
};

} // namespace Lifeboat
