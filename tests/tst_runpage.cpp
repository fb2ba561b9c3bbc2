// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/SandboxFixture.h"

#include <ConfirmationDialog.h>
#include <LogView.h>
#include <PageId.h>
#include <RunPage.h>
#include <SummaryPage.h>
#include <WizardSession.h>
#include <run/Downtime.h>
#include <run/RunRecord.h>
#include <scenarios/ScenarioRegistry.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
