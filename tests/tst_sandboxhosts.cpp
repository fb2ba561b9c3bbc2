// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/Processes.h"

#include <cluster/HttpClient.h>
#include <hosts/Hosts.h>
#include <profile/AemPaths.h>
#include <profile/ClusterProfile.h>
#include <profile/SecretStore.h>
#include <sandbox/SandboxHosts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `lifeboat sandbox create DIR --hosts`: every node on a host of its own and
// the shared storage on another, each an sshd on its own loopback address in
// its own mount namespace, the node processes started over ssh. Driven
// through the real `lifeboat` command line, checked over real ssh.
class TestSandboxHosts : public QObject
{
    Q_OBJECT

private:
    HostsSandbox m_sandbox;
    QString m_directory = m_sandbox.directory();
    ClusterProfile m_profile;

    CommandResult sandbox(const QString &action, const QStringList &arguments = {}) const
    {
        return m_sandbox.sandbox(action, arguments);
    }

    CommandResult onHost(const QString &hostName, const QString &command) const
    {
        return m_sandbox.onHost(hostName, command);
    }

    // The file every node has of its own: an author's cluster node id, a publish node's system id.
    static QString identityFile(const NodeProfile &node)
    {
        return AemPaths::at(node.repository, node.isAuthor() ? AemPaths::clusterNodeId : AemPaths::systemId);
    }

    QJsonObject status() const { return m_sandbox.status(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.watched()); }

    void cleanupTestCase()
    {
        m_sandbox.cleanUp();
        QVERIFY(!QFileInfo::exists(SandboxHosts::mountRootFor(m_directory)));
    }

    void withoutRootNothingIsCreated()
    {
        // A directory the unprivileged user may write to: the refusal, not
        // the permissions, must be what stops it.
        const QString open = m_sandbox.root() + QStringLiteral("/open");
        QVERIFY(QDir().mkpath(open));
        QVERIFY(QFile::setPermissions(m_sandbox.root(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(open,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QString target = QDir(open).filePath(QStringLiteral("cluster"));
        QStringList arguments{QStringLiteral("sandbox"), QStringLiteral("create"),    target,
                              QStringLiteral("--hosts"), QStringLiteral("--size-mb"), QStringLiteral("1")};
        QString program = CommandRunner::binary(QStringLiteral("lifeboat"));
        if (::geteuid() == 0) {
            arguments.prepend(program);
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--")}
                + arguments;
            program = QStringLiteral("setpriv");
        }
        // A home the user may write to: Lifeboat keeps its log there.
        const QString home = open + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(home));
        QVERIFY(::chown(QFile::encodeName(home).constData(), 65534, 65534) == 0);
        const CommandResult result = CommandRunner(home).run(program, arguments);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains(QLatin1String("--hosts needs root")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(open).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("home")});
        QVERIFY(!QFileInfo::exists(SandboxHosts::mountRootFor(target)));
    }

    void createAndStart()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        const CommandResult created = m_sandbox.create(
            {QStringLiteral("--nodes"), QStringLiteral("2"), QStringLiteral("--publish"), QStringLiteral("1"),
             QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        QVERIFY2(created.out.contains(QLatin1String("ssh -F ")), qPrintable(created.out));
        m_profile = m_sandbox.profile();
        QVERIFY(!m_profile.nodes.isEmpty());
        // Creating left nothing running.
        QCOMPARE(processesMentioning(m_directory + u'/'), QList<qint64>());

        const CommandResult started = sandbox(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

    void theProfileNamesTheHosts()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        QStringList hostNames;
        for (const HostProfile &host : std::as_const(m_profile.hosts)) {
            hostNames.append(host.name);
            QCOMPARE(host.user, QStringLiteral("root"));
            QCOMPARE(host.identityFile, QDir(m_directory).filePath(QStringLiteral("ssh/client_key")));
            QVERIFY(host.address.startsWith(QLatin1String("127.0.0.")) && host.address != QLatin1String("127.0.0.1"));
        }
        QCOMPARE(hostNames,
                 (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("publish1"),
                              QStringLiteral("storage")}));
        QCOMPARE(m_profile.knownHostsFile, QDir(m_directory).filePath(QStringLiteral("known_hosts")));
        for (const NodeProfile &node : std::as_const(m_profile.nodes)) {
            QCOMPARE(m_profile.hostOf(node), node.name);
            QVERIFY(QDir::isAbsolutePath(node.repository));
            QCOMPARE(node.start.arguments().first(), QStringLiteral("ssh"));
        }
        // The same path on every host.
        QCOMPARE(m_profile.node(QStringLiteral("node1"))->repository,
                 m_profile.node(QStringLiteral("node2"))->repository);
        QCOMPARE(m_profile.node(QStringLiteral("node1"))->repository,
                 m_profile.node(QStringLiteral("publish1"))->repository);
        for (const QString &shared :
             {m_profile.gdsHost, m_profile.fontsHost, m_profile.connectorsHost, m_profile.contentStorageRootHost})
            QCOMPARE(shared, QStringLiteral("storage"));
    }

    void eachNodeAnswersOnItsPort()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const SecretStore secrets(m_profile.secretsFile);
        QSet<int> ports;
        for (const NodeProfile &node : std::as_const(m_profile.nodes)) {
            ports.insert(node.httpUrl.port());
            QUrl url = node.httpUrl;
            url.setPath(node.statusPath);
            const HttpClient::Reply reply = HttpClient(node.httpUser, secrets.expand(node.httpPassword), 5000).get(url);
            QVERIFY2(reply.ok(), qPrintable(node.name + u' ' + reply.error));
            QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("node")).toString(), node.name);
        }
        QCOMPARE(ports.size(), m_profile.nodes.size());
    }

