// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <KCompressionDevice>
#include <QBuffer>
#include <QDirIterator>
#include <QProcess>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <backup/ArchiveContents.h>
#include <backup/BackupPart.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/PartArchiver.h>
#include <backup/TarStreamReader.h>
#include <backup/VerificationRecord.h>
#include <restore/PartExtractor.h>
#include <run/Downtime.h>
#include <run/Journal.h>
#include <run/JournalEntry.h>
#include <run/PlanOutline.h>
#include <run/ReportWriter.h>
#include <run/RunRecord.h>
#include <run/RunResult.h>
#include <support/FileAttributes.h>
#include <support/JsonStreamReader.h>
#include <support/JsonText.h>
#include <support/Sha256.h>

#include <unistd.h>

using namespace Lifeboat;

namespace {

QString previousRelease(const QString &name)
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/data/previous-release/") + name;
}

QJsonObject objectIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What write() puts on a device, a piece at a time.
QByteArray written(const BackupSetManifest &manifest)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return manifest.write(&buffer, nullptr) ? buffer.data() : QByteArray("write() failed");
}

QByteArray written(const BackupPart &part, QJsonDocument::JsonFormat format, const QJsonObject &more)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return part.write(&buffer, format, more) ? buffer.data() : QByteArray("write() failed");
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

// QCOMPARE for the fields of two parts, and of every source and file.
bool samePart(const BackupPart &a, const BackupPart &b)
{
    bool same = a.name == b.name && a.kind == b.kind && a.node == b.node && a.archiveFile == b.archiveFile
        && a.bytes == b.bytes && a.sources.size() == b.sources.size() && a.files.size() == b.files.size();
    for (qsizetype i = 0; same && i < a.sources.size(); ++i)
        same = a.sources[i].path == b.sources[i].path && a.sources[i].archivePath == b.sources[i].archivePath;
    for (qsizetype i = 0; same && i < a.files.size(); ++i) {
        same = a.files[i].path == b.files[i].path && a.files[i].size == b.files[i].size
            && a.files[i].mode == b.files[i].mode && a.files[i].sha256 == b.files[i].sha256
            && a.files[i].attributes.uid == b.files[i].attributes.uid
            && a.files[i].attributes.gid == b.files[i].attributes.gid
            && a.files[i].attributes.owner == b.files[i].attributes.owner
            && a.files[i].attributes.group == b.files[i].attributes.group
            && a.files[i].attributes.modified == b.files[i].attributes.modified;
    }
    same = same && a.directories.size() == b.directories.size();
    for (qsizetype i = 0; same && i < a.directories.size(); ++i)
        same = a.directories[i].path == b.directories[i].path && a.directories[i].attributes == b.directories[i].attributes;
    return same;
}

bool sameChanges(const ChangeList &a, const ChangeList &b)
{
    bool same = a.size() == b.size();
    for (qsizetype i = 0; same && i < a.size(); ++i) {
        same = a[i].kind == b[i].kind && a[i].target == b[i].target && a[i].detail == b[i].detail
            && a[i].files == b[i].files && a[i].bytes == b[i].bytes;
    }
    return same;
}

// The entry read back from what `entry` writes.
template <typename T> T roundTrip(const T &entry)
{
    const std::optional<JournalEntry> read = JournalEntry::fromJson(JournalEntry(entry).toJson());
    if (!read || !read->as<T>())
        return T{};
    return *read->as<T>();
}

QList<QJsonObject> linesOf(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd())
        lines.append(QJsonDocument::fromJson(file.readLine()).object());
    return lines;
}

} // namespace

// Each file format has one type that reads and writes it. These tests read
// back what each type writes, field by field, and read files written by the
// previous release (tests/data/previous-release: a real sandbox backup and
// real runs), which must read exactly as they did then and be written again
// with the same keys and values.
class TestFormats : public QObject
{
    Q_OBJECT

    static BackupSetManifest sampleManifest()
    {
        BackupSetManifest manifest;
        manifest.setId = QStringLiteral("20260301-101500-backup-offline");
        manifest.time = utc("2026-03-01T10:15:00Z");
        manifest.completed = utc("2026-03-01T10:17:42Z");
        manifest.durationMs = 162345;
        manifest.strategy = QStringLiteral("backup-offline");
        manifest.label = QStringLiteral("before the patch");
        manifest.lifeboatVersion = QStringLiteral("9.8.7");
        manifest.profileName = QStringLiteral("production");
        manifest.primary = QStringLiteral("author1");
        manifest.nodes
            = { { QStringLiteral("author1"), QStringLiteral("primary"), QStringLiteral("aem1.example.org"),
                    QStringLiteral("c0ffee00-0000-4000-8000-000000000001"), QStringLiteral("5y5-1") },
                  { QStringLiteral("publish1"), QStringLiteral("publish"), QStringLiteral("pub1.example.org"),
                      QStringLiteral("c0ffee00-0000-4000-8000-000000000002"), QStringLiteral("5y5-2") } };
        manifest.patchLevels = { { QStringLiteral("author1"), QStringLiteral("6.5.21.0") },
            { QStringLiteral("publish1"), QStringLiteral("6.5.20.0") } };
        BackupPart gds;
        gds.name = QStringLiteral("gds");
        gds.kind = QStringLiteral("gds");
        gds.sources = { { QStringLiteral("/srv/gds"), QStringLiteral("DocumentStorage") } };
        gds.archiveFile = QStringLiteral("gds.tar.zst");
        gds.files = { { QStringLiteral("DocumentStorage/a.dat"), 12, 0644, QString(64, u'a'),
                          { 0644, 1234, 1235, QStringLiteral("aem"), QStringLiteral("aemgroup"),
                              utc("2026-02-28T23:59:58.123Z") } },
            { QStringLiteral("DocumentStorage/b.dat"), 0, 0600, QString(64, u'b') } };
        gds.directories = { { QStringLiteral("DocumentStorage"),
            { 0750, 1234, 1235, QStringLiteral("aem"), QString(), utc("2026-02-28T23:59:59.500Z") } } };
        gds.bytes = 12;
        BackupPart repository;
        repository.name = QStringLiteral("repository-author1");
        repository.kind = QStringLiteral("repository");
        repository.node = QStringLiteral("author1");
        repository.sources = { { QStringLiteral("/srv/author1/crx-repository"), QStringLiteral("online zip") } };
        repository.archiveFile = QStringLiteral("repository-author1.zip");
        repository.files = { { QStringLiteral("repository/x"), 7, 0640, QString(64, u'c') } };
        repository.bytes = 7;
        manifest.parts = { gds, repository };
        // One node back before publishing, one still down then.
        manifest.downtime.down(QStringLiteral("author1"), utc("2026-03-01T10:15:01.250Z"));
        manifest.downtime.up(QStringLiteral("author1"), utc("2026-03-01T10:15:05.750Z"));
        manifest.downtime.down(QStringLiteral("publish1"), utc("2026-03-01T10:15:02.000Z"));
        return manifest;
    }

    // A manifest read as BackupSetManifest::read() reads it, but given in
    // pieces of `piece` bytes and parsed in batches of about `batch` bytes.
    static std::optional<BackupSetManifest> readCut(const QByteArray &text, qsizetype piece, qsizetype batch,
                                                    QJsonObject *withoutFiles)
    {
        BackupPart::Lists lists;
        JsonStreamReader reader = BackupSetManifest::listReader(&lists, batch);
        for (qsizetype at = 0; at < text.size(); at += piece) {
            if (!reader.add(QByteArrayView(text).sliced(at, std::min(piece, text.size() - at))))
                return std::nullopt;
        }
        if (!reader.finish())
            return std::nullopt;
        *withoutFiles = reader.skeleton();
        QString error;
        return BackupSetManifest::fromJson(reader.skeleton(), &error, &lists);
    }

