// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"

#include <BackupsView.h>
#include <CatalogWindow.h>
#include <QuarantineView.h>
#include <RunsView.h>
#include <restore/Quarantine.h>
#include <run/RunRecord.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 17: the "Backups, runs and quarantine" window on a cluster whose
// nodes have hosts of their own (root). The backup set and the runs are on
// this machine; what a restore of node2 kept is on node2's host, at a path
// that does not exist here: the window lists it with its host and size, and
// a purge removes it there.
class TestCatalogWindowHosts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostsSandbox> m_hosts;
    QTemporaryDir m_runs;

    CommandResult run(const QString &scenario, const QStringList &options = {}) const
    {
        return m_hosts->runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), m_hosts->profilePath(),
                                                      QStringLiteral("--scenario"), scenario, QStringLiteral("--yes"),
                                                      QStringLiteral("--report-dir"), m_runs.path()}
                                          + options);
    }

    // Presses `button` of the window-modal question `name` once it is up.
    static bool answer(QWidget *parent, const QString &name, QMessageBox::StandardButton button)
    {
        QMessageBox *question = nullptr;
        if (!QTest::qWaitFor([&] { return (question = parent->findChild<QMessageBox *>(name)) && question->isVisible(); }, 5000))
            return false;
        question->button(button)->click();
        return true;
    }

    bool existsOnHost(const QString &host, const QString &path) const
    {
        return m_hosts->onHost(host, QStringLiteral("test -e '%1'").arg(path)).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_hosts = std::make_unique<HostsSandbox>();
        QVERIFY(m_hosts->watched());
        const CommandResult started = m_hosts->createStarted({QStringLiteral("--nodes"), QStringLiteral("3"), QStringLiteral("--publish"), QStringLiteral("1"),
                                                              QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

    void cleanupTestCase() { m_hosts.reset(); }

    void theWindowShowsAndPurgesWhatARestoreKeptOnItsHost()
    {
        const CommandResult backedUp = run(QStringLiteral("backup-offline"));
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.out + backedUp.err));
        const QStringList sets = QDir(m_hosts->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sets.size(), 1);
        const CommandResult broken = m_hosts->sandbox(
            QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"), QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY2(broken.exitCode == 0, qPrintable(broken.out + broken.err));
        const CommandResult restored
            = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), sets.first()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const QList<Quarantine::Run> kept = Quarantine::list(m_hosts->profile());
        QCOMPARE(kept.size(), 1);
        QVERIFY(!kept.first().directories.isEmpty());
        for (const HostPath &directory : kept.first().directories) {
            QCOMPARE(directory.host, QStringLiteral("node2"));
            QVERIFY2(existsOnHost(directory.host, directory.path), qPrintable(directory.path));
            QVERIFY2(!QFileInfo::exists(directory.path), qPrintable(directory.path)); // not on this machine
        }

        CatalogWindow window({m_hosts->profilePath()}, m_runs.path());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.backups()->isListed() && window.runs()->isListed() && window.quarantine()->isListed(), 30000);

        // The set, on this machine.
        QCOMPARE(window.backups()->sets().size(), 1);
        QCOMPARE(window.backups()->sets().first().id, sets.first());

        // Both runs, each with its result.
        auto *runs = window.runs()->findChild<QTreeWidget *>(QStringLiteral("runs"));
        QCOMPARE(runs->topLevelItemCount(), 2);
        for (int i = 0; i < runs->topLevelItemCount(); ++i)
            QCOMPARE(runs->topLevelItem(i)->text(3), QStringLiteral("succeeded"));

        // What the restore kept, named with node2's host, with its size there.
        auto *quarantines = window.quarantine()->findChild<QTreeWidget *>(QStringLiteral("quarantines"));
        QCOMPARE(quarantines->topLevelItemCount(), 1);
        QTreeWidgetItem *row = quarantines->topLevelItem(0);
        QCOMPARE(row->text(3), kept.first().runId);
        QVERIFY(kept.first().bytes > 0);
        QCOMPARE(row->text(2), QLocale().formattedDataSize(kept.first().bytes));
        QCOMPARE(row->childCount(), kept.first().entries.size());
        for (int i = 0; i < row->childCount(); ++i)
            QVERIFY2(row->child(i)->text(0).startsWith(QLatin1String("node2:/")), qPrintable(row->child(i)->text(0)));

        QSignalSpy purged(window.quarantine(), &QuarantineView::purged);
        window.quarantine()->select(kept.first().runId);
        window.quarantine()->findChild<QPushButton *>(QStringLiteral("purge"))->click();
        QVERIFY(answer(window.quarantine(), QStringLiteral("confirmPurge"), QMessageBox::Yes));
        QTRY_VERIFY_WITH_TIMEOUT(purged.count() > 0, 60000);
        QCOMPARE(purged.first().first().toBool(), true);
        for (const HostPath &directory : kept.first().directories)
            QVERIFY2(!existsOnHost(directory.host, directory.path), qPrintable(directory.path));
        QVERIFY(Quarantine::list(m_hosts->profile()).isEmpty());
        QTRY_COMPARE(quarantines->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestCatalogWindowHosts)
#include "tst_catalogwindowhosts.moc"
