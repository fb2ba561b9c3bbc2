// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <OptionsPage.h>
#include <PageId.h>
#include <ScenarioPage.h>
#include <WizardSession.h>
#include <backup/ArchiveFormat.h>
#include <cluster/BackupModeState.h>
#include <run/OptionNames.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QAbstractButton>
#include <QWizard>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The scenario and options pages on a real sandbox: the scenarios come from
// the registry, the recommendation from the nodes' real states, and the
// options are completed by the scenario itself.
class TestScenarioPage : public QObject
{
    Q_OBJECT

private:
    static void screenshot(QWidget *page, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS"))
            return;
        QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
        QTest::qWait(50);
        QVERIFY(page->window()->grab().save(QStringLiteral("/tmp/lifeboat-shots/%1.png").arg(name)));
    }

    // The Options page of the session's scenario in a wizard whose Next
    // leads to a placeholder Checks page, shown.
    static OptionsPage *showOptions(QWizard &wizard, WizardSession &session)
    {
        auto *page = new OptionsPage(&session);
        wizard.setPage(Page_Options, page);
        wizard.setPage(Page_Checks, new QWizardPage); // where Next leads
        wizard.setStartId(Page_Options);
        wizard.resize(820, 600);
        wizard.show();
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        // The pages start from the remembered choices: none, for these tests.
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scenariopage"));
        QSettings().clear();
    }

