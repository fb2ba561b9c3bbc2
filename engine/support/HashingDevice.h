// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <support/Sha256.h>

#include <QIODevice>

namespace Lifeboat {

// Passes reads or writes through to another device, open in the same mode,
// and hashes (SHA-256) every byte on the way, in order: an archive gets its
// checksum as it is written, or is checked as a whole in the same read that
// decompresses it, instead of being read once more for that. Only a stream
// read or written front to back gives the whole file's checksum: after any
// seek, `whole()` is false and the caller must hash the file by itself.
class HashingDevice : public QIODevice
{
    Q_OBJECT

public:
    // `device` stays the caller's: open before this one, closed after it.
    explicit HashingDevice(QIODevice *device);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    // Reads what is left of the device, hashing it (a reader that stops at
    // the archive's end marker leaves some); false when it cannot be read.
    bool readToEnd();
    // Whether every byte passed, in order, from the device's start.
    bool whole() const { return m_whole; }
    qint64 bytesHashed() const { return m_hashed; }
    // The hex SHA-256 of what passed; call once, at the end.
    QByteArray hexResult() { return m_hash.hexResult(); }

protected:
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_device;
    Sha256 m_hash;
    qint64 m_hashed = 0;
    bool m_whole = true;
};

} // namespace Lifeboat
