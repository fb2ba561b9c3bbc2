// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TarStreamReader.h"

#include <QIODevice>
#include <QTimeZone>

#include <cstring>

namespace Lifeboat {

namespace {
constexpr qint64 blockSize = 512;
constexpr qint64 longestName = 1024 * 1024;

qint64 octal(const char *field, int length)
{
    if (quint8(field[0]) & 0x80) { // base-256, for sizes past 8 GiB
        qint64 value = field[0] & 0x7f;
        for (int i = 1; i < length; ++i)
            value = (value << 8) | quint8(field[i]);
        return value;
    }
    qint64 value = 0;
    for (int i = 0; i < length && field[i]; ++i) {
        if (field[i] >= '0' && field[i] <= '7')
            value = value * 8 + (field[i] - '0');
    }
    return value;
}

QString text(const char *field, int length)
{
    return QString::fromUtf8(field, qsizetype(strnlen(field, size_t(length))));
}

bool checksumMatches(const char *header)
{
    qint64 sum = 0;
    for (int i = 0; i < blockSize; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : quint8(header[i]);
    return sum == octal(header + 148, 8);
}

qint64 paddingFor(qint64 size)
{
    return (blockSize - size % blockSize) % blockSize;
}
} // namespace

TarStreamReader::TarStreamReader(QIODevice *device)
    : m_device(device)
{
}

bool TarStreamReader::readExactly(char *data, qint64 size)
{
    while (size > 0) {
        const qint64 got = m_device->read(data, size);
        if (got <= 0) {
            m_error = tr("the archive ends early or is damaged");
            return false;
        }
        data += got;
        size -= got;
    }
    return true;
}

bool TarStreamReader::skip(qint64 size)
{
    char scratch[64 * 1024];
    while (size > 0) {
        const qint64 chunk = std::min<qint64>(size, sizeof scratch);
        if (!readExactly(scratch, chunk))
            return false;
        size -= chunk;
    }
    return true;
}

bool TarStreamReader::readPadded(qint64 size, QByteArray *data)
{
    if (size < 0 || size > longestName) {
        m_error = tr("an extended header is damaged");
        return false;
    }
    data->resize(size);
    return readExactly(data->data(), size) && skip(paddingFor(size));
}

qint64 TarStreamReader::read(char *data, qint64 maximum)
{
    const qint64 wanted = std::min(maximum, m_left);
    if (wanted <= 0)
        return 0;
    const qint64 got = m_device->read(data, wanted);
    if (got <= 0) {
        m_error = tr("the archive ends early or is damaged");
        return -1;
    }
    m_left -= got;
    return got;
}

bool TarStreamReader::readHeader(char *header, bool *end)
{
    // KTar ends its archives without the two zero blocks of the standard (GNU
    // tar accepts that too): a stream that ends cleanly at a header boundary
    // is the end of the archive; a partial header is damage.
    const qint64 got = m_device->read(header, blockSize);
    *end = got <= 0 && m_device->atEnd();
    if (*end)
        return false;
    return got == blockSize || readExactly(header + std::max<qint64>(got, 0), blockSize - std::max<qint64>(got, 0));
}

bool TarStreamReader::next(Entry *entry)
{
    if (!skip(m_left))
        return false;
    // The last entry's padding may be missing as well.
    char scratch[blockSize];
    if (m_padding > 0 && m_device->read(scratch, m_padding) < m_padding && !m_device->atEnd()) {
        m_error = tr("the archive ends early or is damaged");
        return false;
    }
    m_left = m_padding = 0;
    QString longPath;
    QString longLink;
    qint64 paxSize = -1;
    qint64 paxUid = -1;
    qint64 paxGid = -1;
    QByteArray paxTime;
    for (;;) {
        char header[blockSize];
        bool end = false;
        if (!readHeader(header, &end))
            return false;
        if (std::all_of(header, header + blockSize, [](char c) { return c == 0; }))
            return false; // the end-of-archive marker
        if (!checksumMatches(header)) {
            m_error = tr("a header is damaged (its checksum does not match)");
            return false;
        }
        const char type = header[156];
        const qint64 size = octal(header + 124, 12);
        QByteArray extension;
        if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
            if (!readPadded(size, &extension))
                return false;
            const QString extensionText =
                QString::fromUtf8(extension.constData(), qsizetype(strnlen(extension.constData(), size_t(extension.size()))));
            if (type == 'L')
                longPath = extensionText;
            else if (type == 'K')
                longLink = extensionText;
            for (const QByteArray &record : extension.split('\n')) {
                // "<length> <key>=<value>"
                const qsizetype space = record.indexOf(' ');
                const qsizetype equals = record.indexOf('=', space + 1);
                if (type != 'x' || space < 0 || equals < 0)
                    continue;
                const QByteArray key = record.sliced(space + 1, equals - space - 1);
                const QByteArray value = record.mid(equals + 1);
                if (key == "path")
                    longPath = QString::fromUtf8(value);
                else if (key == "linkpath")
                    longLink = QString::fromUtf8(value);
                else if (key == "size")
                    paxSize = value.toLongLong();
                else if (key == "uid")
                    paxUid = value.toLongLong();
                else if (key == "gid")
                    paxGid = value.toLongLong();
                else if (key == "mtime")
                    paxTime = value;
            }
            continue;
        }
        QString path = longPath;
        if (path.isEmpty()) {
            const QString prefix = std::memcmp(header + 257, "ustar", 5) == 0 ? text(header + 345, 155) : QString();
            path = prefix.isEmpty() ? text(header, 100) : prefix + u'/' + text(header, 100);
        }
        while (path.endsWith(u'/'))
            path.chop(1);
        entry->path = path;
        entry->type = type;
        entry->linkTarget = longLink.isEmpty() ? text(header + 157, 100) : longLink;
        entry->mode = int(octal(header + 100, 8) & 07777);
        entry->size = paxSize >= 0 ? paxSize : size;
        entry->uid = paxUid >= 0 ? paxUid : octal(header + 108, 8);
        entry->gid = paxGid >= 0 ? paxGid : octal(header + 116, 8);
        entry->owner = text(header + 265, 32);
        entry->group = text(header + 297, 32);
        const qint64 ms
            = paxTime.isEmpty() ? octal(header + 136, 12) * 1000 : qint64(paxTime.toDouble() * 1000.0 + 0.5);
        entry->modified = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
        const bool hasData = entry->isFile();
        m_left = hasData ? entry->size : 0;
        m_padding = hasData ? paddingFor(entry->size) : 0;
        return true;
    }
}

} // namespace Lifeboat
