// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <ClusterPage.h>
#include <LifeboatWizard.h>
#include <PageId.h>
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <SandboxPage.h>
#include <ScenarioPage.h>
#include <TaskChoice.h>
#include <TopologyView.h>
#include <WizardSession.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The training path a newcomer takes first, on a real sandbox: it leads to
// the sandbox's own page, whose actions change the real nodes, and from there
// to the scenarios.
class TestSandboxPage : public QObject
{
    Q_OBJECT

private:
    static QString state(const TopologyView *view, const QString &node) { return view->stateText(node); }

    static bool act(SandboxPage *page, const std::function<void()> &action)
    {
        QSignalSpy finished(page, &SandboxPage::actionFinished);
        action();
        if (!finished.wait(60000))
            return false;
        return finished.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void theTrainingPathLeadsToTheSandboxAndOnToTheScenarios()
    {
        SandboxFixture sandbox({ QStringLiteral("--size-mb"), QStringLiteral("2"),
            QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));

        LifeboatWizard wizard;
        wizard.resize(820, 600);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().at(3)->click(); // Open the training sandbox
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        auto *cluster = qobject_cast<ClusterPage *>(wizard.currentPage());
        QSignalSpy opened(cluster, &ClusterPage::profileOpened);
        cluster->openProfile(sandbox.path(QStringLiteral("cluster.json")));
        QTRY_COMPARE(opened.count(), 1);
        QTRY_VERIFY(cluster->isComplete());
        wizard.next();

        // Not "This kind of scenario is not available": the sandbox's own page.
        QCOMPARE(wizard.currentId(), int(Page_Sandbox));
        auto *page = qobject_cast<SandboxPage *>(wizard.currentPage());
        QVERIFY(page);
        TopologyView *view = page->topologyView();
        QTRY_COMPARE(state(view, QStringLiteral("node1")), QStringLiteral("stopped"));

        QVERIFY2(act(page, [page] { page->startAll(); }), qPrintable(page->resultText()));
        for (const NodeProfile &node : sandbox.profile().nodes)
            QTRY_COMPARE_WITH_TIMEOUT(state(view, node.name), QStringLiteral("running"), 10000);
        QCOMPARE(sandbox.livingNodes().size(), 5);

        // Break a node the way `lifeboat sandbox break` does: its process is gone.
        QVERIFY2(act(page, [page] { page->breakNode(QStringLiteral("crash"), QStringLiteral("node3")); }),
            qPrintable(page->resultText()));
        QVERIFY2(!page->resultText().isEmpty(), "says what it broke");
        QTRY_VERIFY_WITH_TIMEOUT(
            state(view, QStringLiteral("node3")).startsWith(QStringLiteral("stopped")), 10000);
        QCOMPARE(sandbox.livingNodes().size(), 4);

        // A fault on a node that does not exist says why.
        QVERIFY(!act(page, [page] { page->breakNode(QStringLiteral("crash"), QStringLiteral("node9")); }));
        QVERIFY2(page->resultText().contains(QStringLiteral("node9")), qPrintable(page->resultText()));

        // On to the normal scenarios on this sandbox: recovering it.
        page->findChildren<QRadioButton *>().at(1)->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Scenario));
        auto *scenarios = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QVERIFY(scenarios->listedScenarios().contains(QStringLiteral("restore-node")));
        QCOMPARE(wizard.session()->task(), TaskChoice::Recover);

        // Back to the Cluster page and on again: the sandbox's page again.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page_Sandbox));
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Sandbox));

        QVERIFY2(act(page, [page] { page->stopAll(); }), qPrintable(page->resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.livingNodes().isEmpty(), 20000);
    }

    void resetBuildsTheSandboxAgainAndKeepsTheOldOne()
    {
        SandboxFixture sandbox({ QStringLiteral("--size-mb"), QStringLiteral("2"),
            QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        QCOMPARE(sandbox
                     .sandbox(QStringLiteral("break"),
                         { QStringLiteral("--fault"), QStringLiteral("delete-repository"),
                             QStringLiteral("--node"), QStringLiteral("node2") })
                     .exitCode,
            0);

        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().at(3)->click();
        wizard.next();
        auto *cluster = qobject_cast<ClusterPage *>(wizard.currentPage());
        cluster->openProfile(sandbox.path(QStringLiteral("cluster.json")));
        QTRY_VERIFY(cluster->isComplete());
        wizard.next();
        auto *page = qobject_cast<SandboxPage *>(wizard.currentPage());
        QVERIFY(page);
        const QString repository = sandbox.node(QStringLiteral("node2")).repository;
        QFile marker(sandbox.path(QStringLiteral("trainee-notes.txt")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        QVERIFY2(act(page, [page] { page->reset(); }), qPrintable(page->resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.livingNodes().isEmpty(), 20000);
        QCOMPARE(wizard.session()->profile().node(QStringLiteral("node2"))->repository, repository);
        QVERIFY(QFileInfo::exists(repository)); // built again
        const QStringList aside = QDir(QFileInfo(sandbox.directory()).path())
                                      .entryList({ QStringLiteral("cluster.before-reset-*") }, QDir::Dirs);
        QCOMPARE(aside.size(), 1);
        // Nothing the trainee did is lost: it moved aside with the sandbox as it was.
        QVERIFY(!QFileInfo::exists(sandbox.path(QStringLiteral("trainee-notes.txt"))));
        QVERIFY(QFileInfo::exists(QFileInfo(sandbox.directory()).path() + u'/' + aside.first() + QStringLiteral("/trainee-notes.txt")));
        QVERIFY2(page->resultText().contains(aside.first()), qPrintable(page->resultText()));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->topologyView()->stateText(QStringLiteral("node2")), QStringLiteral("stopped"), 10000);
    }
};

QTEST_MAIN(TestSandboxPage)
#include "tst_sandboxpage.moc"
