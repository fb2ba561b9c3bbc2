// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HashingDevice.h"

namespace Lifeboat {

HashingDevice::HashingDevice(QIODevice *device)
    : m_device(device)
{
}

bool HashingDevice::open(OpenMode mode)
{
    if (!m_device->isOpen() || (mode & ReadWrite) == ReadWrite) {
        setErrorString(m_device->errorString());
        return false;
    }
    // Hashed from the device's first byte only.
    m_whole = m_device->isSequential() || m_device->pos() == 0;
    return QIODevice::open(mode | Unbuffered);
}

qint64 HashingDevice::readData(char *data, qint64 maximum)
{
    const qint64 got = m_device->read(data, maximum);
    if (got < 0) {
        setErrorString(m_device->errorString());
        return -1;
    }
    m_hash.addData(QByteArrayView(data, got));
    m_hashed += got;
    return got;
}

qint64 HashingDevice::writeData(const char *data, qint64 size)
{
    const qint64 written = m_device->write(data, size);
    if (written < 0) {
        setErrorString(m_device->errorString());
        return -1;
    }
    m_hash.addData(QByteArrayView(data, written));
    m_hashed += written;
    return written;
}

bool HashingDevice::readToEnd()
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = read(buffer.data(), buffer.size());
        if (got <= 0)
            return got == 0;
    }
}

} // namespace Lifeboat
