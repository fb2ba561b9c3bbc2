// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/SandboxFixture.h"

#include <discovery/DataSourceReader.h>
#include <discovery/HttpListenerReader.h>
#include <discovery/NodeDiscovery.h>
#include <hosts/LocalHostFiles.h>

#include <profile/AemPaths.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 20, its first part: `lifeboat profile discover` finds the nodes of
// a cluster whose nodes have hosts of their own (root), over ssh and reading
// only: each node's host, role, repository and error.log as the sandbox's
// own profile has them; a host with no node is reported, not invented.
class TestProfileDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostsSandbox> m_hosts;
    QTemporaryDir m_work;

    QStringList hostOptions() const
    {
        QStringList options;
        for (const HostProfile &host : m_hosts->profile().hosts)
            options << QStringLiteral("--host") << QStringLiteral("%1=%2:%3").arg(host.name, host.address).arg(host.port);
        const HostProfile &any = m_hosts->profile().hosts.first();
        return options << QStringLiteral("--user") << any.user << QStringLiteral("--identity") << any.identityFile
                       << QStringLiteral("--ssh-config") << any.sshConfig << QStringLiteral("--agent-path") << any.agentPath;
    }

    CommandResult discover(const QStringList &extra) const
    {
        return m_hosts->runner().lifeboat(QStringList{QStringLiteral("profile"), QStringLiteral("discover")} + hostOptions() + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        if (::geteuid() != 0)
            return; // the tests on hosts skip
        m_hosts = std::make_unique<HostsSandbox>();
        QVERIFY(m_hosts->watched());
        const CommandResult created = m_hosts->create({QStringLiteral("--nodes"), QStringLiteral("3"), QStringLiteral("--publish"),
                                                       QStringLiteral("1"), QStringLiteral("--size-mb"), QStringLiteral("2"),
                                                       QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        const CommandResult started = m_hosts->sandbox(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

    void cleanupTestCase()
    {
        m_hosts.reset();
    }

    void everyNodeIsFoundWithItsRoleAndPaths()
    {
        if (!m_hosts)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        const QString output = m_work.filePath(QStringLiteral("discovered.json"));
        const CommandResult found = discover({QStringLiteral("--known-hosts"), m_hosts->profile().knownHostsFile,
                                              QStringLiteral("--output"), output});
        QVERIFY2(found.exitCode == 0, qPrintable(found.out + found.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray nodes = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), m_hosts->profile().nodes.size());
        file.seek(0);
        const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(profile.value(QLatin1String("appServer")).toString(), QStringLiteral("jboss"));
        const QJsonObject forms = profile.value(QLatin1String("databases")).toArray().at(0).toObject();
        QCOMPARE(forms.value(QLatin1String("kind")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(QFileInfo(m_work.path(), forms.value(QLatin1String("path")).toString()).absoluteFilePath(),
                 m_hosts->profile().databases.first().path);
        for (const NodeProfile &expected : m_hosts->profile().nodes) {
            const QString host = m_hosts->profile().hostOf(expected);
            QJsonObject match;
            for (const QJsonValue &node : nodes) {
                if (node[QLatin1String("host")].toString() == host)
                    match = node.toObject();
            }
            QVERIFY2(!match.isEmpty(), qPrintable(host));
            QCOMPARE(match.value(QLatin1String("name")).toString(), expected.name); // the sandbox names its hosts after them
            const QLatin1StringView role = expected.role == NodeRole::Primary     ? QLatin1StringView("primary")
                                         : expected.role == NodeRole::Secondary ? QLatin1StringView("secondary")
                                                                                : QLatin1StringView("publish");
            QCOMPARE(match.value(QLatin1String("role")).toString(), QString(role));
            QCOMPARE(match.value(QLatin1String("repository")).toString(), expected.repository);
            QCOMPARE(match.value(QLatin1String("errorLog")).toString(), expected.errorLog);
            QCOMPARE(match.value(QLatin1String("appServerDir")).toString(), expected.appServerDir);
            QCOMPARE(match.value(QLatin1String("bootstrapProperties")).toString(), expected.bootstrapProperties);
            if (expected.isAuthor()) { // a publish node's are Lifeboat's own, not beside an application server
                QCOMPARE(match.value(QLatin1String("patchLevelFile")).toString(), expected.patchLevelFile);
                QCOMPARE(match.value(QLatin1String("http")).toObject().value(QLatin1String("url")).toString(),
                         expected.httpUrl.toString());
            }
            if (expected.isAuthor()) {
                // Its cluster node id, as the host's disk has it, is reported.
                const CommandResult id = m_hosts->onHost(host, QStringLiteral("cat ") + AemPaths::at(expected.repository, AemPaths::clusterNodeId));
                QVERIFY(!id.out.trimmed().isEmpty());
                QVERIFY2(found.out.contains(id.out.trimmed()), qPrintable(found.out));
            }
        }
        // The storage host holds the GDS, not a node: said, not invented.
        QVERIFY2(found.out.contains(QStringLiteral("storage")) && found.out.contains(QStringLiteral("no AEM Forms node")),
                 qPrintable(found.out));
        // What it could not find yet is named, and the loader says what is missing.
        const CommandResult checked = m_hosts->runner().lifeboat({QStringLiteral("profile"), QStringLiteral("check"), output});
        QCOMPARE(checked.exitCode, 64);

        // Never written over.
        const QByteArray before = [&] { QFile again(output); return again.open(QIODevice::ReadOnly) ? again.readAll() : QByteArray(); }();
        const CommandResult twice = discover({QStringLiteral("--known-hosts"), m_hosts->profile().knownHostsFile,
                                              QStringLiteral("--output"), output});
        QCOMPARE(twice.exitCode, 64);
        QFile after(output);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    // Each application server's layout, on this machine's files: the same
    // code reads them over ssh.
    void eachApplicationServerIsFound_data()
    {
        QTest::addColumn<QString>("appServer");
        QTest::newRow("jboss") << QStringLiteral("jboss");
        QTest::newRow("weblogic") << QStringLiteral("weblogic");
        QTest::newRow("websphere") << QStringLiteral("websphere");
    }

    void eachApplicationServerIsFound()
    {
        QFETCH(QString, appServer);
        SandboxFixture sandbox({QStringLiteral("--app-server"), appServer, QStringLiteral("--nodes"), QStringLiteral("2"),
                                QStringLiteral("--publish"), QStringLiteral("1"), QStringLiteral("--size-mb"), QStringLiteral("1"),
                                QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        LocalHostFiles files;
        NodeDiscovery discovery(files, QString());
        const QList<NodeDiscovery::Found> found = discovery.find({sandbox.directory()});
        QCOMPARE(found.size(), sandbox.profile().nodes.size());
        for (const NodeProfile &expected : sandbox.profile().nodes) {
            const auto match = std::find_if(found.cbegin(), found.cend(), [&](const NodeDiscovery::Found &node) {
                return node.repository == expected.repository;
            });
            QVERIFY2(match != found.cend(), qPrintable(expected.repository));
            QCOMPARE(int(match->role), int(expected.role));
            QCOMPARE(match->bootstrapProperties, expected.bootstrapProperties);
            if (!expected.isAuthor())
                continue;
            QVERIFY(match->appServer);
            QCOMPARE(toString(*match->appServer), appServer);
            QCOMPARE(match->appServerDir, expected.appServerDir);
            QCOMPARE(match->patchLevelFile, expected.patchLevelFile);
            // The forms database, from the server's own data source configuration.
            QVERIFY(match->formsDatabase);
            QCOMPARE(int(match->formsDatabase->kind), int(sandbox.profile().databases.first().kind));
            QCOMPARE(match->formsDatabase->path, sandbox.profile().databases.first().path);
            QVERIFY(match->httpUrl);
            QCOMPARE(*match->httpUrl, expected.httpUrl);
        }
        QVERIFY2(discovery.notes().isEmpty(), qPrintable(discovery.notes().join(u'\n')));
    }

    void jdbcUrlsGiveTheDatabase_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("kind"); // empty: not one Lifeboat backs up
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::newRow("mysql") << QStringLiteral("jdbc:mysql://db1.example.com:3307/adobe?useSSL=true") << QStringLiteral("mariadb")
                               << QStringLiteral("db1.example.com") << 3307 << QStringLiteral("adobe");
        QTest::newRow("mariadb, default port") << QStringLiteral("jdbc:mariadb://10.0.0.5/aemforms") << QStringLiteral("mariadb")
                                               << QStringLiteral("10.0.0.5") << 3306 << QStringLiteral("aemforms");
        QTest::newRow("postgresql") << QStringLiteral("jdbc:postgresql://pg:5433/forms") << QStringLiteral("postgresql")
                                    << QStringLiteral("pg") << 5433 << QStringLiteral("forms");
        QTest::newRow("oracle") << QStringLiteral("jdbc:oracle:thin:@db:1521:ORCL") << QString() << QString() << 0 << QString();
    }

    void jdbcUrlsGiveTheDatabase()
    {
        QFETCH(QString, url);
        QFETCH(QString, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QString why;
        const auto found = DataSourceReader::fromJdbcUrl(url, &why);
        if (kind.isEmpty()) {
            QVERIFY(!found);
            QVERIFY2(why.contains(QStringLiteral("PostgreSQL")), qPrintable(why)); // says what it can back up
            return;
        }
        QVERIFY2(found, qPrintable(why));
        QCOMPARE(toString(found->kind), kind);
        QCOMPARE(found->host, host);
        QCOMPARE(found->port, port);
        QCOMPARE(found->database, database);
    }

    // JBoss writes ports and addresses as ${property:default}.
    void aPropertysDefaultIsItsValue()
    {
        QCOMPARE(HttpListenerReader::withDefault(QStringLiteral("${jboss.http.port:8080}")), QStringLiteral("8080"));
        QCOMPARE(HttpListenerReader::withDefault(QStringLiteral(" ${jboss.bind.address:0.0.0.0} ")), QStringLiteral("0.0.0.0"));
        QCOMPARE(HttpListenerReader::withDefault(QStringLiteral("8443")), QStringLiteral("8443"));
    }

    // A host seen for the first time is not asked before its key is trusted.
    void anUnknownHostKeyIsNotTrustedBehindTheUsersBack()
    {
        if (!m_hosts)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        const QString output = m_work.filePath(QStringLiteral("untrusted.json"));
        const CommandResult refused = discover({QStringLiteral("--known-hosts"), m_work.filePath(QStringLiteral("empty_known_hosts")),
                                                QStringLiteral("--output"), output});
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.out + refused.err));
        QVERIFY2((refused.out + refused.err).contains(QStringLiteral("SHA256:")), qPrintable(refused.out + refused.err)); // the key to check, named
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_MAIN(TestProfileDiscovery)
#include "tst_profilediscovery.moc"
