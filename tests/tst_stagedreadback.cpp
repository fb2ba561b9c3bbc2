// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// The read-back of a staged set's archives while the backup goes on
// (StagedReadBack): what it found is what reading the archive at publishing
// would find, a file changed since it was read is read again, and a set that
// will not be published stops its read-backs.

#include <backup/BaseFiles.h>
#include <backup/BackupSetVerifier.h>
#include <backup/PartArchiver.h>
#include <backup/StagedReadBack.h>
#include <backup/BackupSetLayout.h>
#include <backup/StagedSet.h>
#include <backup/ZstdWriter.h>
#include <support/Sha256.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

namespace {
bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// An unfinished set holding a part of 20 files of 64 KiB (incompressible,
// so that a byte flipped in the middle of the archive lands in a file's
// data), archived in `format`.
struct StagedPart
{
    QTemporaryDir work;
    QString staging = work.filePath(QStringLiteral(".set.partial"));
    BackupPart part;
    QString archive;

    explicit StagedPart(ArchiveFormat format = ArchiveFormat::TarZstd)
    {
        QDir().mkpath(staging);
        for (int i = 0; i < 20; ++i)
            writeFile(work.filePath(QStringLiteral("gds/doc%1.dat").arg(i)), randomBytes(64 * 1024, quint32(i + 1)));
        part.name = QStringLiteral("gds");
        part.sources = {{work.filePath(QStringLiteral("gds")), QStringLiteral("gds")}};
        PartArchiver archiver(format, {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}});
        if (!archiver.write(part, staging))
            qWarning("%s", qPrintable(archiver.errorString()));
        archive = QDir(staging).filePath(part.archiveFile);
    }
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.hexResult() : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Debian's zstd, as an administrator runs it; its exit code (-1 when it did
// not run), its messages in `errors`.
int zstd(const QStringList &arguments, QString *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("zstd"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitCode();
}

// The staged archive's tar with one byte of the file `path` flipped (its
// content is random, so its first bytes are found nowhere else), compressed
// again by zstd with `zstdOptions` over the archive: an archive whole in
// itself that holds another file than the one the manifest records.
void replaceWithChangedFile(const StagedPart &staged, const QString &path, const QStringList &zstdOptions)
{
    const QString tar = staged.work.filePath(QStringLiteral("changed.tar"));
    QCOMPARE(zstd({QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("-f"), staged.archive, QStringLiteral("-o"), tar}), 0);
    QByteArray bytes = readAll(tar);
    const qsizetype at = bytes.indexOf(readAll(staged.work.filePath(path)).left(64));
    QVERIFY(at > 0);
    bytes[at + 100] = char(bytes[at + 100] ^ 0x01);
    QVERIFY(writeFile(tar, bytes));
    QCOMPARE(zstd(QStringList{QStringLiteral("-q"), QStringLiteral("-f")} + zstdOptions + QStringList{tar, QStringLiteral("-o"), staged.archive}), 0);
}
} // namespace

class TestStagedReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatItReadIsWhatPublishingWouldRead()
    {
        const StagedPart staged;
        const BackupPart &part = staged.part;
        const QString &archive = staged.archive;
        QCOMPARE(part.files.size(), 20);
        // The checksum taken while writing is the file's.
        QCOMPARE(part.archiveSha256, sha256Of(archive));

        StagedReadBack::start(archive, part);
        const auto checks = StagedReadBack::finish(staged.staging);
        QCOMPARE(checks.keys(), QStringList{part.archiveFile});
        const BackupSetVerifier::ArchiveCheck &check = checks.value(part.archiveFile);
        QCOMPARE(check.filesChecked, 20);
        QVERIFY(check.problems.isEmpty());
        QCOMPARE(check.sha256, part.archiveSha256);
        // Taken once: a second publishing reads for itself.
        QVERIFY(StagedReadBack::finish(staged.staging).isEmpty());
    }

