// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/FileTree.h"
#include "support/SandboxFixture.h"

#include <sandbox/FormsDatabase.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// `lifeboat sandbox create`: what lands on disk, that it is reproducible, and
// that bad input changes nothing.
class TestSandbox : public QObject
{
    Q_OBJECT

private:
    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

    static qint64 totalSize(const QString &root)
    {
        qint64 size = 0;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            size += QFileInfo(it.next()).size();
        return size;
    }

private Q_SLOTS:
    void createWritesAProfileOfTheDefaultTopology()
    {
        const SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("6")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const ClusterProfile &profile = sandbox.profile();
        QVERIFY(profile.sandbox);
        QVERIFY(profile.appServer == AppServerKind::JBoss);
        QCOMPARE(profile.nodeNames(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3"),
                                                   QStringLiteral("publish1"), QStringLiteral("publish2")}));
        QCOMPARE(profile.primary()->name, QStringLiteral("node1"));
        QCOMPARE(profile.nodesWithRole(NodeRole::Secondary).size(), 2);
        QCOMPARE(profile.nodesWithRole(NodeRole::Publish).size(), 2);
        QCOMPARE(profile.gds, sandbox.path(QStringLiteral("shared/jboss/server/lc_cluster/svcnative/DocumentStorage")));
        QCOMPARE(profile.databases.size(), 1);
        QVERIFY(profile.databases.first().kind == DatabaseKind::Sqlite);
        QCOMPARE(profile.backupRoot, sandbox.path(QStringLiteral("backups")));
        QVERIFY(profile.node(QStringLiteral("node1"))->httpPassword.startsWith(QLatin1String("{secret:")));
        QVERIFY(!QFile(sandbox.path(QStringLiteral("cluster.json"))).readAll().contains(sandbox.adminPassword().toUtf8()));
        QCOMPARE(QFile::permissions(sandbox.path(QStringLiteral("secrets.json"))) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void authorNodesHoldWhatTheSeedDescribes()
    {
        const SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        for (const NodeProfile *node : sandbox.profile().nodesWithRole(NodeRole::Primary)
                                           + sandbox.profile().nodesWithRole(NodeRole::Secondary)) {
            const QString repo = node->repository;
            for (const char *file : {"repository/cluster_node.id", "repository/system.id", "clusterNode/revision.log",
                                     "clusterNode/listener.properties", "clusterNode/workspaces/crx.default/listener.properties",
                                     "logs/error.log"})
                QVERIFY2(QFileInfo::exists(repo + u'/' + QLatin1String(file)), file);
            for (const char *dir : {"clusterNode/repository", "clusterNode/shared", "clusterNode/version",
                                    "clusterNode/workspaces", "repository/segmentstore", "repository/datastore",
                                    "repository/index", "repository/cache"})
                QVERIFY2(!QDir(repo + u'/' + QLatin1String(dir)).isEmpty(), dir);
            const bool primary = node->role == NodeRole::Primary;
            QCOMPARE(QFileInfo::exists(repo + QStringLiteral("/repository/clustered.txt")), primary);
            QCOMPARE(QDir(repo).entryList({QStringLiteral("crx.*")}, QDir::Dirs).size(), primary ? 0 : 1);
            QCOMPARE(QFileInfo::exists(node->bootstrapProperties), !primary);
            if (!primary)
                QVERIFY(node->bootstrapProperties.endsWith(QLatin1String("/jboss/bin/crx-bootstrap.properties")));
            QVERIFY(QFileInfo::exists(node->patchLevelFile));
        }
        // Every node has its own identity.
        QSet<QByteArray> ids;
        for (const NodeProfile &node : sandbox.profile().nodes)
            ids.insert(sha256(node.repository + QStringLiteral("/repository/system.id")));
        QCOMPARE(ids.size(), sandbox.profile().nodes.size());
        // Publish nodes have their own crx-repository, with no cluster files.
        const NodeProfile &publish = sandbox.node(QStringLiteral("publish1"));
        QVERIFY(QDir(publish.repository + QStringLiteral("/repository/segmentstore")).exists());
        QVERIFY(!QFileInfo::exists(publish.repository + QStringLiteral("/repository/cluster_node.id")));
    }

    void theDatabaseReferencesEveryGdsDocumentByChecksum()
    {
        const SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        const QString gds = sandbox.profile().gds;
        QVERIFY(QDir(gds + QStringLiteral("/backup")).exists());
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(sandbox.profile().databases.first().path);
        QVERIFY(db.open());
        QSqlQuery query(sandbox.profile().databases.first().gdsReferenceQuery, db);
        int rows = 0;
        while (query.next()) {
            const QString file = gds + u'/' + query.value(0).toString();
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(sha256(file), query.value(1).toByteArray());
            ++rows;
        }
        QVERIFY(rows > 10);
        const QStringList documents = filesBelow(gds).filter(QRegularExpression(QStringLiteral("^docm")));
        QCOMPARE(documents.size(), rows);
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void sizeIsAboutWhatWasAskedFor()
    {
        const SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("20")});
        QVERIFY(sandbox.created());
        const double mb = totalSize(sandbox.directory()) / (1024.0 * 1024.0);
        QVERIFY2(mb > 14 && mb < 26, qPrintable(QString::number(mb)));
    }

