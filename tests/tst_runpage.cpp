// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/SandboxFixture.h"

#include <backup/BackupSetManifest.h>
#include <ConfirmationDialog.h>
#include <LogView.h>
#include <PageId.h>
#include <RunPage.h>
#include <SummaryPage.h>
#include <TimeLeft.h>
#include <WizardSession.h>
#include <run/Downtime.h>
#include <run/OptionNames.h>
#include <run/RunRecord.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/StepKinds.h>
#include <steps/StopNodesStep.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QWizard>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The Run and Summary pages on a real sandbox: confirmations as dialogs, the
// run on a worker thread, a window that never stalls.
class TestRunPage : public QObject
{
    Q_OBJECT

private:
    struct Wizard
    {
        QWizard wizard;
        WizardSession session;
        RunPage *run = nullptr;
        SummaryPage *summary = nullptr;

        Wizard(const ClusterProfile &profile, const QString &scenarioId, const QVariantMap &options = {})
        {
            session.setProfile(profile);
            const Scenario *scenario = ScenarioRegistry::find(scenarioId);
            session.setScenario(scenario);
            QString error;
            session.setOptions(scenario->completeOptions(profile, options, &error));
            run = new RunPage(&session);
            summary = new SummaryPage(&session);
            wizard.setPage(Page_Run, run);
            wizard.setPage(Page_Summary, summary);
            wizard.setStartId(Page_Run);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void aBackupRunsToItsSummaryWithoutStallingTheWindow()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("40")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // A backup mode timeout of 5 minutes: the page counts down to it.
        Wizard w(sandbox.profile(), QStringLiteral("backup-rolling"), {{QStringLiteral("timeout"), 5}});
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        QSignalSpy finished(w.run, &RunPage::runFinished);
        QStringList countdown;
        QStringList downtime; // the live line, while node2 is down
        // The runner is built on a worker thread: its steps are watched from
        // the moment it is ready, before it starts.
        bool watched = false;
        connect(w.run, &RunPage::runStarting, this, [&] {
            QVERIFY(w.run->runner());
            watched = true;
            connect(w.run->runner(), &Runner::nodeDown, this, [&] {
                const auto *line = w.run->findChild<QLabel *>(QStringLiteral("downtime"));
                if (line && line->isVisible())
                    downtime << line->text();
            });
            connect(w.run->runner(), &Runner::stepFinished, this, [&](int index, bool cleanup) {
                if (cleanup || w.run->runner()->plan().step(index).kind() != QLatin1String("enter-backup-mode"))
                    return;
                for (const QLabel *label : w.run->findChildren<QLabel *>()) {
                    if (label->accessibleName() == RunPage::tr("Backup mode timeout") && label->isVisible())
                        countdown << label->text();
                }
            });
        });

        // The longest gap between two turns of the event loop while the run works.
        QElapsedTimer sinceLastTurn;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceLastTurn.restart());
        });
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        sinceLastTurn.start();
        heartbeat.start();
        QVERIFY(finished.wait(120000));
        heartbeat.stop();
        QVERIFY(watched);

        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        QVERIFY2(longestGap < 50, qPrintable(QStringLiteral("the window stalled for %1 ms").arg(longestGap)));
        QCOMPARE(answerer.asked().size(), 1); // "Stop node2"
        QCOMPARE(countdown.size(), 1);
        QVERIFY2(countdown.first().startsWith(QStringLiteral("The backup mode session times out in 5:00"))
                     || countdown.first().startsWith(QStringLiteral("The backup mode session times out in 4:5")),
                 qPrintable(countdown.first()));
        for (const QLabel *label : w.run->findChildren<QLabel *>()) // left at the end: no countdown
            QVERIFY(label->accessibleName() != RunPage::tr("Backup mode timeout") || !label->isVisible());
        // node2 was down while it was stopped, and the line said so live; at the end it says for how long.
        QCOMPARE(downtime.size(), 1);
        QVERIFY2(downtime.first().startsWith(QStringLiteral("node2 down for 0:0")), qPrintable(downtime.first()));
        const RunRecord record = RunRecord::load(w.session.runDirectory());
        QCOMPARE(record.downtime.intervals().size(), 1);
        const Downtime::Interval down = record.downtime.intervals().first();
        QVERIFY(!down.isOpen());
        const auto *downtimeLine = w.run->findChild<QLabel *>(QStringLiteral("downtime"));
        QVERIFY(downtimeLine && downtimeLine->isVisible());
        QCOMPARE(downtimeLine->text(), QStringLiteral("node2 was down for %1").arg(Downtime::format(down.milliseconds())));
        const auto rows = w.run->findChild<QTreeWidget *>();
        for (int i = 0; i < w.run->runner()->plan().size(); ++i)
            QCOMPARE(rows->topLevelItem(i)->text(1), QStringLiteral("done"));
        QTRY_VERIFY(w.run->logView()->recordCount() > 5);
        QVERIFY(QFile::exists(w.session.runDirectory() + QStringLiteral("/report.html")));

        w.wizard.next();
        QCOMPARE(w.wizard.currentId(), int(Page_Summary));
        QTRY_VERIFY(!w.summary->isLoading()); // the journal is read on a worker thread
        const QStringList texts = [&] {
            QStringList list;
            for (const QLabel *label : w.summary->findChildren<QLabel *>())
                list.append(label->text());
            return list;
        }();
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("Every step succeeded.")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("Downtime: node2 was down for %1").arg(Downtime::format(down.milliseconds()))),
                 qPrintable(texts.join(u'\n')));
        QVERIFY(texts.join(u' ').contains(QStringLiteral("lifeboat verify")));
        QVERIFY(w.summary->findChild<QTreeWidget *>()->topLevelItemCount() >= w.run->runner()->plan().size());
        // Issue 17, point 10: no "second(s)".
        QVERIFY2(!texts.join(u' ').contains(QStringLiteral("(s)")), qPrintable(texts.join(u'\n')));

        // Issue 17, point 4: the clean-up steps in the order they ran, on
        // the Summary and in the report.
        // Clean-up steps run last-armed first: two that start within the
        // same millisecond (a node already running is "started" at once)
        // ran in that order.
        QList<RunRecord::StepRecord> ran;
        for (auto step = record.cleanup.crbegin(); step != record.cleanup.crend(); ++step) {
            if (step->started)
                ran.append(*step);
        }
        QVERIFY(ran.size() >= 2);
        std::stable_sort(ran.begin(), ran.end(), [](const auto &a, const auto &b) { return a.startedAt < b.startedAt; });
        QVERIFY2(ran.first().title != record.cleanup.first().title, "the clean-up ran in plan order: the test shows nothing");
        QStringList summaryCleanup;
        const auto *summaryRows = w.summary->findChild<QTreeWidget *>();
        for (int i = 0; i < summaryRows->topLevelItemCount(); ++i) {
            if (summaryRows->topLevelItem(i)->text(0).startsWith(QLatin1String("At the end: ")))
                summaryCleanup << summaryRows->topLevelItem(i)->text(0).mid(12);
        }
        QStringList runOrder;
        for (const RunRecord::StepRecord &step : ran)
            runOrder << step.title;
        QCOMPARE(summaryCleanup, runOrder);
        QFile reportHtml(w.session.runDirectory() + QStringLiteral("/report.html"));
        QVERIFY(reportHtml.open(QIODevice::ReadOnly));
        const QString reportText = QString::fromUtf8(reportHtml.readAll());
        qsizetype at = reportText.indexOf(QStringLiteral("<tr><td>C1</td>"));
        QVERIFY(at > 0);
        for (const QString &title : runOrder) {
            const qsizetype next = reportText.indexOf(title.toHtmlEscaped(), at);
            QVERIFY2(next > at, qPrintable(title));
            at = next;
        }

        // The report has its timeline by the time the summary shows, and
        // saves as PDF off the GUI thread.
        QFile html(w.session.runDirectory() + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("<img src=\"data:image/png;base64,"));
        QTemporaryDir saved;
        const QString pdf = saved.filePath(QStringLiteral("report.pdf"));
        QSignalSpy reportSaved(w.summary, &SummaryPage::reportSaved);
        w.summary->saveReportTo(pdf);
        QVERIFY(reportSaved.wait(30000));
        QCOMPARE(reportSaved.first().at(1).toBool(), true);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));
    }

    // Issue 18, point 3: a clean-up step that fails (node2 cannot start
    // again: a stale .lock appeared while it was down) is the first thing on
    // the Summary, with what is left to do by hand; not "Every step succeeded".
    void aFailedCleanupComesFirstOnTheSummary()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        Wizard w(sandbox.profile(), QStringLiteral("backup-rolling"));
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        QSignalSpy finished(w.run, &RunPage::runFinished);
        bool broken = false;
        connect(w.run, &RunPage::runStarting, this, [&] {
            connect(w.run->runner(), &Runner::stepStarted, w.run->runner(), [&](int index, bool cleanup) {
                if (!cleanup && !broken && w.run->runner()->plan().step(index).kind() == QLatin1String("start-nodes"))
                    broken = sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("stale-lock"),
                                                                       QStringLiteral("--node"), QStringLiteral("node2")}).exitCode == 0;
            }, Qt::DirectConnection);
        });
        w.wizard.show();
        QVERIFY(finished.wait(120000));
        QVERIFY(broken);
        w.wizard.next();
        QCOMPARE(w.wizard.currentId(), int(Page_Summary));
        QTRY_VERIFY(!w.summary->isLoading());
        QString outcome;
        for (const QLabel *label : w.summary->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("A clean-up step failed")))
                outcome = label->text();
        }
        QVERIFY2(outcome.startsWith(QLatin1String("<b style=\"color:#b42318\">A clean-up step failed: the cluster needs work by hand.</b>")),
                 qPrintable(outcome));
        const qsizetype todo = outcome.indexOf(QLatin1String("node2 is stopped: start it by hand with "));
        QVERIFY2(todo > 0 && todo < outcome.indexOf(QLatin1String("It took")), qPrintable(outcome));
        for (const QLabel *label : w.summary->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("Every step succeeded")), qPrintable(label->text()));
        QCOMPARE(RunRecord::load(w.session.runDirectory()).result, QStringLiteral("cleanup-failed"));
    }

    // Issue 17, point 3: "Cancel after this step" lets the online copy
    // finish (not aborted, not "failed"); the steps never reached say "not
    // run" on the Run page and the Summary; the bar does not jump to the
    // end; no estimate is shown once the run is being cancelled.
    void cancelWaitsForTheRunningStepAndSaysWhatDidNotRun()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("40")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // A pause of 3 s per 4 MB copied: the online copy takes seconds.
        Wizard w(sandbox.profile(), QStringLiteral("backup-online"), {{QStringLiteral("delay"), 3000}});
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        QSignalSpy finished(w.run, &RunPage::runFinished);
        int copyStep = -1;
        QString estimateWhileCancelling;
        connect(w.run, &RunPage::runStarting, this, [&] {
            connect(w.run->runner(), &Runner::stepStarted, this, [&](int index, bool cleanup) {
                if (cleanup || w.run->runner()->plan().step(index).kind() != QLatin1String("online-repository-backup"))
                    return;
                copyStep = index;
                // The question is a message box: answered "Yes" once it is up.
                QTimer::singleShot(300, this, [&] {
                    QTimer::singleShot(200, this, [] {
                        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                            box->button(QMessageBox::Yes)->click();
                    });
                    QVERIFY(w.run->requestCancel());
                    QTest::qWait(1100); // a tick of the elapsed-time line
                    estimateWhileCancelling = w.run->findChild<QLabel *>(QStringLiteral("elapsed"))->text();
                });
            });
        });
        w.wizard.show();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Cancelled);
        QVERIFY(copyStep > 0);
        QVERIFY2(!estimateWhileCancelling.isEmpty() && !estimateWhileCancelling.contains(QLatin1String("left")),
                 qPrintable(estimateWhileCancelling));

        // The copy ran to its end and says so; what came after never ran.
        const RunRecord record = RunRecord::load(w.session.runDirectory());
        QCOMPARE(record.result, QStringLiteral("cancelled"));
        QCOMPARE(record.steps[copyStep].result, QStringLiteral("ok"));
        QVERIFY(copyStep + 1 < record.steps.size());
        const auto *rows = w.run->findChild<QTreeWidget *>();
        QCOMPARE(rows->topLevelItem(copyStep)->text(1), QStringLiteral("done"));
        for (int i = copyStep + 1; i < record.steps.size(); ++i) {
            QVERIFY(!record.steps[i].started);
            QCOMPARE(rows->topLevelItem(i)->text(1), QStringLiteral("not run"));
        }
        const auto *bar = w.run->findChild<QProgressBar *>();
        QVERIFY2(bar->value() < bar->maximum(), qPrintable(QString::number(bar->value())));
        QCOMPARE(sandbox.livingNodes().size(), 5);
        QVERIFY(QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

        w.wizard.next();
        QTRY_VERIFY(!w.summary->isLoading());
        const auto *summaryRows = w.summary->findChild<QTreeWidget *>();
        QStringList notRun;
        for (int i = 0; i < summaryRows->topLevelItemCount(); ++i) {
            if (summaryRows->topLevelItem(i)->text(1) == QLatin1String("not run"))
                notRun << summaryRows->topLevelItem(i)->text(0);
        }
        QCOMPARE(notRun.size(), record.steps.size() - copyStep - 1);
        QCOMPARE(notRun.first(), record.steps[copyStep + 1].title);
    }

    // A run stopped at once (the window closed mid-copy) leaves AEM copying:
    // the Summary names the node under "What is left for you".
    void aCopyLeftRunningInTheBackgroundIsNamedInTheSummary()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("40")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-online"));
        QString error;
        const QVariantMap options = scenario->completeOptions(sandbox.profile(), {{QStringLiteral("delay"), 3000}}, &error);
        QTemporaryDir runs;
        Runner runner(sandbox.profile(), scenario->buildPlan(sandbox.profile(), options), nullptr);
        QVERIFY(runner.begin(runs.path()));
        connect(&runner, &Runner::logged, &runner, [&runner](const LogRecord &record) {
            if (record.message.startsWith(QLatin1String("Online backup of")))
                runner.stopNow();
        }, Qt::DirectConnection);
        runner.runHere();
        QCOMPARE(runner.outcome(), Runner::Outcome::Cancelled);

        QWizard wizard;
        WizardSession session;
        session.setProfile(sandbox.profile());
        session.setRunDirectory(runner.runDirectory());
        auto *summary = new SummaryPage(&session);
        wizard.setPage(Page_Summary, summary);
        wizard.setStartId(Page_Summary);
        wizard.show();
        QTRY_VERIFY(!summary->isLoading());
        QStringList texts;
        for (const QLabel *label : summary->findChildren<QLabel *>())
            texts.append(label->text());
        // The node the scenario copies by default: the first secondary.
        const QString node = sandbox.profile().nodesWithRole(NodeRole::Secondary).constFirst()->name;
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("%1 may still be copying its repository in the background").arg(node)),
                 qPrintable(texts.join(u'\n')));
    }

    // Issue 17, point 4: a set's restore point is the moment of its copy
    // (offline: when the nodes were stopped), not when the plan was built;
    // `lifeboat backups` shows it. A set without the field reads as before.
    void anOfflineSetRecordsWhenTheNodesWereStoppedAsItsRestorePoint()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        Wizard w(sandbox.profile(), QStringLiteral("backup-offline"));
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        QSignalSpy finished(w.run, &RunPage::runFinished);
        QTest::qWait(2200); // the plan was made; the person reads it before running
        w.wizard.show();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        const RunRecord record = RunRecord::load(w.session.runDirectory());
        QDateTime stopped;
        for (const RunRecord::StepRecord &step : record.steps) {
            if (step.kind == QLatin1String("stop-nodes"))
                stopped = step.endedAt;
        }
        QVERIFY(stopped.isValid());
        const QString setId = w.session.options().value(QStringLiteral("setId")).toString();
        QString error;
        const auto manifest = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(setId), &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->restorePoint.toSecsSinceEpoch(), stopped.toSecsSinceEpoch());
        QVERIFY2(manifest->time.secsTo(manifest->restorePoint) >= 2,
                 qPrintable(manifest->time.toString(Qt::ISODate) + u' ' + manifest->restorePoint.toString(Qt::ISODate)));

        const CommandResult listed = sandbox.runner().lifeboat(
            {QStringLiteral("backups"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json"))});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("RESTORE POINT")), qPrintable(listed.out));
        const QString shown = manifest->restorePoint.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(listed.out.contains(QRegularExpression(QRegularExpression::escape(setId) + QStringLiteral("\\s+")
                                                        + QRegularExpression::escape(shown))),
                 qPrintable(listed.out));

        // An older set has no restore point: its start time stands in.
        QJsonObject json = manifest->toJson();
        QVERIFY(json.contains(QLatin1String("restorePoint")));
        json.remove(QStringLiteral("restorePoint"));
        const auto older = BackupSetManifest::fromJson(json, &error);
        QVERIFY(older && !older->restorePoint.isValid());
        QCOMPARE(older->restorePointOrTime(), manifest->time);
        QVERIFY(!older->toJson().contains(QLatin1String("restorePoint")));
    }

    // Issue 17: a step that changes nothing ("Stop publish1 — already
    // stopped; left alone") is never asked for. With the plan approved
    // before the run, no step is shown, so no preview is worked out (one may
    // walk a repository while its node is down): the step is recorded as
    // confirmed with the plan, and still not asked.
    void aStepThatChangesNothingIsNotAsked_data()
    {
        QTest::addColumn<bool>("planApproved");
        QTest::newRow("asked step by step") << false;
        QTest::newRow("plan approved") << true;
    }

    void aStepThatChangesNothingIsNotAsked()
    {
        QFETCH(bool, planApproved);
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QCOMPARE(sandbox.sandbox(QStringLiteral("stop"), {QStringLiteral("--node"), QStringLiteral("publish1")}).exitCode, 0);
        auto plan = std::make_unique<Plan>(QStringLiteral("backup-offline"), QVariantMap());
        plan->add(std::make_unique<StopNodesStep>(QStringList{QStringLiteral("publish1")}));
        QWidget window;
        DialogConfirmer confirmer(&window);
        confirmer.setPlanApproved(planApproved);
        DialogAnswerer answerer(DialogAnswerer::Answer::Decline);
        QTemporaryDir runs;
        Runner runner(sandbox.profile(), std::move(plan), &confirmer);
        confirmer.setPlan(&runner.plan());
        QVERIFY(runner.begin(runs.path()));
        QSignalSpy finished(&runner, &Runner::finished);
        QFuture<void> work = runner.start();
        QVERIFY(finished.wait(60000));
        work.waitForFinished();
        QCOMPARE(runner.outcome(), Runner::Outcome::Succeeded);
        QVERIFY2(answerer.asked().isEmpty(), qPrintable(answerer.asked().join(u'\n')));
        const RunRecord record = RunRecord::load(runner.runDirectory());
        if (planApproved) {
            QCOMPARE(record.confirmations.size(), 1);
            QVERIFY(record.confirmations.first().yes && record.confirmations.first().inAdvance);
        } else {
            QVERIFY(record.confirmations.isEmpty());
        }
        QCOMPARE(record.steps.first().result, QStringLiteral("ok"));
    }

    void decliningAConfirmationStopsTheRunCleanly()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        Wizard w(sandbox.profile(), QStringLiteral("backup-offline"));
        DialogAnswerer answerer(DialogAnswerer::Answer::Decline);
        QSignalSpy finished(w.run, &RunPage::runFinished);
        w.wizard.show();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Declined);
        QCOMPARE(answerer.asked().size(), 1);
        QCOMPARE(sandbox.livingNodes().size(), 5);
        QVERIFY(QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QCOMPARE(RunRecord::load(w.session.runDirectory()).result, QStringLiteral("declined"));
    }

    // A profile with no command to leave rolling backup mode: restore-cluster
    // from a rolling set cannot leave it, so the Summary tells the person to.
    void theSummaryRemindsToLeaveRollingBackupModeWhenLifeboatCannot()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QTemporaryDir runs;
        const QString profilePath = sandbox.path(QStringLiteral("cluster.json"));
        const auto run = [&](const QStringList &arguments) {
            return sandbox.runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), profilePath, QStringLiteral("--yes"),
                                                         QStringLiteral("--report-dir"), runs.path()}
                                             + arguments);
        };
        CommandResult result = run({QStringLiteral("--scenario"), QStringLiteral("backup-rolling")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString set = QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);

        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject mode = json.value(QLatin1String("backupMode")).toObject();
        mode.insert(QStringLiteral("leaveRolling"), QJsonArray());
        json.insert(QStringLiteral("backupMode"), mode);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();

        result = run({QStringLiteral("--scenario"), QStringLiteral("restore-cluster"), QStringLiteral("--backup-set"), set});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QStringList restores = QDir(runs.path()).entryList({QStringLiteral("*restore-cluster*")}, QDir::Dirs);
        QCOMPARE(restores.size(), 1);
        const RunRecord record = RunRecord::load(runs.filePath(restores.first()));
        for (const RunRecord::StepRecord &step : record.steps)
            QVERIFY(step.kind != QLatin1String("leave-backup-mode"));

        QString error;
        const auto profile = ClusterProfile::load(profilePath, &error);
        QVERIFY2(profile, qPrintable(error));
        QWizard wizard;
        WizardSession session;
        session.setProfile(*profile);
        session.setRunDirectory(record.directory);
        auto *summary = new SummaryPage(&session);
        wizard.setPage(Page_Summary, summary);
        wizard.setStartId(Page_Summary);
        wizard.show();
        QTRY_VERIFY(!summary->isLoading()); // the journal is read on a worker thread
        QStringList texts;
        for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("leave it now with LCBackupMode leaveContinuousCoverage")), qPrintable(texts.join(u'\n')));
        QVERIFY(texts.join(u' ').contains(QStringLiteral("lifeboat quarantine purge")));
        // Issue 17, health after a recovery: each restored node's state after
        // the run, asked on a worker thread, and whether the cluster is back.
        const auto *health = summary->findChild<QLabel *>(QStringLiteral("health"));
        QVERIFY2(health, "the Summary has no health of the restored nodes");
        QTRY_VERIFY_WITH_TIMEOUT(health->text().contains(QStringLiteral("The cluster is")), 30000);
        QVERIFY2(health->text().contains(QStringLiteral("The cluster is back")), qPrintable(health->text()));
        for (const Downtime::Interval &down : record.downtime.intervals())
            QVERIFY2(health->text().contains(QStringLiteral("%1: running, repository in sync, its repository lock held by its process (pid ")
                                                 .arg(down.node)),
                     qPrintable(health->text()));
        // Every author was down, each for its own time, shown as the journal measured it.
        QCOMPARE(record.downtime.intervals().size(), 3);
        const QStringList lines = record.downtime.describe(record.endedAt);
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("Downtime: ") + lines.join(QStringLiteral("; "))), qPrintable(texts.join(u'\n')));
        for (const Downtime::Interval &down : record.downtime.intervals()) {
            // Unpacked while the cluster served: every unpacking ended before the first stop.
            for (const RunRecord::StepRecord &step : record.steps) {
                if (step.kind == QLatin1String("unpack-part"))
                    QVERIFY2(step.endedAt <= down.downAt, qPrintable(step.title));
            }
        }
        const bool shots = !qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS");
        if (shots) {
            wizard.resize(900, 680);
            QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("/tmp/lifeboat-shots/summary-downtime-en.png")));
        }

        // In German, with its real translation.
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(LIFEBOAT_QM_DIR "/lifeboat_de.qm")));
        QCoreApplication::installTranslator(&german);
        {
            QWizard translated;
            auto *page = new SummaryPage(&session);
            translated.setPage(Page_Summary, page);
            translated.setStartId(Page_Summary);
            translated.resize(900, 680);
            translated.show();
            QTRY_VERIFY(!page->isLoading());
            QStringList said;
            for (const QLabel *label : page->findChildren<QLabel *>())
                said.append(label->text());
            QVERIFY2(said.join(u' ').contains(QStringLiteral("Ausfallzeit: ")), qPrintable(said.join(u'\n')));
            if (shots) {
                QTest::qWait(50);
                QVERIFY(translated.grab().save(QStringLiteral("/tmp/lifeboat-shots/summary-downtime-de.png")));
            }
        }
        QCoreApplication::removeTranslator(&german);
    }

    // Issue 17, point 3: the time-left estimate counts down while the work
    // does not move (here: the question before the nodes stop, left open),
    // never below a second, and is then withdrawn instead of saying "about
    // 0:01 left" for as long as the person takes; it does not come back
    // until the work moves.
    void theEstimateRunsOutInsteadOfStayingAtOneSecond()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("200")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QTemporaryDir runs;
        const CommandResult backup = sandbox.runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
             QStringLiteral("--yes"), QStringLiteral("--report-dir"), runs.path(), QStringLiteral("--scenario"),
             QStringLiteral("backup-offline")});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));

        // restore-cluster unpacks every part before it asks to stop the
        // nodes, a quarter into the plan: seconds of work behind it.
        Wizard w(sandbox.profile(), QStringLiteral("restore-cluster"));
        QSignalSpy finished(w.run, &RunPage::runFinished);
        // Stopped, not destroyed, when the nodes are about to stop: the step
        // may start while it clicks the question before (a click processes
        // events), and it must not be destroyed under its own click.
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        bool answering = true;
        std::unique_ptr<DialogAnswerer> afterwards;
        connect(w.run, &RunPage::runStarting, this, [&] {
            connect(w.run->runner(), &Runner::stepStarted, this, [&](int index, bool cleanup) {
                if (answering && !cleanup && w.run->runner()->plan().step(index).kind() == StepKinds::stopNodes) {
                    answerer.stop();
                    answering = false;
                }
            });
        });
        w.wizard.show();
        const auto *elapsed = w.run->findChild<QLabel *>(QStringLiteral("elapsed"));
        QVERIFY(elapsed);
        // "elapsed 0:04, about 0:09 left": the seconds left, or -1 for none.
        const auto secondsLeft = [elapsed] {
            static const QRegularExpression about(QStringLiteral("about ([0-9:]+) left"));
            const QRegularExpressionMatch match = about.match(elapsed->text());
            if (!match.hasMatch())
                return -1;
            int seconds = 0;
            for (const QString &part : match.captured(1).split(u':'))
                seconds = seconds * 60 + part.toInt();
            return seconds;
        };
        // The question runs its own event loop: a timer watches the line
        // while it waits, then answers it.
        QList<int> shown; // each estimate while the question waits
        QString afterItWent; // the line 2.5 s after the estimate went
        QElapsedTimer waiting, gone;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (answering || afterwards || !qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                return;
            if (!waiting.isValid())
                waiting.start();
            const int left = secondsLeft();
            if (left >= 0 && (shown.isEmpty() || shown.last() != left))
                shown.append(left);
            if (left < 0 && !shown.isEmpty() && !gone.isValid())
                gone.start();
            // Nothing moved, so nothing new is guessed. (A fast machine may
            // be past this point before the first guess shows.)
            if ((gone.isValid() && gone.elapsed() >= 2500) || (shown.isEmpty() && waiting.elapsed() >= 3000)
                || waiting.elapsed() > 120000) {
                afterItWent = elapsed->text();
                afterwards = std::make_unique<DialogAnswerer>(DialogAnswerer::Answer::GoOn);
            }
        });
        watch.start(200);
        QVERIFY(finished.wait(300000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        QVERIFY2(secondsLeft() < 0, qPrintable(elapsed->text()));
        // QVERIFY2 builds its message even when the check holds: never from
        // shown.last() while shown may be empty (a fast run shows no guess).
        if (!shown.isEmpty() && !gone.isValid())
            QFAIL(qPrintable(QStringLiteral("still %1 s left after two minutes").arg(shown.last())));
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QVERIFY2(shown[i] >= 1, qPrintable(QString::number(shown[i])));
            QVERIFY2(i == 0 || shown[i] < shown[i - 1], qPrintable(QStringLiteral("%1 after %2").arg(shown[i]).arg(shown[i - 1])));
        }
        QVERIFY2(afterItWent.startsWith(QLatin1String("elapsed ")) && !afterItWent.contains(QLatin1String("left")),
                 qPrintable(afterItWent));
    }

    // The same rules on a clock of the test's own: a guess a twentieth into
    // the run, counted down, gone under a second, back when the work moves.
    void theEstimateHoldsOnlyWhileItCan()
    {
        TimeLeft left;
        QCOMPARE(left.at(0), -1);
        left.moved(0.04, 2000);
        QCOMPARE(left.at(2000), -1); // too little behind to say anything
        left.moved(0.25, 10000); // a quarter in 10 s: 30 s to go
        QCOMPARE(left.at(10000), 30000);
        QCOMPARE(left.at(25000), 15000);
        QCOMPARE(left.at(38999), 1001);
        QCOMPARE(left.at(39000), 1000);
        QCOMPARE(left.at(39001), -1); // "about 0:00 left" is not said
        QCOMPARE(left.at(70000), -1); // nor anything while nothing moves
        left.moved(0.5, 70000); // half in 70 s: 70 s to go
        QCOMPARE(left.at(70000), 70000);
        left.withdraw();
        QCOMPARE(left.at(70000), -1);
        left.moved(1.0, 80000);
        QCOMPARE(left.at(80000), -1); // done: nothing left to guess
    }

    void aRealClusterNeedsTheNodeNameTyped()
    {
        ConfirmationRequest request;
        request.title = QStringLiteral("Stop node2");
        request.changes = {{Change::Kind::StopNode, QStringLiteral("node2"), {}, 0, 0}};
        request.word = QStringLiteral("node2");
        request.wordRequired = true;
        ConfirmationDialog dialog(request);
        QVERIFY(!dialog.goOnButton()->isEnabled());
        dialog.wordEdit()->setText(QStringLiteral("node"));
        QVERIFY(!dialog.goOnButton()->isEnabled());
        dialog.wordEdit()->setText(QStringLiteral("node2"));
        QVERIFY(dialog.goOnButton()->isEnabled());
        QVERIFY(!dialog.goOnButton()->isDefault());
        // Issue 17, point 10: the default button cannot be read as a step
        // ("Stop here" beside "Stop node2"): it says it cancels the run.
        QPushButton *defaultButton = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            QVERIFY2(!button->text().remove(u'&').startsWith(QLatin1String("Stop")), qPrintable(button->text()));
            if (button->isDefault())
                defaultButton = button;
        }
        QVERIFY(defaultButton);
        QCOMPARE(defaultButton->text().remove(u'&'), QStringLiteral("Cancel the run here"));
    }

    void theLogKeepsUpWithThousandsOfLines()
    {
        LogView view;
        view.show();
        for (int i = 0; i < 20000; ++i)
            view.append({QDateTime::currentDateTime(), LogRecord::Level::Info, QStringLiteral("engine.run"), QStringLiteral("line %1").arg(i)});
        QTRY_VERIFY(view.visibleText().endsWith(QStringLiteral("line 19999")));
        QCOMPARE(view.recordCount(), 20000);
    }
};

QTEST_MAIN(TestRunPage)
#include "tst_runpage.moc"
