// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <run/Confirmer.h>
#include <run/RunLock.h>
#include <run/RunRecord.h>
#include <run/RunResult.h>
#include <run/Runner.h>
#include <scenarios/ScenarioRegistry.h>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 18, points 3, 4 and 9, on a running sandbox through the real
// `lifeboat`: a failed cleanup fails the run and says what is left to do by
// hand; `check` finds a secret that a cleanup step would lack; one run per
// cluster at a time; resume takes a dead run's lock; nodes a run starts do
// not inherit Lifeboat's secrets.
class TestRunSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;

    QStringList runArguments(
        const SandboxFixture &sandbox, const QString &scenario, const QString &profile = {}) const
    {
        return { QStringLiteral("run"), QStringLiteral("--profile"),
            profile.isEmpty() ? sandbox.path(QStringLiteral("cluster.json")) : profile,
            QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
            QStringLiteral("--yes") };
    }

    QStringList resumeArguments(const SandboxFixture &sandbox) const
    {
        return { QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"),
            m_runs.path(), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")) };
    }

    QString newestRun() const
    {
        const QStringList runs
            = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return runs.isEmpty() ? QString() : m_runs.filePath(runs.first());
    }

    static QJsonObject status(const SandboxFixture &sandbox, const QString &node)
    {
        const CommandResult result = sandbox.sandbox(QStringLiteral("status"), { QStringLiteral("--json") });
        for (const QJsonValue &entry :
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1String("nodes")).toArray()) {
            if (entry[QLatin1String("name")].toString() == node)
                return entry.toObject();
        }
        return {};
    }

    static bool inBackupMode(const SandboxFixture &sandbox)
    {
        return status(sandbox, sandbox.profile().primary()->name)
            .value(QLatin1String("backupModeActive"))
            .toBool();
    }

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Where the command line keeps its run locks (its XDG_DATA_HOME).
    static QString lockDirectory(const SandboxFixture &sandbox)
    {
        return sandbox.runner().environment().value(QStringLiteral("XDG_DATA_HOME"))
            + QStringLiteral("/lifeboat/locks");
    }

    // A copy of the sandbox's profile whose "leave rolling backup mode"
    // command needs a secret that the secrets file names with no value (to
    // be typed in when needed) and nobody can type: no terminal.
    static QString profileWithUnsetLeaveSecret(const SandboxFixture &sandbox)
    {
        ClusterProfile profile = sandbox.profile();
        profile.backupMode.leaveRolling = CommandTemplate(
            profile.backupMode.leaveRolling.arguments(), QStringLiteral("{secret:leave-admin}"));
        QFile secrets(profile.secretsFile);
        if (!secrets.open(QIODevice::ReadOnly))
            return {};
        QJsonObject values = QJsonDocument::fromJson(secrets.readAll()).object();
        secrets.close();
        values.insert(QStringLiteral("leave-admin"), QString());
        if (!secrets.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || secrets.write(QJsonDocument(values).toJson()) <= 0)
            return {};
        secrets.close();
        const QString path = sandbox.path(QStringLiteral("cluster-leave-secret.json"));
        QString error;
        return profile.save(path, &error) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runs.isValid());
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    // Point 3: leaving rolling backup mode fails in the cleanup. Before the
    // fix: "FAILED", then "Finished: every step succeeded", exit 0, report
    // "succeeded", the cluster left in rolling backup mode.
    void aFailedCleanupFailsTheRunAndSaysWhatIsLeft()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        sandbox.runner().setEnvironment(
            QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:cleanup:0"));
        const CommandResult result
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        const QString output = result.out + result.err;
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(!output.contains(QLatin1String("every step succeeded")), qPrintable(output));
        // The last lines: the failed cleanup first, then what to do.
        const qsizetype failed = result.out.lastIndexOf(QLatin1String("A cleanup step FAILED"));
        QVERIFY2(failed >= 0, qPrintable(result.out));
        QVERIFY2(
            result.out.indexOf(
                QLatin1String("The cluster is still in rolling backup mode: leave it by hand with"), failed)
                > failed,
            qPrintable(result.out));
        QVERIFY2(result.out.indexOf(QLatin1String("leaveContinuousCoverage"), failed) > failed,
            qPrintable(result.out));
        QVERIFY2(result.out.indexOf(QRegularExpression(QStringLiteral(
                                        "It reads \\{secret:[a-z-]+\\} on its standard input\\.")),
                     failed)
                > failed,
            qPrintable(result.out));
        QVERIFY(result.out.indexOf(QLatin1String("Report: "), failed) > failed);
        QVERIFY(inBackupMode(sandbox)); // that is what is left: it is true

        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.result, QString(RunResult::cleanupFailed));
        QCOMPARE(record.leftToDo().size(), 1);
        QVERIFY(record.leftToDo().first().startsWith(
            QLatin1String("The cluster is still in rolling backup mode")));
        const QString html = readAll(newestRun() + QStringLiteral("/report.html"));
        const qsizetype todo = html.indexOf(QLatin1String("A cleanup step failed: left to do by hand"));
        QVERIFY2(todo > 0 && todo < html.indexOf(QLatin1String("<table")),
            "the report begins with what is left to do");
        QVERIFY(html.contains(QLatin1String("The cluster is still in rolling backup mode")));
        QVERIFY(html.contains(QLatin1String("failed in cleanup")));
        const QJsonObject json
            = QJsonDocument::fromJson(readAll(newestRun() + QStringLiteral("/report.json")).toUtf8())
                  .object();
        QCOMPARE(json.value(QLatin1String("result")).toString(), QStringLiteral("cleanup-failed"));
        QCOMPARE(json.value(QLatin1String("leftToDo")).toArray().size(), 1);
        // On paper too: the PDF begins with it.
        const QString pdf = m_runs.filePath(QStringLiteral("cleanup-failed.pdf"));
        const CommandResult printed = sandbox.runner().lifeboat(
            { QStringLiteral("report"), newestRun(), QStringLiteral("--pdf"), pdf });
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.out + printed.err));
        const CommandResult text = sandbox.runner().run(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const QString paper = text.out.simplified();
        const qsizetype onPaper = paper.indexOf(QLatin1String("A cleanup step failed: left to do by hand"));
        QVERIFY2(
            onPaper >= 0 && onPaper < paper.indexOf(QLatin1String("Scenario")), qPrintable(paper.left(2000)));
        QVERIFY2(paper.contains(QLatin1String("The cluster is still in rolling backup mode")),
            qPrintable(paper.left(2000)));
        const CommandResult runs = sandbox.runner().lifeboat(
            { QStringLiteral("runs"), QStringLiteral("--report-dir"), m_runs.path() });
        QVERIFY2(runs.out.contains(QLatin1String("failed in cleanup")), qPrintable(runs.out));

        // resume tries the cleanup again, and the cluster leaves backup mode.
        const CommandResult resumed = sandbox.runner().lifeboat(resumeArguments(sandbox));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(RunRecord::load(newestRun()).state(), QString(RunResult::succeeded));
        QVERIFY(!inBackupMode(sandbox));
    }

    // Point 3: node2 cannot be started again at the end of a rolling backup
    // (a stale .lock appears while it is down, so that no start works).
    void aNodeLeftStoppedByTheCleanupIsNamedWithItsStartCommand()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
        QString error;
        const QVariantMap options = scenario->completeOptions(sandbox.profile(), {}, &error);
        FixedConfirmer yes(true);
        Runner runner(sandbox.profile(), scenario->buildPlan(sandbox.profile(), options), &yes);
        QVERIFY2(runner.begin(m_runs.path()), qPrintable(runner.errorString()));
        bool broken = false;
        connect(
            &runner, &Runner::stepStarted, &runner,
            [&](int index, bool cleanup) {
                if (!cleanup && runner.plan().step(index).kind() == QLatin1String("start-nodes") && !broken)
                    broken = sandbox
                                 .sandbox(QStringLiteral("break"),
                                     { QStringLiteral("--fault"), QStringLiteral("stale-lock"),
                                         QStringLiteral("--node"), QStringLiteral("node2") })
                                 .exitCode
                        == 0;
            },
            Qt::DirectConnection);
        runner.runHere();
        QVERIFY(broken);
        QVERIFY(runner.cleanupFailed());
        const RunRecord record = RunRecord::load(runner.runDirectory());
        QCOMPARE(record.result, QString(RunResult::cleanupFailed));
        QCOMPARE(record.leftToDo().size(), 1);
        const QString todo = record.leftToDo().first();
        QVERIFY2(
            todo.startsWith(QLatin1String("node2 is stopped: start it by hand with ")), qPrintable(todo));
        QVERIFY2(todo.contains(QLatin1String("lifeboat-node start --profile")), qPrintable(todo));
        QVERIFY(!status(sandbox, QStringLiteral("node2")).value(QLatin1String("running")).toBool());
        QVERIFY(!inBackupMode(sandbox)); // the other cleanup steps still ran
        const QString html = readAll(runner.runDirectory() + QStringLiteral("/report.html"));
        QVERIFY(html.indexOf(QLatin1String("node2 is stopped: start it by hand with"))
            < html.indexOf(QLatin1String("<table")));
    }

    // Point 3, the red team's probe: a secret that only the cleanup needs
    // is missing. `check` names it before the run; a run that goes ahead
    // anyway (the engine, without the checks) fails and says what is left.
    void anUnsetSecretOfACleanupStepIsCaughtByCheck()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString path = profileWithUnsetLeaveSecret(sandbox);
        QVERIFY(!path.isEmpty());
        const CommandResult check
            = sandbox.runner().lifeboat({ QStringLiteral("check"), QStringLiteral("--profile"), path,
                QStringLiteral("--scenario"), QStringLiteral("backup-online") });
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.out.contains(QLatin1String(
                     "[FAIL] Every step has what it needs: The secret \"leave-admin\" is not set. "
                     "Set the environment variable LIFEBOAT_SECRET_LEAVE_ADMIN")),
            qPrintable(check.out));
        const CommandResult run
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-online"), path));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!inBackupMode(sandbox));

        // The run the red team made: the engine without the checks.
        QString error;
        const std::optional<ClusterProfile> profile = ClusterProfile::load(path, &error);
        QVERIFY2(profile, qPrintable(error));
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-online"));
        const QVariantMap options = scenario->completeOptions(*profile, {}, &error);
        FixedConfirmer yes(true);
        Runner runner(*profile, scenario->buildPlan(*profile, options), &yes);
        QVERIFY2(runner.begin(m_runs.path()), qPrintable(runner.errorString()));
        runner.runHere();
        QCOMPARE(runner.outcome(), Runner::Outcome::Failed);
        QVERIFY(runner.cleanupFailed());
        const RunRecord record = RunRecord::load(runner.runDirectory());
        QCOMPARE(record.result, QString(RunResult::cleanupFailed));
        for (const RunRecord::StepRecord &step : record.steps)
            QCOMPARE(step.result, QString(StepResult::ok));
        QCOMPARE(record.leftToDo().size(), 1);
        QVERIFY2(record.leftToDo().first().startsWith(
                     QLatin1String("The cluster is still in rolling backup mode")),
            qPrintable(record.leftToDo().first()));
        QVERIFY(inBackupMode(sandbox));
        QCOMPARE(sandbox.backupMode(QStringLiteral("leaveContinuousCoverage")).exitCode, 0);
    }

    // Point 4: two runs 0.2 s apart. Before the fix both succeeded and left
    // rolling backup mode on.
    void twoRunsAtOnceOneIsRefusedWithItsHolderNamed()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QProcess online;
        QProcess offline;
        for (QProcess *process : { &online, &offline })
            process->setProcessEnvironment(sandbox.runner().environment());
        online.start(CommandRunner::binary(QStringLiteral("lifeboat")),
            runArguments(sandbox, QStringLiteral("backup-online")));
        QTest::qWait(200);
        offline.start(CommandRunner::binary(QStringLiteral("lifeboat")),
            runArguments(sandbox, QStringLiteral("backup-offline")));
        // waitForFinished() is false for a process that already ended (one
        // refused at once may have, during the wait above).
        for (QProcess *process : { &online, &offline })
            QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(240000));
        const int codes[] = { online.exitCode(), offline.exitCode() };
        const QString errors[] = { QString::fromUtf8(online.readAllStandardError()),
            QString::fromUtf8(offline.readAllStandardError()) };
        const qint64 pids[] = { online.processId(), offline.processId() };
        Q_UNUSED(pids);
        const int refused = codes[0] == 2 ? 0 : 1;
        const int ran = 1 - refused;
        QVERIFY2(codes[refused] == 2 && codes[ran] == 0,
            qPrintable(QStringLiteral("exit codes %1 and %2\n%3\n%4")
                           .arg(codes[0])
                           .arg(codes[1])
                           .arg(errors[0], errors[1])));
        const QString holder = ran == 0 ? QStringLiteral("backup-online") : QStringLiteral("backup-offline");
        QVERIFY2(errors[refused].contains(QLatin1String("Another Lifeboat run is working on the cluster")),
            qPrintable(errors[refused]));
        QVERIFY2(errors[refused].contains(holder + QStringLiteral(", pid ")), qPrintable(errors[refused]));
        QVERIFY2(errors[refused].contains(QStringLiteral(" on %1 by ").arg(QSysInfo::machineHostName())),
            qPrintable(errors[refused]));
        QVERIFY(errors[refused].contains(QLatin1String(", since ")));
        QVERIFY(!inBackupMode(sandbox));
        for (const QString &node : sandbox.profile().nodeNames())
            QVERIFY2(status(sandbox, node).value(QLatin1String("running")).toBool(), qPrintable(node));
        // The lock went with the run: the next one goes ahead.
        QVERIFY(
            !RunLock::holder(QDir(lockDirectory(sandbox))
                                 .filePath(RunLock::clusterId(sandbox.profile()) + QStringLiteral(".lock"))));
    }

    // Point 4: while a live process holds the cluster, runs and resumes are
    // refused before any step and `check` names the holder; read-only
    // commands go on. A run that was killed leaves no lock in the way.
    void aHeldLockRefusesRunsButNotReadingAndDiesWithItsProcess()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        {
            RunLock held(sandbox.profile(), lockDirectory(sandbox));
            QVERIFY2(held.acquire(QStringLiteral("restore-node")), qPrintable(held.errorString()));
            const CommandResult run
                = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-online")));
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("restore-node, pid %1 on ").arg(::getpid())),
                qPrintable(run.err));
            QVERIFY(run.err.contains(QLatin1String("Nothing was changed")));
            QVERIFY(!inBackupMode(sandbox));
            const CommandResult check = sandbox.runner().lifeboat({ QStringLiteral("check"),
                QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                QStringLiteral("--scenario"), QStringLiteral("backup-online") });
            QCOMPARE(check.exitCode, 2);
            QVERIFY2(check.out.contains(
                         QStringLiteral("[FAIL] No other run is working on this cluster: Another Lifeboat "
                                        "run is working on the cluster %1: restore-node, pid %2")
                             .arg(sandbox.profile().name)
                             .arg(::getpid())),
                qPrintable(check.out));
            QCOMPARE(sandbox.sandbox(QStringLiteral("status")).exitCode, 0);
            QCOMPARE(sandbox.runner()
                         .lifeboat({ QStringLiteral("backups"), QStringLiteral("--profile"),
                             sandbox.path(QStringLiteral("cluster.json")) })
                         .exitCode,
                0);
        }
        // Killed in its third step: its lock goes with its process, and resume takes it.
        sandbox.runner().setEnvironment(
            QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:2"));
        const CommandResult killed
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-online")));
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(killed.exitCode, -1);
        QVERIFY(RunRecord::load(newestRun()).isInterrupted());
        QVERIFY(
            !RunLock::holder(QDir(lockDirectory(sandbox))
                                 .filePath(RunLock::clusterId(sandbox.profile()) + QStringLiteral(".lock"))));
        const CommandResult resumed = sandbox.runner().lifeboat(resumeArguments(sandbox));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(RunRecord::load(newestRun()).state(), QString(RunResult::succeeded));
        QVERIFY(!inBackupMode(sandbox));
    }

    // Point 9: the advice after a failed restore. Before the fix it said
    // "Run 'lifeboat resume'", which looks in the default runs folder and
    // found nothing for a run made with --report-dir.
    void theAdviceAfterAFailedRestoreWorksAsPrinted()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-offline")));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        // Fails in step 7, after step 5 and 6 moved node2's files to the quarantine.
        sandbox.runner().setEnvironment(
            QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:main:6"));
        const CommandResult failed
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("restore-node"))
                << QStringLiteral("--node") << QStringLiteral("node2"));
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(failed.exitCode, 1);
        const QString output = failed.out + failed.err;
        QVERIFY2(output.contains(
                     QLatin1String("node2 stays stopped: the restore changed files and did not finish.")),
            qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("Run 'lifeboat resume'")), qPrintable(output));
        const QString run = newestRun();
        const QString advice = QStringLiteral("To try it again: lifeboat resume --run %1 --report-dir %2")
                                   .arg(QDir(run).dirName(), QDir(m_runs.path()).absolutePath());
        QVERIFY2(failed.out.contains(advice), qPrintable(failed.out));
        QVERIFY(!status(sandbox, QStringLiteral("node2")).value(QLatin1String("running")).toBool());

        // As printed, and it finishes the restore.
        QStringList arguments = advice.section(QLatin1String(": "), 1).split(u' ');
        arguments.removeFirst(); // "lifeboat"
        const CommandResult resumed = sandbox.runner().lifeboat(arguments << QStringLiteral("--yes"));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(
            !resumed.out.contains(QLatin1String("No interrupted or failed run")), qPrintable(resumed.out));
        QCOMPARE(RunRecord::load(run).state(), QString(RunResult::succeeded));
        QVERIFY(status(sandbox, QStringLiteral("node2")).value(QLatin1String("running")).toBool());
    }

    // Point 9: a node that a run stopped and started again does not carry
    // LIFEBOAT_SECRET_* in its environment.
    void aNodeStartedByARunHasNoSecretsInItsEnvironment()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString password = sandbox.adminPassword();
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_SECRET_SANDBOX_ADMIN"), password);
        sandbox.runner().setEnvironment(
            QStringLiteral("LIFEBOAT_SECRET_UNUSED"), QStringLiteral("not-for-nodes"));
        const qint64 before
            = status(sandbox, QStringLiteral("node2")).value(QLatin1String("pid")).toInteger();
        const CommandResult result
            = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const qint64 pid = status(sandbox, QStringLiteral("node2")).value(QLatin1String("pid")).toInteger();
        QVERIFY(pid > 0 && pid != before); // started by the run
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray environment = environ.readAll();
        QVERIFY(environment.contains("PATH="));
        QVERIFY2(!environment.contains("LIFEBOAT_SECRET_"), environment.constData());
        QVERIFY(!environment.contains(password.toUtf8()));
        QVERIFY(!environment.contains("not-for-nodes"));
    }
};

QTEST_GUILESS_MAIN(TestRunSafety)
#include "tst_runsafety.moc"
