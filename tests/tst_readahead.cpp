// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <support/ReadAheadDevice.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>

using namespace Lifeboat;

namespace {
// A source that breaks after `good` bytes, as a damaged compressed stream
// does, and counts how far it has been read.
class BreakingDevice : public QIODevice
{
public:
    explicit BreakingDevice(qint64 good)
        : m_good(good)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    std::atomic<qint64> served = 0;

protected:
    qint64 readData(char *data, qint64 maximum) override
    {
        if (served >= m_good) {
            setErrorString(QStringLiteral("the stream is damaged"));
            return -1;
        }
        const qint64 count = std::min(maximum, m_good - served.load());
        std::memset(data, 'x', size_t(count));
        served += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_good;
};
} // namespace

// The read-ahead that lets a restore decompress on one thread and write on
// another: the same bytes in the same order, a broken source reported as
// broken (never as a short, "complete" stream), and never more read ahead
// than its blocks hold.
class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyByteComesThroughInOrder()
    {
        QByteArray data(5 * 1024 * 1024 + 123, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        ReadAheadDevice ahead(&source, 64 * 1024, 3);
        QVERIFY(ahead.open(QIODevice::ReadOnly));
        QByteArray read;
        char chunk[7777];
        qint64 got = 0;
        while ((got = ahead.read(chunk, sizeof chunk)) > 0)
            read.append(chunk, got);
        QCOMPARE(got, 0);
        QCOMPARE(read.size(), data.size());
        QCOMPARE(QCryptographicHash::hash(read, QCryptographicHash::Sha256), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QVERIFY(ahead.sourceError().isEmpty());
    }

    void aBrokenSourceFailsTheReadAfterWhatCameBefore()
    {
        BreakingDevice source(200000);
        ReadAheadDevice ahead(&source, 64 * 1024, 2);
        QVERIFY(ahead.open(QIODevice::ReadOnly));
        qint64 total = 0;
        qint64 got = 0;
        char chunk[4096];
        while ((got = ahead.read(chunk, sizeof chunk)) > 0)
            total += got;
        QCOMPARE(got, qint64(-1));
        QCOMPARE(total, qint64(200000));
        QCOMPARE(ahead.sourceError(), QStringLiteral("the stream is damaged"));
    }

    void itReadsNoFurtherAheadThanItsBlocks()
    {
        BreakingDevice source(qint64(1) << 40); // endless, as far as this test goes
        {
            ReadAheadDevice ahead(&source, 64 * 1024, 3);
            QVERIFY(ahead.open(QIODevice::ReadOnly));
            char byte;
            QCOMPARE(ahead.read(&byte, 1), qint64(1));
            QTest::qWait(200); // time enough to run away, were it unbounded
            // The block being read, three waiting, and one being filled.
            QVERIFY2(source.served <= 5 * 64 * 1024, qPrintable(QString::number(source.served)));
        } // closing stops it while it waits for room
        const qint64 afterClose = source.served;
        QTest::qWait(50);
        QCOMPARE(source.served.load(), afterClose);
    }

    void itOnlyReads()
    {
        QByteArray data("abc");
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        ReadAheadDevice ahead(&source);
        QVERIFY(!ahead.open(QIODevice::ReadWrite));
        QVERIFY(!ahead.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
