// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/SandboxFixture.h"

#include <PageId.h>
#include <PlanPage.h>
#include <run/RunRecord.h>
#include <RunbookWriter.h>
#include <WizardSession.h>
#include <run/Scenario.h>
#include <RunPage.h>
#include <scenarios/ScenarioRegistry.h>
#include <SummaryPage.h>

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The plan page on a real sandbox: the plan and its dry run computed on a
// worker thread, shown in order, and exported as a runbook.
class TestPlanPage : public QObject
{
    Q_OBJECT

private:
    static QString readAll(const QString &fileName)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // The Plan page alone, for `scenarioId` on `profile`, once its plan is
    // shown; null if it was not within a minute.
    static PlanPage *showPlan(QWizard &wizard, WizardSession &session, const ClusterProfile &profile,
                              const QString &scenarioId)
    {
        session.setProfile(profile);
        const Scenario *scenario = ScenarioRegistry::find(scenarioId);
        session.setScenario(scenario);
        QString error;
        session.setOptions(scenario->completeOptions(profile, {}, &error));
        auto *page = new PlanPage(&session);
        wizard.setPage(Page_Plan, page);
        wizard.setStartId(Page_Plan);
        QSignalSpy shown(page, &PlanPage::planShown);
        wizard.show();
        return shown.count() == 1 || shown.wait(60000) ? page : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void showsThePlanAndExportsARunbook()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);

