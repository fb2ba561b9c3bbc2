// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/CommandLineWatch.h"
#include "support/Processes.h"
#include "support/SandboxFixture.h"

#include <backup/BackupPart.h>
#include <cluster/HttpClient.h>
#include <cluster/NodeController.h>
#include <cluster/RepositoryLock.h>
#include <profile/AemPaths.h>
#include <run/Confirmer.h>
#include <run/RunRecord.h>
#include <run/Runner.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/ArchivePartStep.h>
#include <steps/BackupModeStep.h>
#include <steps/BackupSqliteStep.h>
#include <steps/CheckGdsConsistencyStep.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

// Holds the run for a while, so that the cluster's file collector gets its
// chance between the database copy and the GDS copy.
class WaitStep final : public Step
{
public:
    QString kind() const override { return QStringLiteral("test-wait"); }
    QString title() const override { return QStringLiteral("wait"); }
    ChangeList preview(const StepContext &) const override { return {}; }
    bool run(StepContext &) override
    {
        QThread::sleep(3);
        return true;
    }
};

} // namespace

// The online and publish strategies, and proof that backup mode is what keeps
// a live cluster's database and GDS backups consistent.
class TestBackupStrategies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;

    CommandResult runScenario(SandboxFixture &sandbox, const QString &scenario, const QStringList &options = {})
    {
        return sandbox.runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                                     QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                                     QStringLiteral("--yes")}
                                         + options);
    }

    static QJsonObject manifest(const SandboxFixture &sandbox)
    {
        const QStringList sets = QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        QFile file(sandbox.profile().backupRoot + u'/' + sets.value(0) + QStringLiteral("/manifest.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject part(const QJsonObject &manifest, const QString &name)
    {
        for (const QJsonValue &value : manifest.value(QLatin1String("parts")).toArray()) {
            if (value[QLatin1String("name")].toString() == name)
                return value.toObject();
        }
        return {};
    }

    static QStringList paths(const QJsonObject &part)
    {
        QStringList list;
        for (const QJsonValue &file : part.value(QLatin1String("files")).toArray())
            list.append(file[QLatin1String("path")].toString());
        return list;
    }

    QString newestRun() const
    {
        return m_runs.filePath(QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0));
    }

    static QStringList runningNodes(const SandboxFixture &sandbox)
    {
        QStringList running = sandbox.livingNodes();
        running.sort();
        return running;
    }

    // Database, pause, GDS, check: a backup made with or without backup mode.
    Runner::Outcome consistencyDrill(SandboxFixture &sandbox, bool inBackupMode, QString *message)
    {
        QVariantMap options{{QStringLiteral("setId"), QStringLiteral("drill-%1").arg(inBackupMode)},
                            {QStringLiteral("startedAt"), QStringLiteral("2026-01-01T00:00:00Z")}};
        auto plan = std::make_unique<Plan>(QStringLiteral("consistency-drill"), options);
        if (inBackupMode) {
            plan->add(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Enter, BackupModeState::Mode::Snapshot, QStringLiteral("drill")));
            plan->addCleanup(std::make_unique<BackupModeStep>(BackupModeStep::Direction::Leave, BackupModeState::Mode::Snapshot));
        }
        plan->add(std::make_unique<BackupSqliteStep>(sandbox.profile().databases.first()));
        plan->add(std::make_unique<WaitStep>());
        BackupPart gds;
        gds.name = QStringLiteral("gds");
        gds.kind = QStringLiteral("gds");
        gds.sources = {{sandbox.profile().gds, QStringLiteral("DocumentStorage")}};
        plan->add(std::make_unique<ArchivePartStep>(gds, QStringLiteral("gds")));
        plan->add(std::make_unique<CheckGdsConsistencyStep>());
        FixedConfirmer yes(true);
        Runner runner(sandbox.profile(), std::move(plan), &yes);
        if (!runner.begin(m_runs.path()))
            return Runner::Outcome::Failed;
        runner.runHere();
        const RunRecord record = RunRecord::load(runner.runDirectory());
        *message = record.steps.last().message + record.steps.last().log.last().toString();
        return runner.outcome();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void theOnlinePlanStopsNoNode()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        const CommandResult plan = sandbox.runner().lifeboat({QStringLiteral("plan"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                                              QStringLiteral("--scenario"), QStringLiteral("backup-online"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("scenario")).toString(), QStringLiteral("backup-online"));
        QStringList kinds;
        for (const QJsonValue &step : json.value(QLatin1String("steps")).toArray())
            kinds.append(step[QLatin1String("kind")].toString());
        QVERIFY(!kinds.contains(QStringLiteral("stop-nodes")));
        QVERIFY(kinds.contains(QStringLiteral("online-repository-backup")));
        QVERIFY(kinds.indexOf(QStringLiteral("backup-sqlite")) < kinds.indexOf(QStringLiteral("archive-parts")));
        QVERIFY(kinds.indexOf(QStringLiteral("archive-parts")) < kinds.indexOf(QStringLiteral("online-repository-backup")));
        QCOMPARE(kinds.first(), QStringLiteral("enter-backup-mode"));
        QCOMPARE(kinds.last(), QStringLiteral("publish-backup-set"));
    }

    void onlineBackupToADirectoryAndToAZip()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QStringList before = runningNodes(sandbox);
        for (const QString &target : {QStringLiteral("dir"), QStringLiteral("zip")}) {
            const CommandResult result = runScenario(sandbox, QStringLiteral("backup-online"),
                                                     {QStringLiteral("--target"), target, QStringLiteral("--delay"), QStringLiteral("1")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
            const QJsonObject repository = part(manifest(sandbox), QStringLiteral("repository-node2"));
            QCOMPARE(repository.value(QLatin1String("archive")).toString(),
                     target == QLatin1String("zip") ? QStringLiteral("repository-node2.zip") : QStringLiteral("repository-node2.tar.zst"));
            const QStringList files = paths(repository);
            const QString prefix = target == QLatin1String("zip") ? QString() : QStringLiteral("crx-repository/");
            QVERIFY2(files.contains(prefix + QStringLiteral("repository/cluster_node.id")), qPrintable(files.join(u'\n')));
            QVERIFY(files.filter(QStringLiteral("repository/index/")).isEmpty());
            QVERIFY(files.filter(QStringLiteral("repository/cache/")).isEmpty());
            QVERIFY(!files.contains(prefix + QStringLiteral("backupInProgress.txt")));
            // No node was stopped: every node kept its process.
            QCOMPARE(runningNodes(sandbox), before);
            const QJsonObject node2 = QJsonDocument::fromJson(sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--json")}).out.toUtf8())
                                          .object().value(QLatin1String("nodes")).toArray().first().toObject();
            QVERIFY(!node2.value(QLatin1String("backupModeActive")).toBool());
        }
    }

    // Adobe: no online backup while a data store garbage collection or a
    // revision cleanup runs. Either is a failed check, before backup mode.
    void noOnlineBackupWhileACleanupRuns()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString oak = QString(AemPaths::repositoryManagementJmx);
        const auto call = [&](const QString &node, const QString &operation) {
            const NodeProfile &profile = sandbox.node(node);
            return HttpClient(profile.httpUser, sandbox.adminPassword(), 3000).post(profile.consoleUrl(oak + operation)).status;
        };
        QCOMPARE(call(QStringLiteral("node2"), QStringLiteral("/op/startRevisionGC")), 200);
        QCOMPARE(call(QStringLiteral("node3"), QStringLiteral("/op/startDataStoreGC/boolean")), 200);
        for (const auto &[node, what] : {std::pair{QStringLiteral("node2"), QStringLiteral("A revision cleanup runs on node2")},
                                         std::pair{QStringLiteral("node3"), QStringLiteral("A data store garbage collection runs on node3")}}) {
            const CommandResult refused = runScenario(sandbox, QStringLiteral("backup-online"), {QStringLiteral("--node"), node});
            QVERIFY2(refused.exitCode == 2, qPrintable(refused.out + refused.err));
            QVERIFY2(refused.out.contains(what), qPrintable(refused.out));
            QVERIFY(QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
            QVERIFY(!NodeController(sandbox.profile()).status(*sandbox.profile().primary()).backupModeActive);
        }
        // Once the cleanup has ended, the same backup runs.
        QCOMPARE(call(QStringLiteral("node2"), QStringLiteral("/op/cancelRevisionGC")), 200);
        const CommandResult result = runScenario(sandbox, QStringLiteral("backup-online"), {QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    }

    void publishNodesAreBackedUpWhilePublishingIsHeld()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult result = runScenario(sandbox, QStringLiteral("backup-publish"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QJsonObject set = manifest(sandbox);
        QVERIFY(paths(part(set, QStringLiteral("repository-publish1"))).contains(QStringLiteral("crx-repository/repository/system.id")));
        QVERIFY(!part(set, QStringLiteral("repository-publish2")).isEmpty());
        QVERIFY(part(set, QStringLiteral("gds")).isEmpty());
        QCOMPARE(runningNodes(sandbox).size(), 5);
        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.steps.first().kind, QStringLiteral("hold-publishing"));
        QCOMPARE(record.confirmations.first().title, QStringLiteral("Hold publishing"));
    }

    void aNodeSlowToAnswerIsStoppedBeforeItIsBackedUp()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // publish1 runs but does not answer, as on a loaded host, until it is told to stop.
        const auto lock = RepositoryLock::inspect(sandbox.node(QStringLiteral("publish1")).repository);
        QCOMPARE(lock.state, RepositoryLock::State::Held);
        QVERIFY(::kill(pid_t(lock.pid), SIGSTOP) == 0);
        QProcess backup;
        backup.setProcessEnvironment(sandbox.runner().environment());
        backup.start(CommandRunner::binary(QStringLiteral("lifeboat")),
                     {QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"),
                      QStringLiteral("backup-publish"), QStringLiteral("--node"), QStringLiteral("publish1"), QStringLiteral("--report-dir"),
                      m_runs.path(), QStringLiteral("--yes")});
        bool askedToStop = false;
        while (!askedToStop && backup.state() != QProcess::NotRunning) {
            for (qint64 pid : processesMentioning(sandbox.path(QStringLiteral("cluster.json")))) {
                const QList<QByteArray> arguments = commandLine(pid).split('\0');
                askedToStop |= arguments.contains("stop") && arguments.contains("publish1");
            }
            backup.waitForFinished(20);
        }
        ::kill(pid_t(lock.pid), SIGCONT);
        QVERIFY(backup.state() == QProcess::NotRunning || backup.waitForFinished(120000));
        QVERIFY2(askedToStop, "publish1 was taken for stopped and backed up while it ran");
        QCOMPARE(backup.exitCode(), 0);
        // The set holds publish1 as it was once stopped.
        const QJsonObject set = manifest(sandbox);
        const QString archive = sandbox.profile().backupRoot + u'/' + set.value(QLatin1String("setId")).toString() + u'/'
            + part(set, QStringLiteral("repository-publish1")).value(QLatin1String("archive")).toString();
        const CommandResult log = sandbox.runner().run(QStringLiteral("tar"), {QStringLiteral("-xOf"), archive, QStringLiteral("crx-repository/logs/error.log")});
        QVERIFY2(log.out.trimmed().endsWith(QLatin1String("node publish1 stopped")), qPrintable(log.out + log.err));
        QCOMPARE(runningNodes(sandbox).size(), 5);
    }

    void gnuTarAndUnzipReadEveryFormat()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2")});
        QVERIFY(sandbox.created());
        const std::pair<QString, QStringList> formats[] = {
            {QStringLiteral("zstd"), {QStringLiteral("tar"), QStringLiteral("--zstd"), QStringLiteral("-tvf")}},
            {QStringLiteral("gzip"), {QStringLiteral("tar"), QStringLiteral("-tzvf")}},
            {QStringLiteral("xz"), {QStringLiteral("tar"), QStringLiteral("-tJvf")}},
            {QStringLiteral("zip"), {QStringLiteral("unzip"), QStringLiteral("-t")}}};
        for (const auto &[compression, tool] : formats) {
            // Full sets: each archive holds every file, whatever the set before it.
            const CommandResult result = runScenario(sandbox, QStringLiteral("backup-bootstrap"),
                                                     {QStringLiteral("--compression"), compression, QStringLiteral("--full")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
            const QJsonObject set = manifest(sandbox);
            const QString archive = sandbox.profile().backupRoot + u'/' + set.value(QLatin1String("setId")).toString() + u'/'
                + part(set, QStringLiteral("bootstrap-properties")).value(QLatin1String("archive")).toString();
            const CommandResult listing = sandbox.runner().run(tool.first(), tool.mid(1) + QStringList{archive});
            QVERIFY2(listing.exitCode == 0, qPrintable(compression + u'\n' + listing.out + listing.err));
            QVERIFY2(listing.out.contains(QStringLiteral("node2/crx-bootstrap.properties")), qPrintable(listing.out));
        }
    }

    void backupModeKeepsALiveClusterConsistent()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("600"),
                                QStringLiteral("--document-lifetime"), QStringLiteral("1")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QTest::qWait(2000); // documents come and go

        QString message;
        QCOMPARE(consistencyDrill(sandbox, false, &message), Runner::Outcome::Failed);
        QVERIFY2(message.contains(QStringLiteral("The backup is inconsistent")), qPrintable(message));
        QCOMPARE(consistencyDrill(sandbox, true, &message), Runner::Outcome::Succeeded);
        QVERIFY2(message.contains(QStringLiteral("resolve in the GDS backup")), qPrintable(message));

        for (const QString &scenario : {QStringLiteral("backup-rolling"), QStringLiteral("backup-online")}) {
            const CommandResult result = runScenario(sandbox, scenario);
            QVERIFY2(result.exitCode == 0, qPrintable(scenario + u'\n' + result.out + result.err));
            QFile log(newestRun() + QStringLiteral("/run.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            QVERIFY2(log.readAll().contains("resolve in the GDS backup"), qPrintable(scenario));
        }
    }

    // Every user of a machine can read every command line on it: the admin
    // password goes to the backup-mode commands through their input.
    void noPasswordOnAnyCommandLine()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QVERIFY(!sandbox.adminPassword().isEmpty());
        CommandLineWatch watch({sandbox.adminPassword()});
        watch.start();
        for (const QString &scenario : {QStringLiteral("backup-rolling"), QStringLiteral("backup-online")}) {
            const CommandResult result = runScenario(sandbox, scenario);
            QVERIFY2(result.exitCode == 0, qPrintable(scenario + u'\n' + result.out + result.err));
            QFile log(newestRun() + QStringLiteral("/run.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QByteArray text = log.readAll();
            // It did enter a backup mode, with the password.
            QVERIFY2(text.contains(R"("mode":"rolling")") || text.contains(R"("mode":"snapshot")"), text.constData());
        }
        watch.stop();
        QVERIFY(watch.scans() > 10);
        QCOMPARE(watch.findings(), QStringList());
    }

    void aPasswordOnACommandLineIsAWarning()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject mode = json.value(QLatin1String("backupMode")).toObject();
        const QJsonObject enter = mode.value(QLatin1String("enterRolling")).toObject();
        QVERIFY(enter.value(QLatin1String("input")).toString() == QLatin1String("{password}"));
        QStringList arguments;
        for (const QJsonValue &argument : enter.value(QLatin1String("arguments")).toArray())
            arguments.append(argument.toString() == QLatin1String("-password=-") ? QStringLiteral("-password={password}")
                                                                                 : argument.toString());
        mode.insert(QStringLiteral("enterRolling"), QJsonArray::fromStringList(arguments));
        json.insert(QStringLiteral("backupMode"), mode);
        const QString exposed = sandbox.path(QStringLiteral("exposed.json"));
        QFile out(exposed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();

        const QStringList check{QStringLiteral("check"), QStringLiteral("--scenario"), QStringLiteral("backup-rolling")};
        const CommandResult warned = sandbox.runner().lifeboat(check + QStringList{QStringLiteral("--profile"), exposed});
        QVERIFY2(warned.out.contains(QLatin1String("backupMode.enterRolling put a password on the command line")),
                 qPrintable(warned.out + warned.err));
        const CommandResult clean = sandbox.runner().lifeboat(
            check + QStringList{QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json"))});
        QVERIFY2(!clean.out.contains(QLatin1String("put a password on the command line")), qPrintable(clean.out));
        QVERIFY2(clean.out.contains(QLatin1String("get their password on standard input")), qPrintable(clean.out));
    }
};

QTEST_GUILESS_MAIN(TestBackupStrategies)
#include "tst_backupstrategies.moc"
