// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ZstdWriter.h"

#include <QThread>

#include <zstd.h>

#include <algorithm>

namespace Lifeboat {

// Parts are archived one thread per core (ArchivePartsStep), so every core
// already compresses while there are parts enough. One worker per writer lets
// a part's compression run beside its reading and hashing, and lets the last
// large part use a second core once the others are done; more workers per
// part would multiply the compressor's buffers by the parts running at once
// with no idle core to use them. Level 1: below 8 cores compression is most
// of a backup's CPU, and level 1 took a quarter less of it than level 3
// (zstd's default, KCompressionDevice's) for 0.4 % larger archives on the
// sandbox's data (benchmarks/README.md). From 8 cores on, the disks rather
// than the cores are the limit, and level 3 costs no time.
ZstdWriter::Settings ZstdWriter::forThisMachine()
{
    const int cores = std::max(1, QThread::idealThreadCount());
    return {.level = cores >= 8 ? 3 : 1, .workers = cores >= 2 ? 1 : 0};
}

bool ZstdWriter::checksummed(QByteArrayView head)
{
    // RFC 8878, 3.1.1: the magic number, then the frame header descriptor,
    // whose bit 2 is Content_Checksum_flag.
    static constexpr QByteArrayView magic("\x28\xb5\x2f\xfd", 4);
    return head.size() >= 5 && head.startsWith(magic) && (quint8(head.at(4)) & 0x04) != 0;
}

ZstdWriter::ZstdWriter(QIODevice *target, Settings settings)
    : m_target(target)
    , m_settings(settings)
{
}

ZstdWriter::~ZstdWriter()
{
    if (isOpen())
        close();
    ZSTD_freeCCtx(m_context);
}

bool ZstdWriter::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return false;
}

bool ZstdWriter::open(OpenMode mode)
{
    if ((mode & ReadWrite) != WriteOnly || isOpen())
        return false;
    m_failed = false;
    ZSTD_freeCCtx(m_context);
    m_context = ZSTD_createCCtx();
    if (!m_context)
        return fail(QString::fromLatin1(ZSTD_getErrorName(size_t(-ZSTD_error_memory_allocation))));
    size_t result = ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, m_settings.level);
    // A libzstd built without threads refuses workers: it then compresses in
    // the writing thread, as with 0.
    if (!ZSTD_isError(result) && m_settings.workers > 0)
        (void)ZSTD_CCtx_setParameter(m_context, ZSTD_c_nbWorkers, m_settings.workers);
    // The XXH64 of everything compressed, at the frame's end: any
    // decompressor (zstd -t, tar --zstd, the read-back before publishing)
    // then finds out whether it got back exactly what went in, at a cost
    // too small to measure here.
    if (!ZSTD_isError(result))
        result = ZSTD_CCtx_setParameter(m_context, ZSTD_c_checksumFlag, 1);
    if (ZSTD_isError(result))
        return fail(QString::fromLatin1(ZSTD_getErrorName(result)));
    if (!m_target->isOpen() && !m_target->open(WriteOnly | Truncate))
        return fail(m_target->errorString());
    m_out.resize(qsizetype(ZSTD_CStreamOutSize()));
    return QIODevice::open(mode | Unbuffered);
}

bool ZstdWriter::compress(const char *data, qint64 size, bool end)
{
    ZSTD_inBuffer in{data, size_t(size), 0};
    for (;;) {
        ZSTD_outBuffer out{m_out.data(), size_t(m_out.size()), 0};
        const size_t left = ZSTD_compressStream2(m_context, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(left))
            return fail(QString::fromLatin1(ZSTD_getErrorName(left)));
        if (out.pos > 0 && m_target->write(m_out.constData(), qint64(out.pos)) != qint64(out.pos))
            return fail(m_target->errorString());
        if (end ? left == 0 : in.pos == in.size)
            return true;
    }
}

qint64 ZstdWriter::writeData(const char *data, qint64 size)
{
    if (m_failed || !compress(data, size, false))
        return -1;
    return size;
}

qint64 ZstdWriter::readData(char *, qint64)
{
    return -1;
}

void ZstdWriter::close()
{
    if (!isOpen())
        return;
    // KArchive::close() does not look at its device's close; a failure here
    // still leaves an archive that ends early, which the set's verification
    // reads to its end and refuses.
    if (!m_failed)
        compress(nullptr, 0, true);
    ZSTD_freeCCtx(m_context);
    m_context = nullptr;
    QIODevice::close();
}

} // namespace Lifeboat
