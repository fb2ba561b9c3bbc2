// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/RestoreChecks.h"
#include "support/SandboxFixture.h"

#include <cluster/NodeController.h>
#include <backup/BackupSetManifest.h>
#include <restore/RestoreScratch.h>
#include <restore/RestoredTree.h>
#include <run/Change.h>
#include <run/Downtime.h>
#include <run/Journal.h>
#include <run/RunRecord.h>
#include <steps/StepKinds.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Every fault the training sandbox can inject, brought back by the matching
// recovery scenario through the real command line: repositories, database,
// GDS and identity files equal to the backup set (leaving out only what a
// node rewrites at start or the seed's procedure deletes), nodes running,
// the primary started before the others.
class TestRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_offlineSet;
    QString m_publishSet;
    QString m_documents;

    CommandResult lifeboat(const QStringList &arguments) { return m_sandbox->runner().lifeboat(arguments); }

    CommandResult run(const QString &scenario, const QStringList &options = {})
    {
        return lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
                                    QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                    QStringLiteral("--yes")}
                        + options);
    }

    QString newestSet() const
    {
        return QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
    }

    QString newestRun() const
    {
        const QStringList runs = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return runs.isEmpty() ? QString() : m_runs.filePath(runs.first());
    }

    QString documents() const { return Testing::documents(*m_sandbox); }
    QDateTime lastStart(const QString &node) const { return Testing::lastStart(*m_sandbox, node); }

    QString setDirectory(const QString &set) const { return QDir(m_sandbox->profile().backupRoot).filePath(set); }

    BackupSetManifest manifest(const QString &set) const
    {
        QString error;
        return BackupSetManifest::load(setDirectory(set), &error).value_or(BackupSetManifest());
    }

    // The set's author repository; on the primary, its secondary folder promoted.
    void verifyAuthorRepository(const QString &node)
    {
        const BackupSetManifest set = manifest(m_offlineSet);
        const BackupPart *part = set.authorRepository();
        QVERIFY(part && part->node == QLatin1String("node2"));
        const QStringList differences = repositoryDifference(*m_sandbox, set, node);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        // Its own identity, as recorded in the set.
        QFile id(m_sandbox->node(node).repository + QStringLiteral("/repository/cluster_node.id"));
        QVERIFY(id.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(id.readAll()).trimmed(), set.node(node)->clusterNodeId);
    }

    void verifyPublishRepository(const QString &node)
    {
        const QStringList differences = repositoryDifference(*m_sandbox, manifest(m_publishSet), node);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void verifyGds()
    {
        const QStringList differences = gdsDifference(*m_sandbox, manifest(m_offlineSet));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    // "On each node empty the Index Root, then copy backup-lucene-indexes (and
    // delete it) into it"; and no AEM forms temporary file is left.
    void verifyIndexRootsAndTemporaryFiles()
    {
        const BackupSetManifest set = manifest(m_offlineSet);
        const BackupPart *part = set.part(QStringLiteral("content-storage-root"));
        QVERIFY(part);
        const auto expected = RestoredTree::expected(*part, QStringLiteral("backup-lucene-indexes/"));
        for (const QString node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")}) {
            const NodeProfile &profile = m_sandbox->node(node);
            QVERIFY(!profile.indexRoot.isEmpty());
            const auto actual = RestoredTree::actual(profile.indexRoot);
            QVERIFY(!expected.isEmpty());
            QVERIFY2(expected == actual, qPrintable(node + QStringLiteral("'s Index Root\n") + RestoredTree::difference(expected, actual).join(u'\n')));
            for (const QString &temp : profile.tempDirectories)
                QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        }
        QVERIFY(!QFileInfo::exists(m_sandbox->profile().contentStorageRoot + QStringLiteral("/backup-lucene-indexes")));
        QVERIFY(QFileInfo::exists(m_sandbox->profile().contentStorageRoot + QStringLiteral("/lucene-indexes")));
    }

    void verifyRunningInOrder(const QStringList &restarted)
    {
        NodeController nodes(m_sandbox->profile());
        for (const NodeStatus &status : nodes.statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name + QStringLiteral(" is not running")));
        const QString primary = m_sandbox->profile().primary()->name;
        if (!restarted.contains(primary))
            return;
        for (const QString &node : restarted) {
            if (node != primary)
                QVERIFY2(lastStart(primary) < lastStart(node), qPrintable(node + QStringLiteral(" started before the primary")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--size-mb"), QStringLiteral("4"),
                                                                 QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_offlineSet = newestSet();
        QThread::msleep(1100); // set ids are per second
        backup = run(QStringLiteral("backup-publish"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_publishSet = newestSet();
        QVERIFY(m_offlineSet != m_publishSet);
        m_documents = documents();
        QVERIFY(m_documents.count(u'\n') > 5);
    }

    void everyRecoveryScenarioIsRegistered()
    {
        for (const char *id : {"restore-node", "restore-cluster", "recover-publish-node", "recover-publish-cluster"})
            QVERIFY2(ScenarioRegistry::find(QString::fromLatin1(id)), id);
    }

    void restoreNodeBringsBackEachNodeFault_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("node");
        QTest::addColumn<bool>("repositoryRestored");
        QTest::newRow("corrupt-repository on a secondary") << "corrupt-repository" << "node2" << true;
        QTest::newRow("corrupt-repository on the primary") << "corrupt-repository" << "node1" << true;
        QTest::newRow("delete-repository") << "delete-repository" << "node3" << true;
        QTest::newRow("missing-cluster-node-id") << "missing-cluster-node-id" << "node2" << false;
        QTest::newRow("stale-lock") << "stale-lock" << "node3" << false;
        QTest::newRow("crash") << "crash" << "node2" << false;
        QTest::newRow("lose-node on a secondary") << "lose-node" << "node3" << true;
        QTest::newRow("lose-node on the primary") << "lose-node" << "node1" << true;
    }

    void restoreNodeBringsBackEachNodeFault()
    {
        QFETCH(QString, fault);
        QFETCH(QString, node);
        QFETCH(bool, repositoryRestored);
        const CommandResult broken = m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), fault, QStringLiteral("--node"), node});
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.err));
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("Verify the backup set ") + m_offlineSet), qPrintable(restored.out));
        QCOMPARE(restored.out.contains(QStringLiteral("Move the repository, shared, version and workspaces")), repositoryRestored);
        // The node's temporary files went to the quarantine before it started.
        QVERIFY2(restored.out.contains(QStringLiteral("Move the AEM forms temporary files in ")), qPrintable(restored.out));
        for (const QString &temp : m_sandbox->node(node).tempDirectories)
            QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        const bool primary = node == QLatin1String("node1");
        verifyRunningInOrder(primary ? QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")} : QStringList{node});
        if (repositoryRestored)
            verifyAuthorRepository(node);
        QCOMPARE(documents(), m_documents);
        QVERIFY(!NodeController(m_sandbox->profile()).status(m_sandbox->node(node)).repositoryUnsync);
    }

    void restoreClusterBringsBackSharedDataAndEveryNode_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QStringList>("nodes");
        QTest::newRow("lose-gds-files") << QStringList{QStringLiteral("lose-gds-files")} << QStringList{QString()};
        QTest::newRow("corrupt-database") << QStringList{QStringLiteral("corrupt-database")} << QStringList{QString()};
        QTest::newRow("lose-node on every node") << QStringList(3, QStringLiteral("lose-node"))
                                                 << QStringList{QStringLiteral("node2"), QStringLiteral("node3"), QStringLiteral("node1")};
    }

    void restoreClusterBringsBackSharedDataAndEveryNode()
    {
        QFETCH(QStringList, faults);
        QFETCH(QStringList, nodes);
        for (qsizetype i = 0; i < faults.size(); ++i) {
            QStringList arguments{QStringLiteral("--fault"), faults[i]};
            if (!nodes[i].isEmpty())
                arguments << QStringLiteral("--node") << nodes[i];
            const CommandResult broken = m_sandbox->sandbox(QStringLiteral("break"), arguments);
            QVERIFY2(broken.exitCode == 0, qPrintable(broken.err));
        }
        if (faults.first() == QLatin1String("corrupt-database"))
            QVERIFY(documents() != m_documents);
        const CommandResult restored = run(QStringLiteral("restore-cluster"), {QStringLiteral("--backup-set"), m_offlineSet});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        verifyRunningInOrder({QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")});
        for (const QString &node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")})
            verifyAuthorRepository(node);
        verifyGds();
        verifyIndexRootsAndTemporaryFiles();
        QCOMPARE(documents(), m_documents);
    }

    // A set made in rolling backup mode restores a database that records the
    // mode; the restore leaves it once the cluster is up, as the seed says.
    void restoreClusterFromARollingSetLeavesRollingBackupMode()
    {
        QThread::msleep(1100); // set ids are per second
        CommandResult backup = run(QStringLiteral("backup-rolling"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QString rollingSet = newestSet();
        const CommandResult restored = run(QStringLiteral("restore-cluster"), {QStringLiteral("--backup-set"), rollingSet});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.steps.last().kind, QStringLiteral("leave-backup-mode"));
        QCOMPARE(record.steps.last().result, QStringLiteral("ok"));
        QCOMPARE(record.steps.last().changes.size(), 1); // it was in the mode, and left it
        verifyRunningInOrder({QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")});
        const CommandResult status = m_sandbox->sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        for (const QJsonValue &node : QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("nodes")).toArray())
            QVERIFY2(!node[QLatin1String("backupModeActive")].toBool(), qPrintable(node[QLatin1String("name")].toString()));
    }

    void recoverPublishNodeRestoresItsRepository()
    {
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("delete-repository"),
                                                             QStringLiteral("--node"), QStringLiteral("publish1")}).exitCode, 0);
        const CommandResult restored = run(QStringLiteral("recover-publish-node"), {QStringLiteral("--node"), QStringLiteral("publish1")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY2(restored.out.contains(QStringLiteral("Verify the backup set ") + m_publishSet), qPrintable(restored.out));
        QVERIFY(restored.out.contains(QStringLiteral("Hold publishing until publish1 is back")));
        verifyRunningInOrder({});
        verifyPublishRepository(QStringLiteral("publish1"));
    }

    void recoverPublishClusterStartsTheAuthorsFirst()
    {
        for (const QString node : {QStringLiteral("publish1"), QStringLiteral("publish2")})
            QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                                 QStringLiteral("--node"), node}).exitCode, 0);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const CommandResult restored = run(QStringLiteral("recover-publish-cluster"));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        verifyRunningInOrder({QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3")});
        for (const QString node : {QStringLiteral("publish1"), QStringLiteral("publish2")}) {
            QVERIFY(lastStart(node) > before);
            QVERIFY2(lastStart(node) > lastStart(QStringLiteral("node3")), "publish nodes start after the author cluster");
            verifyPublishRepository(node);
        }
    }

    void aRestoreKilledAnywhereResumesToTheSameResult()
    {
        // At every step boundary, and in the middle of moving paths to the
        // quarantine and of swapping the restored copy in.
        const QString node = QStringLiteral("node2");
        QStringList points{QStringLiteral("quarantined:repository"), QStringLiteral("placed:clusterNode"),
                           QStringLiteral("left-out:listener.properties"), QStringLiteral("quarantined:listener.properties")};
        for (int i = 0; i < 12; ++i)
            points << QStringLiteral("started:main:%1").arg(i) << QStringLiteral("ended:main:%1").arg(i);
        for (const QString &point : points) {
            QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                                 QStringLiteral("--node"), node}).exitCode, 0);
            // One in what the swap keeps, for the quarantine after it.
            QFile listener(m_sandbox->node(node).repository + QStringLiteral("/logs/listener.properties"));
            QVERIFY(listener.open(QIODevice::WriteOnly) && listener.write("listener.enabled=true\n") > 0);
            listener.close();
            m_sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), point);
            const CommandResult killed = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--backup-set"), m_offlineSet});
            m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
            const bool named = !point.startsWith(QLatin1String("started:")) && !point.startsWith(QLatin1String("ended:"));
            QVERIFY2(!named || killed.exitCode != 0, qPrintable(point + QStringLiteral(": never reached")));
            if (killed.exitCode == 0)
                continue; // the plan has fewer steps than this point
            QVERIFY2(killed.exitCode == -1, qPrintable(point + QStringLiteral(": exit %1\n").arg(killed.exitCode) + killed.out + killed.err));
            const CommandResult resumed = lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
            QVERIFY2(resumed.exitCode == 0, qPrintable(point + u'\n' + resumed.out + resumed.err));
            verifyRunningInOrder({node});
            verifyAuthorRepository(node);
            QVERIFY2(!QFileInfo::exists(QFileInfo(m_sandbox->node(node).repository).absolutePath() + QStringLiteral("/.lifeboat-restore-")
                                        + QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0)),
                     qPrintable(point + QStringLiteral(": scratch left behind")));
        }
    }

    // The seed deletes revision.log, .lock, system.id and every
    // listener.properties once the repository is restored. Searching a
    // whole repository for them takes seconds while the node is down, so
    // they leave the unpacked copy while it serves, and after the swap
    // only what stayed in place (its logs) is searched.
    void theRuntimeFilesLeaveTheCopyBeforeTheNodeStops()
    {
        const QString node = QStringLiteral("node2");
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                             QStringLiteral("--node"), node}).exitCode, 0);
        const QString repository = m_sandbox->node(node).repository;
        const QString kept = repository + QStringLiteral("/logs/old/listener.properties");
        QVERIFY(QDir().mkpath(QFileInfo(kept).absolutePath()));
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("listener.enabled=kept\n") > 0);
        }
        // The plan's preview of the step after the swap names only what
        // stays in place: node2's revision.log and .lock there now go to the
        // quarantine with the rest of its repository, in the swap before.
        const CommandResult plan = lifeboat({QStringLiteral("plan"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
                                             QStringLiteral("--scenario"), QStringLiteral("restore-node"), QStringLiteral("--node"), node,
                                             QStringLiteral("--backup-set"), m_offlineSet, QStringLiteral("--json")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
        if (!QFileInfo::exists(repository + QStringLiteral("/clusterNode/revision.log"))) { // gone with an earlier restore
            QFile revisions(repository + QStringLiteral("/clusterNode/revision.log"));
            QVERIFY(revisions.open(QIODevice::WriteOnly) && revisions.write("r1\n") > 0);
        }
        QStringList previewed;
        for (const QJsonValue &step : QJsonDocument::fromJson(plan.out.toUtf8()).object().value(QLatin1String("steps")).toArray()) {
            if (step[QLatin1String("kind")].toString() != StepKinds::quarantinePaths || !step[QLatin1String("title")].toString().contains(QLatin1String("listener.properties")))
                continue;
            for (const QJsonValue &change : step[QLatin1String("preview")].toArray()) {
                if (change[QLatin1String("kind")].toString() == Change::kindName(Change::Kind::Move))
                    previewed.append(change[QLatin1String("target")].toString());
            }
        }
        QCOMPARE(previewed.size(), 1);
        QVERIFY2(previewed.first().endsWith(QLatin1String("/logs/old/listener.properties")), qPrintable(previewed.first()));
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--backup-set"), m_offlineSet});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        verifyAuthorRepository(node);

        QDirIterator it(repository, {QStringLiteral("listener.properties")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
        QVERIFY(!QFileInfo::exists(repository + QStringLiteral("/clusterNode/revision.log")));

        // The set's own runtime files left the copy before node2 stopped;
        // the one in its logs went to the quarantine after the swap.
        const BackupPart *part = manifest(m_offlineSet).authorRepository();
        QStringList inTheSet;
        for (const BackupPart::File &file : part->files) {
            if (QFileInfo(file.path).fileName() == QLatin1String("listener.properties") || file.path.endsWith(QLatin1String("/clusterNode/revision.log")))
                inTheSet.append(file.path.section(u'/', 1));
        }
        QVERIFY(inTheSet.size() >= 3);
        const RunRecord record = RunRecord::load(newestRun());
        qsizetype leftOut = -1, stop = -1, quarantined = -1;
        QStringList deleted, moved;
        for (qsizetype i = 0; i < record.steps.size(); ++i) {
            const RunRecord::StepRecord &step = record.steps[i];
            for (const QJsonValue &value : step.changes) {
                const Change change = Change::fromJson(value.toObject());
                if (step.kind == StepKinds::leaveOutOfCopy && change.kind == Change::Kind::Delete)
                    deleted.append(change.target);
                if (step.kind == StepKinds::quarantinePaths && step.title.contains(QLatin1String("listener.properties"))
                    && change.kind == Change::Kind::Move)
                    moved.append(change.target);
            }
            if (step.kind == StepKinds::leaveOutOfCopy)
                leftOut = i;
            if (step.kind == StepKinds::stopNodes)
                stop = i;
            if (step.kind == StepKinds::quarantinePaths && step.title.contains(QLatin1String("listener.properties")))
                quarantined = i;
        }
        QVERIFY2(leftOut >= 0 && stop > leftOut && quarantined > stop, qPrintable(QStringLiteral("%1 %2 %3").arg(leftOut).arg(stop).arg(quarantined)));
        QVERIFY(record.steps[leftOut].endedAt <= record.downtime.intervals().value(0).downAt);
        for (const QString &relative : std::as_const(inTheSet))
            QVERIFY2(std::any_of(deleted.cbegin(), deleted.cend(), [&relative](const QString &target) { return target.endsWith(u'/' + relative); }),
                     qPrintable(relative + QStringLiteral(" not in: ") + deleted.join(u'\n')));
        QCOMPARE(moved.size(), 1);
        QVERIFY2(moved.first().endsWith(QLatin1String("/logs/old/listener.properties")), qPrintable(moved.first()));
        QDirIterator quarantine(QFileInfo(repository).absolutePath(), {QStringLiteral("listener.properties")}, QDir::Files | QDir::Hidden,
                                QDirIterator::Subdirectories);
        bool found = false;
        while (quarantine.hasNext()) {
            QFile file(quarantine.next());
            found = found || (file.open(QIODevice::ReadOnly) && file.readAll() == "listener.enabled=kept\n");
        }
        QVERIFY2(found, "the kept listener.properties is in the quarantine");
    }

    // A restore-node stops the node only for the swap: the unpacking and its
    // checks run while it serves, and the downtime the journal measures (from
    // the stop command until it answers again) holds only the swap and the
    // start. A run killed while the node is down counts its whole downtime
    // once resumed.
    void aRestoredNodeIsDownOnlyForTheSwap()
    {
        const QString node = QStringLiteral("node2");
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                             QStringLiteral("--node"), node}).exitCode, 0);
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--backup-set"), m_offlineSet});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        verifyAuthorRepository(node);
        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.downtime.intervals().size(), 1);
        const Downtime::Interval down = record.downtime.intervals().first();
        QCOMPARE(down.node, node);
        QVERIFY(!down.isOpen());
        int stop = -1, start = -1, unpacked = 0, swapped = 0;
        for (int i = 0; i < record.steps.size(); ++i) {
            const RunRecord::StepRecord &step = record.steps[i];
            QVERIFY2(step.ended && step.result == QLatin1String("ok"), qPrintable(step.title));
            if (step.kind == StepKinds::stopNodes)
                stop = i;
            if (step.kind == StepKinds::startNodes)
                start = i;
            if (step.kind == StepKinds::unpackPart) {
                // Staged while the node served.
                QVERIFY2(step.endedAt <= down.downAt, qPrintable(step.title));
                ++unpacked;
            }
            if (stop >= 0 && i > stop && (start < 0 || i == start)) {
                // The swap (and the start) lie inside the downtime.
                QVERIFY2(step.startedAt >= down.downAt && step.endedAt >= step.startedAt, qPrintable(step.title));
                QVERIFY2(step.kind == StepKinds::startNodes || step.endedAt <= down.upAt, qPrintable(step.title));
                swapped += step.kind == StepKinds::replaceContents ? 1 : 0;
            }
        }
        QVERIFY(stop > 0 && start > stop);
        QCOMPARE(unpacked, 1);
        QCOMPARE(swapped, 1);
        // What the swap put in place, as the report says: the files the set
        // holds of the repository but its logs, which node2 keeps, and the
        // runtime files, left out of the copy before the stop.
        const BackupPart *part = manifest(m_offlineSet).authorRepository();
        QVERIFY(part);
        qint64 files = 0, bytes = 0;
        const QStringList runtime{QStringLiteral("clusterNode/revision.log"), QStringLiteral(".lock"), QStringLiteral("repository/system.id")};
        for (const BackupPart::File &file : part->files) {
            const QString relative = file.path.section(u'/', 1);
            if (runtime.contains(relative) || QFileInfo(relative).fileName() == QLatin1String("listener.properties"))
                continue;
            if (!relative.isEmpty() && relative.section(u'/', 0, 0) != QLatin1String("logs")) {
                ++files;
                bytes += file.size;
            }
        }
        QVERIFY(files > 0);
        bool placed = false;
        for (const RunRecord::StepRecord &step : record.steps) {
            for (const QJsonValue &value : step.changes) {
                const Change change = Change::fromJson(value.toObject());
                if (step.kind == StepKinds::replaceContents && change.kind == Change::Kind::Overwrite) {
                    QCOMPARE(change.files, files);
                    QCOMPARE(change.bytes, bytes);
                    placed = true;
                }
            }
        }
        QVERIFY(placed);
        QVERIFY(record.steps[stop].startedAt <= down.downAt && down.downAt <= record.steps[stop].endedAt);
        QVERIFY(record.steps[start].startedAt <= down.upAt && down.upAt <= record.steps[start].endedAt);

        // report.json says the same, in seconds.
        QFile file(QDir(record.directory).filePath(QStringLiteral("report.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray downtime = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("downtime")).toArray();
        QCOMPARE(downtime.size(), 1);
        const QJsonObject reported = downtime.first().toObject();
        QCOMPARE(reported.value(QLatin1String("node")).toString(), node);
        QCOMPARE(reported.value(QLatin1String("downAt")).toString(), down.downAt.toString(Qt::ISODateWithMs));
        QCOMPARE(reported.value(QLatin1String("upAt")).toString(), down.upAt.toString(Qt::ISODateWithMs));
        const double seconds = reported.value(QLatin1String("seconds")).toDouble();
        QVERIFY2(seconds > 0.0 && seconds < record.startedAt.msecsTo(record.endedAt) / 1000.0, qPrintable(QString::number(seconds)));
        QCOMPARE(qint64(seconds * 1000 + 0.5), down.milliseconds());
        QFile html(QDir(record.directory).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(html.readAll()).contains(QStringLiteral("node2 was down for ") + Downtime::format(down.milliseconds())));
        QVERIFY2(restored.out.contains(QStringLiteral("Downtime: node2 was down for ") + Downtime::format(down.milliseconds())), qPrintable(restored.out));

        // A failure while staging stops nothing: node2 serves on, no downtime, no scratch left.
        int unpack = -1;
        for (int i = 0; i < record.steps.size(); ++i) {
            if (record.steps[i].kind == StepKinds::unpackPart)
                unpack = i;
        }
        const QDateTime startedBefore = lastStart(node);
        m_sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:main:%1").arg(unpack));
        const CommandResult failed = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--backup-set"), m_offlineSet});
        m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(failed.exitCode == 1, qPrintable(failed.out + failed.err));
        const RunRecord staged = RunRecord::load(newestRun());
        QVERIFY(staged.downtime.isEmpty());
        QVERIFY(!staged.steps[stop].started);
        QCOMPARE(lastStart(node), startedBefore);
        verifyRunningInOrder({});
        QVERIFY(QDir(QFileInfo(m_sandbox->node(node).repository).absolutePath())
                    .entryList({RestoreScratch::folderPrefix() + u'*'}, QDir::AllEntries | QDir::Hidden).isEmpty());

        // Killed right after the stop: the resumed run counts from that stop.
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                             QStringLiteral("--node"), node}).exitCode, 0);
        m_sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("ended:main:%1").arg(stop));
        const CommandResult killed = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--backup-set"), m_offlineSet});
        m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(killed.exitCode == -1, qPrintable(killed.out + killed.err));
        const RunRecord interrupted = RunRecord::load(newestRun());
        QCOMPARE(interrupted.downtime.intervals().size(), 1);
        QVERIFY(interrupted.downtime.intervals().first().isOpen());
        QThread::msleep(1500); // the time between the kill and the resume is downtime too
        const CommandResult resumed = lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        verifyRunningInOrder({node});
        const RunRecord whole = RunRecord::load(newestRun());
        QCOMPARE(whole.resumes, 1);
        QCOMPARE(whole.downtime.intervals().size(), 1);
        const Downtime::Interval across = whole.downtime.intervals().first();
        QCOMPARE(across.downAt, interrupted.downtime.intervals().first().downAt);
        QVERIFY(!across.isOpen());
        QDateTime resumedAt;
        for (const JournalEntry &entry : Journal::read(QDir(whole.directory).filePath(Journal::fileName()))) {
            if (const auto *resume = entry.as<JournalEntry::Resume>())
                resumedAt = resume->time;
        }
        QVERIFY(across.downAt < resumedAt && resumedAt < across.upAt);
        QVERIFY2(across.milliseconds() >= 1500, qPrintable(QString::number(across.milliseconds())));
    }

    // `lifeboat backups` shows each set's longest downtime: an offline backup
    // of this release records its nodes' downtime in the manifest.
    void theBackupListShowsTheLongestDowntime()
    {
        const BackupSetManifest offline = manifest(m_offlineSet);
        QVERIFY(!offline.downtime.isEmpty());
        const auto longest = offline.downtime.longest(offline.completed);
        QVERIFY(longest);
        const CommandResult listed = lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json"))});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("DOWNTIME")), qPrintable(listed.out));
        QString line;
        for (const QString &candidate : listed.out.split(u'\n')) {
            if (candidate.startsWith(m_offlineSet))
                line = candidate;
        }
        const QString shown = QStringLiteral("%1 %2%3").arg(longest->node, longest->isOpen() ? QStringLiteral("≥") : QString(),
                                                            Downtime::format(longest->milliseconds(offline.completed)));
        QVERIFY2(line.contains(shown), qPrintable(shown + u'\n' + listed.out));
        const CommandResult json = lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
                                             QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        bool found = false;
        for (const QJsonValue &set : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
            if (set[QLatin1String("id")].toString() != m_offlineSet)
                continue;
            found = true;
            const QJsonArray downtime = set[QLatin1String("downtime")].toArray();
            QCOMPARE(downtime.size(), offline.downtime.intervals().size());
            QVERIFY(downtime.first()[QLatin1String("seconds")].toDouble() > 0.0);
        }
        QVERIFY(found);
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
