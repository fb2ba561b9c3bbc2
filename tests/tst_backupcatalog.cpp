// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <support/Sha256.h>

#include <memory>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// `lifeboat backups`, `verify` and `prune` on real backup sets, made by the
// real `lifeboat run` on a running sandbox: the catalog lists only complete
// sets, verification names exactly what is damaged, prune keeps the newest.
class TestBackupCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_runs;
    QTemporaryDir m_scratch;
    QStringList m_created; // set ids, oldest first

    QString profilePath() const { return m_sandbox->path(QStringLiteral("cluster.json")); }
    QString backupRoot() const { return m_sandbox->profile().backupRoot; }
    QString setDirectory(const QString &id) const { return QDir(backupRoot()).filePath(id); }

    CommandResult lifeboat(const QStringList &arguments) const { return m_sandbox->runner().lifeboat(arguments); }

    QStringList completeSets() const
    {
        return QDir(backupRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    QStringList hiddenDirectories() const
    {
        return QDir(backupRoot()).entryList({QStringLiteral(".*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QJsonObject manifestOf(const QString &directory)
    {
        QFile file(directory + QStringLiteral("/manifest.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

    // A copy of a set outside the backup root, to damage without touching the
    // originals.
    QString copyOfSet(const QString &id, const QString &name) const
    {
        const QString source = setDirectory(id);
        const QString target = m_scratch.filePath(name);
        QDir(target).removeRecursively();
        QDir().mkpath(target);
        QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString copy = target + u'/' + QDir(source).relativeFilePath(file);
            QDir().mkpath(QFileInfo(copy).path());
            if (!QFile::copy(file, copy))
                return {};
        }
        return target;
    }

    static QString archiveOfKind(const QString &directory, const QString &kind)
    {
        for (const QJsonValue &part : manifestOf(directory).value(QLatin1String("parts")).toArray()) {
            if (part[QLatin1String("kind")].toString() == kind)
                return part[QLatin1String("archive")].toString();
        }
        return {};
    }

    // The lines `verify` prints for each problem, without the summary.
    static QStringList problemLines(const CommandResult &result)
    {
        QStringList lines;
        for (const QString &line : result.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("The backup set ")) && !line.startsWith(QLatin1String("Do not restore"))
                && !line.startsWith(QLatin1String("Signature: ")))
                lines.append(line);
        }
        return lines;
    }

    static bool flipBytes(const QString &path, qint64 offset, int count)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
            return false;
        QByteArray bytes = file.read(count);
        for (char &byte : bytes)
            byte = char(~byte);
        return file.seek(offset) && file.write(bytes) == bytes.size();
    }

    void makeSet(const QString &scenario, const QStringList &options)
    {
        const QStringList before = completeSets();
        const CommandResult result = lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), profilePath(),
                                                          QStringLiteral("--scenario"), scenario, QStringLiteral("--yes"),
                                                          QStringLiteral("--report-dir"), m_runs.path()}
                                              + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QStringList created = completeSets();
        for (const QString &set : before)
            created.removeOne(set);
        QCOMPARE(created.size(), 1);
        m_created.append(created.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        makeSet(QStringLiteral("backup-offline"), {});
        makeSet(QStringLiteral("backup-bootstrap"), {QStringLiteral("--compression"), QStringLiteral("zip")});
        makeSet(QStringLiteral("backup-bootstrap"), {QStringLiteral("--compression"), QStringLiteral("gzip")});
        QCOMPARE(completeSets().size(), 3);
        QVERIFY(archiveOfKind(setDirectory(m_created[0]), QStringLiteral("gds")).endsWith(QLatin1String(".tar.zst")));
        QVERIFY(manifestOf(setDirectory(m_created[1])).value(QLatin1String("parts")).toArray().first()[QLatin1String("archive")]
                    .toString().endsWith(QLatin1String(".zip")));
        QVERIFY(manifestOf(setDirectory(m_created[2])).value(QLatin1String("parts")).toArray().first()[QLatin1String("archive")]
                    .toString().endsWith(QLatin1String(".tar.gz")));
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
    }

    void theCatalogListsExactlyTheCompleteSetsNewestFirst()
    {
        // Unfinished staging directories never count, even with a manifest,
        // nor does a directory without one.
        const QString partial = QDir(backupRoot()).filePath(QStringLiteral(".x.partial"));
        QVERIFY(QDir().mkpath(partial));
        QFile::copy(setDirectory(m_created[0]) + QStringLiteral("/manifest.json"), partial + QStringLiteral("/manifest.json"));
        QVERIFY(QDir().mkpath(QDir(backupRoot()).filePath(QStringLiteral("notes"))));

        const CommandResult json = lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray sets = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QStringList ids;
        for (const QJsonValue &set : sets)
            ids.append(set[QLatin1String("id")].toString());
        QCOMPARE(ids, (QStringList{m_created[2], m_created[1], m_created[0]}));

        const QStringList strategies{sets[0][QLatin1String("strategy")].toString(), sets[1][QLatin1String("strategy")].toString(),
                                     sets[2][QLatin1String("strategy")].toString()};
        QCOMPARE(strategies, (QStringList{QStringLiteral("backup-bootstrap"), QStringLiteral("backup-bootstrap"), QStringLiteral("backup-offline")}));
        for (const QJsonValue &set : sets) {
            const QString directory = setDirectory(set[QLatin1String("id")].toString());
            const QJsonObject manifest = manifestOf(directory);
            QCOMPARE(set[QLatin1String("directory")].toString(), directory);
            QCOMPARE(set[QLatin1String("label")].toString(), manifest.value(QLatin1String("label")).toString());
            QCOMPARE(set[QLatin1String("time")].toString(), manifest.value(QLatin1String("time")).toString());
            QCOMPARE(set[QLatin1String("parts")].toInt(), manifest.value(QLatin1String("parts")).toArray().size());
            qint64 bytes = 0;
            for (const QJsonValue &part : manifest.value(QLatin1String("parts")).toArray())
                bytes += QFileInfo(directory + u'/' + part[QLatin1String("archive")].toString()).size();
            QVERIFY(bytes > 0);
            QCOMPARE(set[QLatin1String("archiveBytes")].toInteger(), bytes);
            // Publishing reads every archive back, so a new set is verified from the start.
            QCOMPARE(set[QLatin1String("verification")][QLatin1String("result")].toString(), QStringLiteral("ok"));
        }

        const CommandResult table = lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), profilePath()});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header and three sets
        for (int i = 0; i < 3; ++i)
            QVERIFY2(lines[i + 1].startsWith(m_created[2 - i]) && lines[i + 1].contains(QLatin1String(" ok ")), qPrintable(table.out));
        QVERIFY(!table.out.contains(QLatin1String("x.partial")) && !table.out.contains(QLatin1String("notes")));
        QVERIFY2(table.err.contains(QLatin1String("1 unfinished set(s)")), qPrintable(table.err));
        QVERIFY(QDir(backupRoot()).rmdir(QStringLiteral("notes")));
    }

    void verifyPassesOnEveryIntactSet()
    {
        for (const QString &id : std::as_const(m_created)) {
            const CommandResult result = lifeboat({QStringLiteral("verify"), setDirectory(id)});
            QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
            QVERIFY2(result.out.startsWith(QStringLiteral("The backup set %1 is intact").arg(setDirectory(id))), qPrintable(result.out));
            // The same checksums, checked by the standard tool.
            const CommandResult sums = m_sandbox->runner().run(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && sha256sum -c SHA256SUMS"), setDirectory(id)});
            QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
        }
        // By id under a profile, too.
        const CommandResult byId = lifeboat({QStringLiteral("verify"), QStringLiteral("--profile"), profilePath(), m_created[0]});
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.out + byId.err));

        const CommandResult json = lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--json")});
        for (const QJsonValue &set : QJsonDocument::fromJson(json.out.toUtf8()).array())
            QCOMPARE(set[QLatin1String("verification")][QLatin1String("result")].toString(), QStringLiteral("ok"));
        QVERIFY(lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), profilePath()}).out.contains(QLatin1String("  ok ")));
    }

    // A restore loads its set for the plan and then verifies it; the
    // verifier takes the manifest load() parsed instead of parsing it again
    // (at 300,000 files, 3 s and 230 MB more), but only when the file still
    // has the very bytes it was parsed from. Changed in place with its size
    // and time kept, load() still answers from its cache; the verifier reads
    // the new bytes and finds both the changed file and the changed manifest.
    void theVerifierTakesAParsedManifestOnlyForTheSameBytes()
    {
        const QString set = setDirectory(m_created.value(0));
        QString error;
        QVERIFY2(BackupSetManifest::load(set, &error), qPrintable(error));
        QVERIFY(BackupSetManifest::isParsed(set));
        BackupSetVerifier intact(set);
        QVERIFY(intact.verify());
        QVERIFY2(intact.intact(), qPrintable(intact.problemSummary()));

        QFile file(set + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray original = file.readAll();
        const QDateTime modified = QFileInfo(file).lastModified();
        const auto putBack = qScopeGuard([&] {
            file.seek(0);
            file.write(original);
            file.setFileTime(modified, QFileDevice::FileModificationTime);
        });
        const qsizetype files = original.indexOf("\"files\"");
        const qsizetype at = original.indexOf("\"sha256\": \"", files) + 11;
        QVERIFY(files > 0 && at > files);
        const qsizetype pathAt = original.lastIndexOf("\"path\": \"", at) + 9;
        const QString changedPath = QString::fromUtf8(original.mid(pathAt, original.indexOf('"', pathAt) - pathAt));
        QByteArray changed = original;
        changed[at] = changed[at] == '0' ? '1' : '0';
        QVERIFY(file.seek(0) && file.write(changed) == changed.size() && file.flush());
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        const auto stale = BackupSetManifest::load(set, &error);
        QVERIFY(stale); // from the cache, as parsed before the change

        BackupSetVerifier damaged(set);
        QVERIFY(damaged.verify());
        QStringList problems;
        for (const BackupSetVerifier::Problem &problem : damaged.problems())
            problems.append(problem.text());
        QVERIFY2(problems.contains(QStringLiteral("manifest.json: SHA-256 differs from SHA256SUMS (the file was changed or damaged)")),
                 qPrintable(problems.join(u'\n')));
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [&changedPath](const QString &problem) { return problem.contains(changedPath + QStringLiteral(": SHA-256 differs")); }),
                 qPrintable(changedPath + u'\n' + problems.join(u'\n')));
    }

    // Publishing writes the manifest and verifies the set at once: the
    // verifier takes the manifest written (remember()) when the file's bytes
    // hash as they did when written, and finds the set intact with it, the
    // summary too (it compares it with what the manifest says).
    void theVerifierTakesTheManifestJustWritten()
    {
        const QString copy = copyOfSet(m_created.value(0), QStringLiteral("remembered"));
        QVERIFY(!copy.isEmpty());
        QString error;
        const auto written = BackupSetManifest::load(setDirectory(m_created.value(0)), &error);
        QVERIFY2(written, qPrintable(error));
        QFile file(copy + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Sha256 hash;
        QVERIFY(hash.addData(&file));
        const QByteArray sha256 = hash.hexResult();
        QVERIFY(!BackupSetManifest::isParsed(copy));
        written->remember(copy, sha256);
        QVERIFY(BackupSetManifest::isParsed(copy));
        QJsonObject withoutFiles;
        const auto taken = BackupSetManifest::parsedFrom(copy, sha256, &withoutFiles);
        QVERIFY(taken);
        QCOMPARE(taken->directory, copy);
        QCOMPARE(taken->parts.size(), written->parts.size());
        QVERIFY(!BackupSetManifest::parsedFrom(copy, QByteArray(64, '0'), &withoutFiles));
        BackupSetVerifier verifier(copy);
        QVERIFY(verifier.verify());
        QVERIFY2(verifier.intact(), qPrintable(verifier.problemSummary()));
        qsizetype files = 0;
        for (const BackupPart &part : written->parts)
            files += part.files.size();
        QCOMPARE(verifier.filesChecked(), int(files));
    }

    // Listing the sets reads each set's summary.json (SHA256SUMS lists it),
    // not its manifest, which holds every file of every part: traced,
    // `lifeboat backups` opens no manifest.json, and lists what the
    // manifests say (above). (It opened every manifest.)
    void theListReadsSummariesNotManifests()
    {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!strace.isEmpty(), "strace is needed (installer/dev installs it)");
        const QString trace = m_scratch.filePath(QStringLiteral("backups.trace"));
        const CommandResult result = m_sandbox->runner().run(
            strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"), QStringLiteral("trace=openat"), QStringLiteral("-o"),
                     trace, CommandRunner::binary(QStringLiteral("lifeboat")), QStringLiteral("backups"), QStringLiteral("--profile"),
                     profilePath()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QFile file(trace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calls = file.readAll();
        QByteArrayList manifests;
        for (const QByteArray &call : calls.split('\n')) {
            if (call.contains("/manifest.json\""))
                manifests.append(call);
        }
        QVERIFY2(manifests.isEmpty(), manifests.join('\n').constData());
        for (const QString &id : std::as_const(m_created))
            QVERIFY2(calls.contains((id + QStringLiteral("/summary.json\"")).toUtf8()), qPrintable(id));
    }

    // A set without a summary (one made before they were written), or whose
    // summary does not match SHA256SUMS, is listed from its manifest, the
    // same as before; `verify` names a summary that differs from SHA256SUMS
    // or, with SHA256SUMS rewritten to match, from the manifest.
    void aSummaryIsTrustedOnlyAsSha256SumsAndTheManifestHaveIt()
    {
        const QStringList list{QStringLiteral("backups"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--json")};
        const QString listed = lifeboat(list).out;
        QVERIFY(listed.contains(QLatin1String("\"backup-offline\"")));
        const QString summary = setDirectory(m_created[0]) + QStringLiteral("/summary.json");
        QFile file(summary);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(original.contains("\"backup-offline\""));
        QByteArray changed = original;
        changed.replace("\"backup-offline\"", "\"backup-online\"");
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile out(path);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
        };

        QVERIFY(QFile::rename(summary, summary + QStringLiteral(".aside")));
        const QString withoutSummary = lifeboat(list).out;
        QVERIFY(QFile::rename(summary + QStringLiteral(".aside"), summary));
        QCOMPARE(withoutSummary, listed);
        QVERIFY(write(summary, changed));
        const QString withChangedSummary = lifeboat(list).out;
        QVERIFY(write(summary, original));
        QCOMPARE(withChangedSummary, listed);

        const QString copy = copyOfSet(m_created[0], QStringLiteral("summary"));
        QVERIFY(write(copy + QStringLiteral("/summary.json"), changed));
        const CommandResult unlisted = lifeboat({QStringLiteral("verify"), copy});
        QVERIFY2(unlisted.exitCode == 3 && unlisted.out.contains(QLatin1String("summary.json: SHA-256 differs from SHA256SUMS")),
                 qPrintable(unlisted.out + unlisted.err));
        QFile sums(copy + QStringLiteral("/SHA256SUMS"));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QByteArray lines = sums.readAll();
        sums.close();
        lines.replace(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex(),
                      QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex());
        QVERIFY(write(copy + QStringLiteral("/SHA256SUMS"), lines));
        const CommandResult disagreeing = lifeboat({QStringLiteral("verify"), copy});
        QVERIFY2(disagreeing.exitCode == 3 && disagreeing.out.contains(QLatin1String("summary.json: does not say what manifest.json says")),
                 qPrintable(disagreeing.out + disagreeing.err));
    }

    void verifyUsageErrors()
    {
        QCOMPARE(lifeboat({QStringLiteral("verify")}).exitCode, 64);
        QCOMPARE(lifeboat({QStringLiteral("verify"), m_scratch.filePath(QStringLiteral("no-such-set"))}).exitCode, 64);
        QCOMPARE(lifeboat({QStringLiteral("verify"), QDir(backupRoot()).filePath(QStringLiteral(".x.partial"))}).exitCode, 64);
        QCOMPARE(lifeboat({QStringLiteral("verify"), QStringLiteral("--profile"), profilePath(), QStringLiteral("no-such-set")}).exitCode, 64);
        QCOMPARE(lifeboat({QStringLiteral("verify"), setDirectory(m_created[0]), setDirectory(m_created[1])}).exitCode, 64);
    }

    void flippedBytesInAnArchiveFailVerificationNamingIt()
    {
        const QString set = copyOfSet(m_created[0], QStringLiteral("flipped"));
        const QString gds = archiveOfKind(set, QStringLiteral("gds"));
        const QString path = set + u'/' + gds;
        QVERIFY(flipBytes(path, QFileInfo(path).size() / 2, 64));
        const CommandResult result = lifeboat({QStringLiteral("verify"), set});
        QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
        const QStringList problems = problemLines(result);
        QVERIFY2(!problems.isEmpty(), qPrintable(result.out));
        for (const QString &line : problems)
            QVERIFY2(line.startsWith(gds + QStringLiteral(": ")), qPrintable(result.out)); // only that archive
        QVERIFY2(problems.contains(gds + QStringLiteral(": SHA-256 of the archive differs from SHA256SUMS (the archive file was "
                                                         "changed or damaged)")),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("is DAMAGED")));

        QFile file(set + QStringLiteral("/verification.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject verification = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(verification.value(QLatin1String("result")).toString(), QStringLiteral("damaged"));
        QCOMPARE(verification.value(QLatin1String("problems")).toArray().size(), problems.size());

        // In a zip, each file is compressed on its own: the damage is named
        // down to the file.
        const QString zipSet = copyOfSet(m_created[1], QStringLiteral("flipped-zip"));
        const QJsonObject part = manifestOf(zipSet).value(QLatin1String("parts")).toArray().first().toObject();
        const QString zip = part.value(QLatin1String("archive")).toString();
        QVERIFY(flipBytes(zipSet + u'/' + zip, 200, 16));
        const CommandResult zipResult = lifeboat({QStringLiteral("verify"), zipSet});
        QVERIFY2(zipResult.exitCode == 3, qPrintable(zipResult.out + zipResult.err));
        QVERIFY2(zipResult.out.contains(zip + QStringLiteral(": SHA-256 of the archive differs")), qPrintable(zipResult.out));
    }

    void aWrongSha256InTheManifestNamesExactlyThatFile()
    {
        const QString set = copyOfSet(m_created[0], QStringLiteral("wrong-sha"));
        QJsonObject manifest = manifestOf(set);
        QJsonArray parts = manifest.value(QLatin1String("parts")).toArray();
        QString archive, damaged;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QJsonObject part = parts[i].toObject();
            if (part.value(QLatin1String("kind")).toString() != QLatin1String("gds"))
                continue;
            QJsonArray files = part.value(QLatin1String("files")).toArray();
            QVERIFY(files.size() > 3);
            QJsonObject file = files[files.size() / 2].toObject();
            damaged = file.value(QLatin1String("path")).toString();
            file.insert(QStringLiteral("sha256"), QString(64, u'0'));
            files[files.size() / 2] = file;
            part.insert(QStringLiteral("files"), files);
            parts[i] = part;
            archive = part.value(QLatin1String("archive")).toString();
        }
        QVERIFY(!damaged.isEmpty());
        manifest.insert(QStringLiteral("parts"), parts);
        QFile file(set + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
        file.close();

        const CommandResult result = lifeboat({QStringLiteral("verify"), set});
        QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
        // The edit is caught twice: the file against its new SHA-256, and the
        // manifest against SHA256SUMS, which lists it (issue 18).
        QCOMPARE(problemLines(result), (QStringList{QStringLiteral("%1: %2: SHA-256 differs").arg(archive, damaged),
                                                    QStringLiteral("manifest.json: SHA-256 differs from SHA256SUMS (the file was "
                                                                   "changed or damaged)")}));
        QVERIFY(result.out.contains(QLatin1String("DAMAGED: 2 problem(s),")));
    }

    void aMissingArchiveIsNamed()
    {
        const QString set = copyOfSet(m_created[0], QStringLiteral("missing"));
        const QString repository = archiveOfKind(set, QStringLiteral("repository"));
        QVERIFY(!repository.isEmpty());
        QVERIFY(QFile::remove(set + u'/' + repository));
        const CommandResult result = lifeboat({QStringLiteral("verify"), set});
        QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
        const QStringList problems = problemLines(result);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(repository + QStringLiteral(": the archive is missing")), qPrintable(result.out));
    }

    void aTruncatedArchiveIsReportedWithoutACrash_data()
    {
        QTest::addColumn<int>("set");
        QTest::addColumn<QString>("kind");
        QTest::newRow("tar.zst") << 0 << QStringLiteral("gds");
        QTest::newRow("zip") << 1 << QString();
        QTest::newRow("tar.gz") << 2 << QString();
    }

    void aTruncatedArchiveIsReportedWithoutACrash()
    {
        QFETCH(int, set);
        QFETCH(QString, kind);
        const QString copy = copyOfSet(m_created[set], QStringLiteral("truncated-%1").arg(set));
        const QString archive = kind.isEmpty()
            ? manifestOf(copy).value(QLatin1String("parts")).toArray().first()[QLatin1String("archive")].toString()
            : archiveOfKind(copy, kind);
        QFile file(copy + u'/' + archive);
        QVERIFY(file.resize(file.size() / 2));
        const CommandResult result = lifeboat({QStringLiteral("verify"), copy});
        QVERIFY2(result.exitCode == 3, qPrintable(QStringLiteral("exit %1\n").arg(result.exitCode) + result.out + result.err));
        const QStringList problems = problemLines(result);
        QVERIFY(!problems.isEmpty());
        for (const QString &line : problems)
            QVERIFY2(line.startsWith(archive + QStringLiteral(": ")), qPrintable(result.out));
        QVERIFY2(problems.contains(archive + QStringLiteral(": SHA-256 of the archive differs from SHA256SUMS (the archive file was "
                                                             "changed or damaged)")),
                 qPrintable(result.out));
    }

    void pruneRejectsAKeepBelowOne()
    {
        const QStringList before = completeSets();
        for (const QString &keep : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("two")}) {
            const CommandResult result = lifeboat({QStringLiteral("prune"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--keep"), keep});
            QCOMPARE(result.exitCode, 64);
            QVERIFY2(result.err.contains(QLatin1String("--keep must be")), qPrintable(result.err));
        }
        QCOMPARE(lifeboat({QStringLiteral("prune"), QStringLiteral("--profile"), profilePath()}).exitCode, 64);
        QCOMPARE(completeSets(), before);
    }

    void pruneDryRunChangesNothing()
    {
        // A stale unfinished set (untouched for two days) and a fresh one.
        const QString stale = QDir(backupRoot()).filePath(QStringLiteral(".stale.partial"));
        QVERIFY(QDir().mkpath(stale));
        QFile part(stale + QStringLiteral("/gds.part.json"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.close();
        const CommandResult touched = m_sandbox->runner().run(
            QStringLiteral("touch"), {QStringLiteral("-d"), QStringLiteral("2 days ago"), stale + QStringLiteral("/gds.part.json"), stale});
        QCOMPARE(touched.exitCode, 0);

        const QStringList sets = completeSets();
        const QStringList hidden = hiddenDirectories();
        QCOMPARE(hidden, (QStringList{QStringLiteral(".stale.partial"), QStringLiteral(".x.partial")}));
        const CommandResult result = lifeboat(
            {QStringLiteral("prune"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Would remove %1 ").arg(setDirectory(m_created[0]))), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Would remove %1 ").arg(setDirectory(m_created[1]))));
        QVERIFY(result.out.contains(QStringLiteral("Would remove %1 ").arg(QFileInfo(stale).absoluteFilePath())));
        QVERIFY(result.out.contains(QStringLiteral("Keeping %1 ").arg(setDirectory(m_created[2]))));
        QVERIFY(!result.out.contains(QLatin1String("x.partial")));
        QVERIFY(result.out.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(completeSets(), sets);
        QCOMPARE(hiddenDirectories(), hidden);
        QVERIFY(QFile::exists(setDirectory(m_created[0]) + QStringLiteral("/manifest.json")));
    }

    void pruneKeepsTheNewestAndRemovesTheRest()
    {
        const CommandResult result = lifeboat(
            {QStringLiteral("prune"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--keep"), QStringLiteral("1")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(completeSets(), QStringList{m_created[2]});
        // The fresh unfinished set may belong to a running backup: kept.
        QCOMPARE(hiddenDirectories(), QStringList{QStringLiteral(".x.partial")});
        for (const QString &id : {m_created[0], m_created[1]})
            QVERIFY2(result.out.contains(QStringLiteral("Removing %1 ").arg(setDirectory(id))), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Removing %1 ").arg(QDir(backupRoot()).filePath(QStringLiteral(".stale.partial")))));
        QVERIFY(result.out.contains(QLatin1String("Removed 3 set(s)")));

        const CommandResult verify = lifeboat({QStringLiteral("verify"), setDirectory(m_created[2])});
        QCOMPARE(verify.exitCode, 0);
        const CommandResult again = lifeboat(
            {QStringLiteral("prune"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--keep"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("Nothing to remove")));
        QCOMPARE(completeSets(), QStringList{m_created[2]});
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"
