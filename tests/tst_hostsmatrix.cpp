// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/CommandLineWatch.h"
#include "support/HostsSandbox.h"
#include "support/Processes.h"
#include "support/RestoreChecks.h"
#include "support/SandboxFixture.h"
#include "support/SetListing.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <backup/BackupSetManifest.h>
#include <csignal>
#include <functional>
#include <memory>
#include <profile/AemPaths.h>
#include <restore/RestoredTree.h>
#include <run/RunLock.h>
#include <run/RunRecord.h>
#include <run/ScenarioCategory.h>
#include <sandbox/SandboxFaults.h>
#include <sandbox/SandboxHosts.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/StepKinds.h>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

QStringList sandboxOptions(int sizeMb)
{
    return { QStringLiteral("--nodes"), QStringLiteral("3"), QStringLiteral("--publish"), QStringLiteral("2"),
        QStringLiteral("--size-mb"), QString::number(sizeMb), QStringLiteral("--seed"),
        QStringLiteral("1313"), QStringLiteral("--activity"), QStringLiteral("0") };
}

// Big enough that archiving or unpacking a node's repository (about a
// fifth of it) takes a while: long enough to kill a connection half-way.
constexpr int bigSizeMb = 128;

// What a node writes whenever it starts or stops (its lock, its logs, the
// app server's log): left out where a test asks whether a host was left alone.
const QStringList startAndStopWrites{ QStringLiteral("**/.lock"), QStringLiteral("crx-repository/logs/"),
    QStringLiteral("logs/"), QStringLiteral("server.log") };

