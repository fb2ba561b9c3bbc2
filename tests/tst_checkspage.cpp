// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <ChecksPage.h>
#include <PageId.h>
#include <WizardSession.h>
#include <scenarios/ScenarioRegistry.h>

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The checks page on a real sandbox: results from the real preconditions,
// computed on a worker thread while the window keeps drawing.
class TestChecksPage : public QObject
{
    Q_OBJECT

private:
    struct Wizard
    {
        QWizard wizard;
        WizardSession session;
        ChecksPage *page = nullptr;

        explicit Wizard(const ClusterProfile &profile)
        {
            session.setProfile(profile);
            const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
            session.setScenario(scenario);
            QString error;
            session.setOptions(scenario->completeOptions(profile, {}, &error));
            page = new ChecksPage(&session);
            wizard.setPage(Page_Checks, page);
            wizard.setStartId(Page_Checks);
            wizard.resize(760, 560);
        }
    };

    // The status ("pass", "warn", "fail") of the row titled `title`, or empty.
    static QString rowStatus(const ChecksPage *page, const QString &title)
    {
        for (const QWidget *row : page->findChildren<QWidget *>()) {
            if (row->property("checkTitle").toString() == title)
                return row->property("checkStatus").toString();
        }
        return {};
    }

    static void screenshot(QWidget *page, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS"))
            return;
        QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
        QTest::qWait(50);
        QVERIFY(page->window()->grab().save(QStringLiteral("/tmp/lifeboat-shots/%1.png").arg(name)));
    }

    static QString backupMode(const SandboxFixture &sandbox, const QString &command, const QStringList &extra = {})
    {
        const CommandResult result = sandbox.backupMode(command, extra);
        return QString::number(result.exitCode) + u' ' + result.out + result.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void aStoppedPrimaryFailsUntilStartedAndCheckedAgain()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        Wizard w(sandbox.profile());
        QSignalSpy finished(w.page, &ChecksPage::checksFinished);

        QElapsedTimer sinceLastTurn;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceLastTurn.restart()); });
        sinceLastTurn.start();
        heartbeat.start();
        w.wizard.show(); // runs initializePage()
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QVERIFY(w.page->isRunning() || finished.count() == 1);
        QVERIFY(!w.page->isComplete());
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        heartbeat.stop();
        QVERIFY2(longestGap < 200, qPrintable(QStringLiteral("the window stalled for %1 ms").arg(longestGap)));

        QCOMPARE(rowStatus(w.page, QStringLiteral("The primary is running")), QStringLiteral("fail"));
        QVERIFY(!w.page->isComplete());
        QVERIFY(!w.wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(w.page->checkAgainButton()->isEnabled());
        QVERIFY(!w.page->acceptWarningsBox()->isVisible());
        // Issue 17, point 10: the advice names the scenario as the wizard
        // shows it, not by its command-line id.
        QStringList said;
        for (const QLabel *label : w.page->findChildren<QLabel *>())
            said << label->text();
        const QString offline = ScenarioRegistry::find(QStringLiteral("backup-offline"))->title();
        QVERIFY2(said.join(u'\n').contains(QStringLiteral("Start the cluster, or use \"%1\".").arg(offline).toHtmlEscaped())
                     || said.join(u'\n').contains(QStringLiteral("Start the cluster, or use \"%1\".").arg(offline)),
                 qPrintable(said.join(u'\n')));
        QVERIFY2(!said.join(u'\n').contains(QLatin1String("backup-offline")), qPrintable(said.join(u'\n')));
        screenshot(w.page, QStringLiteral("checks-fail"));

        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        w.page->checkAgainButton()->click();
        QVERIFY(!w.page->checkAgainButton()->isEnabled());
        QVERIFY(!w.page->isComplete());
        QVERIFY(finished.wait(60000));
        QCOMPARE(rowStatus(w.page, QStringLiteral("The primary is running")), QStringLiteral("pass"));
        QVERIFY2(w.page->isComplete(), qPrintable(w.page->findChildren<QLabel *>().constFirst()->text()));
        QVERIFY(w.wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.page->nextId(), int(Page_Plan));
        screenshot(w.page, QStringLiteral("checks-pass"));
    }

    void aWarningNeedsTheTick()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // Another backup's safe backup mode (a cluster kept in rolling mode
        // is no warning: the rolling backup uses that mode and leaves it on).
        const QString entered = backupMode(sandbox, QStringLiteral("enter"), {QStringLiteral("-label=by-hand")});
        QVERIFY2(entered.startsWith(u'0'), qPrintable(entered));

        Wizard w(sandbox.profile());
        QSignalSpy finished(w.page, &ChecksPage::checksFinished);
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QVERIFY(finished.count() == 1 || finished.wait(60000));

        QCOMPARE(rowStatus(w.page, QStringLiteral("The primary is running")), QStringLiteral("warn"));
        QVERIFY(w.page->acceptWarningsBox()->isVisible());
        QVERIFY(!w.page->isComplete());
        QVERIFY(!w.session.warningsAccepted());
        screenshot(w.page, QStringLiteral("checks-warn"));

        w.page->acceptWarningsBox()->click();
        QVERIFY(w.page->isComplete());
        QVERIFY(w.session.warningsAccepted());
        QVERIFY(w.wizard.button(QWizard::NextButton)->isEnabled());

        // Checking again asks for the tick again.
        w.page->checkAgainButton()->click();
        QVERIFY(!w.session.warningsAccepted());
        QVERIFY(finished.wait(60000));
        QVERIFY(!w.page->isComplete());
        backupMode(sandbox, QStringLiteral("leave"));
    }

    // A host that cannot be used is settled on the Cluster page: its failed
    // check says so (not the command line's --trust-host-key), and a button
    // goes back there.
    void aHostThatCannotBeReachedPointsBackToTheClusterPage()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        ClusterProfile profile = sandbox.profile();
        QTcpServer closed; // a port that refuses: taken, then released
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        HostProfile ghost;
        ghost.name = QStringLiteral("ghost");
        ghost.address = QStringLiteral("127.0.0.1");
        ghost.port = closed.serverPort();
        closed.close();
        profile.hosts.append(ghost);
        profile.knownHostsFile = sandbox.path(QStringLiteral("known_hosts"));

        QWizard wizard;
        WizardSession session;
        session.setProfile(profile);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
        session.setScenario(scenario);
        QString error;
        session.setOptions(scenario->completeOptions(profile, {}, &error));
        auto *cluster = new QWizardPage; // stands in for the Cluster page: only its place in the history counts
        auto *page = new ChecksPage(&session);
        wizard.setPage(Page_Cluster, cluster);
        wizard.setPage(Page_Checks, page);
        wizard.setStartId(Page_Cluster);
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy finished(page, &ChecksPage::checksFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Checks));
        QVERIFY(finished.count() == 1 || finished.wait(60000));

        const QString title = QStringLiteral("ghost can be reached over ssh");
        QCOMPARE(rowStatus(page, title), QStringLiteral("fail"));
        QString rowText;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->text().contains(title))
                rowText = label->text();
        }
        QVERIFY2(rowText.contains(QLatin1String("Go back to the Cluster page")), qPrintable(rowText));
        QVERIFY2(!rowText.contains(QLatin1String("--trust-host-key")), qPrintable(rowText));
        QVERIFY(!page->isComplete());
        QVERIFY(page->backToClusterButton()->isVisible());
        screenshot(page, QStringLiteral("checks-host-fails"));
        page->backToClusterButton()->click();
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
    }
};

QTEST_MAIN(TestChecksPage)
#include "tst_checkspage.moc"
