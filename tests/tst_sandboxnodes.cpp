// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/FileTree.h"
#include "support/SandboxFixture.h"

#include <cluster/RepositoryLock.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The sandbox's real node processes: ordering, AEM's HTTP interface,
// LCBackupMode, the nodes' own work, and every fault.
class TestSandboxNodes : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    static Reply http(const SandboxFixture &sandbox, const QString &node, const QByteArray &verb, const QString &pathAndQuery,
                      bool authenticate = true)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(sandbox.node(node).httpUrl.toString() + pathAndQuery));
        if (authenticate)
            request.setRawHeader("Authorization", "Basic " + (QStringLiteral("admin:") + sandbox.adminPassword()).toUtf8().toBase64());
        QNetworkReply *reply = manager.sendCustomRequest(request, verb);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        delete reply;
        return result;
    }

    static QJsonObject statusJson(const SandboxFixture &sandbox)
    {
        const CommandResult result = sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    static QJsonObject nodeStatus(const SandboxFixture &sandbox, const QString &node)
    {
        for (const QJsonValue &value : statusJson(sandbox).value(QLatin1String("nodes")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == node)
                return value.toObject();
        }
        return {};
    }

    static QString startLineTime(const QString &errorLog)
    {
        QFile file(errorLog);
        file.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n').filter(QStringLiteral(" started (pid"));
        return lines.isEmpty() ? QString() : lines.last().section(u' ', 0, 0);
    }

    static QString stopLineTime(const QString &errorLog)
    {
        QFile file(errorLog);
        file.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n').filter(QStringLiteral(" stopped"));
        return lines.isEmpty() ? QString() : lines.last().section(u' ', 0, 0);
    }

    static QString backupMode(const SandboxFixture &sandbox, const QString &command, const QStringList &extra = {})
    {
        const CommandResult result = sandbox.backupMode(command, extra);
        return QString::number(result.exitCode) + u' ' + result.out + result.err;
    }

    static bool waitForBackup(const SandboxFixture &sandbox, const QString &node)
    {
        const QString attribute = QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/a/BackupInProgress");
        for (int i = 0; i < 300; ++i) {
            const Reply reply = http(sandbox, node, "GET", attribute);
            if (reply.status == 200 && !QJsonDocument::fromJson(reply.body).object().value(QLatin1String("value")).toBool())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void startsPrimaryFirstAndStopsItLast()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        const CommandResult started = sandbox.sandbox(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QCOMPARE(sandbox.livingNodes().size(), 5);
        const QJsonArray nodes = statusJson(sandbox).value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 5);
        for (const QJsonValue &node : nodes) {
            QVERIFY(node.toObject().value(QLatin1String("running")).toBool());
            QCOMPARE(node.toObject().value(QLatin1String("lock")).toString(), QStringLiteral("held"));
            QVERIFY(node.toObject().value(QLatin1String("pid")).toInteger() > 0);
        }
        const QString primaryStart = startLineTime(sandbox.node(QStringLiteral("node1")).errorLog);
        for (const char *secondary : {"node2", "node3"})
            QVERIFY(primaryStart < startLineTime(sandbox.node(QString::fromLatin1(secondary)).errorLog));

        const CommandResult stopped = sandbox.sandbox(QStringLiteral("stop"));
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY(sandbox.livingNodes().isEmpty());
        const QString primaryStop = stopLineTime(sandbox.node(QStringLiteral("node1")).errorLog);
        for (const char *secondary : {"node2", "node3"})
            QVERIFY(stopLineTime(sandbox.node(QString::fromLatin1(secondary)).errorLog) < primaryStop);
        for (const NodeProfile &node : sandbox.profile().nodes)
            QVERIFY2(!QFileInfo::exists(RepositoryLock::path(node.repository)), qPrintable(node.name));
    }

    void aSecondaryWillNotStartBeforeThePrimary()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        const CommandResult result = sandbox.sandbox(QStringLiteral("start"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("primary node node1 is not running")), qPrintable(result.err));
        QVERIFY(sandbox.livingNodes().isEmpty());
        QVERIFY(!QFileInfo::exists(RepositoryLock::path(sandbox.node(QStringLiteral("node2")).repository)));
    }

    void onlineBackupToADirectoryOverHttp()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString target = sandbox.path(QStringLiteral("online-dir"));
        const QString op = QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/op/startBackup/java.lang.String?target=");
        QCOMPARE(http(sandbox, QStringLiteral("node2"), "POST", op + target, false).status, 401);
        QCOMPARE(http(sandbox, QStringLiteral("node2"), "POST", op + target).status, 200);
        QVERIFY(waitForBackup(sandbox, QStringLiteral("node2")));
        const Reply result = http(sandbox, QStringLiteral("node2"), "GET",
                                  QStringLiteral("/system/console/jmx/com.adobe.granite:type=Repository/a/BackupResult"));
        QVERIFY2(result.body.contains("successfully"), result.body.constData());
        const QStringList copied = filesBelow(target);
        QVERIFY(copied.contains(QStringLiteral("repository/cluster_node.id")));
        QVERIFY(!copied.filter(QStringLiteral("repository/segmentstore/")).isEmpty());
        QVERIFY(!copied.filter(QStringLiteral("repository/datastore/")).isEmpty());
        QVERIFY(copied.filter(QStringLiteral("repository/index/")).isEmpty());
        QVERIFY(copied.filter(QStringLiteral("repository/cache/")).isEmpty());
        QVERIFY(!copied.contains(QStringLiteral("backupInProgress.txt")));
        QVERIFY(!copied.contains(QStringLiteral(".lock")));
    }

    void onlineBackupToAZipWithCurlAsAdobeDocumentsIt()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString zip = sandbox.path(QStringLiteral("online.zip"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/system/console/jmx/com.adobe.granite:type=Repository/op/startBackup/java.lang.String?target=%2")
                                .arg(sandbox.node(QStringLiteral("node3")).httpUrl.port())
                                .arg(zip);
        const CommandResult curl = sandbox.runner().run(
            QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-u"),
                                     QStringLiteral("admin:") + sandbox.adminPassword(), QStringLiteral("-X"), QStringLiteral("POST"), url});
        QVERIFY2(curl.exitCode == 0, qPrintable(curl.err + curl.out));
        QVERIFY(waitForBackup(sandbox, QStringLiteral("node3")));
        QVERIFY(QFileInfo(zip).size() > 0);
        QVERIFY(QDir(sandbox.directory()).entryList({QStringLiteral("backup.*.temp")}, QDir::Dirs | QDir::Hidden).isEmpty());
        const CommandResult listing = sandbox.runner().run(QStringLiteral("unzip"), {QStringLiteral("-l"), zip});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY(listing.out.contains(QStringLiteral("repository/cluster_node.id")));
        QVERIFY(!listing.out.contains(QStringLiteral("repository/index/")));
    }

    void backupModesAsLcBackupModeDoes()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-label=snap"), QStringLiteral("-timeout=5")}).startsWith(u'0'));
        QJsonObject node3 = nodeStatus(sandbox, QStringLiteral("node3"));
        QCOMPARE(node3.value(QLatin1String("backupMode")).toString(), QStringLiteral("snapshot"));
        QCOMPARE(node3.value(QLatin1String("backupModeLabel")).toString(), QStringLiteral("snap"));
        QVERIFY(node3.value(QLatin1String("backupModeActive")).toBool());
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-label=twice")}).contains(QStringLiteral("already in snapshot")));
        QVERIFY(backupMode(sandbox, QStringLiteral("leave")).startsWith(u'0'));
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("node2")).value(QLatin1String("backupMode")).toString(), QStringLiteral("none"));
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-timeout=10081")}).startsWith(u'1'));

        // Rolling: leaving a session starts the next; only leaveContinuousCoverage ends it.
        QVERIFY(backupMode(sandbox, QStringLiteral("enterContinuousCoverage"), {QStringLiteral("-label=rolling")}).startsWith(u'0'));
        QVERIFY(backupMode(sandbox, QStringLiteral("leave")).startsWith(u'0'));
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("node1")).value(QLatin1String("backupMode")).toString(), QStringLiteral("rolling"));
        QVERIFY(backupMode(sandbox, QStringLiteral("leaveContinuousCoverage")).startsWith(u'0'));
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("node1")).value(QLatin1String("backupMode")).toString(), QStringLiteral("none"));
        QVERIFY(backupMode(sandbox, QStringLiteral("leaveContinuousCoverage")).startsWith(u'1'));

        // A snapshot session whose timeout has run out is over.
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-label=short"), QStringLiteral("-timeout=1")}).startsWith(u'0'));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(sandbox.profile().databases.first().path);
            QVERIFY(db.open());
            QSqlQuery age(db);
            QVERIFY(age.exec(QStringLiteral("UPDATE tb_backup_mode SET entered_at = %1")
                                 .arg(QDateTime::currentDateTimeUtc().addSecs(-120).toMSecsSinceEpoch())));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QVERIFY(!nodeStatus(sandbox, QStringLiteral("node1")).value(QLatin1String("backupModeActive")).toBool());
    }

    void theFileCollectorWaitsWhileInBackupMode()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"),
                                QStringLiteral("600"), QStringLiteral("--document-lifetime"), QStringLiteral("1")});
        QVERIFY(sandbox.created());
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {}).startsWith(u'1')); // nothing runs yet
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QVERIFY(backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-label=hold")}).startsWith(u'0'));
        QTest::qWait(3000);
        auto countExpired = [&] {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("expired"));
            db.setDatabaseName(sandbox.profile().databases.first().path);
            db.open();
            QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM tb_document WHERE expires_at < %1")
                                .arg(QDateTime::currentDateTimeUtc().addSecs(-1).toMSecsSinceEpoch()), db);
            const int count = query.next() ? query.value(0).toInt() : -1;
            query.finish();
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("expired"));
            return count;
        };
        const int held = countExpired();
        QVERIFY2(held > 5, qPrintable(QString::number(held))); // new documents kept coming, none collected
        QVERIFY(backupMode(sandbox, QStringLiteral("leave")).startsWith(u'0'));
        QTRY_VERIFY_WITH_TIMEOUT(countExpired() < held / 2, 10000);
    }

    void eachFaultBreaksWhatItSays()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        auto breakIt = [&](const QString &fault, const QString &node = {}) {
            QStringList arguments{QStringLiteral("--fault"), fault};
            if (!node.isEmpty())
                arguments << QStringLiteral("--node") << node;
            return sandbox.sandbox(QStringLiteral("break"), arguments);
        };
        const NodeProfile &node2 = sandbox.node(QStringLiteral("node2"));
        const NodeProfile &node3 = sandbox.node(QStringLiteral("node3"));

        const QString segment = QStringLiteral("/repository/segmentstore/data00000a.tar");
        QCOMPARE(breakIt(QStringLiteral("corrupt-repository"), QStringLiteral("node2")).exitCode, 0);
        QVERIFY(nodeStatus(sandbox, QStringLiteral("node2")).value(QLatin1String("repositoryUnsync")).toBool());
        QVERIFY(!nodeStatus(sandbox, QStringLiteral("node3")).value(QLatin1String("repositoryUnsync")).toBool());
        QFile damaged(node2.repository + segment), intact(node3.repository + segment);
        QVERIFY(damaged.open(QIODevice::ReadOnly) && intact.open(QIODevice::ReadOnly));
        QVERIFY(damaged.size() == intact.size() && damaged.readAll() != intact.readAll());

        QCOMPARE(breakIt(QStringLiteral("crash"), QStringLiteral("node3")).exitCode, 0);
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("node3")).value(QLatin1String("lock")).toString(), QStringLiteral("stale"));
        QVERIFY(!sandbox.livingNodes().contains(QStringLiteral("node3")));
        const CommandResult restart = sandbox.sandbox(QStringLiteral("start"), {QStringLiteral("--node"), QStringLiteral("node3")});
        QCOMPARE(restart.exitCode, 1);
        QVERIFY2(restart.err.contains(QStringLiteral("stale lock")), qPrintable(restart.err));

        QCOMPARE(breakIt(QStringLiteral("stale-lock"), QStringLiteral("publish1")).exitCode, 0);
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("publish1")).value(QLatin1String("lock")).toString(), QStringLiteral("stale"));

        QCOMPARE(breakIt(QStringLiteral("missing-cluster-node-id"), QStringLiteral("node2")).exitCode, 0);
        QVERIFY(!QFileInfo::exists(node2.repository + QStringLiteral("/repository/cluster_node.id")));
        QCOMPARE(sandbox.sandbox(QStringLiteral("stop"), {QStringLiteral("--node"), QStringLiteral("node2")}).exitCode, 0);
        const CommandResult refused = sandbox.sandbox(QStringLiteral("start"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("cluster_node.id is missing")), qPrintable(refused.err));

        QCOMPARE(breakIt(QStringLiteral("delete-repository"), QStringLiteral("node2")).exitCode, 0);
        QVERIFY(!QFileInfo::exists(node2.repository + QStringLiteral("/repository")));

        const int documentsBefore = filesBelow(sandbox.profile().gds).filter(QRegularExpression(QStringLiteral("^docm"))).size();
        QCOMPARE(breakIt(QStringLiteral("lose-gds-files")).exitCode, 0);
        const int documentsAfter = filesBelow(sandbox.profile().gds).filter(QRegularExpression(QStringLiteral("^docm"))).size();
        QVERIFY2(documentsAfter < documentsBefore * 0.85, qPrintable(QStringLiteral("%1 -> %2").arg(documentsBefore).arg(documentsAfter)));

        QCOMPARE(breakIt(QStringLiteral("lose-node"), QStringLiteral("publish2")).exitCode, 0);
        QVERIFY(!QFileInfo::exists(sandbox.path(QStringLiteral("nodes/publish2"))));
        QVERIFY(!sandbox.livingNodes().contains(QStringLiteral("publish2")));
        QCOMPARE(nodeStatus(sandbox, QStringLiteral("publish2")).value(QLatin1String("present")).toBool(), false);

        QCOMPARE(sandbox.sandbox(QStringLiteral("stop")).exitCode, 0);
        QCOMPARE(breakIt(QStringLiteral("corrupt-database")).exitCode, 0);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(sandbox.profile().databases.first().path);
            QVERIFY(db.open());
            QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db);
            QVERIFY(!check.next() || check.value(0).toString() != QLatin1String("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    }

    void badFaultsAndNodesChangeNothing()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2")});
        QVERIFY(sandbox.created());
        const QStringList before = filesBelow(sandbox.directory());
        CommandResult result = sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("flood")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY(result.err.contains(QStringLiteral("Unknown fault 'flood'")));
        result = sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("crash"), QStringLiteral("--node"), QStringLiteral("node9")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY(result.err.contains(QStringLiteral("no node 'node9'")));
        result = sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--node"), QStringLiteral("node9")});
        QCOMPARE(result.exitCode, 64);
        QCOMPARE(filesBelow(sandbox.directory()), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxNodes)
#include "tst_sandboxnodes.moc"