    static void compareManifests(const BackupSetManifest &read, const BackupSetManifest &written)
    {
        QCOMPARE(read.setId, written.setId);
        QCOMPARE(read.time, written.time);
        QCOMPARE(read.completed, written.completed);
        QCOMPARE(read.durationMs, written.durationMs);
        QCOMPARE(read.strategy, written.strategy);
        QCOMPARE(read.label, written.label);
        QCOMPARE(read.lifeboatVersion, written.lifeboatVersion);
        QCOMPARE(read.profileName, written.profileName);
        QCOMPARE(read.primary, written.primary);
        QCOMPARE(read.nodes, written.nodes);
        QCOMPARE(read.patchLevels, written.patchLevels);
        QCOMPARE(read.downtime.intervals().size(), written.downtime.intervals().size());
        for (qsizetype i = 0; i < read.downtime.intervals().size(); ++i) {
            QCOMPARE(read.downtime.intervals()[i].node, written.downtime.intervals()[i].node);
            QCOMPARE(read.downtime.intervals()[i].downAt, written.downtime.intervals()[i].downAt);
            QCOMPARE(read.downtime.intervals()[i].upAt, written.downtime.intervals()[i].upAt);
        }
        QCOMPARE(read.parts.size(), written.parts.size());
        for (qsizetype i = 0; i < read.parts.size(); ++i)
            QVERIFY2(samePart(read.parts[i], written.parts[i]), qPrintable(read.parts[i].name));
    }

private Q_SLOTS:
    // --- Round trips: what each type writes, it reads back unchanged.