    // Publishing takes the part that the read-back holds instead of parsing
    // its sidecar again: it must be what the sidecar records, byte for byte.
    void publishingTakesThePartAsItsSidecarRecordsIt()
    {
        const StagedPart staged;
        BackupPart part = staged.part;
        // What a sidecar does not hold: an incremental's base, where the
        // sources were read (a host, a snapshot).
        part.base.setId = QStringLiteral("20261201-010000-backup-offline");
        part.base.files = std::make_shared<const BaseFiles>(QList<BackupPart::File>{part.files.first()});
        part.sources.first().host = QStringLiteral("node2");
        part.sources.first().readFrom = staged.work.filePath(QStringLiteral("snapshot"));
        const QString sidecar = BackupSetLayout::partFile(staged.staging, part.name);
        {
            QFile file(sidecar);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(part.write(&file, QJsonDocument::Compact, {{QStringLiteral("archiveSha256"), QString::fromLatin1(part.archiveSha256)}}));
        }
        QCOMPARE(BackupSetLayout::partOfFile(sidecar), part.name);
        StagedReadBack::start(staged.archive, part);
        const std::optional<BackupPart> held = StagedReadBack::recorded(staged.staging, part.name);
        const std::optional<BackupPart> read = StagedSet::recorded(sidecar);
        QVERIFY(held && read);
        QVERIFY(held->base.setId.isEmpty() && !held->base.files);
        QCOMPARE(held->sources.first().host, QString());
        QCOMPARE(held->sources.first().readFrom, QString());
        QCOMPARE(held->text(QJsonDocument::Indented), read->text(QJsonDocument::Indented));
        QCOMPARE(held->archiveSha256, read->archiveSha256);
        QCOMPARE(held->archiveFile, read->archiveFile);
        QCOMPARE(held->bytes, read->bytes);
        QVERIFY(!StagedReadBack::recorded(staged.staging, QStringLiteral("fonts")));
        QVERIFY(!StagedReadBack::recorded(staged.work.filePath(QStringLiteral("other")), part.name));

        // An archive changed since: the sidecar is read instead.
        {
            QFile archive(staged.archive);
            QVERIFY(archive.open(QIODevice::Append));
            QVERIFY(archive.write("x") == 1);
        }
        QVERIFY(!StagedReadBack::recorded(staged.staging, part.name));
        StagedReadBack::finish(staged.staging);
    }

    // Every tar format: the checksum taken on the way is the whole file's,
    // the end of the compressed stream included.
    void theChecksumTakenWhileWritingIsTheFilesInEveryFormat_data()
    {
        QTest::addColumn<ArchiveFormat>("format");
        QTest::newRow("zstd") << ArchiveFormat::TarZstd;
        QTest::newRow("gzip") << ArchiveFormat::TarGzip;
        QTest::newRow("xz") << ArchiveFormat::TarXz;
    }

    void theChecksumTakenWhileWritingIsTheFilesInEveryFormat()
    {
        QFETCH(ArchiveFormat, format);
        const StagedPart staged(format);
        const BackupPart &part = staged.part;
        const QString &archive = staged.archive;
        QCOMPARE(part.archiveSha256, sha256Of(archive));
        const BackupSetVerifier::ArchiveCheck check = BackupSetVerifier::readBack(part, archive, {});
        QVERIFY(check.problems.isEmpty());
        QCOMPARE(check.filesChecked, 20);
        QCOMPARE(check.sha256, part.archiveSha256);
    }

    void aDamagedArchiveIsReportedAsReadingItWouldReportIt()
    {
        const StagedPart staged;
        const BackupPart &part = staged.part;
        const QString &archive = staged.archive;
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        file.close();

        StagedReadBack::start(archive, part);
        const BackupSetVerifier::ArchiveCheck background = StagedReadBack::finish(staged.staging).value(part.archiveFile);
        const BackupSetVerifier::ArchiveCheck direct = BackupSetVerifier::readBack(part, archive, {});
        QVERIFY(!background.problems.isEmpty());
        QCOMPARE(background.problems, direct.problems);
        QCOMPARE(background.filesChecked, direct.filesChecked);
        QCOMPARE(background.sha256, sha256Of(archive));
        QVERIFY(background.sha256 != part.archiveSha256);
    }

