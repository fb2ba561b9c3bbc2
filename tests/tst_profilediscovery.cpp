// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/SandboxFixture.h"

#include <discovery/ControlTemplates.h>
#include <discovery/DataSourceReader.h>
#include <discovery/HttpListenerReader.h>
#include <discovery/JavaProcesses.h>
#include <discovery/NodeDiscovery.h>
#include <discovery/StoreDiscovery.h>
#include <hosts/LocalHostFiles.h>

#include <profile/AemPaths.h>

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QProcess>
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

    static QStringList hostOptions(const HostsSandbox &sandbox)
    {
        QStringList options;
        for (const HostProfile &host : sandbox.profile().hosts)
            options << QStringLiteral("--host") << QStringLiteral("%1=%2:%3").arg(host.name, host.address).arg(host.port);
        const HostProfile &any = sandbox.profile().hosts.first();
        return options << QStringLiteral("--user") << any.user << QStringLiteral("--identity") << any.identityFile
                       << QStringLiteral("--ssh-config") << any.sshConfig << QStringLiteral("--agent-path") << any.agentPath;
    }

    static CommandResult discover(const HostsSandbox &sandbox, const QStringList &extra)
    {
        return sandbox.runner().lifeboat(QStringList{QStringLiteral("profile"), QStringLiteral("discover")} + hostOptions(sandbox) + extra);
    }
    CommandResult discover(const QStringList &extra) const { return discover(*m_hosts, extra); }

    static QString onHost(const ClusterProfile &profile, const QString &host, const QString &path)
    {
        return QStringLiteral("%1:%2").arg(host.isEmpty() ? QStringLiteral("local") : host, path);
    }

    // Everything that matters of a profile discovery wrote, against the
    // sandbox's own: nodes (name, host, role, paths, HTTP address), the
    // application server, the forms database and the shared stores with
    // their hosts.
    static void compareWithTheSandboxs(const ClusterProfile &discovered, const ClusterProfile &expected)
    {
        QCOMPARE(toString(discovered.appServer), toString(expected.appServer));
        QCOMPARE(discovered.nodes.size(), expected.nodes.size());
        for (const NodeProfile &node : expected.nodes) {
            const NodeProfile *match = discovered.node(node.name); // the sandbox names its hosts after its nodes
            QVERIFY2(match, qPrintable(node.name));
            QCOMPARE(match->host, node.host);
            QCOMPARE(int(match->role), int(node.role));
            QCOMPARE(match->repository, node.repository);
            QCOMPARE(match->errorLog, node.errorLog);
            QCOMPARE(match->appServerDir, node.appServerDir);
            QCOMPARE(match->bootstrapProperties, node.bootstrapProperties);
            QCOMPARE(match->patchLevelFile, node.patchLevelFile);
            QCOMPARE(match->indexRoot, node.indexRoot);
            QCOMPARE(match->tempDirectories, node.tempDirectories);
            QCOMPARE(match->httpUrl, node.httpUrl);
            QVERIFY(!match->start.isEmpty() && !match->stop.isEmpty());
        }
        QCOMPARE(discovered.databases.size(), 1);
        QCOMPARE(int(discovered.databases.first().kind), int(expected.databases.first().kind));
        QCOMPARE(discovered.databases.first().path, expected.databases.first().path);
        QCOMPARE(onHost(discovered, discovered.gdsHost, discovered.gds), onHost(expected, expected.gdsHost, expected.gds));
        QCOMPARE(onHost(discovered, discovered.contentStorageRootHost, discovered.contentStorageRoot),
                 onHost(expected, expected.contentStorageRootHost, expected.contentStorageRoot));
        QCOMPARE(onHost(discovered, discovered.connectorsHost, discovered.connectors),
                 onHost(expected, expected.connectorsHost, expected.connectors));
        QCOMPARE(discovered.fontsHost, expected.fontsHost);
        QCOMPARE(discovered.fonts, expected.fonts);
    }

    // A profile with a path that is not there and the primary's role
    // given to a secondary loads, but its test says what is wrong.
    void aWrongProfileFailsItsTest(const HostsSandbox &sandbox, const QString &good) const
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QString moved;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            const QString role = node.value(QLatin1String("role")).toString();
            if (role == QLatin1String("primary") || role == QLatin1String("secondary"))
                node.insert(QStringLiteral("role"), role == QLatin1String("primary") ? QStringLiteral("secondary") : QStringLiteral("primary"));
            if (role == QLatin1String("secondary") && moved.isEmpty()) {
                moved = node.value(QLatin1String("appServerDir")).toString() + QStringLiteral("-moved");
                node.insert(QStringLiteral("appServerDir"), moved);
                // Its stop command names a script that is not on the host.
                QJsonObject control = node.value(QLatin1String("control")).toObject();
                QJsonArray stop = control.value(QLatin1String("stop")).toArray();
                for (qsizetype j = 0; j < stop.size(); ++j) {
                    if (stop.at(j).toString().endsWith(QLatin1String("/jboss-cli.sh")))
                        stop.replace(j, stop.at(j).toString().replace(QStringLiteral("jboss-cli.sh"), QStringLiteral("jboss-kli.sh")));
                }
                control.insert(QStringLiteral("stop"), stop);
                node.insert(QStringLiteral("control"), control);
            } else if (role == QLatin1String("secondary")) {
                node.insert(QStringLiteral("role"), QStringLiteral("secondary"));
            }
            nodes.replace(i, node);
        }
        json.insert(QStringLiteral("nodes"), nodes);
        const QString wrong = m_work.filePath(QStringLiteral("wrong.json"));
        QFile out(wrong);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        const CommandResult tested = sandbox.runner().lifeboat({QStringLiteral("profile"), QStringLiteral("test"), wrong});
        QVERIFY2(tested.exitCode == 2, qPrintable(tested.out + tested.err));
        QVERIFY2(tested.out.contains(QStringLiteral("Not there: ")) && tested.out.contains(moved), qPrintable(tested.out));
        QVERIFY2(tested.out.contains(QStringLiteral("The profile says primary; its disk says secondary")), qPrintable(tested.out));
        QVERIFY2(tested.out.contains(QStringLiteral("Not there, or not executable: ")) && tested.out.contains(QStringLiteral("/bin/jboss-kli.sh")),
                 qPrintable(tested.out));
        QVERIFY2(tested.out.contains(QStringLiteral("The profile says secondary; its disk says primary")), qPrintable(tested.out));
    }

    // A small started sandbox with hosts: one publish node, 2 MB, no activity, plus `options`.
    static void startHostsSandbox(std::unique_ptr<HostsSandbox> *sandbox, const QStringList &options)
    {
        *sandbox = std::make_unique<HostsSandbox>();
        QVERIFY((*sandbox)->watched());
        const CommandResult created = (*sandbox)->create(QStringList{QStringLiteral("--publish"), QStringLiteral("1"),
                                                                     QStringLiteral("--size-mb"), QStringLiteral("2"),
                                                                     QStringLiteral("--activity"), QStringLiteral("0")}
                                                         + options);
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        const CommandResult started = (*sandbox)->sandbox(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        if (::geteuid() != 0)
            return; // the tests on hosts skip
        startHostsSandbox(&m_hosts, {QStringLiteral("--nodes"), QStringLiteral("3")});
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
        // The secret it names is not defined yet: the loader says so.
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

    // Issue 20's "done when": on a sandbox with hosts for each application
    // server, the profile discovery writes equals the sandbox's own in
    // everything that matters and, once its one secret is given, loads and
    // runs an offline backup with the commands it found (the servers'
    // own scripts, over ssh) and a rolling one (LCBackupMode.sh).
    void aDiscoveredProfileEqualsTheSandboxsAndBacksItUp_data()
    {
        QTest::addColumn<QString>("appServer");
        QTest::newRow("jboss") << QStringLiteral("jboss");
        QTest::newRow("weblogic") << QStringLiteral("weblogic");
        QTest::newRow("websphere") << QStringLiteral("websphere");
    }

    void aDiscoveredProfileEqualsTheSandboxsAndBacksItUp()
    {
        if (!m_hosts)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        QFETCH(QString, appServer);
        std::unique_ptr<HostsSandbox> other;
        HostsSandbox *sandbox = m_hosts.get();
        if (appServer != QLatin1String("jboss")) {
            startHostsSandbox(&other, {QStringLiteral("--nodes"), QStringLiteral("2"), QStringLiteral("--app-server"), appServer});
            if (QTest::currentTestFailed())
                return;
            sandbox = other.get();
        }
        const QString output = m_work.filePath(appServer + QStringLiteral("-complete.json"));
        const QString backups = m_work.filePath(appServer + QStringLiteral("-backups"));
        const CommandResult found = discover(*sandbox, {QStringLiteral("--known-hosts"), sandbox->profile().knownHostsFile,
                                                        QStringLiteral("--backup-root"), backups, QStringLiteral("--output"), output});
        QVERIFY2(found.exitCode == 0, qPrintable(found.out + found.err));
        QVERIFY2(!found.out.contains(QStringLiteral("Still to fill in")), qPrintable(found.out));

        // Once the secret it names is given, it loads as it is.
        sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_SECRET_AEM_ADMIN"), sandbox->secretValues().value(0));
        const CommandResult checked = sandbox->runner().lifeboat({QStringLiteral("profile"), QStringLiteral("check"), output});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QList<ProfileProblem> problems;
        const auto discovered = ClusterProfile::load(output, &problems);
        QVERIFY2(discovered, qPrintable(ProfileProblem::describe(output, problems)));
        compareWithTheSandboxs(*discovered, sandbox->profile());
        if (QTest::currentTestFailed())
            return;

        for (const QString scenario : {QStringLiteral("backup-offline"), QStringLiteral("backup-rolling")}) {
            const CommandResult backedUp = sandbox->runner().lifeboat(
                {QStringLiteral("run"), QStringLiteral("--profile"), output, QStringLiteral("--scenario"), scenario,
                 QStringLiteral("--yes"), QStringLiteral("--accept-warnings"), QStringLiteral("--report-dir"),
                 m_work.filePath(appServer + QStringLiteral("-runs"))});
            QVERIFY2(backedUp.exitCode == 0, qPrintable(scenario + u'\n' + backedUp.out + backedUp.err));
        }
        const CommandResult listed = sandbox->runner().lifeboat({QStringLiteral("backups"), QStringLiteral("--profile"), output,
                                                                 QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonDocument sets = QJsonDocument::fromJson(listed.out.toUtf8());
        QVERIFY2(sets.toJson().count("backup-offline") >= 1 && sets.toJson().count("backup-rolling") >= 1, qPrintable(listed.out));
        // "Test this profile": every read-only check holds, each node
        // answers at the status URL discovery gave it.
        const CommandResult tested = sandbox->runner().lifeboat({QStringLiteral("profile"), QStringLiteral("test"), output});
        QVERIFY2(tested.exitCode == 0 && !tested.out.contains(QStringLiteral("[FAIL]")), qPrintable(tested.out + tested.err));
        for (const NodeProfile &node : sandbox->profile().nodes) {
            QVERIFY2(tested.out.contains(QStringLiteral("[PASS] %1 answers at its status URL").arg(node.name)), qPrintable(tested.out));
            QVERIFY2(tested.out.contains(QStringLiteral("[PASS] %1's role is the one its disk tells").arg(node.name)), qPrintable(tested.out));
            QVERIFY2(tested.out.contains(QStringLiteral("[PASS] %1's start and stop programs are on its host").arg(node.name)), qPrintable(tested.out));
        }
        if (appServer == QLatin1String("jboss"))
            aWrongProfileFailsItsTest(*sandbox, output);
        // Every node is up again, started by the commands discovery found.
        const QJsonArray nodes = sandbox->status().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), sandbox->profile().nodes.size());
        for (const QJsonValue &node : nodes)
            QVERIFY2(node[QLatin1String("running")].toBool(), qPrintable(node[QLatin1String("name")].toString()));
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

    // A store every node mounts belongs to the host that serves it (one
    // with no node); two GDS folders are said, not silently chosen between.
    void aSharedStoreBelongsToTheHostThatServesIt()
    {
        StoreDiscovery stores;
        const auto folder = [](const QString &name) {
            HostFiles::Entry entry;
            entry.path = QStringLiteral("/srv/share/") + name;
            entry.type = HostFiles::Type::Directory;
            return entry;
        };
        for (const QString host : {QStringLiteral("node1"), QStringLiteral("files"), QStringLiteral("node2")})
            stores.visit(host, QStringLiteral("/srv/share"), {folder(QStringLiteral("DocumentStorage")), folder(QStringLiteral("connectors"))});
        HostFiles::Entry other = folder(QStringLiteral("DocumentStorage"));
        other.path = QStringLiteral("/opt/jboss/server/lc/svcnative/DocumentStorage");
        stores.visit(QStringLiteral("node1"), QStringLiteral("/opt/jboss/server/lc/svcnative"), {other});
        stores.setNodeHosts({QStringLiteral("node1"), QStringLiteral("node2")});
        ClusterProfile draft;
        stores.fill(&draft, {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("files")});
        QCOMPARE(draft.gds, QStringLiteral("/srv/share/DocumentStorage"));
        QCOMPARE(draft.gdsHost, QStringLiteral("files"));
        QCOMPARE(draft.connectorsHost, QStringLiteral("files"));
        QVERIFY2(stores.notes().join(u'\n').contains(other.path), qPrintable(stores.notes().join(u'\n')));
        QVERIFY(draft.contentStorageRoot.isEmpty()); // none found: none invented
    }

    // A node whose server a systemd unit runs is started and stopped with
    // systemctl, through sudo unless the login is root; otherwise with the
    // server's scripts.
    void aSystemdUnitIsPreferredToTheScripts()
    {
        QTemporaryDir units;
        QFile unit(units.filePath(QStringLiteral("aem-forms.service")));
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write("[Service]\nUser=aem\nExecStart=/opt/adobe/jboss/bin/standalone.sh -c standalone.xml\n");
        unit.close();
        LocalHostFiles files;
        QCOMPARE(ControlTemplates::unitRunning(files, QStringLiteral("/opt/adobe/jboss"), units.path()), QStringLiteral("aem-forms.service"));
        QVERIFY(ControlTemplates::unitRunning(files, QStringLiteral("/opt/adobe/weblogic"), units.path()).isEmpty());
        const ControlTemplates::Control control = ControlTemplates::systemd(QStringLiteral("aem-forms.service"), false);
        QCOMPARE(control.start.arguments(), QStringList({QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("systemctl"),
                                                         QStringLiteral("start"), QStringLiteral("aem-forms.service")}));
        HostProfile host;
        host.address = QStringLiteral("10.0.0.11");
        host.user = QStringLiteral("aemops");
        const QStringList remote = ControlTemplates::overSsh(host, QStringLiteral("/etc/lifeboat/known_hosts"), control.stop.arguments());
        QCOMPARE(remote.first(), QStringLiteral("ssh"));
        QVERIFY(remote.contains(QStringLiteral("BatchMode=yes")) && remote.contains(QStringLiteral("StrictHostKeyChecking=yes")));
        QVERIFY(remote.contains(QStringLiteral("UserKnownHostsFile=/etc/lifeboat/known_hosts")));
        QCOMPARE(remote.mid(remote.indexOf(QStringLiteral("10.0.0.11"))),
                 QStringList({QStringLiteral("10.0.0.11"), QStringLiteral("--"), QStringLiteral("sudo"), QStringLiteral("-n"),
                              QStringLiteral("systemctl"), QStringLiteral("stop"), QStringLiteral("aem-forms.service")}));
    }

    // An installation outside the usual places is found through the
    // working folder of the JVM that runs it.
    void aRunningJavasFolderIsSearched()
    {
        QTemporaryDir install;
        QVERIFY(QDir().mkpath(install.filePath(QStringLiteral("aem/crx-repository/repository"))));
        QVERIFY(QDir().mkpath(install.filePath(QStringLiteral("aem/jboss/bin"))));
        QProcess java;
        java.setWorkingDirectory(install.filePath(QStringLiteral("aem/jboss/bin")));
        java.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("exec -a java sleep 60")});
        QVERIFY(java.waitForStarted());
        QTest::qWait(200); // until the exec has happened
        LocalHostFiles files;
        const QString expected = QDir::cleanPath(install.filePath(QStringLiteral("aem")));
        const QStringList places = JavaProcesses::searchPlaces(files, {QStringLiteral("/opt")});
        QVERIFY2(places.contains(expected), qPrintable(places.join(u' ')));
        // Not again when a place searched holds it already.
        QVERIFY(!JavaProcesses::searchPlaces(files, {install.path()}).contains(expected));
        NodeDiscovery discovery(files, QStringLiteral("here"));
        const QList<NodeDiscovery::Found> found = discovery.find(places);
        QVERIFY(std::any_of(found.cbegin(), found.cend(), [&](const NodeDiscovery::Found &node) {
            return node.repository == expected + QStringLiteral("/crx-repository");
        }));
        java.kill();
        java.waitForFinished();
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
