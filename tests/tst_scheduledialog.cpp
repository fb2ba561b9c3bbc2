// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <LifeboatWizard.h>
#include <OptionsPage.h>
#include <PageId.h>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWizard>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizardPage>
#include <ScheduleDialog.h>
#include <WizardSession.h>
#include <memory>
#include <run/BackupSchedule.h>
#include <run/OptionNames.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// "Schedule this backup" on a sandbox: the dialog writes a systemd service
// that runs the scenario headless with its options and a timer on the
// chosen calendar; `systemd-analyze verify` accepts both; a calendar
// systemd does not understand is refused with its reason; the schedule is
// listed and removed; the Plan page offers it for a backup only.
class TestScheduleDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QString profilePath() const { return m_sandbox->path(QStringLiteral("cluster.json")); }

    static QString analyze() { return QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")); }

    QVariantMap options(const Scenario &scenario, const QVariantMap &given = {}) const
    {
        QString error;
        const QVariantMap complete = scenario.completeOptions(m_sandbox->profile(), given, &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return complete;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(
            !analyze().isEmpty(), "systemd-analyze is needed to check the units (Debian package systemd)");
        QDir(BackupSchedule::userUnitDirectory()).removeRecursively();
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
    }

    void writesUnitsThatSystemdAccepts()
    {
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-offline"));
        QVERIFY(scenario);
        const QVariantMap planned
            = options(*scenario, { { QStringLiteral("label"), QStringLiteral("nightly 100% $HOME") } });
        ScheduleDialog dialog(m_sandbox->profile(), *scenario, planned);
        dialog.setProgram(QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat"));
        dialog.show();
        QTRY_VERIFY(dialog.isListed());
        QCOMPARE(dialog.unitDirectory(), BackupSchedule::userUnitDirectory());
        QVERIFY(dialog.schedules().isEmpty());

        // A calendar systemd does not understand: refused, nothing written.
        QSignalSpy added(&dialog, &ScheduleDialog::added);
        dialog.findChild<QLineEdit *>(QStringLiteral("onCalendar"))
            ->setText(QStringLiteral("every full moon"));
        dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() > 0, 20000);
        QCOMPARE(added.takeFirst().first().toBool(), false);
        QVERIFY2(
            dialog.statusText().contains(QStringLiteral("every full moon")), qPrintable(dialog.statusText()));
        QVERIFY(QDir(dialog.unitDirectory()).entryList(QDir::Files).isEmpty());

        // The dialog lists the units again after each add, its buttons off meanwhile: a click
        // then would be lost, as a user's would on a greyed button (the CI failure of stop 37).
        QTRY_VERIFY(dialog.isListed());
        dialog.findChild<QLineEdit *>(QStringLiteral("onCalendar"))
            ->setText(QStringLiteral("Mon..Fri 02:00"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("add"))->isEnabled());
        dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(added.count() > 0, 20000);
        QVERIFY2(added.takeFirst().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Mon..Fri *-*-* 02:00:00")),
            qPrintable(dialog.statusText()));
        QTRY_COMPARE(dialog.schedules().size(), 1);
        const BackupSchedule::Entry entry = dialog.schedules().first();
        QCOMPARE(entry.scenario, QStringLiteral("backup-offline"));
        QCOMPARE(entry.profilePath, profilePath());
        QCOMPARE(entry.onCalendar, QStringLiteral("Mon..Fri 02:00"));
        QVERIFY(QFile::exists(entry.timerFile()) && QFile::exists(entry.serviceFile()));

        // The same scenario and options, headless; specifiers and variables kept literal.
        QFile service(entry.serviceFile());
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(service.readAll());
        const QString exec = QStringLiteral("ExecStart=\"%1/lifeboat\" \"run\" \"--profile\" \"%2\" "
                                            "\"--scenario\" \"backup-offline\" \"--yes\"")
                                 .arg(QStringLiteral(LIFEBOAT_BIN_DIR), profilePath());
        QVERIFY2(text.contains(exec), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"--label\" \"nightly 100%% $$HOME\"")), qPrintable(text));

        QProcess verify;
        verify.start(analyze(), { QStringLiteral("verify"), entry.timerFile(), entry.serviceFile() });
        QVERIFY(verify.waitForFinished(60000));
        const QString said
            = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
        QVERIFY2(verify.exitCode() == 0, qPrintable(said));
        QVERIFY2(!said.contains(entry.name), qPrintable(said)); // no warning about our units

        // Removed: both files gone, the list empty.
        QSignalSpy removed(&dialog, &ScheduleDialog::removed);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("schedules"));
        list->setCurrentItem(list->topLevelItem(0));
        dialog.findChild<QPushButton *>(QStringLiteral("remove"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() > 0, 10000);
        QCOMPARE(removed.first().first().toBool(), true);
        QVERIFY(!QFile::exists(entry.timerFile()) && !QFile::exists(entry.serviceFile()));
        QTRY_VERIFY(dialog.schedules().isEmpty() && list->topLevelItemCount() == 0);
    }

    // The label the plan made up (the set's id, with the date) is not frozen
    // into every scheduled run; a label the person gave is kept (above).
    void aMadeUpLabelIsNotScheduled()
    {
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-offline"));
        QVERIFY(scenario);
        const QVariantMap planned = options(*scenario);
        QVERIFY(!planned.value(QStringLiteral("label")).toString().isEmpty());
        const QStringList command
            = BackupSchedule::command(QStringLiteral("lifeboat"), profilePath(), *scenario, planned);
        QVERIFY2(!command.contains(QStringLiteral("--label")), qPrintable(command.join(u' ')));
        QVERIFY(command.contains(QStringLiteral("--compression")));
    }

    // Issue 17: a node the plan chose by itself (backup-rolling's first
    // secondary) is not frozen into the schedule either: each run chooses
    // again. A node the person picked on the Options page is kept.
    void aNodeThePlanChoseIsNotScheduled()
    {
        const auto scheduledCommand = [this](const QString &pick) {
            QWizard wizard;
            WizardSession session;
            session.setTask(TaskChoice::Backup);
            session.setProfile(m_sandbox->profile());
            session.setScenario(ScenarioRegistry::find(ScenarioIds::backupRolling));
            auto *page = new OptionsPage(&session);
            wizard.setPage(Page_Options, page);
            wizard.setPage(Page_Checks, new QWizardPage);
            wizard.setStartId(Page_Options);
            wizard.show();
            auto *node = qobject_cast<QComboBox *>(page->editor(OptionNames::node));
            [&] {
                QVERIFY(node);
                QCOMPARE(node->itemText(0), QStringLiteral("The first secondary node"));
            }();
            node->setCurrentIndex(pick.isEmpty() ? 0 : node->findData(pick));
            wizard.next();
            [&] { QTRY_VERIFY2_WITH_TIMEOUT(wizard.currentId() == Page_Checks, qPrintable(page->errorText()), 20000); }();
            // The plan chooses node2 by itself; a node picked is in its options.
            [&] {
                QCOMPARE(session.options().value(OptionNames::node).toString(), pick);
                const auto plan = session.scenario()->buildPlan(m_sandbox->profile(), session.options());
                QVERIFY(plan);
                QCOMPARE(plan->step(1).title(), QStringLiteral("Stop %1").arg(pick.isEmpty() ? QStringLiteral("node2") : pick));
            }();
            ScheduleDialog *dialog = ScheduleDialog::openFor(session, &wizard);
            const QString command = dialog->findChild<QPlainTextEdit *>()->toPlainText();
            dialog->close();
            return command;
        };
        const QString automatic = scheduledCommand({});
        QVERIFY2(automatic.contains(QStringLiteral("--scenario backup-rolling")) && !automatic.contains(QStringLiteral("--node")),
                 qPrintable(automatic));
        const QString picked = scheduledCommand(QStringLiteral("node3"));
        QVERIFY2(picked.contains(QStringLiteral("--node node3")), qPrintable(picked));
    }

    void thePlanPageOffersItForABackupOnly()
    {
        LifeboatWizard wizard;
        WizardSession *session = wizard.session();
        QPushButton *schedule = wizard.page(Page_Plan)->findChild<QPushButton *>(QStringLiteral("schedule"));
        QVERIFY(schedule);
        session->setProfile(m_sandbox->profile());
        session->setScenario(ScenarioRegistry::find(QStringLiteral("backup-offline")));
        QVERIFY(schedule->isVisibleTo(wizard.page(Page_Plan)));
        session->setScenario(ScenarioRegistry::find(QStringLiteral("restore-node")));
        QVERIFY(!schedule->isVisibleTo(wizard.page(Page_Plan)));
    }

    void theCommandLineSharesIt()
    {
        const QTemporaryDir units;
        const CommandResult added = m_sandbox->runner().lifeboat({ QStringLiteral("schedule"),
            QStringLiteral("add"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--scenario"),
            QStringLiteral("backup-rolling"), QStringLiteral("--on-calendar"), QStringLiteral("*-*-* 02:30"),
            QStringLiteral("--unit-dir"), units.path() });
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        const QList<BackupSchedule::Entry> entries = BackupSchedule::list(units.path());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().scenario, QStringLiteral("backup-rolling"));
        QCOMPARE(entries.first().onCalendar, QStringLiteral("*-*-* 02:30"));
        QProcess verify;
        verify.start(analyze(),
            { QStringLiteral("verify"), entries.first().timerFile(), entries.first().serviceFile() });
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());

        const CommandResult listed = m_sandbox->runner().lifeboat({ QStringLiteral("schedule"),
            QStringLiteral("list"), QStringLiteral("--unit-dir"), units.path() });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(
            listed.out.startsWith(entries.first().name + QStringLiteral("  backup-rolling  *-*-* 02:30  ")),
            qPrintable(listed.out));

        // A restore is not scheduled.
        const CommandResult refused = m_sandbox->runner().lifeboat({ QStringLiteral("schedule"),
            QStringLiteral("add"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--scenario"),
            QStringLiteral("restore-cluster"), QStringLiteral("--on-calendar"), QStringLiteral("daily"),
            QStringLiteral("--unit-dir"), units.path() });
        QVERIFY(refused.exitCode != 0);
        QCOMPARE(BackupSchedule::list(units.path()).size(), 1);

        const CommandResult removed = m_sandbox->runner().lifeboat({ QStringLiteral("schedule"),
            QStringLiteral("remove"), QStringLiteral("--unit-dir"), units.path(), entries.first().name });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(QDir(units.path()).entryList(QDir::Files).isEmpty());
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
