// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <run/Confirmer.h>
#include <run/RunRecord.h>
#include <run/RunResult.h>
#include <run/Runner.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The engine's promises, on a running sandbox: preconditions block unsafe
// runs, cleanup runs after a failure, a cancel or a decline, a run killed at
// any point resumes to the same result, and secrets stay out of run files.
class TestRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;

    static QJsonObject nodeStates(const SandboxFixture &sandbox)
    {
        const CommandResult status = sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QJsonObject states;
        for (const QJsonValue &node : QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("nodes")).toArray())
            states.insert(node[QLatin1String("name")].toString(),
                          QStringLiteral("%1 %2").arg(node[QLatin1String("running")].toBool() ? QStringLiteral("running") : QStringLiteral("stopped"),
                                                      node[QLatin1String("backupModeActive")].toBool() ? QStringLiteral("in-backup-mode") : QStringLiteral("-")));
        return states;
    }

    static QStringList completeSets(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    static QStringList unfinishedSets(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList({QStringLiteral(".*.partial")}, QDir::Dirs | QDir::Hidden);
    }

    // Every part's files (path, size, SHA-256), leaving out the logs nodes
    // write at every start and stop.
    static QStringList setSummary(const QString &setDirectory)
    {
        QFile file(setDirectory + QStringLiteral("/manifest.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("no manifest in ") + setDirectory};
        QStringList lines;
        for (const QJsonValue &part : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("parts")).toArray()) {
            lines.append(QStringLiteral("part ") + part[QLatin1String("name")].toString() + u' ' + part[QLatin1String("archive")].toString());
            for (const QJsonValue &entry : part[QLatin1String("files")].toArray()) {
                const QString path = entry[QLatin1String("path")].toString();
                if (!path.contains(QLatin1String("/logs/")))
                    lines.append(QStringLiteral("%1 %2 %3").arg(path).arg(entry[QLatin1String("size")].toInteger()).arg(entry[QLatin1String("sha256")].toString()));
            }
        }
        return lines;
    }

    QStringList runArguments(const SandboxFixture &sandbox, const QString &scenario, bool yes = true) const
    {
        QStringList arguments{QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                              QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path()};
        if (yes)
            arguments << QStringLiteral("--yes");
        return arguments;
    }

    QString newestRun() const
    {
        const QStringList runs = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return runs.isEmpty() ? QString() : m_runs.filePath(runs.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void everyScenarioIdIsKnown()
    {
        for (const char *id : {"backup-offline", "backup-rolling", "backup-bootstrap"})
            QVERIFY2(ScenarioRegistry::find(QString::fromLatin1(id)), id);
    }

    void aFailedPreconditionBlocksTheRunAndChangesNothing()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.contains(QStringLiteral("[FAIL] The primary is running")), qPrintable(result.out));
        QVERIFY(result.err.contains(QStringLiteral("Nothing was changed")));
        QVERIFY(completeSets(sandbox).isEmpty() && unfinishedSets(sandbox).isEmpty());
        QVERIFY(newestRun().isEmpty() || RunRecord::load(newestRun()).scenario != QLatin1String("backup-rolling"));
        QVERIFY(sandbox.livingNodes().isEmpty());
    }

    void withNoTerminalAndNoYesADestructivePlanIsRefused()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject before = nodeStates(sandbox);
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-offline"), false));
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains(QStringLiteral("Nothing was changed")), qPrintable(result.err));
        QCOMPARE(nodeStates(sandbox), before);
        QVERIFY(completeSets(sandbox).isEmpty());
    }

    void aFailedStepStillRunsTheCleanupInOrder()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject before = nodeStates(sandbox);
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:main:4"));
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(nodeStates(sandbox), before); // node2 started again, backup mode left
        QVERIFY(completeSets(sandbox).isEmpty());
        QVERIFY(unfinishedSets(sandbox).isEmpty());

        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.result, QStringLiteral("failed"));
        QCOMPARE(record.steps[4].result, QStringLiteral("failed"));
        QVERIFY(!record.steps[5].started);
        QVERIFY(record.cleanup.size() == 3);
        for (const auto &cleanup : record.cleanup)
            QCOMPARE(cleanup.result, QStringLiteral("ok"));
        // Last armed first: discard the set, start node2, then leave backup mode.
        QVERIFY(record.cleanup[2].startedAt <= record.cleanup[1].startedAt);
        QVERIFY(record.cleanup[1].startedAt <= record.cleanup[0].startedAt);
        QVERIFY(QFile::exists(newestRun() + QStringLiteral("/report.html")));
        QVERIFY(QFile::exists(newestRun() + QStringLiteral("/run.log")));
    }

    void cancellingBetweenStepsStillRunsTheCleanup()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject before = nodeStates(sandbox);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
        QString error;
        const QVariantMap options = scenario->completeOptions(sandbox.profile(), {}, &error);
        FixedConfirmer yes(true);
        Runner runner(sandbox.profile(), scenario->buildPlan(sandbox.profile(), options), &yes);
        QVERIFY(runner.begin(m_runs.path()));
        connect(&runner, &Runner::stepFinished, &runner, [&runner](int index, bool cleanup) {
            if (!cleanup && index == 3)
                runner.cancel();
        }, Qt::DirectConnection);
        runner.runHere();
        QCOMPARE(runner.outcome(), Runner::Outcome::Cancelled);
        const RunRecord record = RunRecord::load(runner.runDirectory());
        QCOMPARE(record.result, QStringLiteral("cancelled"));
        QVERIFY(!record.steps[4].started);
        QCOMPARE(nodeStates(sandbox), before);
        QVERIFY(completeSets(sandbox).isEmpty() && unfinishedSets(sandbox).isEmpty());
    }

    void aDeclinedConfirmationChangesNothing()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject before = nodeStates(sandbox);
        for (const QString id : {QStringLiteral("backup-offline"), QStringLiteral("backup-rolling")}) {
            const Scenario *scenario = ScenarioRegistry::find(id);
            QString error;
            const QVariantMap options = scenario->completeOptions(sandbox.profile(), {}, &error);
            FixedConfirmer no(false);
            Runner runner(sandbox.profile(), scenario->buildPlan(sandbox.profile(), options), &no);
            QVERIFY(runner.begin(m_runs.path()));
            runner.runHere();
            QCOMPARE(runner.outcome(), Runner::Outcome::Declined);
            const RunRecord record = RunRecord::load(runner.runDirectory());
            QCOMPARE(record.confirmations.size(), 1);
            QCOMPARE(record.confirmations.first().yes, false); // answered "no"
            QCOMPARE(nodeStates(sandbox), before);
            QVERIFY(completeSets(sandbox).isEmpty() && unfinishedSets(sandbox).isEmpty());
        }
    }

    // A failed run (its host lost, say) is tried again by resume, but only
    // while no later run on the cluster has followed it.
    void aFailedRunIsTriedAgainWhileItIsTheNewest()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject before = nodeStates(sandbox);
        // This cluster's runs: the other tests leave failed runs of their own.
        const QStringList resume{QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path(),
                                 QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json"))};
        const auto failedBackup = [&] {
            sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:main:4"));
            const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
            sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
            return result.exitCode == 1 && RunRecord::load(newestRun()).state() == RunResult::failed;
        };

        QVERIFY(failedBackup());
        const QString failedRun = newestRun();
        const CommandResult retried = sandbox.runner().lifeboat(resume);
        QVERIFY2(retried.exitCode == 0, qPrintable(retried.out + retried.err));
        QVERIFY2(retried.out.contains(QLatin1String("again from its first step")), qPrintable(retried.out));
        QCOMPARE(newestRun(), failedRun); // the same run, not a new one
        const RunRecord record = RunRecord::load(failedRun);
        QCOMPARE(record.state(), QString(RunResult::succeeded));
        QCOMPARE(record.resumes, 1);
        QCOMPARE(completeSets(sandbox).size(), 1);
        QVERIFY(unfinishedSets(sandbox).isEmpty());
        QCOMPARE(nodeStates(sandbox), before);
        // Finished now: nothing left to resume.
        const CommandResult again = sandbox.runner().lifeboat(resume);
        QVERIFY2(again.out.contains(QLatin1String("No interrupted or failed run")), qPrintable(again.out));

        // A failure that a later run has followed is left alone.
        QVERIFY(failedBackup());
        const QString older = newestRun();
        QTest::qWait(1100); // run ids are to the millisecond, but keep them apart
        const CommandResult later = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        QVERIFY2(later.exitCode == 0, qPrintable(later.out + later.err));
        const CommandResult refused = sandbox.runner().lifeboat(resume);
        QCOMPARE(refused.exitCode, 0);
        QVERIFY2(refused.out.contains(QLatin1String("No interrupted or failed run")), qPrintable(refused.out));
        QCOMPARE(RunRecord::load(older).state(), QString(RunResult::failed));
        QCOMPARE(completeSets(sandbox).size(), 2);
    }

    void aRunKilledAnywhereResumesToTheSameResult()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QJsonObject running = nodeStates(sandbox);
        const CommandResult baseline = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-offline")));
        QVERIFY2(baseline.exitCode == 0, qPrintable(baseline.out + baseline.err));
        QCOMPARE(completeSets(sandbox).size(), 1);
        const QStringList expected = setSummary(sandbox.profile().backupRoot + u'/' + completeSets(sandbox).first());
        QVERIFY(expected.size() > 20);
        const int steps = RunRecord::load(newestRun()).steps.size();

        QStringList points{QStringLiteral("archived:repository-node2:3"), QStringLiteral("started:cleanup:1"),
                           QStringLiteral("ended:cleanup:1")};
        for (int i = 0; i < steps; ++i)
            points << QStringLiteral("started:main:%1").arg(i) << QStringLiteral("ended:main:%1").arg(i);
        for (const QString &point : points) {
            const QStringList setsBefore = completeSets(sandbox);
            sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), point);
            const CommandResult killed = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-offline")));
            sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
            QVERIFY2(killed.exitCode == -1, qPrintable(point + QStringLiteral(": exit %1").arg(killed.exitCode)));
            QVERIFY2(RunRecord::load(newestRun()).isInterrupted(), qPrintable(point));

            const CommandResult resumed = sandbox.runner().lifeboat(
                {QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
            QVERIFY2(resumed.exitCode == 0, qPrintable(point + u'\n' + resumed.out + resumed.err));
            QCOMPARE(RunRecord::load(newestRun()).result, QStringLiteral("succeeded"));
            QStringList created = completeSets(sandbox);
            for (const QString &set : setsBefore)
                created.removeOne(set);
            QVERIFY2(created.size() == 1, qPrintable(point));
            QCOMPARE(setSummary(sandbox.profile().backupRoot + u'/' + created.first()), expected);
            QVERIFY2(unfinishedSets(sandbox).isEmpty(), qPrintable(point));
            QCOMPARE(nodeStates(sandbox), running);
        }
    }

    void secretsStayOutOfEveryRunFile()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const QString password = sandbox.adminPassword();
        QVERIFY(password.size() >= 16);
        // Given through the environment, as an operator would.
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_SECRET_SANDBOX_ADMIN"), password);
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox, QStringLiteral("backup-rolling")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(!result.out.contains(password) && !result.err.contains(password));
        QStringList files;
        for (const QString &root : {newestRun(), QDir(sandbox.directory()).filePath(QStringLiteral("../data"))}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        QVERIFY(files.size() >= 4);
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