    void theSameSeedGivesTheSameContent()
    {
        const SandboxFixture first({QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")});
        const SandboxFixture second({QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7")});
        const SandboxFixture other({QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("8")});
        QVERIFY(first.created() && second.created() && other.created());
        const QStringList files = filesBelow(first.directory());
        QCOMPARE(filesBelow(second.directory()), files);
        // Timestamps (logs, database rows) and the ports picked at creation
        // differ by nature, and so does where the sandbox is, which each
        // application server's data source names (its database's path), and
        // the scripts that start and stop its nodes name (its profile's).
        const QStringList varying{QStringLiteral("error.log"), QStringLiteral("forms.db"), QStringLiteral("cluster.json"),
                                  QStringLiteral("crx-bootstrap.properties"), QStringLiteral("standalone.xml"),
                                  QStringLiteral("IDP_DS-jdbc.xml"), QStringLiteral("resources.xml"),
                                  QStringLiteral("config.xml"), QStringLiteral("serverindex.xml"),
                                  QStringLiteral("standalone.sh"), QStringLiteral("jboss-cli.sh"), QStringLiteral("start"),
                                  QStringLiteral("stop"), QStringLiteral("LCBackupMode.sh")};
        int compared = 0;
        for (const QString &file : files) {
            if (varying.contains(QFileInfo(file).fileName()))
                continue;
            QVERIFY2(sha256(first.path(file)) == sha256(second.path(file)), qPrintable(file));
            ++compared;
        }
        QVERIFY(compared > 50);
        QVERIFY(filesBelow(other.directory()) != files);
    }

    void otherAppServersKeepTheirOwnPaths()
    {
        const SandboxFixture weblogic({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--app-server"), QStringLiteral("weblogic")});
        QVERIFY(weblogic.created());
        QVERIFY(weblogic.profile().gds.endsWith(QLatin1String("/lc_server1/adobe/AEMformsserver/DocumentStorage")));
        QVERIFY(weblogic.node(QStringLiteral("node2")).bootstrapProperties.endsWith(
            QLatin1String("/user_projects/domains/lc_domain/crx-bootstrap.properties")));
        QVERIFY(QFileInfo::exists(weblogic.node(QStringLiteral("node2")).bootstrapProperties));
        const SandboxFixture websphere({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--app-server"),
                                        QStringLiteral("websphere"), QStringLiteral("--nodes"), QStringLiteral("2"),
                                        QStringLiteral("--publish"), QStringLiteral("0")});
        QVERIFY(websphere.created());
        QVERIFY(websphere.profile().gds.endsWith(QLatin1String("/installedApps/adobe/server1/DocumentStorage")));
        QVERIFY(websphere.node(QStringLiteral("node2")).bootstrapProperties.endsWith(
            QLatin1String("/profiles/AppSrv01/crx-bootstrap.properties")));
        QCOMPARE(websphere.profile().nodeNames(), (QStringList{QStringLiteral("node1"), QStringLiteral("node2")}));
    }

    void aNonEmptyDirectoryIsRefusedAndLeftAsItWas()
    {
        const SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2")});
        QVERIFY(sandbox.created());
        const QStringList before = filesBelow(sandbox.directory());
        const CommandResult again = sandbox.runner().lifeboat({QStringLiteral("sandbox"), QStringLiteral("create"), sandbox.directory()});
        QCOMPARE(again.exitCode, 64);
        QVERIFY2(again.err.contains(QStringLiteral("exists and is not empty")), qPrintable(again.err));
        QCOMPARE(filesBelow(sandbox.directory()), before);
        QVERIFY(QDir(sandbox.directory() + QStringLiteral("/..")).entryList({QStringLiteral("*.partial-*")}, QDir::Dirs).isEmpty());
    }

    void badOptionsAreUsageErrors()
    {
        const QTemporaryDir home;
        const CommandRunner runner(home.path());
        const QString target = home.filePath(QStringLiteral("never"));
        for (const QStringList &options : {QStringList{QStringLiteral("--nodes"), QStringLiteral("0")},
                                           QStringList{QStringLiteral("--app-server"), QStringLiteral("tomcat")},
                                           QStringList{QStringLiteral("--size-mb"), QStringLiteral("lots")}}) {
            const CommandResult result = runner.lifeboat(QStringList{QStringLiteral("sandbox"), QStringLiteral("create"), target} + options);
            QCOMPARE(result.exitCode, 64);
            QVERIFY(!result.err.isEmpty());
            QVERIFY(!QFileInfo::exists(target));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