    void manifestRoundTrip()
    {
        const BackupSetManifest written = sampleManifest();
        QString error;
        const auto read = BackupSetManifest::fromJson(written.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        compareManifests(*read, written);
    }

    void manifestSavedIsLoaded()
    {
        QTemporaryDir set;
        QVERIFY(set.isValid());
        const BackupSetManifest written = sampleManifest();
        QString error;
        QVERIFY2(written.save(set.path(), &error), qPrintable(error));
        const auto read = BackupSetManifest::load(set.path(), &error);
        QVERIFY2(read, qPrintable(error));
        compareManifests(*read, written);
        QCOMPARE(read->directory, set.path());
    }

    // The manifest's text and a part's sidecar are written file by file
    // (JsonText) rather than as one QJsonObject: the bytes must be those
    // QJsonDocument writes, in both layouts, whatever a path holds.
    void manifestTextIsQJsonDocumentsByteForByte()
    {
        BackupSetManifest manifest = sampleManifest();
        BackupPart &gds = manifest.parts[0];
        BackupPart::File odd = gds.files[0];
        odd.path = QStringLiteral("DocumentStorage/\"quoted\" back\\slash \t tab \u0001 control \u00e9t\u00e9 \U0001F600 ] } , :");
        odd.storedIn = QStringLiteral("20260228-101500-backup-offline");
        gds.files.append(odd);
        BackupPart::File link = gds.files[1];
        link.path = QStringLiteral("DocumentStorage/current");
        link.linkTarget = QStringLiteral("v2/a.txt");
        gds.files.append(link);
        BackupPart empty;
        empty.name = QStringLiteral("fonts");
        empty.kind = QStringLiteral("fonts");
        manifest.parts.append(empty);
        manifest.base = QStringLiteral("20260228-101500-backup-offline");

        QCOMPARE(manifest.bytes(), QJsonDocument(manifest.toJson()).toJson());
        QCOMPARE(written(manifest), QJsonDocument(manifest.toJson()).toJson());
        QCOMPARE(manifest.summaryText(), QJsonDocument(BackupSetManifest::summaryOf(manifest.toJson(), manifest.needs())).toJson());
        const QJsonObject more{{QStringLiteral("archiveSha256"), QString(64, u'f')}};
        for (const BackupPart &part : std::as_const(manifest.parts)) {
            QJsonObject whole = part.toJson();
            whole.insert(QStringLiteral("archiveSha256"), QString(64, u'f'));
            QCOMPARE(part.text(QJsonDocument::Compact, more), QJsonDocument(whole).toJson(QJsonDocument::Compact));
            QCOMPARE(written(part, QJsonDocument::Compact, more), QJsonDocument(whole).toJson(QJsonDocument::Compact));
            QCOMPARE(part.text(QJsonDocument::Indented), QJsonDocument(part.toJson()).toJson());
        }
        // Text that holds what stands for an array while it is written (a
        // fuzzer found it in memory and put it in a manifest): the same bytes.
        BackupSetManifest hostile = manifest;
        hostile.label = JsonText::placeholder(QLatin1StringView("parts")).toString();
        hostile.parts[0].files[0].path = JsonText::placeholder(QLatin1StringView("files")).toString() + QStringLiteral("/x");
        hostile.parts[1].sources[0].path = JsonText::placeholder(QLatin1StringView("directories")).toString();
        QCOMPARE(hostile.bytes(), QJsonDocument(hostile.toJson()).toJson());
        for (const BackupPart &part : std::as_const(hostile.parts))
            QCOMPARE(part.text(QJsonDocument::Compact), QJsonDocument(part.toJson()).toJson(QJsonDocument::Compact));

        // And it reads back as it was.
        QString error;
        const auto read = BackupSetManifest::fromJson(QJsonDocument::fromJson(manifest.bytes()).object(), &error);
        QVERIFY2(read, qPrintable(error));
        compareManifests(*read, manifest);
    }

    // A manifest of many files is written a megabyte at a time and hashed
    // on the way: the same bytes as bytes(), and their checksum; a device
    // that takes less than it is given (a full disk) makes it false.
    void aLargeManifestIsWrittenAPieceAtATime()
    {
        BackupSetManifest manifest = sampleManifest();
        BackupPart::File file = manifest.parts[0].files[0];
        for (int i = 0; i < 12000; ++i) {
            file.path = QStringLiteral("DocumentStorage/%1/blob-%2").arg(i % 97).arg(i);
            file.storedIn = i % 3 ? QString() : QStringLiteral("20260228-101500-backup-offline");
            manifest.parts[0].files.append(file);
        }
        const QByteArray whole = manifest.bytes();
        QVERIFY2(whole.size() > 3 * 1024 * 1024, QByteArray::number(whole.size()).constData()); // several pieces

        QTemporaryDir directory;
        QFile out(directory.filePath(QStringLiteral("manifest.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        Sha256 hash;
        QVERIFY(manifest.write(&out, &hash));
        out.close();
        Sha256 wholeHash;
        wholeHash.addData(whole);
        QCOMPARE(hash.hexResult(), wholeHash.hexResult());
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll() == whole);

        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QVERIFY(!manifest.write(&full, nullptr));
        QVERIFY(!manifest.parts[0].write(&full, QJsonDocument::Compact));
    }

    // A manifest is read a piece at a time (JsonStreamReader), its lists of
    // files element by element: it must accept, and read, exactly what
    // QJsonDocument does with the whole text, however the text is cut.
    void manifestReadAPieceAtATimeIsWhatQJsonDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("text");
        BackupSetManifest manifest = sampleManifest();
        BackupPart::File odd = manifest.parts[0].files[0];
        for (int i = 0; i < 3000; ++i) {
            odd.path = QStringLiteral("DocumentStorage/%1 \"q\" \\ ] } , [ { : \u00e9 \U0001F600").arg(i);
            odd.storedIn = i % 2 ? QStringLiteral("20260228-101500-backup-offline") : QString();
            manifest.parts[0].files.append(odd);
        }
        const QByteArray written = manifest.bytes();
        const auto once = [](QByteArray text, const QByteArray &from, const QByteArray &to) {
            const qsizetype at = text.indexOf(from);
            return at < 0 ? QByteArray() : text.replace(at, from.size(), to);
        };
        QTest::newRow("as written") << written;
        QTest::newRow("compact") << QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
        QTest::newRow("a key spelled with escapes") << QByteArray(written).replace("\"files\"", "\"fi\\u006c\\u0065s\"");
        QTest::newRow("a list repeated: the last counts")
            << once(written, "\"files\": [", "\"files\": [{\"path\": \"first\"}], \"files\": [");
        QTest::newRow("a list repeated: the last counts, though empty")
            << once(written, "\"files\": [", "\"files\": [], \"directories\": 5, \"files\": [], \"x\": [");
        QTest::newRow("a list that is not an array") << once(written, "\"files\": [", "\"files\": {\"a\": [1]}, \"x\": [");
        QTest::newRow("the parts repeated")
            << once(written, "{", "{\"parts\": [{\"name\": \"gone\", \"files\": [{\"path\": \"gone\"}]}], ");
        QTest::newRow("elements that are not objects") << QByteArray(R"({"setId": "s", "parts": [{"files": [1, "a", [], null, {}]}]})");
        QTest::newRow("an empty list with spaces") << QByteArray(R"({"setId": "s", "parts": [{"files": [ ], "directories": []}]})");
        QTest::newRow("cut short") << written.left(written.size() / 2);
        QTest::newRow("a comma after the last") << QByteArray(R"({"setId": "s", "parts": [{"files": [{"path": "a"}, ]}]})");
        QTest::newRow("a comma before the first") << QByteArray(R"({"setId": "s", "parts": [{"files": [, {"path": "a"}]}]})");
        QTest::newRow("two commas") << QByteArray(R"({"setId": "s", "parts": [{"files": [{"path": "a"},, {"path": "b"}]}]})");
        QTest::newRow("no comma") << QByteArray(R"({"setId": "s", "parts": [{"files": [{"path": "a"} {"path": "b"}]}]})");
        QTest::newRow("a bracket that closes the wrong thing")
            << QByteArray(R"({"setId": "s", "parts": [{"files": [{"path": "a"}}]}]})");
        QTest::newRow("not UTF-8") << QByteArray("{\"setId\": \"s\", \"parts\": [{\"files\": [{\"path\": \"\xff\"}]}]}");
        QTest::newRow("an array at the top") << QByteArray(R"([{"setId": "s", "parts": [{"files": []}]}])");
        QTest::newRow("text after the end") << written + "x";
        // QJsonDocument takes 1024 levels and no more, counted from the top.
        const auto nested = [](int levels) {
            return "{\"setId\": \"s\", \"parts\": [{\"files\": [" + QByteArray(levels, '[') + QByteArray(levels, ']') + "]}]}";
        };
        QTest::newRow("1024 levels") << nested(1020);
        QTest::newRow("1025 levels") << nested(1021);
    }

    void manifestReadAPieceAtATimeIsWhatQJsonDocumentReads()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!text.isEmpty());
        QJsonParseError parseError{};
        const QJsonObject whole = QJsonDocument::fromJson(text, &parseError).object();
        QString error;
        const auto expected = parseError.error == QJsonParseError::NoError ? BackupSetManifest::fromJson(whole, &error) : std::nullopt;
        const auto compare = [&](const std::optional<BackupSetManifest> &read, const QJsonObject &withoutFiles) {
            QCOMPARE(read.has_value(), expected.has_value());
            if (!expected)
                return;
            QCOMPARE(read->toJson(), expected->toJson());
            QCOMPARE(BackupSetManifest::summaryOf(withoutFiles, read->needs()),
                     BackupSetManifest::summaryOf(whole, expected->needs()));
        };
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QJsonObject withoutFiles;
        compare(BackupSetManifest::read(&buffer, &error, &withoutFiles), withoutFiles);
        for (const qsizetype piece : { 1, 7, 4096 }) {
            for (const qsizetype batch : { 1, 100 }) {
                compare(readCut(text, piece, batch, &withoutFiles), withoutFiles);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("in pieces of %1 bytes, batches of %2").arg(piece).arg(batch)));
            }
        }
    }

    void manifestThatIsNoneIsRefusedWithReasons()
    {
        QString error;
        QVERIFY(!BackupSetManifest::fromJson({}, &error));
        QCOMPARE(error, QStringLiteral("it is empty"));

        QTemporaryDir set;
        QVERIFY(set.isValid());
        QVERIFY(!BackupSetManifest::load(set.path(), &error));
        QCOMPARE(error,
            QStringLiteral(
                "%1 is not a complete backup set: it has no readable manifest.json. Choose a set from "
                "'lifeboat backups'.")
                .arg(set.path()));
        BackupSetManifest partless = sampleManifest();
        partless.parts.clear();
        QVERIFY(partless.save(set.path(), &error));
        QVERIFY(!BackupSetManifest::load(set.path(), &error));
        QCOMPARE(error,
            QStringLiteral("The manifest of %1 lists no parts, so there is nothing to restore from it.")
                .arg(set.path()));
    }

    void verificationRoundTrip()
    {
        VerificationRecord written;
        written.setId = QStringLiteral("20260301-101500-backup-offline");
        written.time = utc("2026-03-02T08:00:01Z");
        written.result = VerificationRecord::damaged;
        written.archivesChecked = 7;
        written.filesChecked = 1234;
        written.lifeboatVersion = QStringLiteral("9.8.7");
        written.problems = { { QStringLiteral("gds.tar.zst"), QStringLiteral("gds/a.dat"),
                                 QStringLiteral("SHA-256 differs") },
            { QStringLiteral("SHA256SUMS"), QString(),
                QStringLiteral("lists x.zip, which the manifest does not") } };
        const QJsonObject json = written.toJson();
        QCOMPARE(json.value(QLatin1String("problems"))[0][QLatin1String("text")].toString(),
            QStringLiteral("gds.tar.zst: gds/a.dat: SHA-256 differs"));
        const VerificationRecord read = VerificationRecord::fromJson(json);
        QCOMPARE(read.setId, written.setId);
        QCOMPARE(read.time, written.time);
        QCOMPARE(read.result, written.result);
        QCOMPARE(read.archivesChecked, written.archivesChecked);
        QCOMPARE(read.filesChecked, written.filesChecked);
        QCOMPARE(read.lifeboatVersion, written.lifeboatVersion);
        QCOMPARE(read.problems, written.problems);

        QTemporaryDir set;
        QVERIFY(set.isValid());
        QVERIFY(!VerificationRecord::load(set.path()));
        QString error;
        QVERIFY2(written.save(set.path(), &error), qPrintable(error));
        const auto loaded = VerificationRecord::load(set.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->problems, written.problems);
        QCOMPARE(loaded->time, written.time);
    }

    void planOutlineRoundTrip()
    {
        PlanOutline written;
        written.steps = { { QStringLiteral("stop-nodes"), QStringLiteral("Stop node1"), true },
            { QStringLiteral("archive-parts"), QStringLiteral("Back up the GDS"), false } };
        written.cleanup = { { QStringLiteral("start-nodes"), QStringLiteral("Start node1"), false, 0 } };
        QCOMPARE(PlanOutline::fromJson(written.toJson()), written);
    }

    void runStartRoundTrip()
    {
        JournalEntry::RunStart written{ .time = utc("2026-03-01T10:15:00.123Z"),
            .scenario = QStringLiteral("backup-offline"),
            .profilePath = QStringLiteral("/etc/lifeboat/production.json"),
            .cluster = QStringLiteral("production"),
            .sandbox = true,
            .options = { { QStringLiteral("label"), QStringLiteral("before the patch") },
                { QStringLiteral("repository"), true } },
            .plan = { { { QStringLiteral("stop-nodes"), QStringLiteral("Stop node1"), true } },
                { { QStringLiteral("start-nodes"), QStringLiteral("Start node1"), false, 0 } } },
            .user = QStringLiteral("alice"),
            .host = QStringLiteral("ops1"),
            .pid = 4242,
            .version = QStringLiteral("9.8.7") };
        const auto read = roundTrip(written);
        QCOMPARE(read.time, written.time);
        QCOMPARE(read.scenario, written.scenario);
        QCOMPARE(read.profilePath, written.profilePath);
        QCOMPARE(read.cluster, written.cluster);
        QCOMPARE(read.sandbox, written.sandbox);
        QCOMPARE(read.options, written.options);
        QCOMPARE(read.plan, written.plan);
        QCOMPARE(read.user, written.user);
        QCOMPARE(read.host, written.host);
        QCOMPARE(read.pid, written.pid);
        QCOMPARE(read.version, written.version);
    }

    void resumeRoundTrip()
    {
        const JournalEntry::Resume written{ utc("2026-03-01T10:20:00.001Z"), 4343, QStringLiteral("bob") };
        const auto read = roundTrip(written);
        QCOMPARE(read.time, written.time);
        QCOMPARE(read.pid, written.pid);
        QCOMPARE(read.user, written.user);
    }

    void stepStartRoundTrip()
    {
        for (const auto phase : { JournalEntry::Phase::Main, JournalEntry::Phase::Cleanup }) {
            const JournalEntry::StepStart written{ utc("2026-03-01T10:15:01.500Z"), phase, 3,
                QStringLiteral("Stop node1") };
            const auto read = roundTrip(written);
            QCOMPARE(read.time, written.time);
            QCOMPARE(read.phase, written.phase);
            QCOMPARE(read.index, written.index);
            QCOMPARE(read.title, written.title);
        }
    }

    void stepEndRoundTrip()
    {
        const JournalEntry::StepEnd written{ .time = utc("2026-03-01T10:15:09.999Z"),
            .phase = JournalEntry::Phase::Cleanup,
            .index = 1,
            .result = StepResult::failed,
            .message = QStringLiteral("node1 did not start"),
            .changes = { { Change::Kind::StartNode, QStringLiteral("node1"), QString(), 0, 0 },
                { Change::Kind::Write, QStringLiteral("/b/gds.tar.zst"), QStringLiteral("gds"), 13,
                    351727 } },
            .log = { QStringLiteral("Starting node1..."), QStringLiteral("node1 did not answer in 60 s.") },
            .leftToDo = QStringLiteral("node1 is stopped: start it by hand with /opt/jboss/bin/start node1, and check that it answers.") };
        const auto read = roundTrip(written);
        QCOMPARE(read.time, written.time);
        QCOMPARE(read.phase, written.phase);
        QCOMPARE(read.index, written.index);
        QCOMPARE(read.result, written.result);
        QCOMPARE(read.message, written.message);
        QVERIFY(sameChanges(read.changes, written.changes));
        QCOMPARE(read.log, written.log);
        QCOMPARE(read.leftToDo, written.leftToDo);
    }

    void confirmationRoundTrip()
    {
        for (const auto reason : { JournalEntry::Reason::Destructive, JournalEntry::Reason::Manual }) {
            for (const bool yes : { true, false }) {
                const JournalEntry::Confirmation written{ .time = utc("2026-03-01T10:16:00.250Z"),
                    .index = 2,
                    .title = QStringLiteral("Restore crx-repository"),
                    .reason = reason,
                    .yes = yes,
                    .by = QStringLiteral("alice"),
                    .inAdvance = !yes,
                    .asked = utc("2026-03-01T10:15:30.000Z"),
                    .waitedMs = 30250 };
                const auto read = roundTrip(written);
                QCOMPARE(read.time, written.time);
                QCOMPARE(read.index, written.index);
                QCOMPARE(read.title, written.title);
                QCOMPARE(read.reason, written.reason);
                QCOMPARE(read.yes, written.yes);
                QCOMPARE(read.by, written.by);
                QCOMPARE(read.inAdvance, written.inAdvance);
                QCOMPARE(read.asked, written.asked);
                QCOMPARE(read.waitedMs, written.waitedMs);
            }
        }
    }

    void cancelAndRunEndRoundTrip()
    {
        const JournalEntry::Cancel cancel{ utc("2026-03-01T10:17:00.000Z"), 4 };
        QCOMPARE(roundTrip(cancel).time, cancel.time);
        QCOMPARE(roundTrip(cancel).before, 4);
        for (const QLatin1String result :
            { RunResult::succeeded, RunResult::failed, RunResult::cancelled, RunResult::declined, RunResult::cleanupFailed }) {
            const JournalEntry::RunEnd end{ utc("2026-03-01T10:18:00.000Z"), result };
            QCOMPARE(roundTrip(end).time, end.time);
            QCOMPARE(roundTrip(end).result, QString(result));
        }
    }

    // A node's downtime: down when its stop command went out, up when it
    // answered again; a stop repeated after a kill keeps the first down.
    void nodeDownAndUpRoundTripIntoDowntime()
    {
        const JournalEntry::NodeDown down{ utc("2026-03-01T10:15:01.250Z"), QStringLiteral("node2") };
        const JournalEntry::NodeUp up{ utc("2026-03-01T10:15:05.750Z"), QStringLiteral("node2") };
        QCOMPARE(roundTrip(down).time, down.time);
        QCOMPARE(roundTrip(down).node, down.node);
        QCOMPARE(roundTrip(up).time, up.time);
        QCOMPARE(roundTrip(up).node, up.node);
        Downtime downtime;
        downtime.down(down.node, down.time);
        downtime.down(down.node, utc("2026-03-01T10:15:03.000Z"));
        downtime.up(QStringLiteral("node3"), up.time); // never down: no interval
        downtime.down(QStringLiteral("node3"), utc("2026-03-01T10:15:04.000Z"));
        downtime.up(up.node, up.time);
        QCOMPARE(downtime.intervals().size(), 2);
        QCOMPARE(downtime.intervals().first().milliseconds(), 4500);
        QVERIFY(downtime.isDown(QStringLiteral("node3")));
        const QDateTime end = utc("2026-03-01T10:16:04.000Z");
        QCOMPARE(downtime.longest(end)->node, QStringLiteral("node3"));
        QCOMPARE(Downtime::format(downtime.intervals().first().milliseconds()), QStringLiteral("0:05"));
        QCOMPARE(Downtime::format(3723'000), QStringLiteral("1:02:03"));
        QCOMPARE(downtime.describe(end), (QStringList{ QStringLiteral("node2 was down for 0:05"),
                                             QStringLiteral("node3 is still down (1:00 so far)") }));
        const QJsonArray json = downtime.toJson(end);
        QCOMPARE(json[0][QLatin1String("seconds")].toDouble(), 4.5);
        QCOMPARE(json[1][QLatin1String("stillDown")].toBool(), true);
        QCOMPARE(json[1][QLatin1String("seconds")].toDouble(), 60.0);
        const Downtime read = Downtime::fromJson(json);
        QCOMPARE(read.intervals().size(), 2);
        QCOMPARE(read.intervals()[0].upAt, up.time);
        QVERIFY(read.intervals()[1].isOpen());
    }

    // Journals from before the wait was recorded have a confirmation with
    // no "asked", "waitedMs" or "reason": it was asked when answered, it
    // waited for nothing, and the step was destructive.
    void confirmationOfAnOlderJournal()
    {
        const QJsonObject json{ { QStringLiteral("type"), QStringLiteral("confirmation") },
            { QStringLiteral("index"), 0 }, { QStringLiteral("title"), QStringLiteral("Stop node1") },
            { QStringLiteral("answer"), QStringLiteral("yes") },
            { QStringLiteral("by"), QStringLiteral("root") },
            { QStringLiteral("time"), QStringLiteral("2025-01-02T03:04:05.678Z") } };
        const auto entry = JournalEntry::fromJson(json);
        QVERIFY(entry && entry->as<JournalEntry::Confirmation>());
        const JournalEntry::Confirmation read = *entry->as<JournalEntry::Confirmation>();
        QCOMPARE(read.asked, utc("2025-01-02T03:04:05.678Z"));
        QCOMPARE(read.waitedMs, 0);
        QCOMPARE(read.reason, JournalEntry::Reason::Destructive);
        QVERIFY(read.yes && !read.inAdvance);
        QVERIFY(!JournalEntry::fromJson({ { QStringLiteral("type"), QStringLiteral("no-such-entry") } }));
    }

    void journalStampsEachEntryAndSkipsATornLine()
    {
        QTemporaryDir run;
        QVERIFY(run.isValid());
        const QString path = run.filePath(Journal::fileName());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        {
            Journal journal(path);
            QVERIFY(journal.open());
            QVERIFY(journal.append(JournalEntry::Resume{ .pid = 7, .user = QStringLiteral("carol") }));
            QVERIFY(journal.append(JournalEntry::Cancel{ .before = 2 }));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"type\":\"run-end\",\"result\":\"cancel"); // a crash mid-write
        file.close();
        const QList<JournalEntry> entries = Journal::read(path);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].as<JournalEntry::Resume>()->user, QStringLiteral("carol"));
        QCOMPARE(entries[1].as<JournalEntry::Cancel>()->before, 2);
        for (const JournalEntry &entry : entries)
            QVERIFY(entry.time() >= before.addMSecs(-1) && entry.time() <= QDateTime::currentDateTimeUtc());
    }

    // --- Files written by the previous release.

    void previousManifestReadsAsBefore()
    {
        const QString set = previousRelease(QStringLiteral("backups/20261129-082039-backup-offline"));
        QString error;
        const auto manifest = BackupSetManifest::load(set, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->directory, set);
        QCOMPARE(manifest->setId, QStringLiteral("20261129-082039-backup-offline"));
        QCOMPARE(manifest->time, utc("2026-11-29T08:20:39Z"));
        QCOMPARE(manifest->completed, utc("2026-11-29T08:20:48Z"));
        QCOMPARE(manifest->durationMs, 9861);
        QCOMPARE(manifest->strategy, QStringLiteral("backup-offline"));
        QCOMPARE(manifest->label, QStringLiteral("20261129-082039-backup-offline"));
        QCOMPARE(manifest->lifeboatVersion, QStringLiteral("0.1.0"));
        QCOMPARE(manifest->profileName, QStringLiteral("sandbox-fmt-sb"));
        QCOMPARE(manifest->primary, QStringLiteral("node1"));
        QCOMPARE(manifest->nodes.size(), 4);
        QCOMPARE(manifest->nodes[1].name, QStringLiteral("node2"));
        QCOMPARE(manifest->nodes[1].role, QStringLiteral("secondary"));
        QCOMPARE(manifest->nodes[1].host, QStringLiteral("127.0.0.1"));
        QCOMPARE(manifest->nodes[1].clusterNodeId, QStringLiteral("d733981f-33aa-d476-12a3-305ffabaec42"));
        QCOMPARE(manifest->nodes[1].systemId, QStringLiteral("dcd79d68-8f79-3bd4-eafc-f11d65a89cfc"));
        QCOMPARE(manifest->nodes[3].role, QStringLiteral("publish"));
        QCOMPARE(manifest->nodes[3].clusterNodeId, QString()); // publish nodes have none
        QCOMPARE(manifest->patchLevels.size(), 4);
        QCOMPARE(manifest->patchLevels.value(QStringLiteral("node1")),
            QStringLiteral("AEM Forms on JEE 6.5.21.0\nService pack: 6.5.21.0 (SP21)\nPatches since the "
                           "system image: CFP 6.5.21.1, NPR-41234"));
        QStringList names;
        for (const BackupPart &part : manifest->parts)
            names.append(part.name);
        QCOMPARE(names,
            QStringList({ QStringLiteral("bootstrap-properties"), QStringLiteral("connectors"),
                QStringLiteral("content-storage-root"), QStringLiteral("database-forms"),
                QStringLiteral("fonts"), QStringLiteral("gds"), QStringLiteral("node-identity"),
                QStringLiteral("repository-node2") }));
        const BackupPart *identity = manifest->part(QStringLiteral("node-identity"));
        QVERIFY(identity);
        QCOMPARE(identity->archiveFile, QStringLiteral("node-identity.tar.zst"));
        QCOMPARE(identity->bytes, 148);
        QCOMPARE(identity->files.size(), 4);
        QCOMPARE(identity->files[0].path, QStringLiteral("node1/cluster_node.id"));
        QCOMPARE(identity->files[0].size, 37);
        QCOMPARE(identity->files[0].mode, 0644);
        QCOMPARE(identity->files[0].sha256.hex(),
            QStringLiteral("1912580a98518835f4693b2d17bc8a5989ba0082dd8641e8c66b2dad6e32827e"));
        QCOMPARE(identity->sources[1].path,
            QStringLiteral("/tmp/fmt-sb/nodes/node1/crx-repository/repository/system.id"));
        QCOMPARE(manifest->authorRepository()->name, QStringLiteral("repository-node2"));
    }

    // What is written now carries the same keys and values as before.
    void previousManifestIsWrittenAgainAsItWas()
    {
        const QJsonObject file = objectIn(
            previousRelease(QStringLiteral("backups/20261129-082039-backup-offline/manifest.json")));
        QVERIFY(!file.isEmpty());
        QString error;
        const auto manifest = BackupSetManifest::fromJson(file, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->toJson(), file);
    }

    void previousPartSidecarIsReadAndWrittenAsItWas()
    {
        const QJsonObject file = objectIn(previousRelease(QStringLiteral("node-identity.part.json")));
        const BackupPart part = BackupPart::fromJson(file);
        QCOMPARE(part.name, QStringLiteral("node-identity"));
        QCOMPARE(part.files.size(), 4);
        QCOMPARE(part.toJson(), file);
    }

    void previousSetIsListedAsBefore()
    {
        const QList<BackupSetCatalog::Set> sets
            = BackupSetCatalog::list(previousRelease(QStringLiteral("backups")));
        QCOMPARE(sets.size(), 1);
        const BackupSetCatalog::Set &set = sets.first();
        QCOMPARE(set.id, QStringLiteral("20261129-082039-backup-offline"));
        QVERIFY(set.manifestReadable);
        QCOMPARE(set.time, utc("2026-11-29T08:20:39Z"));
        QCOMPARE(set.completed, utc("2026-11-29T08:20:48.861Z")); // the start plus durationMs
        QCOMPARE(set.strategy, QStringLiteral("backup-offline"));
        QCOMPARE(set.label, QStringLiteral("20261129-082039-backup-offline"));
        QCOMPARE(set.partCount, 8);
        QCOMPARE(set.archiveBytes, 173 + 2673 + 1709 + 237); // the archives kept beside the fixture
        QCOMPARE(set.verifiedAt, utc("2026-11-29T08:20:48Z"));
        QCOMPARE(set.verificationResult, QStringLiteral("ok"));
    }

    void previousSetIsVerifiedFromItsManifest()
    {
        // The fixture keeps the four smallest archives: they check out, the
        // others are reported missing with their file counts.
        BackupSetVerifier verifier(previousRelease(QStringLiteral("backups/20261129-082039-backup-offline")));
        QVERIFY2(verifier.verify(), qPrintable(verifier.errorString()));
        QCOMPARE(verifier.archivesChecked(), 4);
        QCOMPARE(verifier.filesChecked(), 1 + 3 + 1 + 4);
        QStringList problems;
        for (const BackupSetVerifier::Problem &problem : verifier.problems())
            problems.append(problem.text());
        QCOMPARE(problems,
            QStringList({ QStringLiteral("content-storage-root.tar.zst: the archive is missing (4 file(s) of "
                                         "part content-storage-root lost)"),
                QStringLiteral("fonts.tar.zst: the archive is missing (4 file(s) of part fonts lost)"),
                QStringLiteral("gds.tar.zst: the archive is missing (13 file(s) of part gds lost)"),
                QStringLiteral("repository-node2.tar.zst: the archive is missing (25 file(s) of part "
                               "repository-node2 lost)") }));
    }

    void previousVerificationsReadAsBefore()
    {
        const auto ok = VerificationRecord::load(
            previousRelease(QStringLiteral("backups/20261129-082039-backup-offline")));
        QVERIFY(ok);
        QCOMPARE(ok->setId,
            QStringLiteral(
                ".20261129-082039-backup-offline.partial")); // verified while staged, before the rename
        QCOMPARE(ok->time, utc("2026-11-29T08:20:48Z"));
        QCOMPARE(ok->result, VerificationRecord::ok);
        QCOMPARE(ok->archivesChecked, 8);
        QCOMPARE(ok->filesChecked, 55);
        QCOMPARE(ok->lifeboatVersion, QStringLiteral("0.1.0"));
        QVERIFY(ok->problems.isEmpty());

        const QJsonObject file = objectIn(previousRelease(QStringLiteral("verification-damaged.json")));
        const VerificationRecord damaged = VerificationRecord::fromJson(file);
        QCOMPARE(damaged.result, VerificationRecord::damaged);
        QCOMPARE(damaged.archivesChecked, 7);
        QCOMPARE(damaged.filesChecked, 50);
        QCOMPARE(damaged.problems.size(), 5);
        QCOMPARE(damaged.problems[0].archive, QStringLiteral("bootstrap-properties.tar.zst"));
        QCOMPARE(damaged.problems[0].path, QString());
        QCOMPARE(damaged.problems[4].archive, QStringLiteral("node-identity.tar.zst"));
        QCOMPARE(damaged.problems[4].path, QStringLiteral("node1/system.id"));
        QCOMPARE(damaged.problems[4].message, QStringLiteral("SHA-256 differs"));
        QCOMPARE(damaged.toJson(), file);
    }

    // Every line of every journal, read and written again, is the line.
    void previousJournalsAreWrittenAgainAsTheyWere()
    {
        QDirIterator journals(previousRelease(QStringLiteral("runs")), { Journal::fileName() }, QDir::Files,
            QDirIterator::Subdirectories);
        int lines = 0;
        QSet<QString> types;
        while (journals.hasNext()) {
            const QString path = journals.next();
            for (const QJsonObject &line : linesOf(path)) {
                const auto entry = JournalEntry::fromJson(line);
                QVERIFY2(entry, qPrintable(path));
                QCOMPARE(entry->toJson(), line);
                types.insert(line.value(QLatin1String("type")).toString());
                ++lines;
            }
        }
        QCOMPARE(types.size(), 7); // every entry type
        QVERIFY(lines > 30);
    }

    void previousResumedRunReadsAsBefore()
    {
        const RunRecord record = RunRecord::load(
            previousRelease(QStringLiteral("runs/20261129-082039-526-backup-offline-1527")));
        QCOMPARE(record.runId, QStringLiteral("20261129-082039-526-backup-offline-1527"));
        QCOMPARE(record.scenario, QStringLiteral("backup-offline"));
        QCOMPARE(record.clusterName, QStringLiteral("sandbox-fmt-sb"));
        QCOMPARE(record.profilePath, QStringLiteral("/tmp/fmt-sb/cluster.json"));
        QCOMPARE(record.user, QStringLiteral("root"));
        QCOMPARE(record.host, QStringLiteral("vm"));
        QCOMPARE(record.pid, 27148); // the resuming process
        QCOMPARE(record.options.value(QStringLiteral("compression")).toString(), QStringLiteral("zstd"));
        QCOMPARE(record.options.value(QStringLiteral("startedAt")).toString(),
            QStringLiteral("2026-11-29T08:20:39Z"));
        QCOMPARE(record.startedAt, utc("2026-11-29T08:20:39.555Z"));
        QCOMPARE(record.endedAt, utc("2026-11-29T08:20:49.666Z"));
        QVERIFY(record.ended);
        QCOMPARE(record.result, RunResult::succeeded);
        QCOMPARE(record.state(), RunResult::succeeded);
        QCOMPARE(record.resumes, 1);
        QCOMPARE(record.steps.size(), 5);
        QCOMPARE(record.steps[0].kind, QStringLiteral("stop-nodes"));
        QCOMPARE(record.steps[0].title, QStringLiteral("Stop node2, node1"));
        QVERIFY(record.steps[0].destructive);
        QCOMPARE(record.steps[0].startedAt, utc("2026-11-29T08:20:39.606Z"));
        QCOMPARE(record.steps[0].endedAt, utc("2026-11-29T08:20:39.891Z"));
        QCOMPARE(record.steps[0].log,
            QJsonArray({ QStringLiteral("Stopping node2..."), QStringLiteral("node2 stopped."),
                QStringLiteral("Stopping node1..."), QStringLiteral("node1 stopped.") }));
        const QJsonArray stopped{ QJsonObject{ { QStringLiteral("kind"), QStringLiteral("stop-node") },
                                      { QStringLiteral("target"), QStringLiteral("node2") } },
            QJsonObject{ { QStringLiteral("kind"), QStringLiteral("stop-node") },
                { QStringLiteral("target"), QStringLiteral("node1") } } };
        QCOMPARE(record.steps[0].changes, stopped);
        for (const RunRecord::StepRecord &step : record.steps)
            QVERIFY2(step.started && step.ended && step.result == StepResult::ok && step.message.isEmpty(),
                qPrintable(step.title));
        QCOMPARE(record.cleanup.size(), 2);
        QCOMPARE(record.cleanup[0].kind, QStringLiteral("start-nodes"));
        QCOMPARE(record.cleanup[0].armedBy, 0);
        QCOMPARE(record.cleanup[1].kind, QStringLiteral("discard-unfinished-set"));
        QCOMPARE(record.cleanup[1].armedBy, 1);
        QCOMPARE(record.cleanup[1].result, StepResult::ok);
        QCOMPARE(record.confirmations.size(), 1);
        const JournalEntry::Confirmation &confirmation = record.confirmations.first();
        QCOMPARE(confirmation.index, 0);
        QCOMPARE(confirmation.title, QStringLiteral("Stop node2, node1"));
        QCOMPARE(confirmation.reason, JournalEntry::Reason::Destructive);
        QVERIFY(confirmation.yes && confirmation.inAdvance);
        QCOMPARE(confirmation.by, QStringLiteral("root"));
        QCOMPARE(confirmation.asked, utc("2026-11-29T08:20:39.591Z"));
        QCOMPARE(confirmation.waitedMs, 0);
    }

    void previousDeclinedRunReadsAsBefore()
    {
        const RunRecord record = RunRecord::load(
            previousRelease(QStringLiteral("runs/20261129-082155-252-backup-offline-78c6")));
        QCOMPARE(record.result, RunResult::declined);
        QCOMPARE(record.resumes, 0);
        QVERIFY(!record.steps[0].started);
        QCOMPARE(record.confirmations.size(), 1);
        const JournalEntry::Confirmation &confirmation = record.confirmations.first();
        QVERIFY(!confirmation.yes && !confirmation.inAdvance);
        QCOMPARE(confirmation.asked, utc("2026-11-29T08:21:55.269Z"));
        QCOMPARE(confirmation.time, utc("2026-11-29T08:21:59.121Z"));
        QCOMPARE(confirmation.waitedMs, 3851);
        const QList<ReportWriter::PersonWait> waits = ReportWriter::personWaits(record);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits[0].reason, QStringLiteral("destructive"));
        QCOMPARE(waits[0].answer, QStringLiteral("no"));
        QCOMPARE(waits[0].answered, utc("2026-11-29T08:21:59.121Z"));
        QCOMPARE(ReportWriter::toJson(record).value(QLatin1String("waitingMs")).toInteger(), 3851);
    }

    void previousCancelledRunReadsAsBefore()
    {
        // Killed after step 2, resumed, cancelled after step 3, with the
        // discard of the unfinished set made to fail.
        const RunRecord record = RunRecord::load(
            previousRelease(QStringLiteral("runs/20261129-084632-266-backup-offline-28cb")));
        QCOMPARE(record.result, RunResult::cancelled);
        QCOMPARE(record.resumes, 1);
        QVERIFY(record.steps[2].ended && record.steps[2].result == StepResult::ok);
        QVERIFY(!record.steps[3].started);
        QCOMPARE(record.cleanup[1].result, StepResult::failed);
        QCOMPARE(
            record.cleanup[1].message, QStringLiteral("Injected failure (LIFEBOAT_FAILPOINT) in step 2."));
        QCOMPARE(record.cleanup[0].result, StepResult::ok);
        QCOMPARE(ReportWriter::stepResult(record.steps[4]), StepResult::notRun);
    }

    // --- Owners, modes and times (issue 14, point 7), and Lifeboat's own
    // folders left out of every archive (point 8).

    void archiveMembersCarryOwnersModesAndTimes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("zstd") << QStringLiteral("zstd");
        QTest::newRow("gzip") << QStringLiteral("gzip");
        QTest::newRow("zip") << QStringLiteral("zip");
    }

    void archiveMembersCarryOwnersModesAndTimes()
    {
        QFETCH(QString, format);
        const bool root = ::geteuid() == 0;
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString source = work.filePath(QStringLiteral("gds"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/docs/.lifeboat-quarantine/20260101-000000-restore-cluster/1/old")));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/.lifeboat-restore-20260101-000000-restore-node/docs")));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/.lifeboat-online-20260101-000000-backup-online")));
        const QStringList files{ QStringLiteral("docs/a.dat"), QStringLiteral("b.dat"),
            QStringLiteral("docs/.lifeboat-quarantine/20260101-000000-restore-cluster/1/old/c.dat"),
            QStringLiteral("docs/.lifeboat-quarantine/20260101-000000-restore-cluster/quarantine.json"),
            QStringLiteral(".lifeboat-restore-20260101-000000-restore-node/docs/a.dat"),
            QStringLiteral(".lifeboat-online-20260101-000000-backup-online/backup.zip") };
        for (const QString &name : files) {
            QFile file(QDir(source).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name.toUtf8());
        }
        // AEM's user (when the test may give files away), its own modes and times.
        const QString a = source + QStringLiteral("/docs/a.dat");
        const QDateTime aTime = utc("2021-02-03T04:05:06.789Z");
        const QDateTime docsTime = utc("2022-03-04T05:06:07.250Z");
        bool ownerSet = false;
        QString error;
        const qint64 id = root ? 1234 : -1;
        QVERIFY2(FileAttributes::apply(a, { 0640, id, id, {}, {}, aTime }, &ownerSet, &error), qPrintable(error));
        QVERIFY2(FileAttributes::apply(source + QStringLiteral("/docs"), { 0750, id, id, {}, {}, docsTime }, &ownerSet, &error),
            qPrintable(error));
        QVERIFY2(FileAttributes::apply(source, { 0700, -1, -1, {}, {}, {} }, &ownerSet, &error), qPrintable(error));
        const qint64 uid = root ? 1234 : qint64(::geteuid());

        BackupPart part;
        part.name = QStringLiteral("gds");
        part.sources = { { source, QStringLiteral("gds") } };
        ArchiveFormat archiveFormat{};
        QVERIFY(archiveFormatFromName(format, &archiveFormat));
        PartArchiver archiver(archiveFormat, { [](qint64, qint64) {}, [] { return false; }, [](const QString &) {} });
        const QString set = work.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(set));
        QVERIFY2(archiver.write(part, set), qPrintable(archiver.errorString()));
        const QString archive = QDir(set).filePath(part.archiveFile);

        // The manifest's record: only the two files, with owners and times.
        QStringList recorded;
        for (const BackupPart::File &file : part.files)
            recorded.append(file.path);
        QCOMPARE(recorded, QStringList({ QStringLiteral("gds/b.dat"), QStringLiteral("gds/docs/a.dat") }));
        const BackupPart::File &recordedA = part.files[1];
        QCOMPARE(recordedA.mode, 0640);
        QCOMPARE(recordedA.attributes.uid, uid);
        QCOMPARE(recordedA.attributes.gid, root ? 1234 : qint64(::getegid()));
        QCOMPARE(recordedA.attributes.modified, aTime);
        QStringList directories;
        for (const BackupPart::Directory &directory : part.directories)
            directories.append(directory.path + u' ' + QString::number(directory.attributes.mode, 8));
        QCOMPARE(directories, QStringList({ QStringLiteral("gds 700"), QStringLiteral("gds/docs 750") }));
        QCOMPARE(part.directories[1].attributes.modified, docsTime);
        const BackupPart read = BackupPart::fromJson(part.toJson());
        QCOMPARE(read.files[1].attributes, recordedA.attributes);
        QCOMPARE(read.directories[1].attributes, part.directories[1].attributes);

        // The archive's members: nothing of Lifeboat's own; in a tar, the
        // numeric ids and the time to the millisecond in a pax header, which
        // GNU tar reads and KTar skips.
        QList<BackupPart::File> listed;
        QVERIFY2(ArchiveContents::read(archive, &listed, &error), qPrintable(error));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].path, QStringLiteral("gds/docs/a.dat"));
        QCOMPARE(listed[1].sha256, recordedA.sha256);
        if (format != QLatin1String("zip")) {
            KCompressionDevice device(archive, format == QLatin1String("zstd") ? KCompressionDevice::Zstd : KCompressionDevice::GZip);
            QVERIFY(device.open(QIODevice::ReadOnly));
            TarStreamReader reader(&device);
            TarStreamReader::Entry entry;
            QHash<QString, TarStreamReader::Entry> members;
            while (reader.next(&entry))
                members.insert(entry.path, entry);
            QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
            QCOMPARE(members.keys().size(), 4);
            const TarStreamReader::Entry member = members.value(QStringLiteral("gds/docs/a.dat"));
            QCOMPARE(member.uid, uid);
            QCOMPARE(member.mode, 0640);
            QCOMPARE(member.modified, aTime);
            QCOMPARE(members.value(QStringLiteral("gds/docs")).modified, docsTime);
            QProcess tar;
            tar.setProcessEnvironment([] {
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
                return environment;
            }());
            tar.start(QStringLiteral("tar"), { QStringLiteral("--numeric-owner"), QStringLiteral("--full-time"), QStringLiteral("-tvf"), archive });
            QVERIFY(tar.waitForFinished(30000));
            const QString listing = QString::fromUtf8(tar.readAllStandardOutput());
            QVERIFY2(listing.contains(QStringLiteral("-rw-r----- %1/%1 ").arg(uid)), qPrintable(listing));
            QVERIFY2(listing.contains(QStringLiteral(" 2021-02-03 04:05:06")), qPrintable(listing));
            QVERIFY2(!listing.contains(QLatin1String(".lifeboat-")), qPrintable(listing));
            QVERIFY2(!listing.contains(QLatin1String("PaxHeaders")), qPrintable(listing));
        }

        // Unpacked, every file and directory has them again.
        const QString target = work.filePath(QStringLiteral("restored"));
        PartExtractor extractor(archive, part, QStringLiteral("gds/"));
        QVERIFY2(extractor.extractTo(target), qPrintable(extractor.errorString()));
        QCOMPARE(extractor.ownersNotSet(), 0);
        const FileAttributes restoredA = FileAttributes::of(target + QStringLiteral("/docs/a.dat"));
        QCOMPARE(restoredA.uid, uid);
        QCOMPARE(restoredA.mode, 0640);
        QCOMPARE(restoredA.modified, aTime);
        const FileAttributes restoredDocs = FileAttributes::of(target + QStringLiteral("/docs"));
        QCOMPARE(restoredDocs.uid, uid);
        QCOMPARE(restoredDocs.mode, 0750);
        QCOMPARE(restoredDocs.modified, docsTime);
        QCOMPARE(FileAttributes::of(target).mode, 0700); // the part's own directory: the target
    }

    // An AEM data store keeps its blobs three folder levels deep, nearly one
    // folder per blob. KTar searched every folder it had written before it
    // wrote the next one (the backup of 300,000 blobs had not finished after
    // 16 minutes: benchmarks/many-files.sh measures it); the archiver now
    // writes each folder once without that search. What GNU tar, KTar's
    // reader and the unpacking see must not change: every folder once,
    // before what it holds, and one end of the archive.
    void aDataStoreOfManyFoldersHasEachFolderOnce()
    {
        QTemporaryDir work;
        const QString store = work.filePath(QStringLiteral("datastore"));
        QStringList expected{QStringLiteral("datastore")};
        for (int outer = 0; outer < 128; ++outer) {
            const QString first = QStringLiteral("%1").arg(outer, 2, 16, QLatin1Char('0'));
            expected.append(QStringLiteral("datastore/") + first);
            for (int inner = 0; inner < 40; ++inner) {
                const QString folder = first + u'/' + QStringLiteral("%1").arg(inner * 5, 2, 16, QLatin1Char('0'));
                QVERIFY(QDir().mkpath(store + u'/' + folder));
                QFile blob(store + u'/' + folder + QStringLiteral("/blob"));
                QVERIFY(blob.open(QIODevice::WriteOnly));
                blob.write(folder.toUtf8());
                expected.append(QStringLiteral("datastore/") + folder);
            }
        }
        BackupPart part;
        part.name = QStringLiteral("repository");
        part.sources = {{store, QStringLiteral("datastore")}};
        PartArchiver archiver(ArchiveFormat::TarZstd, {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}});
        QVERIFY2(archiver.write(part, work.path()), qPrintable(archiver.errorString()));
        QStringList recorded;
        for (const BackupPart::Directory &directory : std::as_const(part.directories))
            recorded.append(directory.path);
        QCOMPARE(recorded, expected);
        QCOMPARE(part.files.size(), 128 * 40);

        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-tvf"), work.filePath(part.archiveFile)});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(tar.readAllStandardError()), QString());
        QStringList folders;
        QSet<QString> written;
        QStringList seen;
        for (const QString &line : QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            const QString path = line.section(u' ', -1);
            if (line.startsWith(u'd')) {
                folders.append(path.chopped(1));
                written.insert(path.chopped(1));
            } else {
                QVERIFY2(written.contains(path.section(u'/', 0, -2)), qPrintable(path + QStringLiteral(" before its folder")));
            }
            seen.append(path);
        }
        QCOMPARE(folders, expected);
        QCOMPARE(seen.size(), expected.size() + 128 * 40);

        PartExtractor extractor(work.filePath(part.archiveFile), part, QStringLiteral("datastore/"));
        const QString target = work.filePath(QStringLiteral("restored"));
        QVERIFY2(extractor.extractTo(target), qPrintable(extractor.errorString()));
        QFile last(target + QStringLiteral("/7f/c3/blob"));
        QVERIFY(last.open(QIODevice::ReadOnly));
        QCOMPARE(last.readAll(), QByteArray("7f/c3"));
    }

    // A set from before owners were recorded restores as it did: modes
    // from the archive, the restoring user as owner (never KTar's made-up
    // ids), the time of the restore.
    void previousSetUnpacksAsBefore()
    {
        QString error;
        const auto manifest
            = BackupSetManifest::load(previousRelease(QStringLiteral("backups/20261129-082039-backup-offline")), &error);
        QVERIFY2(manifest, qPrintable(error));
        const BackupPart *identity = manifest->part(QStringLiteral("node-identity"));
        QVERIFY(identity);
        QVERIFY(!identity->files[0].attributes.hasOwner());
        QVERIFY(!identity->files[0].attributes.modified.isValid());
        QVERIFY(identity->directories.isEmpty());
        QTemporaryDir work;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        PartExtractor extractor(manifest->archivePath(*identity), *identity, QStringLiteral("node1/"));
        QVERIFY2(extractor.extractTo(work.filePath(QStringLiteral("node1"))), qPrintable(extractor.errorString()));
        QCOMPARE(extractor.ownersNotSet(), 0);
        const FileAttributes id = FileAttributes::of(work.filePath(QStringLiteral("node1/cluster_node.id")));
        QCOMPARE(id.uid, qint64(::geteuid()));
        QCOMPARE(id.mode, 0644);
        QVERIFY(id.modified >= before);
    }

    // Only each format's own type spells its keys; a key that shows up
    // anywhere else is a second reader or writer.
    void onlyTheFormatsOwnTypesSpellTheirKeys()
    {
        const QList<std::pair<QString, QStringList>> owned{
            { QStringLiteral("engine/backup/BackupSetManifest.cpp"),
                { QStringLiteral("\"topology\""), QStringLiteral("\"patchLevels\""),
                    QStringLiteral("\"clusterNodeId\""), QStringLiteral("\"systemId\"") } },
            { QStringLiteral("engine/backup/VerificationRecord.cpp"),
                { QStringLiteral("\"archivesChecked\""), QStringLiteral("\"filesChecked\"") } },
            { QStringLiteral("engine/run/JournalEntry.cpp"),
                { QStringLiteral("\"step-start\""), QStringLiteral("\"step-end\""),
                    QStringLiteral("\"run-end\"") } },
        };
        int checked = 0;
        for (const char *folder : { "engine", "app", "ui", "report", "node" }) {
            QDirIterator files(QStringLiteral(LIFEBOAT_SOURCE_DIR "/") + QLatin1String(folder),
                { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const QString relative = file.fileName().mid(qsizetype(qstrlen(LIFEBOAT_SOURCE_DIR)) + 1);
                for (const auto &[owner, keys] : owned) {
                    for (const QString &key : keys)
                        QVERIFY2(relative == owner || !text.contains(key),
                            qPrintable(relative + QStringLiteral(" spells ") + key));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
