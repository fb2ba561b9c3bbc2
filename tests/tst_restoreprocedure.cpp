// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <backup/BackupSetManifest.h>
#include <cluster/NodeController.h>
#include <profile/AemPaths.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Where an audit against Adobe's procedure found a restore doing more, less
// or something else than the procedure says, each shown on a real sandbox:
// a database only from its own dump; a single-node restore that replaces
// what the procedure names and keeps the node's own files; the secondary
// folder promoted before the identity files; clustered.txt only on the
// primary; whatever a step needs checked before a node stops; and
// "repository unsync" read the way AEM writes its error.log.
class TestRestoreProcedure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_set;
    // Planted in node2's secondary folder before the backup, which copies node2.
    const QByteArray m_foreignId = "id-from-the-secondary-folder\n";

    QString profilePath() const { return m_sandbox->path(QStringLiteral("cluster.json")); }

    CommandResult run(const QString &scenario, const QStringList &options = {}, const QString &profile = {})
    {
        return m_sandbox->runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), profile.isEmpty() ? profilePath() : profile,
                                                        QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                                        QStringLiteral("--yes")}
                                            + options);
    }

    // A copy of the sandbox's profile beside it (same name, same relative paths), edited.
    QString variant(const QString &name, const std::function<void(QJsonObject &)> &edit) const
    {
        QFile file(profilePath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        edit(json);
        const QString path = m_sandbox->path(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(QJsonDocument(json).toJson());
        return path;
    }

    static void editNode(QJsonObject &json, const QString &node, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject object = nodes[i].toObject();
            if (object.value(QLatin1String("name")).toString() == node)
                edit(object);
            nodes[i] = object;
        }
        json.insert(QStringLiteral("nodes"), nodes);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    }

    QString secondaryFolder(const QString &node) const
    {
        const QStringList folders = QDir(m_sandbox->node(node).repository).entryList({QStringLiteral("crx.*")}, QDir::Dirs);
        return folders.isEmpty() ? QString() : QDir(m_sandbox->node(node).repository).filePath(folders.first());
    }

    QHash<QString, qint64> pids() const
    {
        QHash<QString, qint64> map;
        for (const NodeStatus &status : NodeController(m_sandbox->profile()).statusOfAll())
            map.insert(status.name, status.running ? status.pid : 0);
        return map;
    }

    QString recordedId(const QString &node) const
    {
        QString error;
        const auto manifest = BackupSetManifest::load(QDir(m_sandbox->profile().backupRoot).filePath(m_set), &error);
        const BackupSetManifest::Node *recorded = manifest ? manifest->node(node) : nullptr;
        return recorded ? recorded->clusterNodeId : QString();
    }

    static QString sqliteText(const QString &path)
    {
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT note FROM custom ORDER BY note"), db);
                while (query.next())
                    text += query.value(0).toString() + u'\n';
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--size-mb"), QStringLiteral("2"),
                                                                 QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(m_sandbox->created());
        const QString folder = secondaryFolder(QStringLiteral("node2"));
        QVERIFY(!folder.isEmpty());
        // What a secondary folder may hold besides the repository: an id and a
        // system id of its own, which must not end up as the primary's.
        QVERIFY(write(folder + QStringLiteral("/cluster_node.id"), m_foreignId));
        QVERIFY(write(folder + QStringLiteral("/system.id"), "system-id-from-the-secondary-folder\n"));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_set = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QVERIFY(!m_set.isEmpty());
    }

    // "repository unsync since the last start", read from AEM's own lines:
    // the framework's start event (which AEM's error.log shows at every start)
    // ends what an earlier unsync said.
    void repositoryUnsyncCountsOnlySinceTheLastStart()
    {
        const QByteArray unsync = "29.11.2026 10:00:01.000 *ERROR* [ClusterSyncManager] repository unsync: journal behind\n";
        const QByteArray started = "29.11.2026 10:05:00.000 *INFO* [FelixDispatchQueue] org.apache.felix.framework FrameworkEvent STARTED\n";
        QVERIFY(NodeController::errorLogShowsUnsync(unsync));
        QVERIFY(NodeController::errorLogShowsUnsync(started + unsync));
        QVERIFY(!NodeController::errorLogShowsUnsync(unsync + started));
        QVERIFY(NodeController::errorLogShowsUnsync("*ERROR* [main] Repository unsync detected\n"));
        QVERIFY(!NodeController::errorLogShowsUnsync(started));
    }

    // A profile database the set holds no dump of is a failed check naming
    // it, before any node stops; it is never loaded from another database's dump.
    void aDatabaseIsRestoredOnlyFromItsOwnDump()
    {
        const QString customPath = m_sandbox->path(QStringLiteral("db/custom.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("custom"));
            db.setDatabaseName(customPath);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE custom (note TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO custom VALUES ('kept since the backup')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("custom"));
        const QString before = sqliteText(customPath);
        QVERIFY(!before.isEmpty());
        const QString profile = variant(QStringLiteral("cluster-custom.json"), [](QJsonObject &json) {
            QJsonArray databases = json.value(QLatin1String("databases")).toArray();
            QJsonObject custom = databases.first().toObject();
            custom.insert(QStringLiteral("name"), QStringLiteral("custom"));
            custom.insert(QStringLiteral("path"), QStringLiteral("db/custom.sqlite"));
            custom.remove(QStringLiteral("gdsReferenceQuery"));
            databases.append(custom);
            json.insert(QStringLiteral("databases"), databases);
        });
        QVERIFY(!profile.isEmpty());
        const auto pidsBefore = pids();

        const CommandResult refused = run(QStringLiteral("restore-cluster"), {}, profile);
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.out.contains(QStringLiteral("holds no dump of the database custom")), qPrintable(refused.out));
        QVERIFY2(refused.out.contains(QStringLiteral("--keep-databases custom")), qPrintable(refused.out));
        QCOMPARE(pids(), pidsBefore);
        QCOMPARE(sqliteText(customPath), before);

        // Left as it is on request: the rest is restored, custom is not touched.
        const CommandResult kept = run(QStringLiteral("restore-cluster"), {QStringLiteral("--keep-databases"), QStringLiteral("custom"),
                                                                          QStringLiteral("--accept-warnings")}, profile);
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
        QVERIFY2(kept.out.contains(QStringLiteral("Leave the custom database as it is")), qPrintable(kept.out));
        QCOMPARE(sqliteText(customPath), before);
        QVERIFY(QFile::remove(profile));
    }

    // The primary restored from a secondary's copy: the secondary folder's
    // files go in first, then runtime files go and the primary's own id comes
    // back, so nothing from the folder overwrites them.
    void thePrimaryTakesInTheSecondaryFolderBeforeItsOwnId()
    {
        const QString id = AemPaths::at(m_sandbox->node(QStringLiteral("node1")).repository, AemPaths::clusterNodeId);
        const CommandResult restored = run(QStringLiteral("restore-cluster"));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(QString::fromUtf8(read(id)).trimmed(), recordedId(QStringLiteral("node1")));
        const QString systemId = AemPaths::at(m_sandbox->node(QStringLiteral("node1")).repository, AemPaths::systemId);
        QVERIFY(!read(systemId).contains("from-the-secondary-folder"));
        QVERIFY(secondaryFolder(QStringLiteral("node1")).isEmpty());

        // The same for restore-node of the primary.
        const CommandResult single = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node1"), QStringLiteral("--repository")});
        QVERIFY2(single.exitCode == 0, qPrintable(single.out + single.err));
        QCOMPARE(QString::fromUtf8(read(id)).trimmed(), recordedId(QStringLiteral("node1")));
        QVERIFY(!read(systemId).contains("from-the-secondary-folder"));
    }

    // restore-node of a secondary replaces what the procedure restores and
    // leaves the node's own logs and secondary folder where they are; the
    // preview says so.
    void aSingleNodeRestoreKeepsTheNodesOwnFiles()
    {
        const NodeProfile &node3 = m_sandbox->node(QStringLiteral("node3"));
        const QString folder = secondaryFolder(QStringLiteral("node3"));
        QVERIFY(!folder.isEmpty());
        QVERIFY(write(folder + QStringLiteral("/own-marker"), "node3's own\n"));
        const QByteArray log = read(node3.errorLog);
        QVERIFY(!log.isEmpty());

        const QStringList options{QStringLiteral("--node"), QStringLiteral("node3"), QStringLiteral("--repository")};
        const CommandResult plan = m_sandbox->runner().lifeboat(QStringList{QStringLiteral("plan"), QStringLiteral("--profile"), profilePath(),
                                                                            QStringLiteral("--scenario"), QStringLiteral("restore-node")} + options);
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.out + plan.err));
        QVERIFY2(plan.out.contains(QStringLiteral("keep ") + node3.repository + QStringLiteral("/logs")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(QStringLiteral("keep ") + folder), qPrintable(plan.out));

        const CommandResult restored = run(QStringLiteral("restore-node"), options);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(secondaryFolder(QStringLiteral("node3")), folder); // its own, and only its own
        QVERIFY2(read(folder + QStringLiteral("/own-marker")) == "node3's own\n", qPrintable(restored.out));
        QVERIFY2(read(node3.errorLog).startsWith(log), "node3's error.log was replaced");
        QCOMPARE(QString::fromUtf8(read(AemPaths::at(node3.repository, AemPaths::clusterNodeId))).trimmed(), recordedId(QStringLiteral("node3")));
    }

    // clustered.txt marks the primary only: a single-node restore of a
    // secondary that holds one removes it.
    void aSecondaryRestoredAloneLosesAStrayClusteredMarker()
    {
        const QString marker = AemPaths::at(m_sandbox->node(QStringLiteral("node3")).repository, AemPaths::clustered);
        QVERIFY(write(marker, "cluster master node3\n"));
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node3"),
                                                                           QStringLiteral("--accept-warnings")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(QFileInfo::exists(AemPaths::at(m_sandbox->node(QStringLiteral("node1")).repository, AemPaths::clustered)));
    }

    // What a step needs and the profile does not give is a failed check, not
    // a failure after the nodes were stopped.
    void whatAStepNeedsIsCheckedBeforeAnyNodeStops_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("restore-cluster, no patch level file") << QStringLiteral("restore-cluster") << QStringLiteral("node1")
                                                              << QStringLiteral("patchLevelFile") << QStringLiteral("patchLevelFile");
        QTest::newRow("restore-node, no patch level file") << QStringLiteral("restore-node") << QStringLiteral("node2")
                                                           << QStringLiteral("patchLevelFile") << QStringLiteral("patchLevelFile");
        QTest::newRow("backup-rolling, no stop command") << QStringLiteral("backup-rolling") << QStringLiteral("node2")
                                                         << QStringLiteral("stop") << QStringLiteral("no command to stop node2");
        QTest::newRow("restore-node, no start command") << QStringLiteral("restore-node") << QStringLiteral("node2")
                                                        << QStringLiteral("start") << QStringLiteral("no command to start node2");
    }

    void whatAStepNeedsIsCheckedBeforeAnyNodeStops()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, node);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const QString profile = variant(QStringLiteral("cluster-missing.json"), [&](QJsonObject &json) {
            editNode(json, node, [&key](QJsonObject &object) {
                if (key == QLatin1String("patchLevelFile")) {
                    object.remove(key);
                    return;
                }
                QJsonObject control = object.value(QLatin1String("control")).toObject();
                control.remove(key);
                object.insert(QStringLiteral("control"), control);
            });
        });
        const auto pidsBefore = pids();
        const QStringList options = scenario == QLatin1String("restore-node") ? QStringList{QStringLiteral("--node"), node} : QStringList();
        const CommandResult result = run(scenario, options, profile);
        QVERIFY(QFile::remove(profile));
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(message), qPrintable(result.out));
        QCOMPARE(pids(), pidsBefore);
        QCOMPARE(NodeController(m_sandbox->profile()).status(*m_sandbox->profile().primary()).backupModeActive, false);
    }

    // A place the restore must change and may not (here a read-only mount,
    // as a share mounted ro or a folder of another user would be) is a
    // failed check naming it, before any node stops; nothing changes.
    void aPlaceTheRestoreCannotChangeIsCheckedBeforeAnyNodeStops()
    {
        const QString bootstrap = m_sandbox->node(QStringLiteral("node2")).bootstrapProperties;
        QVERIFY(!bootstrap.isEmpty());
        const QString folder = QFileInfo(bootstrap).absolutePath();
        const auto mount = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral("mount"), arguments);
            return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        };
        if (!mount({QStringLiteral("--bind"), folder, folder}))
            QSKIP("needs root in a mount namespace of its own (installer/dev test gives both) for a read-only bind mount");
        const auto unmount = qScopeGuard([folder] { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), folder}); });
        QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder, folder}));
        const QByteArray before = read(bootstrap);
        const auto pidsBefore = pids();
        const CommandResult result = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(folder + QStringLiteral(" is on a file system mounted read-only")), qPrintable(result.out));
        QCOMPARE(pids(), pidsBefore);
        QCOMPARE(read(bootstrap), before);
        QVERIFY(QDir(folder).entryList({QStringLiteral(".lifeboat-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestoreProcedure)
#include "tst_restoreprocedure.moc"