    void listsTheBackupScenariosAndRecommendsOnline()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);

        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Backup);
        session.setProfile(sandbox.profile());
        auto *page = new ScenarioPage(&session);
        wizard.setPage(Page_Scenario, page);
        wizard.setStartId(Page_Scenario);
        wizard.resize(820, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        QStringList expected;
        for (const QString &id : ScenarioRegistry::ids()) {
            if (id.startsWith(QStringLiteral("backup-")))
                expected.append(id);
        }
        QVERIFY(!expected.isEmpty());
        QStringList listed = page->listedScenarios();
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
        QVERIFY(!page->isComplete());

        QTRY_COMPARE_WITH_TIMEOUT(page->recommendedScenario(), QStringLiteral("backup-online"), 10000);
        QVERIFY(page->recommendation().contains(ScenarioRegistry::find(QStringLiteral("backup-online"))->title()));
        screenshot(page, QStringLiteral("scenario"));

        auto *online = page->findChild<QRadioButton *>(QStringLiteral("backup-online"));
        QVERIFY(online);
        online->click();
        QVERIFY(page->isComplete());
        QCOMPARE(session.scenario(), ScenarioRegistry::find(QStringLiteral("backup-online")));
        QCOMPARE(page->nextId(), int(Page_Options));
    }

    void recommendsNoWiderRecoveryThanTheSymptomsNeed()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        // A secondary stopped cleanly, its repository intact: start it.
        QCOMPARE(sandbox.sandbox(QStringLiteral("stop"), {QStringLiteral("--node"), QStringLiteral("node3")}).exitCode, 0);

        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Recover);
        session.setProfile(sandbox.profile());
        auto *page = new ScenarioPage(&session);
        wizard.setPage(Page_Scenario, page);
        wizard.setStartId(Page_Scenario);
        wizard.resize(820, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY2_WITH_TIMEOUT(page->recommendation().contains(QStringLiteral("Recommended: start node3")),
                                  qPrintable(page->recommendation()), 15000);
        QCOMPARE(page->recommendedScenario(), QString());
        QVERIFY(!page->isComplete()); // nothing chosen for the person

        // The same node crashed: that node alone is restored, never the cluster.
        QCOMPARE(sandbox.sandbox(QStringLiteral("start"), {QStringLiteral("--node"), QStringLiteral("node3")}).exitCode, 0);
        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("crash"), QStringLiteral("--node"), QStringLiteral("node3")}).exitCode, 0);
        page->initializePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->recommendedScenario(), QStringLiteral("restore-node"), 15000);
        QCOMPARE(session.suggestedNode(), QStringLiteral("node3"));
    }

    void saysWhenNoScenarioFits()
    {
        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Sandbox);
        auto *page = new ScenarioPage(&session);
        wizard.setPage(Page_Scenario, page);
        wizard.setStartId(Page_Scenario);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(page->listedScenarios().isEmpty());
        QVERIFY(!page->isComplete());
        bool shown = false;
        for (const QLabel *label : page->findChildren<QLabel *>())
            shown |= label->isVisible() && label->text().contains(QStringLiteral("not available in this version"));
        QVERIFY(shown);
    }

    void optionsAreCompletedByTheScenario()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));

        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Backup);
        session.setProfile(sandbox.profile());
        session.setScenario(ScenarioRegistry::find(QStringLiteral("backup-online")));
        OptionsPage *page = showOptions(wizard, session);
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *node = qobject_cast<QComboBox *>(page->editor(QStringLiteral("node")));
        QVERIFY(node);
        // Left out, the scenario chooses; every other entry is a secondary.
        QCOMPARE(node->itemData(0).toString(), QString());
        for (int i = 1; i < node->count(); ++i)
            QVERIFY(sandbox.profile().node(node->itemData(i).toString())->role == NodeRole::Secondary);
        auto *target = qobject_cast<QComboBox *>(page->editor(QStringLiteral("target")));
        auto *delay = qobject_cast<QSpinBox *>(page->editor(QStringLiteral("delay")));
        auto *compression = qobject_cast<QComboBox *>(page->editor(QStringLiteral("compression")));
        QVERIFY(target && delay && compression);
        QCOMPARE(delay->maximum(), 60000);
        target->setCurrentText(QStringLiteral("zip"));
        delay->setValue(5);
        screenshot(page, QStringLiteral("options"));

        // Next: the scenario completes the options on a worker thread, then the page goes on.
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(Page_Checks));
        QCOMPARE(session.options().value(QStringLiteral("target")).toString(), QStringLiteral("zip"));
        QCOMPARE(session.options().value(QStringLiteral("delay")).toInt(), 5);
        QVERIFY(!session.options().value(QStringLiteral("setId")).toString().isEmpty());
        QCOMPARE(page->nextId(), int(Page_Checks));

        // A value the scenario refuses: the message is shown, the page and the options stay.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page_Options));
        const QVariantMap before = session.options();
        compression->addItem(QStringLiteral("rar"));
        compression->setCurrentText(QStringLiteral("rar"));
        wizard.next();
        QTRY_VERIFY(!page->isCompleting());
        QCOMPARE(wizard.currentId(), int(Page_Options));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(page->errorText().contains(QStringLiteral("compression")));
        bool visible = false;
        for (const QLabel *label : page->findChildren<QLabel *>())
            visible |= label->isVisible() && label->text() == page->errorText();
        QVERIFY(visible);
        QCOMPARE(session.options(), before);
        screenshot(page, QStringLiteral("options-error"));
    }

    // The widgets come from each option's declaration, not from its name: a
    // choice lists exactly its choices (the compression its archive
    // formats'), a number spins over its range with its unit, a node list
    // holds exactly the nodes of the roles the option accepts.
    void optionWidgetsAreBuiltFromTheDeclarations()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const auto comboItems = [](const QComboBox *combo) {
            QStringList items;
            for (int i = 0; combo && i < combo->count(); ++i)
                items.append(combo->itemText(i));
            return items;
        };
        const auto nodesWithRoles = [&sandbox](const QList<NodeRole> &roles) {
            QStringList names;
            for (const NodeProfile &node : sandbox.profile().nodes) {
                if (roles.contains(node.role))
                    names.append(node.name);
            }
            return names;
        };

        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Backup);
        session.setProfile(sandbox.profile());
        session.setScenario(ScenarioRegistry::find(ScenarioIds::backupOnline));
        auto *page = new OptionsPage(&session);
        wizard.setPage(Page_Options, page);
        wizard.setStartId(Page_Options);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        const auto *compression = qobject_cast<QComboBox *>(page->editor(OptionNames::compression));
        QCOMPARE(comboItems(compression), archiveFormatNames());
        QCOMPARE(compression->currentText(), archiveFormatName(ArchiveFormat::TarZstd));
        const auto *target = qobject_cast<QComboBox *>(page->editor(OptionNames::target));
        QCOMPARE(comboItems(target), (QStringList{QStringLiteral("dir"), QStringLiteral("zip")}));
        const auto *timeout = qobject_cast<QSpinBox *>(page->editor(OptionNames::timeout));
        QVERIFY(timeout);
        QCOMPARE(timeout->minimum(), 0);
        QCOMPARE(timeout->maximum(), BackupModeState::maxTimeoutMinutes);
        QCOMPARE(timeout->suffix(), OptionsPage::tr(" min"));
        const auto *delay = qobject_cast<QSpinBox *>(page->editor(OptionNames::delay));
        QVERIFY(delay);
        QCOMPARE(delay->suffix(), OptionsPage::tr(" ms"));
        QCOMPARE(comboItems(qobject_cast<QComboBox *>(page->editor(OptionNames::node))),
                 QStringList{QStringLiteral("The first secondary node")} + nodesWithRoles({NodeRole::Secondary}));
        QVERIFY(qobject_cast<QLineEdit *>(page->editor(OptionNames::label)));

        // A restore's node: any author node, never a publish node; its
        // repository a checkbox.
        session.setTask(TaskChoice::Recover);
        session.setScenario(ScenarioRegistry::find(ScenarioIds::restoreNode));
        page->initializePage();
        QCOMPARE(comboItems(qobject_cast<QComboBox *>(page->editor(OptionNames::node))),
                 nodesWithRoles({NodeRole::Primary, NodeRole::Secondary}));
        QVERIFY(qobject_cast<QCheckBox *>(page->editor(OptionNames::repository)));

        session.setScenario(ScenarioRegistry::find(ScenarioIds::recoverPublishNode));
        page->initializePage();
        QCOMPARE(comboItems(qobject_cast<QComboBox *>(page->editor(OptionNames::node))), nodesWithRoles({NodeRole::Publish}));
        QVERIFY(!nodesWithRoles({NodeRole::Publish}).isEmpty());
    }

    // backup-publish backs up every publish node unless one is named: the
    // wizard offers that too (its node list used to start at publish1, so
    // the wizard could back up one publish node only).
    void everyPublishNodeCanBeBackedUpFromTheWizard()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Backup);
        session.setProfile(sandbox.profile());
        session.setScenario(ScenarioRegistry::find(ScenarioIds::backupPublish));
        const OptionsPage *page = showOptions(wizard, session);
        const auto *node = qobject_cast<QComboBox *>(page->editor(OptionNames::node));
        QVERIFY(node);
        QCOMPARE(node->currentText(), QStringLiteral("Every publish node"));
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(Page_Checks));
        QVERIFY(!session.options().contains(OptionNames::node) || session.options().value(OptionNames::node).toString().isEmpty());
        const auto plan = session.scenario()->buildPlan(sandbox.profile(), session.options());
        QVERIFY(plan);
        QStringList titles;
        for (int i = 0; i < plan->size(); ++i)
            titles << plan->step(i).title();
        const QString all = titles.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("publish1")) && all.contains(QStringLiteral("publish2")), qPrintable(all));
    }
};

QTEST_MAIN(TestScenarioPage)
#include "tst_scenariopage.moc"
