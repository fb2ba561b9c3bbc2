// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"
#include "support/SetMutation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cluster/NodeController.h>
#include <functional>
#include <restore/Quarantine.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetManifest.h>
#include <sys/stat.h>
#include <QElapsedTimer>
#include <restore/RestoredTree.h>
#include <support/Sha256.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 18, points 1, 2, 6 and 9: a backup set is untrusted input. Each test
// takes a real set of a real sandbox, edits it the way the red team did
// (SHA256SUMS recomputed where they recomputed it), and shows that
// `lifeboat verify` calls it damaged (exit 3, naming what is wrong) and that
// every restore refuses it before anything changes: the nodes keep running,
// their files, the database, the shared directories and a victim directory
// outside the cluster are byte for byte as they were.
class TestHostileSets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_copies; // edited copies live outside the backup root, never chosen by default
    QTemporaryDir m_outside; // where a hostile manifest points
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_set;

    CommandResult run(const QString &scenario, const QStringList &options = {})
    {
        return m_sandbox->runner().lifeboat(
            QStringList{ QStringLiteral("run"), QStringLiteral("--profile"),
                m_sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"), scenario,
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") }
            + options);
    }

    CommandResult verify(const QString &set)
    {
        return m_sandbox->runner().lifeboat({ QStringLiteral("verify"), set });
    }

    QString copyOfSet(const QString &suffix)
    {
        const QString copy = m_copies.filePath(m_set + u'-' + suffix);
        m_sandbox->runner().run(QStringLiteral("cp"),
            { QStringLiteral("-a"), QDir(m_sandbox->profile().backupRoot).filePath(m_set), copy });
        return copy;
    }

    static QJsonObject readManifest(const QString &set)
    {
        QFile file(QDir(set).filePath(QStringLiteral("manifest.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static void writeManifest(const QString &set, const QJsonObject &manifest)
    {
        QFile file(QDir(set).filePath(QStringLiteral("manifest.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
    }

    // Each part through `edit`, by its index.
    static void editParts(const QString &set, const std::function<void(QJsonObject &part)> &edit)
    {
        QJsonObject manifest = readManifest(set);
        QJsonArray parts = manifest.value(QLatin1String("parts")).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QJsonObject part = parts[i].toObject();
            edit(part);
            parts[i] = part;
        }
        manifest.insert(QStringLiteral("parts"), parts);
        writeManifest(set, manifest);
    }

    // What the red team did after each edit: every file SHA256SUMS lists
    // hashed again, so that the checksums match.
    static void recomputeChecksums(const QString &set) { QVERIFY(SetMutation::recomputeChecksums(set)); }

    // Every file of every node (but logs and locks), the GDS, the shared
    // directories, the forms database and the victim directory outside.
    RestoredTree::Digests state() const
    {
        RestoredTree::Digests all;
        auto add = [&all](const QString &label, const RestoredTree::Digests &files) {
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                all.insert(label + u'/' + it.key(), it.value());
        };
        const ClusterProfile &profile = m_sandbox->profile();
        for (const NodeProfile &node : profile.nodes)
            add(node.name,
                RestoredTree::without(RestoredTree::actual(node.repository),
                    { QStringLiteral(".lock"), QStringLiteral("logs/") }));
        add(QStringLiteral("gds"), RestoredTree::actual(profile.gds));
        add(QStringLiteral("connectors"), RestoredTree::actual(profile.connectors));
        for (const QString &fonts : profile.fonts)
            add(fonts, RestoredTree::actual(fonts));
        add(QStringLiteral("storage"), RestoredTree::actual(profile.contentStorageRoot));
        add(QStringLiteral("outside"), RestoredTree::actual(m_outside.path()));
        for (const DatabaseProfile &database : profile.databases) {
            QFile file(database.path);
            if (database.path.isEmpty() || !file.open(QIODevice::ReadOnly))
                continue;
            Sha256 hash;
            hash.addData(file.readAll());
            all.insert(QStringLiteral("database/") + database.name, QString::fromLatin1(hash.hexResult()));
        }
        return all;
    }

    bool allRunning() const
    {
        const auto statuses = NodeController(m_sandbox->profile()).statusOfAll();
        return std::all_of(
            statuses.begin(), statuses.end(), [](const NodeStatus &status) { return status.running; });
    }

    void expectDamaged(const QString &set, const QString &message)
    {
        const CommandResult verified = verify(set);
        QVERIFY2(verified.exitCode == 3,
            qPrintable(QString::number(verified.exitCode) + u'\n' + verified.out + verified.err));
        QVERIFY2(verified.out.contains(message), qPrintable(verified.out + verified.err));
    }

    void expectRefusedAndUnchanged(
        const QString &scenario, const QStringList &options, int exitCode, const QString &message)
    {
        const RestoredTree::Digests before = state();
        QVERIFY(before.size() > 20);
        const CommandResult result = run(scenario, options);
        QVERIFY2(result.exitCode == exitCode,
            qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2((result.out + result.err).contains(message), qPrintable(result.out + result.err));
        QVERIFY(allRunning());
        QCOMPARE(state(), before);
        QVERIFY(Quarantine::list(m_sandbox->profile()).isEmpty());
    }

    // Victim files outside the cluster, where a hostile manifest points.
    QString victim(const QString &name)
    {
        const QString directory = m_outside.filePath(name);
        QDir().mkpath(directory);
        for (int i = 0; i < 3; ++i) {
            QFile file(QDir(directory).filePath(QStringLiteral("precious-%1.txt").arg(i)));
            if (file.open(QIODevice::WriteOnly))
                file.write("not Lifeboat's to move " + QByteArray::number(i) + '\n');
        }
        return directory;
    }

    // Appends what `add` makes under `work` to the set's node-identity
    // archive (tar options in `tarOptions`), then recomputes SHA256SUMS.
    void appendToIdentityArchive(const QString &set, const QString &work, const QStringList &tarOptions)
    {
        CommandRunner &runner = m_sandbox->runner();
        const QString archive = QDir(set).filePath(QStringLiteral("node-identity.tar.zst"));
        const QString tar = QDir(work).filePath(QStringLiteral("identity.tar"));
        QCOMPARE(runner
                     .run(QStringLiteral("zstd"),
                         { QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("-f"), archive,
                             QStringLiteral("-o"), tar })
                     .exitCode,
            0);
        const CommandResult appended = runner.run(QStringLiteral("tar"),
            QStringList{ QStringLiteral("-P"), QStringLiteral("-rf"), tar } + tarOptions);
        QVERIFY2(appended.exitCode == 0, qPrintable(appended.err));
        QCOMPARE(runner
                     .run(QStringLiteral("zstd"),
                         { QStringLiteral("-q"), QStringLiteral("-f"), tar, QStringLiteral("-o"), archive })
                     .exitCode,
            0);
        recomputeChecksums(set);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{ QStringLiteral("--size-mb"),
            QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_set = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QVERIFY(!m_sandbox->profile().contentStorageRoot.isEmpty());
        QVERIFY(!m_sandbox->profile().connectors.isEmpty());
        QVERIFY(!m_sandbox->profile().fonts.isEmpty());
    }

    // Point 1: the red team's probe. A source's archivePath leads out of
    // the Content Storage Root into a victim directory.
    void anArchivePathOutsideItsPartIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("outside"));
        const QString target = victim(QStringLiteral("victimdir"));
        const QString climbing = QDir(m_sandbox->profile().contentStorageRoot).relativeFilePath(target);
        QVERIFY(climbing.startsWith(QLatin1String("../")));
        editParts(set, [&climbing](QJsonObject &part) {
            if (part.value(QLatin1String("kind")).toString() != QLatin1String("content-storage-root"))
                return;
            QJsonArray sources = part.value(QLatin1String("sources")).toArray();
            QJsonObject first = sources[0].toObject();
            first.insert(QStringLiteral("archivePath"), climbing);
            sources[0] = first;
            part.insert(QStringLiteral("sources"), sources);
        });
        recomputeChecksums(set);
        expectDamaged(set, QStringLiteral(".sources[0].archivePath is \"%1\"").arg(climbing));
        expectRefusedAndUnchanged(QStringLiteral("rehearse-restore"),
            { QStringLiteral("--backup-set"), set, QStringLiteral("--into"),
                m_copies.filePath(QStringLiteral("rehearsal")) },
            2, QStringLiteral("cannot be trusted"));
        expectRefusedAndUnchanged(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), set },
            2, QStringLiteral("cannot be trusted"));
        QCOMPARE(QDir(target).entryList(QDir::Files).size(), 3);
    }

    // Point 1: a database's archivePath pointing outside.
    void aDatabaseArchivePathOutsideIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("database-outside"));
        const QString target
            = QDir(victim(QStringLiteral("database"))).filePath(QStringLiteral("precious-0.txt"));
        const QString climbing = QStringLiteral("../../../../../../../..") + target;
        editParts(set, [&climbing](QJsonObject &part) {
            if (part.value(QLatin1String("kind")).toString() == QLatin1String("database"))
                part.insert(QStringLiteral("sources"),
                    QJsonArray{ QJsonObject{ { QStringLiteral("path"), climbing },
                        { QStringLiteral("archivePath"), climbing } } });
        });
        recomputeChecksums(set);
        expectDamaged(
            set, QStringLiteral("is \"%1\", which is not a relative path inside the set").arg(climbing));
        expectRefusedAndUnchanged(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), set },
            2, QStringLiteral("cannot be trusted"));
    }

    // Point 2: parts without sources turned node2's 25 files into 4.
    void partsWithoutSourcesAreRefused()
    {
        const QString set = copyOfSet(QStringLiteral("no-sources"));
        editParts(set, [](QJsonObject &part) { part.remove(QStringLiteral("sources")); });
        recomputeChecksums(set);
        expectDamaged(set, QStringLiteral(".sources is empty, so nothing says where the"));
        const int files
            = int(RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository).size());
        QVERIFY(files > 10);
        expectRefusedAndUnchanged(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
                QStringLiteral("--backup-set"), set },
            2, QStringLiteral("cannot be trusted"));
        QCOMPARE(
            int(RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository).size()), files);
    }

    // Point 2: a connectors part relabelled as fonts emptied the fonts.
    void aConnectorsPartRelabelledAsFontsIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("relabelled"));
        editParts(set, [](QJsonObject &part) {
            if (part.value(QLatin1String("kind")).toString() == QLatin1String("connectors"))
                part.insert(QStringLiteral("kind"), QStringLiteral("fonts"));
        });
        recomputeChecksums(set);
        expectDamaged(set, QStringLiteral("is \"connectors\", which a part of kind \"fonts\" never has"));
        expectRefusedAndUnchanged(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), set },
            2, QStringLiteral("cannot be trusted"));
    }

    // Point 2: a database file name the archive does not hold.
    void aDatabaseFileNotInItsArchiveIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("database-name"));
        editParts(set, [](QJsonObject &part) {
            if (part.value(QLatin1String("kind")).toString() != QLatin1String("database"))
                return;
            QJsonArray sources = part.value(QLatin1String("sources")).toArray();
            QJsonObject first = sources[0].toObject();
            first.insert(QStringLiteral("archivePath"), QStringLiteral("elsewhere.sqlite"));
            sources[0] = first;
            part.insert(QStringLiteral("sources"), sources);
        });
        recomputeChecksums(set);
        expectDamaged(set,
            QStringLiteral("is \"elsewhere.sqlite\", which is not among the files of part database-forms"));
        expectRefusedAndUnchanged(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), set },
            2, QStringLiteral("cannot be trusted"));
    }

    // Point 6: an unsafe entry inside an otherwise listed archive, the
    // checksums recomputed. The restore stopped node2 and quarantined its
    // files before it found out.
    void unsafeArchiveEntriesAreRefusedBeforeAnyNodeIsTouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a pipe") << "fifo"
                                << "node2/pipe: is a device, pipe or other special file";
        QTest::newRow("climbing out")
            << "dotdot"
            << "../escape: would land outside the target (an absolute path or \"..\")";
        QTest::newRow("absolute") << "absolute"
                                  << "would land outside the target (an absolute path";
        QTest::newRow("a link out") << "link"
                                    << "node2/link: is a link to \"/etc\", outside the target";
    }

    void unsafeArchiveEntriesAreRefusedBeforeAnyNodeIsTouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        const QString set = copyOfSet(QStringLiteral("entry-") + kind);
        QTemporaryDir work;
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("evil/node2"))));
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("evil/inner"))));
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("evil/escape"))));
        const QString evil = work.filePath(QStringLiteral("evil"));
        QStringList tarOptions;
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(m_sandbox->runner()
                         .run(QStringLiteral("mkfifo"), { work.filePath(QStringLiteral("evil/node2/pipe")) })
                         .exitCode,
                0);
            tarOptions = { QStringLiteral("-C"), evil, QStringLiteral("node2/pipe") };
        } else if (kind == QLatin1String("dotdot")) {
            tarOptions = { QStringLiteral("--no-recursion"), QStringLiteral("-C"),
                work.filePath(QStringLiteral("evil/inner")), QStringLiteral("../escape") };
        } else if (kind == QLatin1String("absolute")) {
            tarOptions = { QStringLiteral("--no-recursion"), work.filePath(QStringLiteral("evil/escape")) };
        } else {
            QVERIFY(QFile::link(QStringLiteral("/etc"), work.filePath(QStringLiteral("evil/node2/link"))));
            tarOptions = { QStringLiteral("-C"), evil, QStringLiteral("node2/link") };
        }
        appendToIdentityArchive(set, work.path(), tarOptions);
        expectDamaged(set, problem);
        expectRefusedAndUnchanged(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), set }, 3,
            QStringLiteral("is damaged, so nothing was restored and every node is as it was"));
    }

    // Point 6: upper-case SHA-256 values passed verify and failed after the
    // stop. The rule: accepted in either case, by verify and by the restore.
    void upperCaseSha256IsAcceptedByVerifyAndRestore()
    {
        const QString set = copyOfSet(QStringLiteral("upper-case"));
        editParts(set, [](QJsonObject &part) {
            QJsonArray files = part.value(QLatin1String("files")).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QJsonObject file = files[i].toObject();
                file.insert(
                    QStringLiteral("sha256"), file.value(QLatin1String("sha256")).toString().toUpper());
                files[i] = file;
            }
            part.insert(QStringLiteral("files"), files);
        });
        recomputeChecksums(set);
        QFile sums(QDir(set).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QByteArray upper;
        for (const QByteArray &line : sums.readAll().split('\n')) {
            if (!line.isEmpty())
                upper += line.left(64).toUpper() + line.mid(64) + '\n';
        }
        sums.close();
        QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sums.write(upper);
        sums.close();
        const CommandResult verified = verify(set);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const CommandResult restored = run(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), set });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY(allRunning());
    }

    // Point 9: a set folder without its manifest is a damaged set, not a
    // wrong argument.
    void aMissingManifestIsADamagedSet()
    {
        const QString set = copyOfSet(QStringLiteral("no-manifest"));
        QVERIFY(QFile::remove(QDir(set).filePath(QStringLiteral("manifest.json"))));
        expectDamaged(set,
            QStringLiteral("manifest.json: is missing, so nothing in the set can be checked or restored"));
    }

    // Point 5: a pipe in place of one of the set's small files. Before the
    // fix `lifeboat verify` opened it and waited for a writer for ever.
    void aPipeInPlaceOfTheSetsOwnFilesIsNeverOpened_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("SHA256SUMS") << QStringLiteral("SHA256SUMS");
        QTest::newRow("manifest.json") << QStringLiteral("manifest.json");
    }

    void aPipeInPlaceOfTheSetsOwnFilesIsNeverOpened()
    {
        QFETCH(QString, file);
        const QString set = copyOfSet(QStringLiteral("pipe-") + file);
        const QString path = QDir(set).filePath(file);
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        QElapsedTimer timer;
        timer.start();
        expectDamaged(set, file + QStringLiteral(": is not a regular file, so it was not read"));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        // Nor does the list of sets read it: it lists the set from its
        // summary (which SHA256SUMS vouches for), or, with a pipe in place of
        // SHA256SUMS, from its manifest; either way it returns.
        timer.restart();
        QVERIFY(BackupSetCatalog::load(set).manifestReadable);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    // The list of sets does not take a manifest that breaks the rules as a
    // readable set (it would offer it for a restore, and size archives
    // outside the set), nor a summary that names such an archive: the red
    // team wrote both, and the checksums to match.
    void theCatalogDoesNotListAHostileManifestAsReadable()
    {
        const QString set = copyOfSet(QStringLiteral("catalog"));
        QVERIFY(BackupSetCatalog::load(set).manifestReadable);
        editParts(set, [](QJsonObject &part) { part.insert(QStringLiteral("archive"), QStringLiteral("../../etc/passwd")); });
        QFile summary(QDir(set).filePath(QStringLiteral("summary.json")));
        QVERIFY(summary.open(QIODevice::WriteOnly | QIODevice::Truncate));
        summary.write(QJsonDocument(BackupSetManifest::summaryOf(readManifest(set), {})).toJson());
        summary.close();
        recomputeChecksums(set);
        const BackupSetCatalog::Set listed = BackupSetCatalog::load(set);
        QVERIFY(!listed.manifestReadable);
        QCOMPARE(listed.archiveBytes, 0);
    }

    // Point 1: the manifest is covered by SHA256SUMS, which sha256sum still checks by hand.
    void anEditedManifestFailsItsChecksum()
    {
        const QString intact = QDir(m_sandbox->profile().backupRoot).filePath(m_set);
        const CommandResult byHand = m_sandbox->runner().run(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("cd '%1' && sha256sum -c SHA256SUMS").arg(intact) });
        QVERIFY2(byHand.exitCode == 0 && byHand.out.contains(QStringLiteral("manifest.json: OK")),
            qPrintable(byHand.out + byHand.err));
        const QString set = copyOfSet(QStringLiteral("edited"));
        QJsonObject manifest = readManifest(set);
        manifest.insert(QStringLiteral("label"), QStringLiteral("edited by someone"));
        writeManifest(set, manifest);
        expectDamaged(set, QStringLiteral("manifest.json: SHA-256 differs from SHA256SUMS"));
    }

    // An older set, whose SHA256SUMS does not list its manifest, still reads:
    // reported as such, not as damaged.
    void anOlderSetWithoutTheManifestChecksumIsReportedNotDamaged()
    {
        const QString set = copyOfSet(QStringLiteral("older"));
        QFile sums(QDir(set).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QByteArray kept;
        for (const QByteArray &line : sums.readAll().split('\n')) {
            if (!line.isEmpty() && !line.endsWith("  manifest.json"))
                kept += line + '\n';
        }
        sums.close();
        QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sums.write(kept);
        sums.close();
        const CommandResult verified = verify(set);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("manifest.json is not listed in SHA256SUMS")),
            qPrintable(verified.out + verified.err));
    }

    // Point 2: a restore never puts an empty directory in place of one the
    // set does not hold. A fonts directory the profile gained after the set
    // was made used to be emptied (its files to the quarantine), exit 0.
    // Last: it restores the cluster.
    void aFontsDirectoryTheSetDoesNotHoldIsLeftAsItIs()
    {
        const QString added = m_sandbox->path(QStringLiteral("shared/fonts-added"));
        QVERIFY(QDir().mkpath(added));
        QFile font(QDir(added).filePath(QStringLiteral("added-Regular.ttf")));
        QVERIFY(font.open(QIODevice::WriteOnly));
        font.write("a font added after the backup\n");
        font.close();
        QFile profile(m_sandbox->path(QStringLiteral("cluster.json")));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        const QByteArray original = profile.readAll();
        profile.close();
        QJsonObject json = QJsonDocument::fromJson(original).object();
        QJsonArray fonts = json.value(QLatin1String("fonts")).toArray();
        QCOMPARE(fonts.size(), 1);
        fonts.append(added);
        json.insert(QStringLiteral("fonts"), fonts);
        QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        profile.write(QJsonDocument(json).toJson());
        profile.close();
        const RestoredTree::Digests before = RestoredTree::actual(added);
        const CommandResult restored
            = run(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), m_set });
        QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        profile.write(original);
        profile.close();
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(RestoredTree::actual(added), before);
        QVERIFY(!RestoredTree::actual(m_sandbox->profile().fonts.first()).isEmpty());
        QVERIFY(allRunning());
    }
};

QTEST_GUILESS_MAIN(TestHostileSets)
#include "tst_hostilesets.moc"
