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

    // The sandbox's profile with every snapshot method set to `method`.
    static QString withMethod(SandboxFixture &sandbox, const QString &method)
    {
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(QStringLiteral("snapshots"), QJsonObject{{QStringLiteral("repository"), method},
                                                             {QStringLiteral("gds"), method},
                                                             {QStringLiteral("contentStorageRoot"), method}});
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
                files.append(QStringLiteral("%1/%2 %3 %4").arg(part.name, file.path).arg(file.size).arg(file.sha256));
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
        const QString runs = m_runs.path();
        const QString copied = withMethod(sandbox, QStringLiteral("none"));
        const QString snapshotted = withMethod(sandbox, QStringLiteral("auto"));

        // The reference: copied while the nodes are stopped.
        CommandResult result = run(sandbox, runs, copied, QStringLiteral("backup-offline"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString reference = sets(sandbox).constLast();
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
            QCOMPARE(filesOf(sandbox, sets(sandbox).constLast()), expected);
            // Stopped only around the snapshot: started before the copy.
            const QStringList kinds = newestPlan();
            const qsizetype taken = kinds.indexOf(QStringLiteral("take-snapshots"));
            QVERIFY2(taken > 0, qPrintable(kinds.join(u' ')));
            QCOMPARE(kinds.value(taken + 1), QStringLiteral("start-nodes"));
            QCOMPARE(kinds.value(taken + 2), QStringLiteral("archive-parts"));
            QVERIFY2(leftSnapshots(sandbox).isEmpty(), qPrintable(leftSnapshots(sandbox).join(u'\n')));
            for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
                QVERIFY2(status.running, qPrintable(status.name));
        }

        // Killed while it copies node2's repository from its snapshot: the
        // nodes are already serving, the snapshot is there; resume ends with
        // the same set and no snapshot.
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("archived:repository-node2:3"));
        const CommandResult killed = run(sandbox, runs, snapshotted, QStringLiteral("backup-offline"));
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(killed.exitCode == -1, qPrintable(killed.out + killed.err));
        QVERIFY(!leftSnapshots(sandbox).isEmpty());
        for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name + QStringLiteral(" should serve while the copy is made")));
        const CommandResult resumed = sandbox.runner().lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), runs});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(filesOf(sandbox, sets(sandbox).constLast()), expected);
        QVERIFY2(leftSnapshots(sandbox).isEmpty(), qPrintable(leftSnapshots(sandbox).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBackup)
#include "tst_snapshotbackup.moc"