        QWizard wizard;
        WizardSession session;
        session.setProfile(sandbox.profile());
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
        QVERIFY(scenario);
        session.setScenario(scenario);
        QString error;
        session.setOptions(scenario->completeOptions(sandbox.profile(), {}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto *page = new PlanPage(&session);
        wizard.setPage(Page_Plan, page);
        wizard.setStartId(Page_Plan);
        wizard.resize(760, 560);
        QSignalSpy shown(page, &PlanPage::planShown);

        QElapsedTimer sinceLastTurn;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceLastTurn.restart()); });
        sinceLastTurn.start();
        heartbeat.start();
        wizard.show(); // runs initializePage()
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(shown.count() == 1 || (!page->isComplete() && shown.wait(60000)));
        QTest::qWait(30);
        heartbeat.stop();
        QVERIFY2(longestGap < 200, qPrintable(QStringLiteral("the window stalled for %1 ms").arg(longestGap)));
        QVERIFY(page->isComplete());
        QCOMPARE(page->nextId(), int(Page_Run));

        // Every step in order, marked when it asks first.
        const auto plan = scenario->buildPlan(sandbox.profile(), session.options());
        QTreeWidget *tree = page->tree();
        QCOMPARE(tree->topLevelItemCount(), plan->size() + 1);
        int asking = 0;
        QTreeWidgetItem *stopNode2 = nullptr;
        for (int i = 0; i < plan->size(); ++i) {
            const Step &step = plan->step(i);
            QTreeWidgetItem *item = tree->topLevelItem(i);
            QCOMPARE(item->text(0), QStringLiteral("%1. %2").arg(i + 1).arg(step.title()));
            QCOMPARE(item->font(0).bold(), step.needsConfirmation());
            QCOMPARE(item->text(1).contains(QStringLiteral("asks first")), step.needsConfirmation());
            if (step.needsConfirmation())
                ++asking;
            if (step.title() == QLatin1String("Stop node2"))
                stopNode2 = item;
        }
        QVERIFY(asking > 0);
        QVERIFY(stopNode2);
        QVERIFY(stopNode2->font(0).bold());
        QVERIFY(stopNode2->childCount() > 0);
        QVERIFY(!stopNode2->child(0)->text(0).isEmpty());

        QTreeWidgetItem *end = tree->topLevelItem(plan->size());
        QCOMPARE(end->text(0), QStringLiteral("Always at the end"));
        QCOMPARE(end->childCount(), plan->cleanupSize());
        for (int i = 0; i < end->childCount(); ++i)
            QVERIFY(end->child(i)->text(0).contains(QStringLiteral("(if step ")));

        const QString summary = page->findChildren<QLabel *>().constLast()->text();
        bool summaryFound = false;
        for (const QLabel *label : page->findChildren<QLabel *>())
            summaryFound = summaryFound
                        || label->text() == QStringLiteral("%1 steps, %2 of them change the cluster and ask for confirmation first.")
                                                .arg(plan->size()).arg(asking);
        QVERIFY(summaryFound);
        Q_UNUSED(summary);

        if (!qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS")) {
            stopNode2->setExpanded(true);
            QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
            QTest::qWait(50);
            QVERIFY(page->window()->grab().save(QStringLiteral("/tmp/lifeboat-shots/plan.png")));
        }

        // The runbook, in both formats.
        QVERIFY(page->exportButton()->isEnabled());
        QTemporaryDir out;
        const QString markdownFile = out.filePath(QStringLiteral("runbook.md"));
        const QString htmlFile = out.filePath(QStringLiteral("runbook.html"));
        QVERIFY(page->exportRunbook(markdownFile, PlanPage::Format::Markdown));
        QVERIFY(page->exportRunbook(htmlFile, PlanPage::Format::Html));
        const QString markdown = readAll(markdownFile);
        const QString html = readAll(htmlFile);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(markdown.startsWith(QStringLiteral("# ")));
        for (const QString &text : {markdown, html}) {
            QVERIFY(text.contains(sandbox.profile().name.toHtmlEscaped()));
            QVERIFY(text.contains(scenario->title().toHtmlEscaped()));
            QVERIFY(text.contains(QStringLiteral("Always at the end")));
            for (int i = 0; i < plan->size(); ++i) {
                const QString title = plan->step(i).title();
                QVERIFY2(text.contains(title) || text.contains(title.toHtmlEscaped()), qPrintable(title));
            }
            for (int i = 0; i < plan->cleanupSize(); ++i)
                QVERIFY(text.contains(plan->cleanup(i).step->title()));
        }
        QVERIFY(markdown.contains(QStringLiteral("**Stop node2** — _asks first")));
        QVERIFY(html.contains(QStringLiteral("Stop node2</span> <span class=\"asks\">[asks first")));
        // Nothing left behind by the atomic write.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
    }

    // Issue 17, "one approval": the Plan page offers "Approve the whole
    // plan" (unticked by default) with the steps that change the cluster
    // listed once; ticked, the run asks nothing more, and the journal says
    // the answers were given in advance.
    void theWholePlanApprovedOnceAsksNoMore()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QWizard wizard;
        WizardSession session;
        session.setProfile(sandbox.profile());
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-offline"));
        session.setScenario(scenario);
        QString error;
        session.setOptions(scenario->completeOptions(sandbox.profile(), {}, &error));
        auto *page = new PlanPage(&session);
        auto *run = new RunPage(&session);
        wizard.setPage(Page_Plan, page);
        wizard.setPage(Page_Run, run);
        wizard.setPage(Page_Summary, new SummaryPage(&session));
        wizard.setStartId(Page_Plan);
        QSignalSpy shown(page, &PlanPage::planShown);
        wizard.show();
        QVERIFY(shown.count() == 1 || shown.wait(60000));

        auto *approve = page->findChild<QCheckBox *>();
        QVERIFY2(approve, "the Plan page has no \"Approve the whole plan\"");
        QVERIFY(approve->isVisible());
        QVERIFY(!approve->isChecked()); // per-step confirmation stays the default
        QVERIFY(!session.planApproved());
        approve->click();
        QVERIFY(session.planApproved());
        const auto plan = scenario->buildPlan(sandbox.profile(), session.options());
        QString listed;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("Approving says yes now")))
                listed = label->text();
        }
        int destructive = 0;
        for (int i = 0; i < plan->size(); ++i) {
            if (!plan->step(i).isDestructive())
                continue;
            ++destructive;
            QCOMPARE(listed.count(QStringLiteral("%1. %2").arg(i + 1).arg(plan->step(i).title())), 1);
        }
        QVERIFY(destructive > 0);

        DialogAnswerer answerer(DialogAnswerer::Answer::Decline); // would stop the run, were it asked
        QSignalSpy finished(run, &RunPage::runFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Run));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        QVERIFY2(answerer.asked().isEmpty(), qPrintable(answerer.asked().join(u'\n')));
        const RunRecord record = RunRecord::load(session.runDirectory());
        QCOMPARE(record.confirmations.size(), destructive);
        for (const JournalEntry::Confirmation &confirmation : record.confirmations)
            QVERIFY(confirmation.yes && confirmation.inAdvance);
    }

    // Issue 17, "one approval" on a real cluster: ticking is not enough, the
    // cluster's name must be typed, as a careful tool asks before a
    // destructive step. Only the exact name approves.
    void aRealClusterIsApprovedOnlyByTypingItsName()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QWizard wizard;
        WizardSession session;
        ClusterProfile real = sandbox.profile();
        real.sandbox = false; // as a production cluster's profile
        PlanPage *page = showPlan(wizard, session, real, QStringLiteral("backup-offline"));
        QVERIFY(page);

        auto *approve = page->findChild<QCheckBox *>();
        QVERIFY(approve && approve->isVisible());
        QLineEdit *word = nullptr;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (edit->placeholderText().contains(real.name))
                word = edit;
        }
        QVERIFY2(word, "no field to type the cluster's name in");
        QVERIFY(!word->isVisible());
        approve->click();
        QVERIFY(word->isVisible());
        QVERIFY(!session.planApproved()); // ticked, not yet typed
        QTest::keyClicks(word, real.name.left(real.name.size() - 1));
        QVERIFY(!session.planApproved());
        QTest::keyClicks(word, real.name.right(1) + QStringLiteral("x"));
        QVERIFY(!session.planApproved());
        QTest::keyClick(word, Qt::Key_Backspace);
        QCOMPARE(word->text(), real.name);
        QVERIFY(session.planApproved());
        approve->click(); // unticked: the typed name alone approves nothing
        QVERIFY(!session.planApproved());
    }

    // Issue 17, point 10: a plan with no step that asks does not say "0 of
    // them change the cluster", and offers no approval.
    void aPlanThatAsksNothingSaysSo()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QWizard wizard;
        WizardSession session;
        PlanPage *page = showPlan(wizard, session, sandbox.profile(), QStringLiteral("backup-online"));
        QVERIFY(page);
        const auto plan = session.scenario()->buildPlan(sandbox.profile(), session.options());
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(!texts.join(u'\n').contains(QStringLiteral(" 0 of them")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("%1 steps; none of them asks for confirmation.").arg(plan->size())),
                 qPrintable(texts.join(u'\n')));
        const auto *approve = page->findChild<QCheckBox *>();
        QVERIFY(!approve || !approve->isVisible());
    }

    // A backup from snapshots: the plan says how each path is copied (a
    // read-only btrfs snapshot here) and that the nodes are down only while
    // the snapshots are taken; in English and in German.
    void aSnapshotBackupSaysHowEachPathIsCopied()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox on a loop-mounted btrfs image needs root (installer/dev test runs as root).");
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0"),
                                QStringLiteral("--filesystem"), QStringLiteral("btrfs")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().out + sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-offline"));
        QVERIFY(scenario);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(LIFEBOAT_QM_DIR "/lifeboat_de.qm")));
        for (const QString language : {QStringLiteral("en"), QStringLiteral("de")}) {
            if (language == QLatin1String("de"))
                QCoreApplication::installTranslator(&german);
            QWizard wizard;
            WizardSession session;
            session.setProfile(sandbox.profile());
            session.setScenario(scenario);
            QString error;
            session.setOptions(scenario->completeOptions(sandbox.profile(), {}, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto *page = new PlanPage(&session);
            wizard.setPage(Page_Plan, page);
            wizard.setStartId(Page_Plan);
            wizard.resize(1100, 720);
            QSignalSpy shown(page, &PlanPage::planShown);
            wizard.show();
            QVERIFY(shown.count() == 1 || shown.wait(60000));
            QTreeWidgetItem *snapshots = nullptr;
            QTreeWidget *tree = page->tree();
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->text(0).contains(language == QLatin1String("en") ? QStringLiteral("Take snapshots: node2's repository (btrfs snapshot)")
                                                                                            : QStringLiteral("Snapshots erstellen: Repository von node2 (btrfs-Snapshot)")))
                    snapshots = tree->topLevelItem(i);
            }
            QVERIFY(snapshots);
            QStringList lines;
            for (int i = 0; i < snapshots->childCount(); ++i)
                lines.append(snapshots->child(i)->text(0));
            const QString said = lines.join(u'\n');
            QVERIFY2(said.contains(sandbox.node(QStringLiteral("node2")).repository), qPrintable(said));
            QVERIFY2(said.contains(language == QLatin1String("en") ? QStringLiteral("read-only btrfs snapshot")
                                                                   : QStringLiteral("schreibgeschützter btrfs-Snapshot")),
                     qPrintable(said));
            QVERIFY2(said.contains(language == QLatin1String("en") ? QStringLiteral("down for seconds") : QStringLiteral("nur Sekunden lang gestoppt")),
                     qPrintable(said));
            if (!qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS")) {
                snapshots->setExpanded(true);
                tree->scrollToItem(snapshots);
                QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
                QTest::qWait(50);
                QVERIFY(wizard.grab().save(QStringLiteral("/tmp/lifeboat-shots/plan-snapshots-%1.png").arg(language)));
            }
        }
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
