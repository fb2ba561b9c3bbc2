// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/SandboxFixture.h"

#include <BackupsView.h>
#include <CatalogWindow.h>
#include <LifeboatWizard.h>
#include <PageId.h>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QuarantineView.h>
#include <RunsView.h>
#include <SummaryPage.h>
#include <WelcomePage.h>
#include <WizardSession.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetManifest.h>
#include <memory>
#include <restore/Quarantine.h>
#include <run/RunRecord.h>
#include <run/RunResult.h>
#include <scenarios/ScenarioRegistry.h>
#include <support/DataPaths.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The "Backups, runs and quarantine" window walked through on a real
// sandbox: two backups (a full set and an incremental one on it) and a
// restore made by the real `lifeboat run`; the window lists them with the
// sizes on disk, a verify finds a flipped byte, a delete refuses the base an
// incremental set needs and deletes what it may, the runs have their
// results and an unopenable report shows its path, and a purge removes the
// quarantine from disk.
class TestCatalogWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_runs;
    QString m_full;
    QString m_incremental;

    QString profilePath() const { return m_sandbox->path(QStringLiteral("cluster.json")); }
    QString setDirectory(const QString &id) const
    {
        return QDir(m_sandbox->profile().backupRoot).filePath(id);
    }

    CommandResult run(const QString &scenario, const QStringList &options = {}) const
    {
        return m_sandbox->runner().lifeboat(
            QStringList{ QStringLiteral("run"), QStringLiteral("--profile"), profilePath(),
                QStringLiteral("--scenario"), scenario, QStringLiteral("--yes"),
                QStringLiteral("--report-dir"), m_runs.path() }
            + options);
    }

    QString backup()
    {
        const QStringList before
            = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const CommandResult result = run(QStringLiteral("backup-offline"));
        if (result.exitCode != 0) {
            qWarning() << result.out << result.err;
            return {};
        }
        QStringList after
            = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &set : before)
            after.removeOne(set);
        return after.value(0);
    }

    static QTreeWidgetItem *rowOf(QTreeWidget *list, int column, const QString &text)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(column) == text)
                return list->topLevelItem(i);
        }
        return nullptr;
    }

    // Presses `button` of the window-modal question `name` once it is up.
    static bool answer(QWidget *parent, const QString &name, QMessageBox::StandardButton button)
    {
        QMessageBox *question = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (question = parent->findChild<QMessageBox *>(name)) && question->isVisible(); },
                5000))
            return false;
        question->button(button)->click();
        return true;
    }

    static bool flipByte(const QString &path, qint64 offset)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
            return false;
        QByteArray byte = file.read(1);
        byte[0] = char(~byte[0]);
        return file.seek(offset) && file.write(byte) == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_catalogwindow"));
        QSettings().clear();
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{ QStringLiteral("--size-mb"),
            QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        m_full = backup();
        QVERIFY(!m_full.isEmpty());
        QTest::qWait(1100); // set ids are to the second
        m_incremental = backup();
        QVERIFY(!m_incremental.isEmpty());
        QCOMPARE(BackupSetCatalog::load(setDirectory(m_incremental)).base, m_full);
    }

    void listsTheSetsWithTheirSizesAndContents()
    {
        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed(), 10000);
        auto *list = window.backups()->findChild<QTreeWidget *>(QStringLiteral("sets"));
        QCOMPARE(list->topLevelItemCount(), 2);
        // Newest first, each with its own size and what it restores, as on disk.
        QCOMPARE(list->topLevelItem(0)->text(0), m_incremental);
        QCOMPARE(list->topLevelItem(1)->text(0), m_full);
        const QLocale locale;
        for (const QString &id : { m_full, m_incremental }) {
            const BackupSetCatalog::Set set = BackupSetCatalog::load(setDirectory(id));
            QVERIFY(set.archiveBytes > 0);
            QTreeWidgetItem *row = rowOf(list, 0, id);
            QCOMPARE(row->text(4), locale.formattedDataSize(set.archiveBytes));
            QCOMPARE(row->text(5), locale.formattedDataSize(set.restoreBytes));
            // Publishing verified it.
            QCOMPARE(row->text(6),
                QStringLiteral("%1, intact")
                    .arg(locale.toString(set.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        QCOMPARE(rowOf(list, 0, m_full)->text(3), QStringLiteral("full"));
        QCOMPARE(rowOf(list, 0, m_incremental)->text(3), QStringLiteral("incremental on %1").arg(m_full));
        // An incremental set restores more than its own archives hold.
        QVERIFY(BackupSetCatalog::load(setDirectory(m_incremental)).restoreBytes
            > BackupSetCatalog::load(setDirectory(m_incremental)).archiveBytes);

        // What the full set contains: its parts with their file counts.
        QString error;
        const auto manifest = BackupSetManifest::load(setDirectory(m_full), &error);
        QVERIFY2(manifest, qPrintable(error));
        QStringList expected;
        for (const BackupPart &part : manifest->parts)
            expected.append(QStringLiteral("%1 %2").arg(part.name, locale.toString(part.files.size())));
        auto *contents = window.backups()->findChild<QTreeWidget *>(QStringLiteral("contents"));
        const auto shown = [contents] {
            QStringList rows;
            for (int i = 0; i < contents->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *row = contents->topLevelItem(i);
                if (row->text(5).isEmpty()) // where it was read from
                    return QStringList{ QStringLiteral("no sources for %1").arg(row->text(0)) };
                rows.append(QStringLiteral("%1 %2").arg(row->text(0), row->text(3)));
            }
            return rows;
        };
        window.backups()->select(m_full);
        QTRY_COMPARE(shown(), expected);
    }

    void deleteRefusesTheBaseAnIncrementalSetNeeds()
    {
        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed(), 10000);
        QSignalSpy deleted(window.backups(), &BackupsView::deleted);
        window.backups()->select(m_full);
        window.backups()->findChild<QPushButton *>(QStringLiteral("delete"))->click();
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().first().toBool(), false);
        QVERIFY2(window.backups()->statusText().contains(m_incremental),
            qPrintable(window.backups()->statusText()));
        QVERIFY(!window.backups()->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
        QVERIFY(QFileInfo::exists(setDirectory(m_full) + QStringLiteral("/manifest.json")));
    }

    void verifyFindsAFlippedByteAndTheDamagedSetCanBeDeleted()
    {
        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed(), 10000);
        QSignalSpy verified(window.backups(), &BackupsView::verified);
        auto *verify = window.backups()->findChild<QPushButton *>(QStringLiteral("verify"));

        // Intact as made.
        window.backups()->select(m_incremental);
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(verified.count() > 0, 60000);
        QCOMPARE(verified.takeFirst().first().toBool(), true);
        auto *list = window.backups()->findChild<QTreeWidget *>(QStringLiteral("sets"));
        const auto verifiedColumn = [&] {
            QTreeWidgetItem *row = rowOf(list, 0, m_incremental);
            return row ? row->text(6) : QString();
        };
        QTRY_VERIFY2(verifiedColumn().endsWith(QStringLiteral("intact")), qPrintable(verifiedColumn()));

        // One byte flipped in the middle of the set's largest archive.
        const QString directory = setDirectory(m_incremental);
        QString largest;
        for (const QFileInfo &file : QDir(directory).entryInfoList(QDir::Files, QDir::Size)) {
            if (file.fileName() != QLatin1String("manifest.json")
                && file.fileName() != QLatin1String("SHA256SUMS")
                && file.fileName() != QLatin1String("verification.json")) {
                largest = file.filePath();
                break;
            }
        }
        QVERIFY(!largest.isEmpty());
        QVERIFY(flipByte(largest, QFileInfo(largest).size() / 2));
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(verified.count() > 0, 60000);
        QCOMPARE(verified.takeFirst().first().toBool(), false);
        QVERIFY2(window.backups()->statusText().contains(QStringLiteral("DAMAGED")),
            qPrintable(window.backups()->statusText()));
        QVERIFY2(window.backups()->statusText().contains(QFileInfo(largest).fileName()),
            qPrintable(window.backups()->statusText()));
        QTRY_VERIFY2(verifiedColumn().endsWith(QStringLiteral("DAMAGED")), qPrintable(verifiedColumn()));

        // Nothing needs it: deleted after the question, and gone from disk and list.
        QSignalSpy deleted(window.backups(), &BackupsView::deleted);
        window.backups()->select(m_incremental);
        window.backups()->findChild<QPushButton *>(QStringLiteral("delete"))->click();
        // Cancel first: nothing happens.
        QVERIFY(answer(window.backups(), QStringLiteral("confirmDelete"), QMessageBox::Cancel));
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(QFileInfo::exists(directory));
        window.backups()->findChild<QPushButton *>(QStringLiteral("delete"))->click();
        QVERIFY(answer(window.backups(), QStringLiteral("confirmDelete"), QMessageBox::Yes));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, 10000);
        QCOMPARE(deleted.last().first().toBool(), true);
        QVERIFY(!QFileInfo::exists(directory));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), m_full);
        m_incremental.clear();
    }

    void runsAreListedWithTheirResultsAndAnUnopenedReportShowsItsPath()
    {
        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.runs()->isListed(), 10000);
        auto *list = window.runs()->findChild<QTreeWidget *>(QStringLiteral("runs"));
        const QList<RunRecord> records = RunRecord::list(m_runs.path());
        QCOMPARE(records.size(), 2);
        QCOMPARE(list->topLevelItemCount(), 2);
        for (const RunRecord &record : records) {
            QTreeWidgetItem *row = rowOf(list, 4, record.runId);
            QVERIFY2(row, qPrintable(record.runId));
            QCOMPARE(record.state(), RunResult::succeeded);
            QCOMPARE(row->text(3), QStringLiteral("succeeded"));
        }
        // No program to open it with (nothing on PATH): the path, to copy.
        const QByteArray path = qgetenv("PATH");
        const QTemporaryDir empty;
        qputenv("PATH", empty.path().toLocal8Bit());
        window.runs()->select(records.first().runId);
        window.runs()->findChild<QPushButton *>(QStringLiteral("openReport"))->click();
        qputenv("PATH", path);
        const QString report = QDir(records.first().directory).filePath(QStringLiteral("report.html"));
        QCOMPARE(window.runs()->unopenedPath(), report);
        window.runs()->findChild<QPushButton *>(QStringLiteral("copyPath"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), report);
    }

    // Sets a backup began and never published take space no set shows: the
    // view says how many and how much, and how they go.
    void unfinishedSetsAreCountedWithTheirSize()
    {
        const QString staging = m_sandbox->profile().backupRoot + QStringLiteral("/.20261130-010203-backup-offline.partial");
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/db")));
        QFile part(staging + QStringLiteral("/db/forms.tar"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(300000, 'x'));
        part.close();
        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed(), 10000);
        auto *unfinished = window.backups()->findChild<QLabel *>(QStringLiteral("unfinished"));
        QTRY_VERIFY(unfinished->isVisible());
        QVERIFY2(unfinished->text().startsWith(QStringLiteral("Unfinished sets: 1, taking %1.")
                                                   .arg(QLocale().formattedDataSize(300000))),
                 qPrintable(unfinished->text()));
        QCOMPARE(window.backups()->sets().size(), BackupSetCatalog::list(m_sandbox->profile().backupRoot).size()); // not a set
        QVERIFY(QDir(staging).removeRecursively());
        window.backups()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed(), 10000);
        QTRY_VERIFY(!unfinished->isVisible());
    }

    void purgeRemovesTheQuarantineOfARestore()
    {
        QCOMPARE(m_sandbox
                     ->sandbox(QStringLiteral("break"),
                         { QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                             QStringLiteral("--node"), QStringLiteral("node2") })
                     .exitCode,
            0);
        const CommandResult restored = run(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), m_full });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const QList<Quarantine::Run> kept = Quarantine::list(m_sandbox->profile());
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().bytes > 0);

        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.quarantine()->isListed(), 10000);
        auto *list = window.quarantine()->findChild<QTreeWidget *>(QStringLiteral("quarantines"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(3), kept.first().runId);
        QCOMPARE(row->text(2), QLocale().formattedDataSize(kept.first().bytes));
        QCOMPARE(row->childCount(), kept.first().entries.size());

        QSignalSpy purged(window.quarantine(), &QuarantineView::purged);
        window.quarantine()->select(kept.first().runId);
        window.quarantine()->findChild<QPushButton *>(QStringLiteral("purge"))->click();
        QVERIFY(answer(window.quarantine(), QStringLiteral("confirmPurge"), QMessageBox::Yes));
        QTRY_VERIFY_WITH_TIMEOUT(purged.count() > 0, 30000);
        QCOMPARE(purged.first().first().toBool(), true);
        for (const HostPath &directory : kept.first().directories)
            QVERIFY2(!QFileInfo::exists(directory.path), qPrintable(directory.path));
        QVERIFY(Quarantine::list(m_sandbox->profile()).isEmpty());
        QTRY_COMPARE(list->topLevelItemCount(), 0);
    }

    void anInterruptedRunCanBeSetAsideOrResumed()
    {
        m_sandbox->runner().setEnvironment(
            QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:1"));
        run(QStringLiteral("backup-bootstrap"));
        m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        const QList<RunRecord> records = RunRecord::list(m_runs.path());
        QVERIFY(!records.isEmpty() && records.first().isInterrupted());
        const QString interrupted = records.first().runId;

        CatalogWindow window({ profilePath() }, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.runs()->isListed(), 10000);
        auto *list = window.runs()->findChild<QTreeWidget *>(QStringLiteral("runs"));
        auto *resume = window.runs()->findChild<QPushButton *>(QStringLiteral("resume"));
        auto *aside = window.runs()->findChild<QPushButton *>(QStringLiteral("setAside"));
        QCOMPARE(rowOf(list, 4, interrupted)->text(3), QStringLiteral("interrupted"));
        // A finished run is neither resumed nor set aside.
        window.runs()->select(records.last().runId);
        QVERIFY(!resume->isEnabled() && !aside->isEnabled());

        window.runs()->select(interrupted);
        QVERIFY(resume->isEnabled() && aside->isEnabled());
        aside->click();
        QVERIFY(
            QSettings().value(QStringLiteral("choices/setAsideRuns")).toStringList().contains(interrupted));
        QCOMPARE(rowOf(list, 4, interrupted)->text(3), QStringLiteral("interrupted, set aside"));
        QVERIFY(!aside->isEnabled());

        // Resumed: the window closes with the run and its profile for the wizard.
        QVERIFY(resume->isEnabled());
        resume->click();
        QCOMPARE(window.result(), int(QDialog::Accepted));
        QVERIFY(window.offerToResume());
        QCOMPARE(window.offerToResume()->record.runId, interrupted);
        QCOMPARE(window.offerToResume()->profile.filePath, records.first().profilePath);
    }

    // A failed run is tried again from the Runs view, as `lifeboat resume`
    // does: the same run, from its first step (a backup's cleanup undid it),
    // to success; it is not set aside (Welcome offers only interrupted runs).
    void aFailedRunIsTriedAgainFromTheRunsView()
    {
        const QString runs = DataPaths::runsDirectory();
        m_sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("fail@started:main:1"));
        const CommandResult failed = m_sandbox->runner().lifeboat(
            { QStringLiteral("run"), QStringLiteral("--profile"), profilePath(), QStringLiteral("--scenario"),
                QStringLiteral("backup-bootstrap"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), runs });
        m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(failed.exitCode == 1, qPrintable(failed.out + failed.err));
        const RunRecord before = RunRecord::list(runs).first();
        QCOMPARE(before.state(), QString(RunResult::failed));

        LifeboatWizard wizard;
        wizard.show();
        auto *welcome = qobject_cast<WelcomePage *>(wizard.page(Page_Welcome));
        welcome->findChild<QPushButton *>(QStringLiteral("openCatalog"))->click();
        CatalogWindow *window = nullptr;
        QTRY_VERIFY((window = welcome->findChild<CatalogWindow *>()) && window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window->runs()->isListed(), 10000);
        window->runs()->select(before.runId);
        auto *resume = window->runs()->findChild<QPushButton *>(QStringLiteral("resume"));
        QVERIFY(resume->isEnabled());
        QVERIFY(!window->runs()->findChild<QPushButton *>(QStringLiteral("setAside"))->isEnabled());
        QVERIFY2(resume->toolTip().contains(QStringLiteral("Try the failed run again")), qPrintable(resume->toolTip()));
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        resume->click(); // the wizard goes on to the Run page by itself
        QTRY_COMPARE(wizard.currentId(), int(Page_Run));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        const RunRecord after = RunRecord::load(before.directory);
        QCOMPARE(after.state(), QString(RunResult::succeeded));
        QCOMPARE(after.resumes, 1);
        QCOMPARE(RunRecord::list(runs).first().runId, before.runId); // the same run, not a new one
    }

    void theWelcomePageOpensTheWindow()
    {
        LifeboatWizard wizard;
        wizard.show();
        auto *welcome = qobject_cast<WelcomePage *>(wizard.page(Page_Welcome));
        auto *open = welcome->findChild<QPushButton *>(QStringLiteral("openCatalog"));
        QVERIFY(open);
        open->click();
        CatalogWindow *window = nullptr;
        QTRY_VERIFY((window = welcome->findChild<CatalogWindow *>()) && window->isVisible());
        window->reject();
        QTRY_VERIFY(!welcome->findChild<CatalogWindow *>());
        QCOMPARE(wizard.currentId(), int(Page_Welcome));
    }

    void theSummaryOfABackupOpensTheWindowAndOffersTheSchedule()
    {
        RunRecord backupRun;
        for (const RunRecord &record : RunRecord::list(m_runs.path())) {
            if (record.scenario == QLatin1String("backup-offline") && record.state() == RunResult::succeeded)
                backupRun = record;
        }
        QVERIFY(backupRun.isValid());
        LifeboatWizard wizard;
        WizardSession *session = wizard.session();
        session->setProfile(m_sandbox->profile());
        session->setScenario(ScenarioRegistry::find(QStringLiteral("backup-offline")));
        session->setRunDirectory(backupRun.directory);
        auto *summary = qobject_cast<SummaryPage *>(wizard.page(Page_Summary));
        summary->initializePage();
        QTRY_VERIFY(!summary->isLoading());
        auto *schedule = summary->findChild<QPushButton *>(QStringLiteral("schedule"));
        QVERIFY(schedule && schedule->isVisibleTo(summary));

        summary->findChild<QPushButton *>(QStringLiteral("openCatalog"))->click();
        CatalogWindow *window = nullptr;
        QTRY_VERIFY((window = summary->findChild<CatalogWindow *>()) && window->isVisible());
        // The session's profile, its sets; no resuming once the wizard is at its end.
        QTRY_COMPARE(
            window->backups()->sets().size(), BackupSetCatalog::list(m_sandbox->profile().backupRoot).size());
        QVERIFY(!window->runs()->findChild<QPushButton *>(QStringLiteral("resume"))->isVisibleTo(window));
        window->reject();
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_MAIN(TestCatalogWindow)
#include "tst_catalogwindow.moc"