    // Every archive ends with zstd's checksum of its content, which zstd -t
    // checks as the read-back does: a byte flipped in a file's data (stored
    // as it is, being random) is found by both, as the archive's damage.
    void anArchiveCarriesTheChecksumOfWhatItHolds()
    {
        const StagedPart staged;
        const BackupPart &part = staged.part;
        QVERIFY(ZstdWriter::checksummed(readAll(staged.archive).left(5)));
        QCOMPARE(zstd({QStringLiteral("-q"), QStringLiteral("-t"), staged.archive}), 0);

        QByteArray bytes = readAll(staged.archive);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(writeFile(staged.archive, bytes));
        QString errors;
        QVERIFY(zstd({QStringLiteral("-q"), QStringLiteral("-t"), staged.archive}, &errors) != 0);
        QVERIFY2(errors.contains(QLatin1String("checksum"), Qt::CaseInsensitive), qPrintable(errors));
        // Found where the decompressor meets the frame's end: after the
        // last file, as damage of the whole archive.
        const BackupSetVerifier::ArchiveCheck check = BackupSetVerifier::readBack(part, staged.archive, {});
        QCOMPARE(check.problems.size(), 1);
        QCOMPARE(check.problems.first().archive, part.archiveFile);
        QVERIFY2(check.problems.first().path.isEmpty(), qPrintable(check.problems.first().text()));
        QCOMPARE(check.sha256, sha256Of(staged.archive));

        // The checksum itself damaged (the frame's last bytes): every file
        // reads as recorded, and the tar stream ends (its first zero
        // block) before the frame does; the read-back reads on to the
        // frame's end, so it finds that too.
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
        QVERIFY(writeFile(staged.archive, bytes));
        const BackupSetVerifier::ArchiveCheck atTheEnd = BackupSetVerifier::readBack(part, staged.archive, {});
        QCOMPARE(atTheEnd.problems.size(), 1);
        QCOMPARE(atTheEnd.problems.first().archive, part.archiveFile);
        QVERIFY2(atTheEnd.problems.first().path.isEmpty(), qPrintable(atTheEnd.problems.first().text()));
        QCOMPARE(atTheEnd.filesChecked, 20);
    }

    // An archive whole in itself but holding another file than the one
    // recorded: with zstd's checksum in it, the read-back finds it by the
    // archive's SHA-256, which is not the one taken as it was written, and
    // publishing refuses it for that; without (zstd --no-check, as an older
    // Lifeboat wrote), it hashes every file and names the one that differs.
    void aRewrittenArchiveIsNeverTakenForTheWrittenOne()
    {
        const StagedPart staged;
        const BackupPart &part = staged.part;
        const QString changed = QStringLiteral("gds/doc5.dat");
        replaceWithChangedFile(staged, changed, {});
        const BackupSetVerifier::ArchiveCheck whole = BackupSetVerifier::readBack(part, staged.archive, {});
        QVERIFY(whole.problems.isEmpty());
        QCOMPARE(whole.filesChecked, 20);
        QCOMPARE(whole.sha256, sha256Of(staged.archive));
        QVERIFY(whole.sha256 != part.archiveSha256);

        // A second file changed: flipping the first one's byte again would
        // only give it back as it was.
        const QString other = QStringLiteral("gds/doc6.dat");
        replaceWithChangedFile(staged, other, {QStringLiteral("--no-check")});
        QVERIFY(!ZstdWriter::checksummed(readAll(staged.archive).left(5)));
        const BackupSetVerifier::ArchiveCheck unchecked = BackupSetVerifier::readBack(part, staged.archive, {});
        QCOMPARE(unchecked.problems.size(), 2);
        QCOMPARE(unchecked.problems.at(0).text(), QStringLiteral("%1: %2: SHA-256 differs").arg(part.archiveFile, changed));
        QCOMPARE(unchecked.problems.at(1).text(), QStringLiteral("%1: %2: SHA-256 differs").arg(part.archiveFile, other));
        QCOMPARE(unchecked.filesChecked, 18);
    }

    // Changed after its read-back started: its result is not used, so
    // publishing reads the archive as it is then.
    void anArchiveChangedSinceItWasReadIsReadAgain()
    {
        const StagedPart staged;
        const BackupPart &part = staged.part;
        const QString &archive = staged.archive;
        StagedReadBack::start(archive, part);
        QFile file(archive);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("after the read-back began") > 0);
        file.close();
        QVERIFY(StagedReadBack::finish(staged.staging).isEmpty());
    }

    // A set that will not be published stops its read-backs: nothing is left
    // to wait for, and nothing is handed to a later publishing.
    void anAbandonedSetLeavesNothing()
    {
        const StagedPart staged;
        StagedReadBack::start(staged.archive, staged.part);
        StagedReadBack::abandon(staged.staging);
        QVERIFY(StagedReadBack::finish(staged.staging).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStagedReadBack)
#include "tst_stagedreadback.moc"
