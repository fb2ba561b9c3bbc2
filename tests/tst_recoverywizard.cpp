#include "support/SandboxFixture.h"

#include <ChecksPage.h>
#include <ConfirmationDialog.h>
#include <DataPaths.h>
#include <LifeboatWizard.h>
#include <NodeController.h>
#include <OptionsPage.h>
#include <PageId.h>
#include <PlanPage.h>
#include <RunPage.h>
#include <ScenarioPage.h>
#include <WelcomePage.h>
#include <WizardSession.h>
#include <run/RunRecord.h>
#include <run/Scenario.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The whole wizard, Welcome to Summary, recovering a real sandbox: the
// scenario recommended from what the nodes show, the backup set picked from
// the catalog, the confirmations answered (manual steps ticked off), and an
// interrupted run picked up again from the Welcome page.
class TestRecoveryWizard : public QObject
{
    Q_OBJECT

private:
    // Answers every confirmation dialog that comes up; a manual step's
    // checklist is ticked first, as a person would.
    static void answerDialogs(QObject *context, bool goOn, QStringList *asked)
    {
        auto *timer = new QTimer(context);
        QObject::connect(timer, &QTimer::timeout, context, [goOn, asked] {
            auto *dialog = qobject_cast<ConfirmationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked->append(dialog->windowTitle());
            if (!goOn) {
                dialog->reject();
                return;
            }
            if (QListWidget *checklist = dialog->checklist()) {
                if (dialog->goOnButton()->isEnabled())
                    asked->append(QStringLiteral("Done was enabled before the checklist was ticked"));
                for (int i = 0; i < checklist->count(); ++i)
                    checklist->item(i)->setCheckState(Qt::Checked);
            }
            dialog->goOnButton()->click();
        });
        timer->start(20);
    }

    static QString labels(const QWidget *page)
    {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    }