    void eachHostKeepsItsOwnFilesAtTheSharedPath()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        QSet<QString> identities;
        for (const NodeProfile &node : std::as_const(m_profile.nodes)) {
            const CommandResult seen
                = onHost(node.name, QStringLiteral("test -d %1 && cat %2").arg(node.repository, identityFile(node)));
            QVERIFY2(seen.exitCode == 0, qPrintable(node.name + u' ' + seen.err));
            const QString identity = seen.out.trimmed();
            QVERIFY(!identity.isEmpty());
            identities.insert(identity);
            // What the host sees there is its own folder below DIR/hosts.
            const QString backing
                = QDir(m_directory).filePath(QStringLiteral("hosts/%1/aem/crx-repository/").arg(node.name))
                + QDir(node.repository).relativeFilePath(identityFile(node));
            QCOMPARE(QString::fromUtf8(readFile(backing)).trimmed(), identity);
            // And this namespace sees nothing at the node's path.
            QVERIFY2(!QFileInfo::exists(node.repository), qPrintable(node.repository));
        }
        QCOMPARE(identities.size(), m_profile.nodes.size());

        // The GDS lives on the storage host, and every node host mounts it at the same path.
        const QString count = QStringLiteral("find %1 -type f | wc -l").arg(m_profile.gds);
        const CommandResult onStorage = onHost(QStringLiteral("storage"), count);
        QVERIFY2(onStorage.exitCode == 0, qPrintable(onStorage.err));
        QVERIFY(onStorage.out.trimmed().toInt() > 0);
        QCOMPARE(onHost(QStringLiteral("node2"), count).out, onStorage.out);
        QVERIFY(!QFileInfo::exists(m_profile.gds));
        // No host reaches another's files through the sandbox directory.
        const CommandResult hidden = onHost(QStringLiteral("node1"), QStringLiteral("ls -A %1/hosts").arg(m_directory));
        QCOMPARE(hidden.exitCode, 0);
        QCOMPARE(hidden.out.trimmed(), QString());
    }

    void lifeboatReachesEachNodeThroughItsHost()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const NodeProfile &node = *m_profile.node(QStringLiteral("node2"));
        QCOMPARE(m_profile.host(node.name)->agentPath, CommandRunner::binary(QStringLiteral("lifeboat-agent")));
        // Lifeboat's own strict connection trusts the host through the
        // sandbox's known_hosts, with nobody asked to confirm a key, and
        // its helper there sees the node's files.
        const std::shared_ptr<Hosts> hosts = Hosts::of(m_profile);
        const Hosts::State state = hosts->check(node.name);
        QVERIFY2(state.kind == Hosts::State::Kind::Connected, qPrintable(state.message));
        HostFiles &files = hosts->files(m_profile.onNode(node, node.repository));
        HostFiles::Entry repository;
        QString error;
        QVERIFY2(files.stat(node.repository, &repository, &error), qPrintable(error));
        QVERIFY(repository.isDirectory());
        HostFiles::Lock lock;
        QVERIFY2(files.inspectLock(node.repository + QStringLiteral("/.lock"), &lock, &error), qPrintable(error));
        QCOMPARE(lock.state, HostFiles::Lock::State::Held);
        const CommandResult identity = onHost(node.name, QStringLiteral("cat ") + identityFile(node));
        QCOMPARE(files.readText(identityFile(node)), identity.out.trimmed());
        // A question whose caller wants no reason (as the scenarios' checks
        // ask) is answered "no", as on this machine.
        QByteArray nothing;
        QVERIFY(!files.readFile(node.repository + QStringLiteral("/no-such-file"), 1024, &nothing, nullptr));
        QVERIFY(!hosts->local().readFile(node.repository + QStringLiteral("/no-such-file"), 1024, &nothing, nullptr));
    }

    void statusGivesEachNodesHost()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const CommandResult result = sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), m_profile.nodes.size());
        for (const QJsonValue &value : nodes) {
            const QJsonObject node = value.toObject();
            QVERIFY2(node.value(QLatin1String("running")).toBool(),
                     qPrintable(node.value(QLatin1String("name")).toString()));
            // Seen on its host: the repository there, the lock held by the running node.
            QVERIFY2(node.value(QLatin1String("present")).toBool(),
                     qPrintable(node.value(QLatin1String("hostError")).toString()));
            QCOMPARE(node.value(QLatin1String("lock")).toString(), QStringLiteral("held"));
            QCOMPARE(node.value(QLatin1String("host")).toString(), node.value(QLatin1String("name")).toString());
        }
        const QJsonArray hosts = json.value(QLatin1String("hosts")).toArray();
        QCOMPARE(hosts.size(), m_profile.hosts.size());
        for (const QJsonValue &value : hosts)
            QVERIFY(value.toObject().value(QLatin1String("running")).toBool());
        const CommandResult table = sandbox(QStringLiteral("status"));
        QVERIFY2(table.out.contains(QLatin1String("HOST")) && table.out.contains(QLatin1String("storage")),
                 qPrintable(table.out));
    }

    void aBackupAndARestoreGoThroughTheHosts()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const QString profile = QDir(m_directory).filePath(QStringLiteral("cluster.json"));
        const CommandResult backup = m_sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), profile,
                                                        QStringLiteral("--scenario"), QStringLiteral("backup-rolling"),
                                                        QStringLiteral("--yes")});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QStringList sets = QDir(m_profile.backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sets.size(), 1);
        QVERIFY(QFileInfo::exists(
            QDir(m_profile.backupRoot).filePath(sets.first() + QStringLiteral("/repository-node2.tar.zst"))));

        const CommandResult broken = sandbox(QStringLiteral("break"),
                                             {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                              QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.out + broken.err));
        const CommandResult restore
            = m_sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--scenario"), QStringLiteral("restore-node"), QStringLiteral("--node"),
                                 QStringLiteral("node2"), QStringLiteral("--yes")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        for (const QJsonValue &value : status().value(QLatin1String("nodes")).toArray()) {
            const QJsonObject node = value.toObject();
            QVERIFY2(node.value(QLatin1String("running")).toBool()
                         && !node.value(QLatin1String("repositoryUnsync")).toBool(),
                     QJsonDocument(node).toJson().constData());
        }
        // What the restore replaced is kept in a quarantine on node2's own disk.
        const CommandResult quarantine
            = onHost(QStringLiteral("node2"),
                     QStringLiteral("ls -A %1")
                         .arg(m_profile.node(QStringLiteral("node2"))->repository + QStringLiteral("/..")));
        QVERIFY2(quarantine.out.contains(QLatin1String(".lifeboat-quarantine")), qPrintable(quarantine.out));
    }

    void breakChangesTheRightHostOnly()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const NodeProfile &node1 = *m_profile.node(QStringLiteral("node1"));
        const NodeProfile &node2 = *m_profile.node(QStringLiteral("node2"));
        const CommandResult before = onHost(QStringLiteral("node1"), QStringLiteral("cat ") + identityFile(node1));
        QCOMPARE(before.exitCode, 0);

        const CommandResult broken = sandbox(QStringLiteral("break"),
                                             {QStringLiteral("--fault"), QStringLiteral("missing-cluster-node-id"),
                                              QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.out + broken.err));
        QVERIFY2(broken.out.contains(QLatin1String("node2:") + identityFile(node2)), qPrintable(broken.out));
        QCOMPARE(onHost(QStringLiteral("node2"),
                        QStringLiteral("test -d %1 && ! test -e %2").arg(node2.repository, identityFile(node2)))
                     .exitCode,
                 0);
        const CommandResult after = onHost(QStringLiteral("node1"), QStringLiteral("cat ") + identityFile(node1));
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);

        // A fault of the shared storage changes the storage host's GDS, which the nodes see.
        const QString count = QStringLiteral("find %1 -type f -path '*/docm*' | wc -l").arg(m_profile.gds);
        const int documents = onHost(QStringLiteral("storage"), count).out.trimmed().toInt();
        QVERIFY(documents > 0);
        const CommandResult lost
            = sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("lose-gds-files")});
        QVERIFY2(lost.exitCode == 0, qPrintable(lost.out + lost.err));
        const int left = onHost(QStringLiteral("storage"), count).out.trimmed().toInt();
        QVERIFY2(left > 0 && left < documents, qPrintable(QStringLiteral("%1 of %2").arg(left).arg(documents)));
        QCOMPARE(onHost(QStringLiteral("node1"), count).out.trimmed().toInt(), left);
    }

    void stopEndsEveryProcess()
    {
        if (m_profile.nodes.isEmpty())
            QSKIP("No sandbox.");
        const QJsonObject before = status();
        QList<qint64> nodePids;
        for (const QJsonValue &value : before.value(QLatin1String("nodes")).toArray())
            nodePids.append(value.toObject().value(QLatin1String("pid")).toInteger());
        // Each host's sshd, started with its own configuration in DIR/ssh.
        QList<qint64> sshds;
        for (const QJsonValue &value : before.value(QLatin1String("hosts")).toArray()) {
            const QString config
                = QStringLiteral("ssh/%1/sshd_config").arg(value.toObject().value(QLatin1String("name")).toString());
            const qint64 pid = value.toObject().value(QLatin1String("pid")).toInteger();
            QVERIFY(processesMentioning(QDir(m_directory).filePath(config)).contains(pid));
            sshds.append(pid);
        }
        QCOMPARE(sshds.size(), m_profile.hosts.size());

        const CommandResult stopped = sandbox(QStringLiteral("stop"));
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.out + stopped.err));
        for (qint64 pid : std::as_const(nodePids))
            QVERIFY2(pid > 0 && !processRunning(pid), qPrintable(QString::number(pid)));
        for (qint64 pid : std::as_const(sshds))
            QVERIFY2(!processRunning(pid), qPrintable(QString::number(pid)));
        // Nothing else of the sandbox either; this test's own ssh connection
        // (lifeboatReachesEachNodeThroughItsHost) ends once its host has gone.
        QTRY_COMPARE_WITH_TIMEOUT(processesMentioning(m_directory + u'/'), QList<qint64>(), 5000);
        for (const QJsonValue &value : status().value(QLatin1String("hosts")).toArray())
            QVERIFY(!value.toObject().value(QLatin1String("running")).toBool());
        // Stopping a stopped sandbox is no error.
        const CommandResult again = sandbox(QStringLiteral("stop"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHosts)
#include "tst_sandboxhosts.moc"
