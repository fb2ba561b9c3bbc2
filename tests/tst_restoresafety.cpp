// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"
#include "support/SandboxStop.h"

#include <cluster/NodeController.h>
#include <restore/PartExtractor.h>
#include <restore/Quarantine.h>
#include <restore/RestoredTree.h>
#include <run/RunRecord.h>
#include <scenarios/RollbackRestoreScenario.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Each safety rule of a restore, shown failing safe on a real sandbox: a
// damaged, incomplete or mismatched set stops the restore while every node
// is as it was; what a restore replaces is kept in the quarantine, listed,
// purged only on request, and a restore can be rolled back from it; archive
// entries that would land outside the target are refused; not enough space
// is a failed check; a topology that differs from the profile needs an
// acknowledgement.
class TestRestoreSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_copies; // damaged copies live outside the backup root, never chosen by default
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_set;

    CommandResult run(const QString &scenario, const QStringList &options = {})
    {
        return m_sandbox->runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
                                                        QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                                        QStringLiteral("--yes")}
                                            + options);
    }

    QString setDirectory(const QString &set) const { return QDir(m_sandbox->profile().backupRoot).filePath(set); }

    // A copy of the good set under another id, to damage.
    QString copyOfSet(const QString &suffix)
    {
        const QString copy = m_copies.filePath(m_set + u'-' + suffix);
        m_sandbox->runner().run(QStringLiteral("cp"), {QStringLiteral("-a"), setDirectory(m_set), copy});
        return copy;
    }

    // Every file of every node (but their logs and locks) and of the GDS: what "unchanged" means.
    RestoredTree::Digests clusterState() const
    {
        RestoredTree::Digests state;
        for (const NodeProfile &node : m_sandbox->profile().nodes) {
            const auto files = RestoredTree::without(RestoredTree::actual(node.repository), {QStringLiteral(".lock"), QStringLiteral("logs/")});
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                state.insert(node.name + u'/' + it.key(), it.value());
        }
        const auto gds = RestoredTree::actual(m_sandbox->profile().gds);
        for (auto it = gds.cbegin(); it != gds.cend(); ++it)
            state.insert(QStringLiteral("gds/") + it.key(), it.value());
        return state;
    }

    bool allRunning() const
    {
        const auto statuses = NodeController(m_sandbox->profile()).statusOfAll();
        return std::all_of(statuses.begin(), statuses.end(), [](const NodeStatus &status) { return status.running; });
    }

    static void editManifest(const QString &set, const std::function<void(QJsonObject &)> &edit)
    {
        QFile file(QDir(set).filePath(QStringLiteral("manifest.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        edit(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
    }

    void expectRefusedAndUnchanged(const QStringList &runArguments, const QString &scenario, int exitCode, const QString &message)
    {
        const RestoredTree::Digests before = clusterState();
        const CommandResult result = run(scenario, runArguments);
        QVERIFY2(result.exitCode == exitCode, qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2((result.out + result.err).contains(message), qPrintable(result.out + result.err));
        QVERIFY(allRunning());
        QCOMPARE(clusterState(), before);
        QVERIFY(Quarantine::list(m_sandbox->profile()).isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--size-mb"), QStringLiteral("4"),
                                                                 QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_set = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
    }

    void aDamagedSetStopsTheRestoreBeforeAnyNodeIsTouched()
    {
        const QString copy = copyOfSet(QStringLiteral("damaged"));
        QFile archive(QDir(copy).filePath(QStringLiteral("repository-node2.tar.zst")));
        QVERIFY(archive.open(QIODevice::ReadWrite));
        archive.seek(archive.size() / 2);
        const QByteArray bytes = archive.read(64);
        archive.seek(archive.size() / 2);
        QByteArray flipped = bytes;
        for (char &byte : flipped)
            byte = char(~byte);
        archive.write(flipped);
        archive.close();
        expectRefusedAndUnchanged({QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
                                   QStringLiteral("--backup-set"), copy},
                                  QStringLiteral("restore-node"), 3, QStringLiteral("is damaged, so nothing was restored and every node is as it was"));
    }

    // Issue 16: a part unpacked whole before anything changes is read once:
    // the verification checks the records, the unpacking each file against
    // the manifest and the archive against SHA256SUMS. A file that does not
    // match its manifest, with SHA256SUMS rewritten to match (so that only
    // the files can tell), stops the restore in the unpacking: after the
    // verification passed, before any node is touched, and as a damaged set
    // (exit code 3, as when the verification finds it; it was 1).
    void aPartUnpackedBeforeAnythingChangesIsReadOnceAndStillChecked()
    {
        const QString copy = copyOfSet(QStringLiteral("rewritten"));
        QString changed;
        editManifest(copy, [&changed](QJsonObject &manifest) {
            QJsonArray parts = manifest.value(QStringLiteral("parts")).toArray();
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QJsonObject part = parts[i].toObject();
                if (part.value(QStringLiteral("name")).toString() != QLatin1String("repository-node2"))
                    continue;
                QJsonArray files = part.value(QStringLiteral("files")).toArray();
                QJsonObject file = files[0].toObject();
                changed = file.value(QStringLiteral("path")).toString();
                file.insert(QStringLiteral("sha256"), QString(64, u'0'));
                files[0] = file;
                part.insert(QStringLiteral("files"), files);
                parts[i] = part;
            }
            manifest.insert(QStringLiteral("parts"), parts);
        });
        QVERIFY(!changed.isEmpty());
        // SHA256SUMS made to agree with the changed manifest.
        QFile manifestFile(QDir(copy).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QByteArray manifestSum = QCryptographicHash::hash(manifestFile.readAll(), QCryptographicHash::Sha256).toHex();
        QFile sums(QDir(copy).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = sums.readAll().split('\n');
        sums.close();
        bool replaced = false;
        for (QByteArray &line : lines) {
            if (line.endsWith("  manifest.json")) {
                line = manifestSum + "  manifest.json";
                replaced = true;
            }
        }
        QVERIFY(replaced);
        QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sums.write(lines.join('\n'));
        sums.close();

        const QStringList before = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        expectRefusedAndUnchanged({QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
                                   QStringLiteral("--backup-set"), copy},
                                  QStringLiteral("restore-node"), 3, QStringLiteral("does not match the manifest"));
        QStringList after = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &old : before)
            after.removeAll(old);
        QCOMPARE(after.size(), 1);
        const RunRecord record = RunRecord::load(QDir(m_runs.path()).filePath(after.first()));
        // The order of events: verified (archives only), then the unpacking
        // found the file, and nothing after it ran.
        QCOMPARE(record.steps.first().kind, QStringLiteral("verify-backup-set"));
        QCOMPARE(record.steps.first().result, QStringLiteral("ok"));
        qsizetype failed = -1;
        for (qsizetype i = 0; i < record.steps.size(); ++i) {
            if (record.steps[i].result == QLatin1String("failed"))
                failed = i;
        }
        QVERIFY(failed > 0);
        QCOMPARE(record.steps[failed].kind, QStringLiteral("unpack-part"));
        QVERIFY2(record.steps[failed].message.contains(changed), qPrintable(record.steps[failed].message));
        QVERIFY2(record.steps[failed].message.contains(QStringLiteral("is damaged, so nothing was restored and every node is as it was")),
                 qPrintable(record.steps[failed].message));
        for (qsizetype i = failed + 1; i < record.steps.size(); ++i)
            QVERIFY2(!record.steps[i].started, qPrintable(record.steps[i].title));
    }

    void anIncompleteSetStopsTheRestoreBeforeAnyNodeIsTouched()
    {
        const QString copy = copyOfSet(QStringLiteral("incomplete"));
        QVERIFY(QFile::remove(QDir(copy).filePath(QStringLiteral("gds.tar.zst"))));
        expectRefusedAndUnchanged({QStringLiteral("--backup-set"), copy}, QStringLiteral("restore-cluster"), 3,
                                  QStringLiteral("the archive is missing"));
    }

    void aSetOfAnotherClusterIsRefused()
    {
        SandboxFixture other({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0"),
                              QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY(other.created());
        const CommandResult backup = other.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), other.path(QStringLiteral("cluster.json")),
                                                              QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes"),
                                                              QStringLiteral("--report-dir"), m_runs.path()});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QString otherSet = QDir(other.profile().backupRoot).filePath(QDir(other.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0));
        expectRefusedAndUnchanged({QStringLiteral("--backup-set"), otherSet}, QStringLiteral("restore-cluster"), 2,
                                  QStringLiteral("was made of another cluster"));
    }

    void aSetThatDoesNotKnowTheNodeIsRefused()
    {
        const QString copy = copyOfSet(QStringLiteral("other-node"));
        editManifest(copy, [](QJsonObject &manifest) {
            QJsonObject topology = manifest.value(QLatin1String("topology")).toObject();
            QJsonArray nodes;
            for (const QJsonValue &node : topology.value(QLatin1String("nodes")).toArray()) {
                if (node[QLatin1String("name")].toString() != QLatin1String("node3"))
                    nodes.append(node);
            }
            topology.insert(QStringLiteral("nodes"), nodes);
            manifest.insert(QStringLiteral("topology"), topology);
        });
        expectRefusedAndUnchanged({QStringLiteral("--node"), QStringLiteral("node3"), QStringLiteral("--backup-set"), copy},
                                  QStringLiteral("restore-node"), 2, QStringLiteral("holds no cluster node id of node3"));
    }

    void anotherPatchLevelIsRefused()
    {
        QFile level(m_sandbox->node(QStringLiteral("node2")).patchLevelFile);
        QVERIFY(level.open(QIODevice::ReadOnly));
        const QByteArray recorded = level.readAll();
        level.close();
        QVERIFY(level.open(QIODevice::WriteOnly | QIODevice::Truncate));
        level.write("AEM Forms on JEE 6.5.22.0\n");
        level.close();
        expectRefusedAndUnchanged({QStringLiteral("--node"), QStringLiteral("node2")}, QStringLiteral("restore-node"), 2,
                                  QStringLiteral("node2 is at \"AEM Forms on JEE 6.5.22.0\", but the backup was made at \"AEM Forms on JEE 6.5.21.0\""));
        QVERIFY(level.open(QIODevice::WriteOnly | QIODevice::Truncate));
        level.write(recorded);
    }

    void aTopologyUnlikeTheProfileNeedsAnAcknowledgement()
    {
        const QString marker = m_sandbox->node(QStringLiteral("node2")).repository + QStringLiteral("/repository/clustered.txt");
        QFile file(marker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cluster master node2\n");
        file.close();
        expectRefusedAndUnchanged({QStringLiteral("--node"), QStringLiteral("node3")}, QStringLiteral("restore-node"), 2,
                                  QStringLiteral("node2 is a secondary in the profile but holds clustered.txt"));
        const CommandResult acknowledged = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node3"),
                                                                               QStringLiteral("--accept-warnings")});
        QVERIFY2(acknowledged.exitCode == 0, qPrintable(acknowledged.out + acknowledged.err));
        QVERIFY(QFile::remove(marker));
        QVERIFY(allRunning());
    }

    void unsafeArchiveEntriesAreRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("why");
        QTest::newRow("climbing out") << "../outside.txt" << "would land outside the target";
        QTest::newRow("absolute") << "ABSOLUTE" << "would land outside the target";
        QTest::newRow("a link out") << "link" << "is a link to";
    }

    void unsafeArchiveEntriesAreRefused()
    {
        QFETCH(QString, entry);
        QFETCH(QString, why);
        QTemporaryDir work;
        const QString source = work.filePath(QStringLiteral("source"));
        const QString target = work.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/inner")));
        const QString outside = work.filePath(QStringLiteral("source/outside.txt"));
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("written where it must not be\n");
        file.close();
        QString member = entry;
        if (entry == QLatin1String("ABSOLUTE"))
            member = outside;
        if (entry == QLatin1String("link"))
            QVERIFY(QFile::link(QStringLiteral("/etc"), source + QStringLiteral("/inner/link")));
        const QString archive = work.filePath(QStringLiteral("evil.tar.zst"));
        // GNU tar keeps "..", absolute names and links only when told to (-P).
        const QString directory = entry == QLatin1String("link") ? source : source + QStringLiteral("/inner");
        const CommandResult tar = m_sandbox->runner().run(QStringLiteral("tar"), {QStringLiteral("-P"), QStringLiteral("--zstd"), QStringLiteral("-C"), directory,
                                                                                 QStringLiteral("-cf"), archive, entry == QLatin1String("link") ? QStringLiteral("inner") : member});
        QVERIFY2(tar.exitCode == 0, qPrintable(tar.err));
        BackupPart part;
        PartExtractor extractor(archive, part);
        QVERIFY(!extractor.extractTo(target));
        QVERIFY2(extractor.errorString().contains(why), qPrintable(extractor.errorString()));
        QVERIFY(extractor.errorString().contains(QStringLiteral("Lifeboat refuses this archive")));
        QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("outside.txt"))));
        QVERIFY(RestoredTree::actual(target).isEmpty());
    }

    void notEnoughSpaceIsAFailedCheck()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small file system for this test needs root (installer/dev test runs as root)");
        QTemporaryDir mountPoint;
        const CommandRunner &runner = m_sandbox->runner();
        QCOMPARE(runner.run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64m"),
                                                      QStringLiteral("tmpfs"), mountPoint.path()}).exitCode, 0);
        // However the test ends: unmounted, after the nodes of this second
        // sandbox are stopped (the offline backup starts them at its end;
        // left running, they would outlive the test on a file system that
        // is gone).
        const auto unmount = qScopeGuard([&] { runner.run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint.path()}); });
        const QString cluster = mountPoint.filePath(QStringLiteral("cluster"));
        const SandboxStop stopNodes(runner, cluster);
        QCOMPARE(runner.lifeboat({QStringLiteral("sandbox"), QStringLiteral("create"), cluster, QStringLiteral("--size-mb"), QStringLiteral("4"),
                                  QStringLiteral("--activity"), QStringLiteral("0")}).exitCode, 0);
        const QString profile = cluster + QStringLiteral("/cluster.json");
        const QStringList common{QStringLiteral("--profile"), profile, QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()};
        const CommandResult backup = runner.lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("backup-offline")} + common);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        // Leave less room than the restore needs for its unpacked copies.
        const qint64 used = QStorageInfo(cluster).bytesTotal() - QStorageInfo(cluster).bytesAvailable();
        QCOMPARE(runner.run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=%1k").arg(used / 1024 + 256), mountPoint.path()}).exitCode, 0);
        const auto before = RestoredTree::actual(cluster + QStringLiteral("/nodes"));
        const CommandResult restore = runner.lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("restore-cluster")} + common);
        const auto after = RestoredTree::actual(cluster + QStringLiteral("/nodes"));
        QVERIFY2(restore.exitCode == 2, qPrintable(restore.out + restore.err));
        QVERIFY2(restore.out.contains(QStringLiteral("[FAIL] Enough free space for the restore")), qPrintable(restore.out));
        QCOMPARE(after, before);
    }

    // A rollback stops the nodes whose files go back, and every node only
    // when shared data goes back (or the undo log says nothing).
    void aRollbackStopsOnlyTheNodesItsUndoLogTouches()
    {
        const ClusterProfile &profile = m_sandbox->profile();
        const auto entry = [](const QString &original, const QString &database = {}) {
            Quarantine::Entry moved;
            moved.original = original;
            moved.stored = original + QStringLiteral(".kept");
            moved.database = database;
            return moved;
        };
        const NodeProfile &node2 = m_sandbox->node(QStringLiteral("node2"));
        const NodeProfile &publish = *profile.nodesWithRole(NodeRole::Publish).first();
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(node2.repository + QStringLiteral("/segmentstore")),
                                                                 entry(node2.bootstrapProperties)}),
                 QStringList{QStringLiteral("node2")});
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(node2.repository), entry(publish.repository)}),
                 (QStringList{QStringLiteral("node2"), publish.name}));
        // Not fooled by a sibling whose name starts the same.
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(node2.repository + QStringLiteral("-old"))}), profile.nodeNames());
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(node2.repository), entry(profile.gds)}), profile.nodeNames());
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(profile.contentStorageRoot)}), profile.nodeNames());
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {entry(QStringLiteral("lifeboat database"), QStringLiteral("lcdb"))}),
                 profile.nodeNames());
        QCOMPARE(RollbackRestoreScenario::touchedNodes(profile, {}), profile.nodeNames());
    }

    void whatARestoreReplacesIsKeptListedRolledBackAndPurged()
    {
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                             QStringLiteral("--node"), QStringLiteral("node2")}).exitCode, 0);
        const auto broken = RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository);
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY(RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository) != broken);

        const QString profile = m_sandbox->path(QStringLiteral("cluster.json"));
        const CommandResult listed = m_sandbox->runner().lifeboat({QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(runs.size(), 2); // and the acknowledged restore of node3 above
        const QString runId = runs.first()[QLatin1String("run")].toString();
        QCOMPARE(runs.first()[QLatin1String("scenario")].toString(), QStringLiteral("restore-node"));
        QVERIFY(runs.first()[QLatin1String("entries")].toArray().size() >= 5);

        const CommandResult rolledBack = run(QStringLiteral("rollback-restore"), {QStringLiteral("--run"), runId});
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.out + rolledBack.err));
        // As it was before the restore, byte for byte (its lock and log aside).
        const QStringList left{QStringLiteral(".lock"), QStringLiteral("logs/")};
        QCOMPARE(RestoredTree::without(RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository), left),
                 RestoredTree::without(broken, left));

        const CommandResult refused = m_sandbox->runner().lifeboat({QStringLiteral("quarantine"), QStringLiteral("purge"), QStringLiteral("--profile"), profile, QStringLiteral("--all")});
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(Quarantine::list(m_sandbox->profile()).size(), 3); // the rollback keeps what it moved aside too
        const CommandResult purged = m_sandbox->runner().lifeboat({QStringLiteral("quarantine"), QStringLiteral("purge"), QStringLiteral("--profile"), profile,
                                                                   QStringLiteral("--all"), QStringLiteral("--yes")});
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.out + purged.err));
        QVERIFY(Quarantine::list(m_sandbox->profile()).isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(m_sandbox->node(QStringLiteral("node2")).repository).absolutePath() + QStringLiteral("/.lifeboat-quarantine")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreSafety)
#include "tst_restoresafety.moc"
