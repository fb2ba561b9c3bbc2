// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

struct ZSTD_CCtx_s;

namespace Lifeboat {

// A write-only device that zstd-compresses everything written into it, for
// KTar to write a .tar.zst through (reading stays KCompressionDevice's).
// KCompressionDevice has neither a level nor threads, and ends every write()
// with a zstd flush (each 512-byte tar header a block of its own, and no
// worker could ever run ahead). Here data leaves when the compressor has
// whole blocks, and the frame ends on close().
class ZstdWriter : public QIODevice
{
    Q_OBJECT

public:
    struct Settings
    {
        int level = 3;
        int workers = 0; // ZSTD_c_nbWorkers: 0 compresses in the writing thread
    };
    // The level and workers chosen for this machine (see the .cpp).
    static Settings forThisMachine();
    // Whether the zstd frame that starts with `head` (at least its first 5
    // bytes) ends with the checksum of its content, which a decompressor
    // compares when it reaches the frame's end. This writer's frames do;
    // a frame written without it (zstd --no-check) does not.
    static bool checksummed(QByteArrayView head);

    // Into `target`, which stays the caller's (a file, or a stream to
    // lifeboat-agent): opened here if it is not open, never closed.
    ZstdWriter(QIODevice *target, Settings settings);
    ~ZstdWriter() override;

    // WriteOnly only.
    bool open(OpenMode mode) override;
    // Ends the frame and writes what is left; errorString() says why not.
    void close() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maximum) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool compress(const char *data, qint64 size, bool end);
    bool fail(const QString &message);

    QIODevice *m_target = nullptr;
    Settings m_settings;
    ZSTD_CCtx_s *m_context = nullptr;
    QByteArray m_out;
    bool m_failed = false;
};

} // namespace Lifeboat
