// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <backup/BackupSetManifest.h>
#include <cluster/NodeController.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Offline backups from file-system snapshots (issue 15), on sandboxes whose
// storage is a real btrfs or XFS image: the set equals the one copied while
// the nodes are stopped, the nodes serve again while the copy is made, no
// snapshot is left, and a run killed while it copies from a snapshot resumes
// to the same set and removes the snapshot.
class TestSnapshotBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;

    static CommandResult run(SandboxFixture &sandbox, const QString &runs, const QString &profile, const QString &scenario)
    {
        return sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), profile, QStringLiteral("--scenario"), scenario,
                                          QStringLiteral("--report-dir"), runs, QStringLiteral("--yes")});
    }

    // The sandbox's profile with every snapshot method set to `method`
    // (and `extra` added to its "snapshots").
    static QString withMethod(SandboxFixture &sandbox, const QString &method, const QJsonObject &extra = {})
    {
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject snapshots{{QStringLiteral("repository"), method},
                              {QStringLiteral("gds"), method},
                              {QStringLiteral("contentStorageRoot"), method}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            snapshots.insert(it.key(), it.value());
        json.insert(QStringLiteral("snapshots"), snapshots);
        const QString path = sandbox.path(QStringLiteral("cluster-%1.json").arg(method));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(QJsonDocument(json).toJson());
        return path;
    }

    static QStringList sets(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    // The set the last run made. Not the last by name: two sets of the same
    // second sort by their strategy's name.
    QString newestSet(const SandboxFixture &sandbox)
    {
        const QStringList now = sets(sandbox);
        QString made;
        for (const QString &set : now) {
            if (!m_seen.contains(set))
                made = set;
        }
        m_seen = now;
        return made;
    }
    QStringList m_seen;

    // Every file of every part but the databases' dumps (made by the
    // database, not copied from the file system) and the nodes' logs (each
    // stop and start between two backups adds lines): path, size, SHA-256.
    static QStringList filesOf(const SandboxFixture &sandbox, const QString &set)
    {
        QString error;
        const auto manifest = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(set), &error);
        if (!manifest)
            return {error};
        QStringList files;
        for (const BackupPart &part : manifest->parts) {
            if (part.name.startsWith(QLatin1String("database")))
                continue;
            for (const BackupPart::File &file : part.files) {
                if (file.path.contains(QLatin1String("/logs/")))
                    continue;
                files.append(QStringLiteral("%1/%2 %3 %4").arg(part.name, file.path).arg(file.size).arg(file.sha256.hex()));
            }
        }
        files.sort();
        return files;
    }

    static QStringList leftSnapshots(const SandboxFixture &sandbox)
    {
        QStringList found;
        QDirIterator it(sandbox.directory(), {QStringLiteral(".lifeboat-snapshot-*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    }

    // The kinds of the main steps, as the newest run's journal recorded them.
    QStringList newestPlan() const
    {
        const QString newest = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
        QFile journal(QDir(m_runs.path()).filePath(newest + QStringLiteral("/journal.jsonl")));
        if (!journal.open(QIODevice::ReadOnly))
            return {};
        QStringList kinds;
        const QJsonObject first = QJsonDocument::fromJson(journal.readLine()).object();
        for (const QJsonValue &step : first.value(QLatin1String("plan")).toObject().value(QLatin1String("steps")).toArray())
            kinds.append(step.toObject().value(QLatin1String("kind")).toString());
        return kinds;
    }

    // The newest run stopped the nodes only around its snapshots: they were
    // started right after them, before the copy; none is left; all serve.
    void verifyStoppedOnlyAroundTheSnapshots(const SandboxFixture &sandbox) const
    {
        const QStringList kinds = newestPlan();
        const qsizetype taken = kinds.indexOf(QStringLiteral("take-snapshots"));
        QVERIFY2(taken > 0, qPrintable(kinds.join(u' ')));
        QCOMPARE(kinds.value(taken + 1), QStringLiteral("start-nodes"));
        QVERIFY2(kinds.value(taken + 2).startsWith(QLatin1String("archive-part")), qPrintable(kinds.join(u' ')));
        QVERIFY2(leftSnapshots(sandbox).isEmpty(), qPrintable(leftSnapshots(sandbox).join(u'\n')));
        for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        QVERIFY(m_runs.isValid());
    }

    void backupsFromSnapshotsEqualBackupsWhileStopped_data()
    {
        QTest::addColumn<QString>("fileSystem");
        QTest::addColumn<QString>("method");
        QTest::newRow("btrfs") << QStringLiteral("btrfs") << QStringLiteral("btrfs snapshot");
        QTest::newRow("xfs") << QStringLiteral("xfs") << QStringLiteral("reflink copy");
    }

    void backupsFromSnapshotsEqualBackupsWhileStopped()
    {
        QFETCH(QString, fileSystem);
        QFETCH(QString, method);
        if (::geteuid() != 0)
            QSKIP("A sandbox on a loop-mounted file system needs root (installer/dev test runs as root).");
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0"),
                                QStringLiteral("--filesystem"), fileSystem});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().out + sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        m_seen.clear();
        const QString runs = m_runs.path();
        const QString copied = withMethod(sandbox, QStringLiteral("none"));
        const QString snapshotted = withMethod(sandbox, QStringLiteral("auto"));

        // The reference: copied while the nodes are stopped.
        CommandResult result = run(sandbox, runs, copied, QStringLiteral("backup-offline"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString reference = newestSet(sandbox);
        const QStringList expected = filesOf(sandbox, reference);
        QVERIFY(expected.size() > 10);

        // The Plan names the method of each path.
        const CommandResult plan = sandbox.runner().lifeboat({QStringLiteral("plan"), QStringLiteral("--profile"), snapshotted,
                                                              QStringLiteral("--scenario"), QStringLiteral("backup-offline")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
        QVERIFY2(plan.out.contains(method), qPrintable(plan.out));

        for (const QString scenario : {QStringLiteral("backup-offline"), QStringLiteral("backup-rolling")}) {
            result = run(sandbox, runs, snapshotted, scenario);
            QVERIFY2(result.exitCode == 0, qPrintable(scenario + u'\n' + result.out + result.err));
            QCOMPARE(filesOf(sandbox, newestSet(sandbox)), expected);
            verifyStoppedOnlyAroundTheSnapshots(sandbox);
        }

        // The publish nodes the same way, against their own reference.
        result = run(sandbox, runs, copied, QStringLiteral("backup-publish"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QStringList publishExpected = filesOf(sandbox, newestSet(sandbox));
        QVERIFY(!publishExpected.isEmpty());
        result = run(sandbox, runs, snapshotted, QStringLiteral("backup-publish"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(filesOf(sandbox, newestSet(sandbox)), publishExpected);
        verifyStoppedOnlyAroundTheSnapshots(sandbox);

        // Killed before the snapshot, after it (nodes still stopped) and
        // while it copies node2's repository from it (nodes serving again):
        // resume ends with the same set, every node up and no snapshot.
        for (const QString point : {QStringLiteral("started:main:3"), QStringLiteral("ended:main:3"), QStringLiteral("archived:repository-node2:3")}) {
            sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), point);
            const CommandResult killed = run(sandbox, runs, snapshotted, QStringLiteral("backup-offline"));
            sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
            QVERIFY2(killed.exitCode == -1, qPrintable(point + u'\n' + killed.out + killed.err));
            if (point.startsWith(QLatin1String("archived"))) {
                QVERIFY(!leftSnapshots(sandbox).isEmpty());
                for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
                    QVERIFY2(status.running, qPrintable(status.name + QStringLiteral(" should serve while the copy is made")));
            }
            const CommandResult resumed = sandbox.runner().lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), runs});
            QVERIFY2(resumed.exitCode == 0, qPrintable(point + u'\n' + resumed.out + resumed.err));
            QCOMPARE(filesOf(sandbox, newestSet(sandbox)), expected);
            QVERIFY2(leftSnapshots(sandbox).isEmpty(), qPrintable(point + u'\n' + leftSnapshots(sandbox).join(u'\n')));
            for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
                QVERIFY2(status.running, qPrintable(point + u' ' + status.name));
        }

        if (fileSystem == QLatin1String("xfs")) {
            // A method the file system cannot have is a failed check naming
            // the path, before anything stops.
            const QString impossible = withMethod(sandbox, QStringLiteral("btrfs"));
            const CommandResult check = sandbox.runner().lifeboat({QStringLiteral("check"), QStringLiteral("--profile"), impossible,
                                                                   QStringLiteral("--scenario"), QStringLiteral("backup-offline")});
            QVERIFY2(check.exitCode == 2, qPrintable(check.out + check.err));
            QVERIFY2(check.out.contains(sandbox.node(QStringLiteral("node2")).repository + QStringLiteral(" cannot have a btrfs snapshot")),
                     qPrintable(check.out));
            return;
        }
        // btrfs through the profile's own commands, as LVM or ZFS would be
        // driven: the same set, and the snapshots gone.
        const QString mounts = sandbox.path(QStringLiteral("storage/.lifeboat-snapshots"));
        QVERIFY(QDir().mkpath(mounts));
        const QString commanded = withMethod(
            sandbox, QStringLiteral("command"),
            {{QStringLiteral("create"), QJsonArray{QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("snapshot"), QStringLiteral("-r"),
                                                   QStringLiteral("{path}"), QStringLiteral("{mountPath}")}},
             {QStringLiteral("mountPath"), mounts + QStringLiteral("/{label}-{name}{node}")},
             {QStringLiteral("remove"), QJsonArray{QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("delete"), QStringLiteral("{mountPath}")}}});
        result = run(sandbox, runs, commanded, QStringLiteral("backup-offline"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(filesOf(sandbox, newestSet(sandbox)), expected);
        verifyStoppedOnlyAroundTheSnapshots(sandbox);
        QVERIFY2(QDir(mounts).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), qPrintable(mounts));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBackup)
#include "tst_snapshotbackup.moc"