    // Every file below `root` with its contents' digest: equal only when nothing changed.
    static QByteArray treeDigest(const QString &root)
    {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &path : std::as_const(files)) {
            if (path.endsWith(QLatin1String("/.lock")) || path.contains(QLatin1String("/logs/")))
                continue; // a running node's own bookkeeping
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            hash.addData(path.toUtf8());
            hash.addData(file.readAll());
        }
        return hash.result().toHex();
    }

    static std::unique_ptr<SandboxFixture> brokenSandboxWithABackup()
    {
        auto sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--size-mb"), QStringLiteral("4"),
                                                                    QStringLiteral("--activity"), QStringLiteral("0")});
        if (!sandbox->created() || sandbox->sandbox(QStringLiteral("start")).exitCode != 0)
            return {};
        const CommandResult backup = sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox->path(QStringLiteral("cluster.json")),
             QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes")});
        if (backup.exitCode != 0) {
            qWarning() << backup.out << backup.err;
            return {};
        }
        const CommandResult broken = sandbox->sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                                               QStringLiteral("--node"), QStringLiteral("node2")});
        if (broken.exitCode != 0)
            return {};
        return sandbox;
    }

    // Welcome → Cluster → Scenario → Options → Checks → Plan, choosing the
    // recommended recovery; returns with the Run page showing.
    static void walkToTheRun(LifeboatWizard &wizard, const SandboxFixture &sandbox)
    {
        wizard.session()->setProfile(sandbox.profile());
        wizard.resize(900, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
        QVERIFY(welcome);
        welcome->findChildren<QRadioButton *>().at(int(TaskChoice::Recover))->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();

        auto *scenario = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QVERIFY(scenario);
        QVERIFY(scenario->listedScenarios().contains(QStringLiteral("restore-node")));
        QVERIFY(scenario->listedScenarios().contains(QStringLiteral("recover-publish-node")));
        QTRY_COMPARE_WITH_TIMEOUT(scenario->recommendedScenario(), QStringLiteral("restore-node"), 15000);
        QVERIFY2(scenario->recommendation().contains(QStringLiteral("node2 reports repository unsync")), qPrintable(scenario->recommendation()));
        QTRY_VERIFY(scenario->isComplete());
        QCOMPARE(wizard.session()->scenario()->id(), QStringLiteral("restore-node"));
        wizard.next();

        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        auto *sets = qobject_cast<QTableWidget *>(options->editor(QStringLiteral("backup-set")));
        QVERIFY(sets);
        QTRY_VERIFY(sets->rowCount() == 2); // automatic, and the offline set
        QCOMPARE(sets->item(1, 1)->text(), QStringLiteral("backup-offline"));
        sets->selectRow(1);
        auto *node = qobject_cast<QComboBox *>(options->editor(QStringLiteral("node")));
        QVERIFY(node);
        QCOMPARE(node->currentText(), QStringLiteral("node2"));
        for (int i = 0; i < node->count(); ++i)
            QVERIFY(sandbox.profile().node(node->itemText(i))->isAuthor());
        auto *repository = qobject_cast<QCheckBox *>(options->editor(QStringLiteral("repository")));
        QVERIFY(repository);
        QTRY_VERIFY(repository->isChecked());
        QVERIFY(repository->text().contains(QStringLiteral("repository unsync")));
        wizard.next();
        QVERIFY2(wizard.currentId() == int(Page_Checks), qPrintable(options->errorText()));
        QCOMPARE(wizard.session()->options().value(QStringLiteral("node")).toString(), QStringLiteral("node2"));
        QCOMPARE(wizard.session()->options().value(QStringLiteral("repository")).toBool(), true);
        QCOMPARE(wizard.session()->options().value(QStringLiteral("backup-set")).toString(), sets->item(1, 0)->data(Qt::UserRole).toString());

        auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!checks->isRunning() && !checks->results().isEmpty(), 30000);
        if (checks->acceptWarningsBox()->isVisible())
            checks->acceptWarningsBox()->setChecked(true);
        QVERIFY2(checks->isComplete(), qPrintable(labels(checks)));
        wizard.next();

        auto *plan = qobject_cast<PlanPage *>(wizard.currentPage());
        QVERIFY(plan);
        QTRY_VERIFY_WITH_TIMEOUT(plan->isComplete(), 30000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Run));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recoverywizard"));
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void init()
    {
        QSettings().clear();
        QDir(DataPaths::runsDirectory()).removeRecursively();
    }

    void restoresACorruptNodeFromWelcomeToSummary()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        LifeboatWizard wizard;
        QStringList asked;
        answerDialogs(&wizard, true, &asked);
        walkToTheRun(wizard, *sandbox);
        if (QTest::currentTestFailed())
            return;
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        QVERIFY(!asked.isEmpty());
        QVERIFY2(!asked.contains(QStringLiteral("Done was enabled before the checklist was ticked")), qPrintable(asked.join(u'\n')));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Summary));
        QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("Every step succeeded.")), qPrintable(labels(wizard.currentPage())));
        // What is left: purge the quarantine once the cluster works, with the exact command.
        QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("lifeboat quarantine purge --profile %1 --run %2")
                                                           .arg(sandbox->path(QStringLiteral("cluster.json")),
                                                                QFileInfo(wizard.session()->runDirectory()).fileName())),
                 qPrintable(labels(wizard.currentPage())));

        const NodeStatus node2 = NodeController(sandbox->profile()).status(sandbox->node(QStringLiteral("node2")));
        QVERIFY(node2.running);
        QVERIFY(!node2.repositoryUnsync);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        // The choices are remembered for next time.
        LifeboatWizard again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.currentPage()->findChildren<QRadioButton *>().at(int(TaskChoice::Recover))->isChecked());
    }

    void damagedSharedDataRecommendsRestoringTheCluster_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("lose-gds-files") << QStringLiteral("lose-gds-files");
        QTest::newRow("corrupt-database") << QStringLiteral("corrupt-database");
    }

    void damagedSharedDataRecommendsRestoringTheCluster()
    {
        QFETCH(QString, fault);
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), fault}).exitCode, 0);
        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Recover);
        session.setProfile(sandbox.profile());
        auto *page = new ScenarioPage(&session);
        wizard.setPage(Page_Scenario, page);
        wizard.setStartId(Page_Scenario);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(page->recommendedScenario(), QStringLiteral("restore-cluster"), 15000);
        QVERIFY2(page->recommendation().contains(fault == QLatin1String("corrupt-database") ? QStringLiteral("integrity check")
                                                                                             : QStringLiteral("missing from the GDS")),
                 qPrintable(page->recommendation()));
    }

    void aDeclinedConfirmationInARestoreChangesNothing()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        const QString node2 = QFileInfo(sandbox->node(QStringLiteral("node2")).repository).absolutePath();
        const QByteArray before = treeDigest(node2);
        const QByteArray gdsBefore = treeDigest(sandbox->profile().gds);
        LifeboatWizard wizard;
        QStringList asked;
        answerDialogs(&wizard, false, &asked);
        walkToTheRun(wizard, *sandbox);
        if (QTest::currentTestFailed())
            return;
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Declined);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("declined"));
        QCOMPARE(treeDigest(node2), before);
        QCOMPARE(treeDigest(sandbox->profile().gds), gdsBefore);
        QCOMPARE(sandbox->livingNodes().size(), 5);
    }

    void resumesAnInterruptedRunFromTheWelcomePage()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:3"));
        const CommandResult killed = sandbox.runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"),
             QStringLiteral("backup-offline"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), DataPaths::runsDirectory()});
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(killed.exitCode, -1);
        const QStringList runs = QDir(DataPaths::runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QString runDirectory = QDir(DataPaths::runsDirectory()).filePath(runs.first());
        QVERIFY(RunRecord::load(runDirectory).isInterrupted());

        LifeboatWizard wizard;
        QStringList asked;
        answerDialogs(&wizard, true, &asked);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
        QTRY_COMPARE(welcome->offers().size(), 1);
        auto *resume = welcome->findChild<QPushButton *>(QStringLiteral("resume"));
        QVERIFY(resume && resume->isVisible());
        resume->click();
        QCOMPARE(wizard.currentId(), int(Page_Run));
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Succeeded);
        QCOMPARE(wizard.session()->runDirectory(), runDirectory);
        const RunRecord record = RunRecord::load(runDirectory);
        QCOMPARE(record.result, QStringLiteral("succeeded"));
        QCOMPARE(record.resumes, 1);
        for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Summary));

        // Finished: not offered again.
        LifeboatWizard later;
        auto *again = qobject_cast<WelcomePage *>(later.page(Page_Welcome));
        QSignalSpy found(again, &WelcomePage::offersFound);
        later.show();
        // The search may finish while show() runs, before a wait() would start.
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, 10000);
        QVERIFY(again->offers().isEmpty());
    }

    void anInterruptedRunCanBeSetAside()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:1"));
        sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                   QStringLiteral("--scenario"), QStringLiteral("backup-bootstrap"), QStringLiteral("--yes"),
                                   QStringLiteral("--report-dir"), DataPaths::runsDirectory()});
        {
            LifeboatWizard wizard;
            wizard.show();
            auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
            QTRY_COMPARE(welcome->offers().size(), 1);
            auto *aside = welcome->findChild<QPushButton *>(QStringLiteral("setAside"));
            QVERIFY(aside);
            aside->click();
            QTRY_VERIFY(!welcome->findChild<QGroupBox *>()->isVisible());
            QCOMPARE(wizard.currentId(), int(Page_Welcome));
        }
        LifeboatWizard later;
        auto *welcome = qobject_cast<WelcomePage *>(later.page(Page_Welcome));
        QSignalSpy found(welcome, &WelcomePage::offersFound);
        later.show();
        // The search may finish while show() runs, before a wait() would start.
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, 10000);
        QVERIFY(welcome->offers().isEmpty());
    }
};

QTEST_MAIN(TestRecoveryWizard)
#include "tst_recoverywizard.moc"