QStringList setsIn(const QString &backupRoot)
{
    return QDir(backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Every entry below the backup root, hidden ones too: a set, a set being
// staged, anything a failed run left.
QStringList everythingIn(const QString &backupRoot)
{
    return QDir(backupRoot)
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

// Issue 13's "done when", proved on a sandbox whose nodes and shared storage
// are each a host of their own (real sshd, real lifeboat-agent, real mount
// namespaces): every backup strategy makes the same set as on a sandbox of
// one machine built from the same seed; every recovery scenario brings back
// every fault on the host it hit and leaves the other hosts alone; a host
// that cannot be used stops the run before anything changes; a connection
// killed in the middle of archiving or extracting is resumed to the same
// result; and no secret appears on any command line on any host.
// Needs root (mount namespaces).
class TestHostsMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    std::unique_ptr<HostsSandbox> m_hosts;
    std::unique_ptr<SandboxFixture> m_local;
    std::unique_ptr<HostsSandbox> m_big; // for killing a connection half-way: enough data to take a while
    std::unique_ptr<CommandLineWatch> m_watch;
    QString m_offlineSet;
    QString m_publishSet;
    QString m_documents;
    QString m_bigSet;

    // `lifeboat run` on the hosts sandbox (or another), watched for secrets on command lines.
    CommandResult run(const HostsSandbox &sandbox, const QString &scenario, const QStringList &options = {},
        const QString &profile = {})
    {
        m_watch->start();
        const CommandResult result = sandbox.runner().lifeboat(
            QStringList{ QStringLiteral("run"), QStringLiteral("--profile"),
                profile.isEmpty() ? sandbox.profilePath() : profile, QStringLiteral("--scenario"), scenario,
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") }
            + options);
        m_watch->stop();
        return result;
    }

    CommandResult resume(const HostsSandbox &sandbox)
    {
        m_watch->start();
        const CommandResult result = sandbox.runner().lifeboat(
            { QStringLiteral("resume"), QStringLiteral("--profile"), sandbox.profilePath(),
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") });
        m_watch->stop();
        return result;
    }

    QString newestRun() const
    {
        return m_runs.filePath(QDir(m_runs.path())
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)
                                   .value(0));
    }

    static BackupSetManifest manifest(const HostsSandbox &sandbox, const QString &set)
    {
        QString error;
        return BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(set), &error)
            .value_or(BackupSetManifest());
    }

    // What is wrong with the cluster as `sandbox status` sees it: every node
    // running on its own host, its repository there, its lock held by it,
    // no "repository unsync".
    static QStringList clusterProblems(const HostsSandbox &sandbox)
    {
        QStringList problems;
        const QJsonArray nodes = sandbox.status().value(QLatin1String("nodes")).toArray();
        if (nodes.size() != sandbox.profile().nodes.size())
            problems.append(QStringLiteral("status lists %1 node(s)").arg(nodes.size()));
        for (const QJsonValue &value : nodes) {
            const QJsonObject node = value.toObject();
            const QString name = node.value(QLatin1String("name")).toString();
            if (!node.value(QLatin1String("running")).toBool()
                || !node.value(QLatin1String("present")).toBool()
                || node.value(QLatin1String("lock")).toString() != QLatin1String("held")
                || node.value(QLatin1String("repositoryUnsync")).toBool()
                || node.value(QLatin1String("host")).toString() != name)
                problems.append(QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact)));
        }
        return problems;
    }

    static QHash<QString, qint64> nodePids(const HostsSandbox &sandbox)
    {
        QHash<QString, qint64> pids;
        for (const QJsonValue &node : sandbox.status().value(QLatin1String("nodes")).toArray())
            pids.insert(node[QLatin1String("name")].toString(), node[QLatin1String("pid")].toInteger());
        return pids;
    }

    // Where each host keeps what the sandbox put there: a node host its
    // node's folder, the storage host the shared storage.
    static QString rootOf(const HostsSandbox &sandbox, const QString &host)
    {
        if (const NodeProfile *node = sandbox.profile().node(host))
            return QFileInfo(node->repository).path();
        QString error;
        return SandboxHosts::load(sandbox.directory(), &error)->sharedMount();
    }

    // Every host's files (with `everyEntry`, its folders and links too), as read on it.
    static QMap<QString, RestoredTree::Digests> hostTrees(const HostsSandbox &sandbox,
        const QStringList &hosts, bool everyEntry, const QStringList &leftOut = {})
    {
        QMap<QString, RestoredTree::Digests> trees;
        for (const QString &host : hosts) {
            const auto digests = sandbox.digestsOnHost(host, rootOf(sandbox, host), everyEntry);
            trees.insert(host,
                digests ? RestoredTree::without(*digests, leftOut)
                        : RestoredTree::Digests{ { QStringLiteral("?"), QStringLiteral("unreadable") } });
        }
        return trees;
    }

    static QStringList treeDifferences(
        const QMap<QString, RestoredTree::Digests> &before, const QMap<QString, RestoredTree::Digests> &after)
    {
        QStringList differences;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            for (const QString &line : RestoredTree::difference(it.value(), after.value(it.key())))
                differences.append(it.key() + QStringLiteral(": ") + line);
        }
        return differences;
    }

    static QStringList hostNames(const HostsSandbox &sandbox)
    {
        QStringList names;
        for (const HostProfile &host : sandbox.profile().hosts)
            names.append(host.name);
        return names;
    }

    // A copy of the hosts sandbox's profile, next to it (its relative paths
    // stay right), with `change` applied to its JSON.
    QString profileCopy(const QString &name, const std::function<void(QJsonObject &)> &change) const
    {
        QFile original(m_hosts->profilePath());
        if (!original.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        change(json);
        QSaveFile copy(m_hosts->path(name));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(QJsonDocument(json).toJson()) < 0
            || !copy.commit())
            return {};
        return copy.fileName();
    }

    // Starts `lifeboat ARGUMENTS`, and once one of the helpers on `host` has
    // written `bytes` (archiving: the archive it streams; extracting: the
    // files it unpacks), kills every helper on that host: the connection
    // Lifeboat has to it ends there. The program's output, and whether the
    // kill came before it ended.
    CommandResult killHelpersHalfWay(const HostsSandbox &sandbox, const QStringList &arguments,
        const QString &host, qint64 bytes, bool *killed)
    {
        *killed = false;
        QProcess process;
        process.setProcessEnvironment(sandbox.runner().environment());
        m_watch->start();
        const QByteArray hostNamespace = sandbox.mountNamespaceOf(host);
        const QString agent = CommandRunner::binary(QStringLiteral("lifeboat-agent"));
        // Only this run's helpers: one of an earlier run may still be on its way out.
        const QList<qint64> earlier = processesIn(hostNamespace, agent);
        process.start(CommandRunner::binary(QStringLiteral("lifeboat")), arguments);
        const QDeadlineTimer deadline(180000);
        while (!*killed && process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QList<qint64> agents = processesIn(hostNamespace, agent);
            agents.removeIf([&earlier](qint64 pid) { return earlier.contains(pid); });
            if (std::any_of(agents.begin(), agents.end(),
                    [bytes](qint64 pid) { return bytesWritten(pid) >= bytes; })) {
                for (qint64 pid : agents)
                    ::kill(pid_t(pid), SIGKILL);
                *killed = true;
            }
            process.waitForFinished(1);
        }
        if (!process.waitForFinished(int(deadline.remainingTime()))) {
            process.kill();
            process.waitForFinished();
        }
        m_watch->stop();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    // The big sandbox, made at first use.
    bool bigSandbox()
    {
        if (m_big)
            return m_big->created();
        m_big = std::make_unique<HostsSandbox>();
        const CommandResult created = m_big->create(sandboxOptions(bigSizeMb));
        if (created.exitCode != 0 || m_big->sandbox(QStringLiteral("start")).exitCode != 0) {
            qWarning("%s", qPrintable(created.out + created.err));
            return false;
        }
        m_watch->watchFor(m_big->secretValues());
        return true;
    }

    // A recovery the matrix makes: the faults broken (on those nodes; an
    // empty one is a fault of the shared parts), then the scenario (with
    // --node NODE, if it takes one). The scenario for each fault is the one
    // RecoveryAdvisor chooses: one author node broken, restore-node; shared
    // data lost or every author gone, restore-cluster; publish nodes,
    // recover-publish-node or -cluster.
    struct Recovery
    {
        const char *name;
        QStringList faults;
        QStringList nodes;
        QString scenario;
        QString node;
        bool repositoryRestored;
    };

    static QList<Recovery> recoveries()
    {
        const QString restoreNode = QStringLiteral("restore-node");
        const QString restoreCluster = QStringLiteral("restore-cluster");
        const QString publishNode = QStringLiteral("recover-publish-node");
        const QString node1 = QStringLiteral("node1"), node2 = QStringLiteral("node2"),
                      node3 = QStringLiteral("node3");
        const QString publish1 = QStringLiteral("publish1"), publish2 = QStringLiteral("publish2");
        return {
            { "corrupt-repository on the primary", { QStringLiteral("corrupt-repository") }, { node1 },
                restoreNode, node1, true },
            { "missing-cluster-node-id on a secondary", { QStringLiteral("missing-cluster-node-id") },
                { node2 }, restoreNode, node2, false },
            { "delete-repository on a secondary", { QStringLiteral("delete-repository") }, { node3 },
                restoreNode, node3, true },
            { "stale-lock on the primary", { QStringLiteral("stale-lock") }, { node1 }, restoreNode, node1,
                false },
            { "crash on a secondary", { QStringLiteral("crash") }, { node2 }, restoreNode, node2, false },
            // Nothing to recover: the restore must wait until node2 has ended
            // (its lock, held on its host, released) before it touches it.
            { "slow-stop on a secondary", { QStringLiteral("slow-stop") }, { node2 }, restoreNode, node2, false },
            { "lose-node on a secondary", { QStringLiteral("lose-node") }, { node3 }, restoreNode, node3,
                true },
            // Patched first ('sandbox patch'): a restore refuses a node at another patch level.
            { "old-image on a secondary", { QStringLiteral("old-image") }, { node2 }, restoreNode, node2, true },
            // Brought back first ('sandbox start'); the restore then finds the host.
            { "host-down on a secondary", { QStringLiteral("host-down") }, { node3 }, restoreNode, node3, false },
            { "lose-gds-files", { QStringLiteral("lose-gds-files") }, { QString() }, restoreCluster, {},
                true },
            { "corrupt-database", { QStringLiteral("corrupt-database") }, { QString() }, restoreCluster, {},
                true },
            { "lose-node on every author host", QStringList(3, QStringLiteral("lose-node")),
                { node2, node3, node1 }, restoreCluster, {}, true },
            { "delete-repository on a publish node", { QStringLiteral("delete-repository") }, { publish1 },
                publishNode, publish1, true },
            { "lose-node on a publish node", { QStringLiteral("lose-node") }, { publish2 }, publishNode,
                publish2, true },
            { "corrupt-repository on every publish node",
                QStringList(2, QStringLiteral("corrupt-repository")), { publish1, publish2 },
                QStringLiteral("recover-publish-cluster"), {}, true },
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        QVERIFY(m_runs.isValid());
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_hosts = std::make_unique<HostsSandbox>();
        QVERIFY(m_hosts->watched());
        const CommandResult created = m_hosts->create(sandboxOptions(4));
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        m_local = std::make_unique<SandboxFixture>(sandboxOptions(4));
        QVERIFY2(m_local->created(), qPrintable(m_local->createResult().err));
        for (const CommandResult &started :
            { m_hosts->sandbox(QStringLiteral("start")), m_local->sandbox(QStringLiteral("start")) })
            QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const QStringList secrets = m_hosts->secretValues();
        QVERIFY(!secrets.isEmpty());
        m_watch = std::make_unique<CommandLineWatch>(secrets);
        m_documents = documents(m_hosts->runner(), m_hosts->profile());
        QVERIFY(m_documents.count(u'\n') > 5);
    }

    void cleanupTestCase()
    {
        m_big.reset();
        m_local.reset();
        m_hosts.reset();
        // No helper of this build is left running, on any host.
        QTRY_COMPARE_WITH_TIMEOUT(
            processesMentioning(CommandRunner::binary(QStringLiteral("lifeboat-agent"))), QList<qint64>(),
            5000);
    }

    // ------------------------------------------------------------------
    // 1. Every backup strategy: the same set as on a sandbox of one machine.

    void everyStrategyMakesTheSameSetAsOnOneMachine_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const Scenario *scenario : ScenarioRegistry::ofCategory(ScenarioCategory::Backup))
            QTest::newRow(qPrintable(scenario->id())) << scenario->id();
    }

    void everyStrategyMakesTheSameSetAsOnOneMachine()
    {
        QFETCH(QString, strategy);
        const QStringList hostsBefore = setsIn(m_hosts->profile().backupRoot);
        const QStringList localBefore = setsIn(m_local->profile().backupRoot);
        const CommandResult onHosts = run(*m_hosts, strategy);
        QVERIFY2(onHosts.exitCode == 0, qPrintable(onHosts.out + onHosts.err));
        const CommandResult onOneMachine
            = m_local->runner().lifeboat({ QStringLiteral("run"), QStringLiteral("--profile"),
                m_local->path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"), strategy,
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") });
        QVERIFY2(onOneMachine.exitCode == 0, qPrintable(onOneMachine.out + onOneMachine.err));

        QStringList hostsSets = setsIn(m_hosts->profile().backupRoot);
        QStringList localSets = setsIn(m_local->profile().backupRoot);
        hostsSets.removeIf([&hostsBefore](const QString &set) { return hostsBefore.contains(set); });
        localSets.removeIf([&localBefore](const QString &set) { return localBefore.contains(set); });
        QCOMPARE(hostsSets.size(), 1);
        QCOMPARE(localSets.size(), 1);
        // The recoveries restore from these, whatever the comparison finds.
        if (strategy == QLatin1String("backup-offline"))
            m_offlineSet = hostsSets.first();
        if (strategy == QLatin1String("backup-publish"))
            m_publishSet = hostsSets.first();
        const SetListing expected = SetListing::of(
            QDir(m_local->profile().backupRoot).filePath(localSets.first()), SetRules::sameSeed());
        const SetListing actual = SetListing::of(
            QDir(m_hosts->profile().backupRoot).filePath(hostsSets.first()), SetRules::sameSeed());
        QVERIFY2(expected.entries().size() > 6, qPrintable(expected.problems().join(u'\n')));
        const QStringList differences = SetListing::differences(expected, actual);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        // And the cluster is as it was.
        const QStringList problems = clusterProblems(*m_hosts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // ------------------------------------------------------------------
    // 2. Every recovery scenario brings back every fault on the right host.

    void theMatrixHasEveryFaultAndEveryRecoveryScenario()
    {
        QSet<QString> faults;
        QSet<QString> scenarios;
        QSet<QString> authorsHit;
        for (const Recovery &recovery : recoveries()) {
            for (qsizetype i = 0; i < recovery.faults.size(); ++i) {
                faults.insert(recovery.faults[i]);
                if (recovery.nodes[i] == QLatin1String("node1"))
                    authorsHit.insert(QStringLiteral("primary"));
                if (recovery.nodes[i] == QLatin1String("node2")
                    || recovery.nodes[i] == QLatin1String("node3"))
                    authorsHit.insert(QStringLiteral("secondary"));
            }
            scenarios.insert(recovery.scenario);
        }
        QStringList every = SandboxFaults::names();
        every.removeAll(QStringLiteral("disk-full")); // a sandbox's own file system only: tst_drillfilesystem
        QCOMPARE(faults, QSet<QString>(every.begin(), every.end()));
        QSet<QString> recoveryScenarios;
        for (const Scenario *scenario : ScenarioRegistry::ofCategory(ScenarioCategory::Recovery))
            recoveryScenarios.insert(scenario->id());
        QCOMPARE(scenarios, recoveryScenarios);
        QCOMPARE(authorsHit, (QSet<QString>{ QStringLiteral("primary"), QStringLiteral("secondary") }));
    }

    void everyFaultIsBroughtBackOnItsHost_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("node");
        QTest::addColumn<bool>("repositoryRestored");
        for (const Recovery &recovery : recoveries())
            QTest::newRow(recovery.name) << recovery.faults << recovery.nodes << recovery.scenario
                                         << recovery.node << recovery.repositoryRestored;
    }

    void everyFaultIsBroughtBackOnItsHost()
    {
        QFETCH(QStringList, faults);
        QFETCH(QStringList, nodes);
        QFETCH(QString, scenario);
        QFETCH(QString, node);
        QFETCH(bool, repositoryRestored);
        QVERIFY2(!m_offlineSet.isEmpty() && !m_publishSet.isEmpty(),
            "needs the sets of everyStrategyMakesTheSameSetAsOnOneMachine");
        const ClusterProfile &profile = m_hosts->profile();
        const bool cluster = scenario == QLatin1String("restore-cluster");
        const bool publish = scenario.contains(QLatin1String("publish"));
        // The hosts the scenario works on; every other one is left alone.
        QStringList touched = nodes;
        if (cluster)
            touched = QStringList{ QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3"),
                SandboxHosts::storageName() };
        touched.removeAll(QString());
        QStringList others = hostNames(*m_hosts);
        others.removeIf([&touched](const QString &host) { return touched.contains(host); });
        const auto before = hostTrees(*m_hosts, others, true, startAndStopWrites);
        const QHash<QString, qint64> pidsBefore = nodePids(*m_hosts);

        for (qsizetype i = 0; i < faults.size(); ++i) {
            QStringList arguments{ QStringLiteral("--fault"), faults[i] };
            if (!nodes[i].isEmpty())
                arguments << QStringLiteral("--node") << nodes[i];
            const CommandResult broken = m_hosts->sandbox(QStringLiteral("break"), arguments);
            QVERIFY2(broken.exitCode == 0, qPrintable(broken.out + broken.err));
            if (faults[i] == QLatin1String("old-image")) {
                // What the administrator does first: the service pack the set was made at.
                const CommandResult patched
                    = m_hosts->sandbox(QStringLiteral("patch"), { QStringLiteral("--node"), nodes[i] });
                QVERIFY2(patched.exitCode == 0, qPrintable(patched.out + patched.err));
            }
            if (faults[i] == QLatin1String("host-down")) {
                const CommandResult back = m_hosts->sandbox(QStringLiteral("start"));
                QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
            }
        }
        const QString set = publish ? m_publishSet : m_offlineSet;
        QStringList options{ QStringLiteral("--backup-set"), set };
        if (!node.isEmpty())
            options << QStringLiteral("--node") << node;
        const CommandResult restored = run(*m_hosts, scenario, options);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));

        const QStringList problems = clusterProblems(*m_hosts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const BackupSetManifest backup = manifest(*m_hosts, set);
        // The fault is gone, as seen on the host it hit.
        for (const QString &name : std::as_const(nodes)) {
            if (name.isEmpty())
                continue;
            const NodeProfile &hit = m_hosts->node(name);
            if (hit.isAuthor()) {
                const CommandResult id = m_hosts->onHost(
                    name, QStringLiteral("cat ") + AemPaths::at(hit.repository, AemPaths::clusterNodeId));
                QCOMPARE(id.out.trimmed(), backup.node(name)->clusterNodeId);
            }
            if (repositoryRestored) {
                const auto digests = m_hosts->digestsOnHost(name, hit.repository);
                QVERIFY(digests);
                const QStringList differences = repositoryDifference(profile, backup, name, *digests);
                QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
                // An author's runtime files were left out of the copy on its
                // own host (a publish node's recovery keeps them).
                for (auto it = digests->cbegin(); it != digests->cend() && hit.isAuthor(); ++it)
                    QVERIFY2(QFileInfo(it.key()).fileName() != QLatin1String("listener.properties"), qPrintable(name + u':' + it.key()));
            }
            // It runs anew (a crashed node, one that left a stale lock, too).
            QVERIFY2(nodePids(*m_hosts).value(name) != pidsBefore.value(name), qPrintable(name));
        }
        if (cluster) {
            // The repository went to every author host in one unpack step
            // (the hosts at once), before the first swap of a repository.
            const RunRecord record = RunRecord::load(newestRun());
            qsizetype unpacked = -1, firstSwap = -1;
            for (qsizetype i = 0; i < record.steps.size(); ++i) {
                const auto &step = record.steps[i];
                QSet<QString> hosts;
                for (const QJsonValue &change : step.changes)
                    hosts.insert(change[QLatin1String("target")].toString().section(u':', 0, 0));
                if (step.kind == StepKinds::unpackPart && hosts.contains(QStringLiteral("node1"))
                    && hosts.contains(QStringLiteral("node2")) && hosts.contains(QStringLiteral("node3")))
                    unpacked = i;
                if (step.kind == StepKinds::replaceContents && firstSwap < 0
                    && step.title.contains(QLatin1String("repository")))
                    firstSwap = i;
            }
            QVERIFY2(unpacked >= 0 && firstSwap > unpacked, qPrintable(QStringLiteral("%1 %2").arg(unpacked).arg(firstSwap)));
            const auto gds = m_hosts->digestsOnHost(SandboxHosts::storageName(), profile.gds);
            QVERIFY(gds);
            const QStringList differences = gdsDifference(backup, *gds);
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
            // Every node host sees that GDS.
            QVERIFY(m_hosts->digestsOnHost(QStringLiteral("node2"), profile.gds) == gds);
            QCOMPARE(documents(m_hosts->runner(), profile), m_documents);
            const CommandResult integrity = m_hosts->runner().run(QStringLiteral("sqlite3"),
                { profile.databases.value(0).path, QStringLiteral("PRAGMA integrity_check") });
            QCOMPARE(integrity.out.trimmed(), QStringLiteral("ok"));
        }
        // Every other host is as it was.
        const QStringList differences
            = treeDifferences(before, hostTrees(*m_hosts, others, true, startAndStopWrites));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    // ------------------------------------------------------------------
    // 3. A host that cannot be used stops the run before anything changes.

    void aHostThatCannotBeUsedStopsTheRunBeforeAnyChange_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("said"); // what the message must say
        QTest::newRow("unreachable") << QStringLiteral("unreachable")
                                     << QStringList{ QStringLiteral("node2 can be reached over ssh"),
                                            QStringLiteral("Cannot reach node2"),
                                            QStringLiteral("Check that the host can be reached") };
        QTest::newRow("host key changed")
            << QStringLiteral("key")
            << QStringList{ QStringLiteral("The host key of node2"), QStringLiteral("Nothing was changed"),
                   QStringLiteral("SHA256:") };
        QTest::newRow("helper missing")
            << QStringLiteral("helper")
            << QStringList{ QStringLiteral("node2"), QStringLiteral("lifeboat-agent"),
                   QStringLiteral("agentPath") };
    }

    void aHostThatCannotBeUsedStopsTheRunBeforeAnyChange()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, said);
        QVERIFY(!m_offlineSet.isEmpty());
        const QString host = QStringLiteral("node2");
        const QStringList hosts = hostNames(*m_hosts);
        const auto before = hostTrees(*m_hosts, hosts, true);
        const QHash<QString, qint64> pidsBefore = nodePids(*m_hosts);
        const QStringList backupsBefore = everythingIn(m_hosts->profile().backupRoot);

        QString profile = m_hosts->profilePath();
        QString error;
        const auto sandboxHosts = SandboxHosts::load(m_hosts->directory(), &error);
        QVERIFY2(sandboxHosts, qPrintable(error));
        SandboxHost sandboxHost = sandboxHosts->sandboxHost(*sandboxHosts->host(host));
        if (condition == QLatin1String("unreachable")) {
            // The host's sshd ends, as when the host is down.
            const qint64 sshd = m_hosts->sshdPid(host);
            QVERIFY(sshd > 0);
            QVERIFY(::kill(pid_t(sshd), SIGTERM) == 0);
            QTRY_VERIFY(!processRunning(sshd));
        } else if (condition == QLatin1String("key")) {
            // Lifeboat knows another key for node2 than the one it offers.
            QFile known(m_hosts->profile().knownHostsFile);
            QVERIFY(known.open(QIODevice::ReadOnly));
            QStringList lines = QString::fromUtf8(known.readAll()).split(u'\n', Qt::SkipEmptyParts);
            const HostProfile &node2 = *m_hosts->profile().host(host);
            const HostProfile &storage = *m_hosts->profile().host(SandboxHosts::storageName());
            const QString node2Prefix = QStringLiteral("[%1]:%2 ").arg(node2.address).arg(node2.port);
            const QString storageLine
                = lines.filter(QStringLiteral("[%1]:%2 ").arg(storage.address).arg(storage.port)).value(0);
            QVERIFY(!storageLine.isEmpty());
            bool replaced = false;
            for (QString &line : lines) {
                if (line.startsWith(node2Prefix)) {
                    line = node2Prefix + storageLine.section(u' ', 1);
                    replaced = true;
                }
            }
            QVERIFY(replaced);
            // The message names both keys.
            for (const QString &name : { host, SandboxHosts::storageName() }) {
                const CommandResult fingerprint = m_hosts->runner().run(QStringLiteral("ssh-keygen"),
                    { QStringLiteral("-lf"),
                        sandboxHosts->sandboxHost(*sandboxHosts->host(name)).hostPublicKeyPath() });
                QVERIFY2(fingerprint.out.section(u' ', 1, 1).startsWith(QLatin1String("SHA256:")),
                    qPrintable(fingerprint.out + fingerprint.err));
                said.append(fingerprint.out.section(u' ', 1, 1));
            }
            QSaveFile changed(m_hosts->path(QStringLiteral("known_hosts.changed")));
            QVERIFY(changed.open(QIODevice::WriteOnly));
            changed.write((lines.join(u'\n') + u'\n').toUtf8());
            QVERIFY(changed.commit());
            profile = profileCopy(QStringLiteral("cluster-key-changed.json"), [](QJsonObject &json) {
                json.insert(QStringLiteral("knownHostsFile"), QStringLiteral("known_hosts.changed"));
            });
        } else {
            profile = profileCopy(QStringLiteral("cluster-no-helper.json"), [this, &host](QJsonObject &json) {
                QJsonArray hostsJson = json.value(QLatin1String("hosts")).toArray();
                for (qsizetype i = 0; i < hostsJson.size(); ++i) {
                    QJsonObject entry = hostsJson[i].toObject();
                    if (entry.value(QLatin1String("name")).toString() == host)
                        entry.insert(QStringLiteral("agentPath"),
                            m_hosts->path(QStringLiteral("no-such-folder/lifeboat-agent")));
                    hostsJson[i] = entry;
                }
                json.insert(QStringLiteral("hosts"), hostsJson);
            });
        }
        QVERIFY(!profile.isEmpty());

        const CommandResult refused = run(*m_hosts, QStringLiteral("restore-node"),
            { QStringLiteral("--node"), host, QStringLiteral("--repository"), QStringLiteral("--backup-set"),
                m_offlineSet },
            profile);
        if (condition == QLatin1String("unreachable"))
            QVERIFY2(sandboxHost.start(&error), qPrintable(error));
        QVERIFY2(refused.exitCode == 2,
            qPrintable(QStringLiteral("exit %1\n").arg(refused.exitCode) + refused.out + refused.err));
        for (const QString &text : std::as_const(said))
            QVERIFY2((refused.out + refused.err).contains(text),
                qPrintable(text + QStringLiteral(" is not in:\n") + refused.out + refused.err));

        // Nothing changed on any host: every node runs the process it ran,
        // every file and folder is as it was (no quarantine, no scratch
        // copy), and the backup root holds what it held.
        QCOMPARE(nodePids(*m_hosts), pidsBefore);
        const QStringList problems = clusterProblems(*m_hosts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList differences = treeDifferences(before, hostTrees(*m_hosts, hosts, true));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QCOMPARE(everythingIn(m_hosts->profile().backupRoot), backupsBefore);
    }

    // ------------------------------------------------------------------
    // 4. A connection killed half-way is resumed to the same result.

    void aConnectionKilledWhileArchivingIsResumedToTheSameSet()
    {
        QVERIFY(bigSandbox());
        const HostsSandbox &sandbox = *m_big;
        const QString backupRoot = sandbox.profile().backupRoot;
        const CommandResult uninterrupted = run(sandbox, QStringLiteral("backup-offline"));
        QVERIFY2(uninterrupted.exitCode == 0, qPrintable(uninterrupted.out + uninterrupted.err));
        m_bigSet = setsIn(backupRoot).value(0);
        QThread::msleep(1100); // set ids are per second

        // node2's repository is archived on node2 and streamed here; its
        // helper is killed once it has sent 512 KB of about 15 MB. A full
        // set: an incremental one would have next to nothing to send.
        bool killed = false;
        const CommandResult interrupted = killHelpersHalfWay(sandbox,
            { QStringLiteral("run"), QStringLiteral("--profile"), sandbox.profilePath(),
                QStringLiteral("--scenario"), QStringLiteral("backup-offline"),
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes"), QStringLiteral("--full") },
            QStringLiteral("node2"), 512 << 10, &killed);
        QVERIFY2(killed, qPrintable(interrupted.out + interrupted.err));
        QVERIFY2(interrupted.exitCode == 1,
            qPrintable(
                QStringLiteral("exit %1\n").arg(interrupted.exitCode) + interrupted.out + interrupted.err));
        // The step failed, naming the host.
        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.scenario, QStringLiteral("backup-offline"));
        const auto failed = std::find_if(record.steps.begin(), record.steps.end(),
            [](const auto &step) { return step.ended && step.result != QLatin1String("ok"); });
        QVERIFY(failed != record.steps.end());
        QVERIFY2(failed->message.contains(QLatin1String("node2")), qPrintable(failed->message));
        // The parts archived alongside stopped with it; nobody cancelled anything.
        QVERIFY2(!(interrupted.out + interrupted.err).contains(QLatin1String("Cancelled by the user")),
            qPrintable(interrupted.out));
        // No set that looks complete but is not: the backup root holds the one before.
        QCOMPARE(setsIn(backupRoot), QStringList{ m_bigSet });
        for (const QString &entry : everythingIn(backupRoot))
            QVERIFY2(entry == m_bigSet || entry.startsWith(u'.'), qPrintable(entry));
        const QStringList problems = clusterProblems(sandbox);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const CommandResult resumed = resume(sandbox);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        // Its cleanup removed the unfinished set and restarted node2: it starts over.
        QVERIFY2(resumed.out.contains(QLatin1String("again from its first step")), qPrintable(resumed.out));
        QStringList sets = setsIn(backupRoot);
        sets.removeAll(m_bigSet);
        QCOMPARE(sets.size(), 1);
        // The same set as the uninterrupted one, but for node2's error.log,
        // which has the lines of the stops and starts in between.
        SetRules rules = SetRules::sameSeed();
        rules.pathOnly.append(QStringLiteral("repository-*:crx-repository/logs/error.log"));
        const QStringList differences
            = SetListing::differences(SetListing::of(QDir(backupRoot).filePath(m_bigSet), rules),
                SetListing::of(QDir(backupRoot).filePath(sets.first()), rules));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void aConnectionKilledWhileExtractingIsResumedToTheSameResult()
    {
        QVERIFY(bigSandbox());
        if (m_bigSet.isEmpty())
            QSKIP("Needs the set of aConnectionKilledWhileArchivingIsResumedToTheSameSet.");
        const HostsSandbox &sandbox = *m_big;
        const NodeProfile &node2 = sandbox.node(QStringLiteral("node2"));
        const CommandResult broken = sandbox.sandbox(QStringLiteral("break"),
            { QStringLiteral("--fault"), QStringLiteral("corrupt-repository"), QStringLiteral("--node"),
                node2.name });
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.err));
        const auto damaged = sandbox.digestsOnHost(node2.name, node2.repository);
        QVERIFY(damaged);

        // The repository is unpacked on node2 (about 25 MB); its helper is
        // killed once it has written 2 MB of it.
        bool killed = false;
        const CommandResult interrupted = killHelpersHalfWay(sandbox,
            { QStringLiteral("run"), QStringLiteral("--profile"), sandbox.profilePath(),
                QStringLiteral("--scenario"), QStringLiteral("restore-node"), QStringLiteral("--node"),
                node2.name, QStringLiteral("--backup-set"), m_bigSet, QStringLiteral("--report-dir"),
                m_runs.path(), QStringLiteral("--yes") },
            node2.name, 2 << 20, &killed);
        QVERIFY2(killed, qPrintable(interrupted.out + interrupted.err));
        QVERIFY2(interrupted.exitCode == 1,
            qPrintable(
                QStringLiteral("exit %1\n").arg(interrupted.exitCode) + interrupted.out + interrupted.err));
        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.scenario, QStringLiteral("restore-node"));
        const auto failed = std::find_if(record.steps.begin(), record.steps.end(),
            [](const auto &step) { return step.ended && step.result != QLatin1String("ok"); });
        QVERIFY(failed != record.steps.end());
        QCOMPARE(failed->kind, StepKinds::unpackPart);
        QVERIFY2(failed->message.contains(QLatin1String("node2")), qPrintable(failed->message));
        // The repository is not half replaced: whatever it holds is what it
        // held before (what the plan moved to the quarantine is gone from it).
        const auto now = sandbox.digestsOnHost(node2.name, node2.repository);
        QVERIFY(now);
        for (auto it = now->cbegin(); it != now->cend(); ++it) {
            if (!RestoredTree::without({ { it.key(), it.value() } }, startAndStopWrites).isEmpty())
                QVERIFY2(damaged->value(it.key()) == it.value(),
                    qPrintable(QStringLiteral("half replaced: ") + it.key()));
        }

        // The cleanup took the scratch copy away from node2.
        const CommandResult scratch
            = sandbox.onHost(node2.name, QStringLiteral("ls -A ") + QFileInfo(node2.repository).path());
        QCOMPARE(scratch.exitCode, 0);
        QVERIFY2(!scratch.out.contains(QLatin1String(".lifeboat-restore-")), qPrintable(scratch.out));

        const CommandResult resumed = resume(sandbox);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1String("again from the step that failed")), qPrintable(resumed.out));
        const QStringList problems = clusterProblems(sandbox);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const auto restored = sandbox.digestsOnHost(node2.name, node2.repository);
        QVERIFY(restored);
        const QStringList differences
            = repositoryDifference(sandbox.profile(), manifest(sandbox, m_bigSet), node2.name, *restored);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    // ------------------------------------------------------------------
    // 5. No secret on any command line, on any host, during every run above
    // (every backup strategy, every recovery, the refusals, the kills and
    // the resumes).

    // ------------------------------------------------------------------
    // Issue 18, point 4: one run per cluster, also for two workstations
    // that drive the same cluster. Each has its own lock folder (another
    // HOME here); they meet on the primary's host, where the run holds a
    // lock beside the repository through an agent session of its own. The
    // lock goes with the run's process, however it ends.

    void aRunOnAnotherWorkstationIsRefusedByTheLockOnThePrimarysHost()
    {
        const QString primaryHost = m_hosts->profile().hostOf(*m_hosts->profile().primary());
        QVERIFY(!primaryHost.isEmpty());
        const HostPath lockFile = RunLock::remoteLock(m_hosts->profile());
        QCOMPARE(lockFile.host, primaryHost);
        QTemporaryDir thisWorkstation;
        QTemporaryDir otherWorkstation;
        CommandRunner other(m_hosts->runner());
        other.setEnvironment(QStringLiteral("HOME"), otherWorkstation.path());
        other.setEnvironment(QStringLiteral("XDG_DATA_HOME"), otherWorkstation.filePath(QStringLiteral("data")));
        const QStringList check{ QStringLiteral("check"), QStringLiteral("--profile"), m_hosts->profilePath(),
            QStringLiteral("--scenario"), QStringLiteral("backup-online") };
        {
            RunLock held(m_hosts->profile(), thisWorkstation.path());
            QVERIFY2(held.acquire(QStringLiteral("restore-node")), qPrintable(held.errorString()));
            const CommandResult onHost
                = m_hosts->onHost(primaryHost, QStringLiteral("cat '%1'").arg(lockFile.path));
            QVERIFY2(onHost.out.contains(QStringLiteral("\"pid\":%1").arg(::getpid())), qPrintable(onHost.out + onHost.err));
            const CommandResult refused = other.lifeboat(
                { QStringLiteral("run"), QStringLiteral("--profile"), m_hosts->profilePath(), QStringLiteral("--scenario"),
                    QStringLiteral("backup-online"), QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") });
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("restore-node, pid %1 on ").arg(::getpid())), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(lockFile.display()), qPrintable(refused.err));
            QVERIFY(refused.err.contains(QLatin1String("Nothing was changed")));
            const CommandResult checked = other.lifeboat(check);
            QCOMPARE(checked.exitCode, 2);
            QVERIFY2(checked.out.contains(QStringLiteral("[FAIL] No other run is working on this cluster")), qPrintable(checked.out));
        }
        // Released: the other workstation may go ahead.
        const CommandResult free = other.lifeboat(check);
        QVERIFY2(free.out.contains(QStringLiteral("[PASS] No other run is working on this cluster")), qPrintable(free.out));
        // A run killed in its third step: the ssh connection goes with it,
        // the agent on the primary's host with that, and the lock with the agent.
        m_hosts->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:2"));
        const CommandResult killed = run(*m_hosts, QStringLiteral("backup-online"));
        m_hosts->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(killed.exitCode, -1);
        QTRY_VERIFY_WITH_TIMEOUT(other.lifeboat(check).out.contains(
                                     QStringLiteral("[PASS] No other run is working on this cluster")),
            15000);
        const CommandResult resumed = resume(*m_hosts);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
    }

    void noSecretOnAnyCommandLine()
    {
        QVERIFY2(
            m_watch->scans() > 100, "run the whole test: this one checks what the runs before it showed");
        // The watch saw the runs' processes, on this machine and on the hosts.
        const QSet<QString> seen = m_watch->programsSeen();
        for (const QString &program :
            { QStringLiteral("lifeboat"), QStringLiteral("lifeboat-agent"), QStringLiteral("ssh") })
            QVERIFY2(seen.contains(program), qPrintable(program));
        const QStringList findings = m_watch->findings();
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHostsMatrix)
#include "tst_hostsmatrix.moc"
