// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <cluster/NodeController.h>
#include <cluster/RepositoryLock.h>
#include <run/Confirmer.h>
#include <run/RunRecord.h>
#include <run/Runner.h>
#include <steps/StartNodesStep.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QSet>

#include <csignal>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Stopped means stopped, a run leaves the cluster as it found it, and the
// checks before a backup see the cluster's health (issue 14, points 2, 6
// and 11), on the sandbox's real node processes.
class TestNodeLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;

    static QStringList quietSandbox() { return {QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")}; }

    CommandResult run(const SandboxFixture &sandbox, const QString &scenario, const QStringList &options = {}) const
    {
        return sandbox.runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                                     QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                                     QStringLiteral("--yes")}
                                         + options);
    }

    QString newestRun() const
    {
        return m_runs.filePath(QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0));
    }

    static QString newestSet(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
    }

    static QStringList living(const SandboxFixture &sandbox)
    {
        QStringList nodes = sandbox.livingNodes();
        nodes.sort();
        return nodes;
    }

    // The local ports that an established TCP connection leads to, from
    // the kernel's table (/proc/net/tcp and tcp6: "sl local remote st ...").
    static QSet<int> connectedPorts()
    {
        QSet<int> ports;
        for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
            QFile file(table);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            file.readLine(); // the heading
            while (!file.atEnd()) {
                const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(u' ');
                if (fields.size() > 3 && fields[3] == QLatin1String("01")) // ESTABLISHED
                    ports.insert(fields[2].section(u':', -1).toInt(nullptr, 16));
            }
        }
        return ports;
    }

    static qint64 pidOf(const SandboxFixture &sandbox, const QString &node)
    {
        return RepositoryLock::inspect(sandbox.node(node).repository).pid;
    }

    // The profile's control.timeoutSeconds of one node, as an administrator edits it.
    static bool setTimeout(const SandboxFixture &sandbox, const QString &node, int seconds)
    {
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray nodes = profile.value(QLatin1String("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject entry = nodes[i].toObject();
            if (entry.value(QLatin1String("name")).toString() != node)
                continue;
            QJsonObject control = entry.value(QLatin1String("control")).toObject();
            control.insert(QStringLiteral("timeoutSeconds"), seconds);
            entry.insert(QStringLiteral("control"), control);
            nodes[i] = entry;
        }
        profile.insert(QStringLiteral("nodes"), nodes);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(profile).toJson()) > 0;
    }

    static QJsonObject primaryStatus(const SandboxFixture &sandbox)
    {
        const CommandResult status = sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--node"), QStringLiteral("node1"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("nodes")).toArray().first().toObject();
    }

    static int indexOfKind(const RunRecord &record, const QString &kind)
    {
        for (qsizetype i = 0; i < record.steps.size(); ++i) {
            if (record.steps[i].kind == kind)
                return int(i);
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runs.isValid());
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    // --- 2. Stopped means stopped ------------------------------------------

    void aNodeSlowToStopIsWaitedForBeforeItsRepositoryIsCopied()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult broken = sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("slow-stop"),
                                                                               QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.out + broken.err));
        QVERIFY2(broken.out.contains(QStringLiteral("20 seconds")), qPrintable(broken.out));
        const qint64 before = pidOf(sandbox, QStringLiteral("node2"));

        QElapsedTimer clock;
        clock.start();
        const CommandResult backup = run(sandbox, QStringLiteral("backup-rolling"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QVERIFY2(clock.elapsed() > 15000, qPrintable(QString::number(clock.elapsed())));
        // The copy is of node2 once its process had ended: its log's last line is its stop.
        const QString set = newestSet(sandbox);
        const CommandResult log = sandbox.runner().run(QStringLiteral("tar"), {QStringLiteral("-xOf"),
                                                                                sandbox.profile().backupRoot + u'/' + set + QStringLiteral("/repository-node2.tar.zst"),
                                                                                QStringLiteral("crx-repository/logs/error.log")});
        QVERIFY2(log.out.contains(QStringLiteral("is shutting down; its repository stays locked")), qPrintable(log.out));
        QVERIFY2(log.out.trimmed().endsWith(QLatin1String("node node2 stopped")), qPrintable(log.out + log.err));
        const RunRecord record = RunRecord::load(newestRun());
        const int stop = indexOfKind(record, QStringLiteral("stop-nodes"));
        QVERIFY(stop >= 0);
        QVERIFY2(record.steps[stop].log.toVariantList().last().toString().contains(QStringLiteral("has stopped")),
                 QJsonDocument(record.steps[stop].log).toJson().constData());
        // And it runs again, a new process.
        QCOMPARE(living(sandbox).size(), 5);
        QVERIFY(pidOf(sandbox, QStringLiteral("node2")) != before);
    }

    void aNodeThatDoesNotStopInTimeFailsBeforeItsRepositoryIsTouched()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(sandbox, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QString set = newestSet(sandbox);
        QVERIFY(setTimeout(sandbox, QStringLiteral("node2"), 5));
        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("slow-stop"),
                                                           QStringLiteral("--node"), QStringLiteral("node2")}).exitCode, 0);

        const CommandResult restore = run(sandbox, QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node2"),
                                                                                     QStringLiteral("--backup-set"), set});
        // The clean-up cannot start node2 again while it is still shutting
        // down: a failed clean-up (issue 18, point 3), with what to do.
        QCOMPARE(restore.exitCode, 5);
        const QString said = restore.out + restore.err;
        QVERIFY2(said.contains(QStringLiteral("node2 did not stop within 5 seconds")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("node2 does not answer, but its process (pid ")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("still holds ") + RepositoryLock::path(sandbox.node(QStringLiteral("node2")).repository)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Nothing of node2 was touched")), qPrintable(said));
        // Nothing after the stop began: no quarantine, no swap, the repository where it was.
        const RunRecord record = RunRecord::load(newestRun());
        const int stop = indexOfKind(record, QStringLiteral("stop-nodes"));
        QVERIFY(stop >= 0);
        QCOMPARE(record.steps[stop].result, QStringLiteral("failed"));
        for (qsizetype i = stop + 1; i < record.steps.size(); ++i)
            QVERIFY2(!record.steps[i].started, qPrintable(record.steps[i].title));
        QVERIFY(QFileInfo::exists(sandbox.node(QStringLiteral("node2")).repository + QStringLiteral("/repository/cluster_node.id")));
        QVERIFY(QDir(sandbox.node(QStringLiteral("node2")).repository).entryList({QStringLiteral(".lifeboat*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void aNodeNotAnsweringButAliveFailsTheRestoreChecks()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(sandbox, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        // node3 hangs: its process holds the lock and does not answer.
        const qint64 pid = pidOf(sandbox, QStringLiteral("node3"));
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        const CommandResult restore = run(sandbox, QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node2"),
                                                                                     QStringLiteral("--backup-set"), newestSet(sandbox)});
        ::kill(pid_t(pid), SIGCONT);
        QCOMPARE(restore.exitCode, 2);
        const QString said = restore.out + restore.err;
        QVERIFY2(said.contains(QStringLiteral("Not answering, but a live process still holds the repository's lock: node3 (pid %1)").arg(pid)),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Wait until it answers or has stopped")), qPrintable(said));
        QCOMPARE(living(sandbox).size(), 5);
    }

    // Two hung nodes (alive, holding their locks, not answering) are asked
    // at once: each probe waits for its node's answer until it gives up, and
    // asked one after another those waits add up before every run. Seen
    // from the kernel: both nodes hold a connection from Lifeboat at the
    // same moment.
    void hungNodesAreAskedAtOnce()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const ClusterProfile profile = sandbox.profile();
        const NodeProfile *node1 = profile.node(QStringLiteral("node1"));
        const NodeProfile *node3 = profile.node(QStringLiteral("node3"));
        QVERIFY(node1 && node3);
        const qint64 pid1 = pidOf(sandbox, QStringLiteral("node1"));
        const qint64 pid3 = pidOf(sandbox, QStringLiteral("node3"));
        QVERIFY(::kill(pid_t(pid1), SIGSTOP) == 0);
        QVERIFY(::kill(pid_t(pid3), SIGSTOP) == 0);
        const NodeController nodes(profile);
        QFuture<QList<NodeStatus>> asked = QtConcurrent::run([&nodes, node1, node3] { return nodes.statusOf({node1, node3}); });
        bool both = false;
        while (!asked.isFinished() && !both) {
            const QSet<int> connected = connectedPorts();
            both = connected.contains(node1->httpUrl.port()) && connected.contains(node3->httpUrl.port());
            QThread::msleep(10);
        }
        const QList<NodeStatus> statuses = asked.result();
        ::kill(pid_t(pid1), SIGCONT);
        ::kill(pid_t(pid3), SIGCONT);
        QVERIFY2(both, "node3 was asked only after node1's probe had given up");
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses[0].name, QStringLiteral("node1"));
        QCOMPARE(statuses[1].name, QStringLiteral("node3"));
        QVERIFY(statuses[0].silentButAlive() && statuses[1].silentButAlive());
    }

    void aNodeThatHoldsItsLockButDoesNotAnswerIsNotStartedAgain()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // node2 is busy (as while it starts): it holds its lock and answers
        // only a few seconds later.
        const qint64 pid = pidOf(sandbox, QStringLiteral("node2"));
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        QTimer::singleShot(3000, [pid] { ::kill(pid_t(pid), SIGCONT); });
        ClusterProfile profile = sandbox.profile();
        auto plan = std::make_unique<Plan>(QStringLiteral("start-drill"), QVariantMap{});
        plan->add(std::make_unique<StartNodesStep>(QStringList{QStringLiteral("node2")}));
        FixedConfirmer yes(true);
        Runner runner(profile, std::move(plan), &yes);
        QVERIFY(runner.begin(m_runs.path()));
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.outcome(), Runner::Outcome::Succeeded);
        const RunRecord record = RunRecord::load(runner.runDirectory());
        QVERIFY2(record.steps.first().changes.isEmpty(), QJsonDocument(record.steps.first().changes).toJson().constData());
        QVERIFY2(QJsonDocument(record.steps.first().log).toJson().contains("node2 is already running"),
                 QJsonDocument(record.steps.first().log).toJson().constData());
        QCOMPARE(pidOf(sandbox, QStringLiteral("node2")), pid);
    }

    // --- 6. Leave what you found -------------------------------------------

    void anOfflineBackupStartsOnlyTheNodesItStopped()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QCOMPARE(sandbox.sandbox(QStringLiteral("stop"), {QStringLiteral("--node"), QStringLiteral("node3")}).exitCode, 0);

        // The preview says so before the run.
        const CommandResult plan = sandbox.runner().lifeboat({QStringLiteral("plan"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                                              QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        QHash<QString, QString> restart;
        for (const QJsonValue &step : QJsonDocument::fromJson(plan.out.toUtf8()).object().value(QLatin1String("cleanup")).toArray()) {
            for (const QJsonValue &change : step[QLatin1String("preview")].toArray()) {
                if (change[QLatin1String("kind")].toString() == QLatin1String("start-node"))
                    restart.insert(change[QLatin1String("target")].toString(), change[QLatin1String("detail")].toString());
            }
        }
        QVERIFY2(restart.value(QStringLiteral("node3")).contains(QStringLiteral("stays stopped")), qPrintable(plan.out));
        QVERIFY2(restart.value(QStringLiteral("node2")).contains(QStringLiteral("started again")), qPrintable(plan.out));

        const CommandResult backup = run(sandbox, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QCOMPARE(living(sandbox), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("publish1"), QStringLiteral("publish2")}));
    }

    void aStoppedClusterStaysStoppedAfterAnOfflineBackup()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QVERIFY(living(sandbox).isEmpty());
        const CommandResult backup = run(sandbox, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QCOMPARE(living(sandbox), QStringList());
    }

    void aClusterKeptInRollingModeStaysInIt()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QCOMPARE(sandbox.backupMode(QStringLiteral("enterContinuousCoverage"), {QStringLiteral("-label=coverage")}).exitCode, 0);
        for (const QString &strategy : {QStringLiteral("backup-rolling"), QStringLiteral("backup-online")}) {
            const CommandResult backup = run(sandbox, strategy);
            QVERIFY2(backup.exitCode == 0, qPrintable(strategy + u'\n' + backup.out + backup.err));
            const QJsonObject primary = primaryStatus(sandbox);
            QCOMPARE(primary.value(QLatin1String("backupMode")).toString(), QStringLiteral("rolling"));
            QVERIFY(primary.value(QLatin1String("backupModeActive")).toBool());
            QCOMPARE(primary.value(QLatin1String("backupModeLabel")).toString(), QStringLiteral("coverage"));
        }
        // A cluster not in it before is not left in it.
        QCOMPARE(sandbox.backupMode(QStringLiteral("leaveContinuousCoverage")).exitCode, 0);
        const CommandResult backup = run(sandbox, QStringLiteral("backup-rolling"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QVERIFY(!primaryStatus(sandbox).value(QLatin1String("backupModeActive")).toBool());
    }

    // --- 11. Checks see the cluster's health -------------------------------

    void aBackupWithoutDowntimeWarnsOfAnAuthorAlreadyDown()
    {
        SandboxFixture sandbox(quietSandbox());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("crash"), QStringLiteral("--node"), QStringLiteral("node3")}).exitCode, 0);
        for (const QString &strategy : {QStringLiteral("backup-rolling"), QStringLiteral("backup-online")}) {
            const CommandResult backup = run(sandbox, strategy);
            QCOMPARE(backup.exitCode, 2);
            const QString said = backup.out + backup.err;
            QVERIFY2(said.contains(QStringLiteral("Already down: node3.")), qPrintable(strategy + u'\n' + said));
        }
        QCOMPARE(living(sandbox), (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("publish1"), QStringLiteral("publish2")}));
        // Every author running: no warning.
        const CommandResult check = sandbox.runner().lifeboat({QStringLiteral("check"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                                               QStringLiteral("--scenario"), QStringLiteral("backup-rolling"), QStringLiteral("--node"), QStringLiteral("node3")});
        QVERIFY2(check.out.contains(QStringLiteral("Serving during the backup: node1, node2.")), qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TestNodeLifecycle)
#include "tst_nodelifecycle.moc"
