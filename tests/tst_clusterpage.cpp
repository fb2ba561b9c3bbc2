// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <ClusterPage.h>
#include <LifeboatWizard.h>
#include <PageId.h>
#include <ProfileEditor.h>
#include <TopologyView.h>
#include <WizardSession.h>
#include <WizardSettings.h>

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QRadioButton>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The cluster page on a real sandbox: profiles loaded from real files, node
// states collected on a worker thread while the window keeps drawing.
class TestClusterPage : public QObject
{
    Q_OBJECT

private:
    struct Wizard
    {
        QWizard wizard;
        WizardSession session;
        ClusterPage *page = nullptr;

        Wizard()
        {
            page = new ClusterPage(&session);
            wizard.setPage(Page_Cluster, page);
            wizard.setStartId(Page_Cluster);
            wizard.resize(820, 600);
        }
    };

    static void screenshot(QWidget *page, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS"))
            return;
        QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
        QTest::qWait(50);
        QVERIFY(page->window()->grab().save(QStringLiteral("/tmp/lifeboat-shots/%1.png").arg(name)));
    }

    // The error's lines, without their bullets.
    static QStringList shownLines(const QLabel *error)
    {
        QStringList lines = error->text().split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : lines) {
            if (line.startsWith(QStringLiteral("• ")))
                line.remove(0, 2);
        }
        return lines;
    }

    static QLabel *errorLabel(const ClusterPage *page)
    {
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->accessibleName() == ClusterPage::tr("Error"))
                return label;
        }
        return nullptr;
    }

    static QPushButton *editButton(const ClusterPage *page)
    {
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->accessibleName() == ClusterPage::tr("Edit the cluster profile"))
                return button;
        }
        return nullptr;
    }

    static QString entry(const NodeProfile &node, const QString &state)
    {
        return QStringLiteral("%1 (%2): %3").arg(node.name, toString(node.role), state);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void loadingAProfileShowsLiveNodeStates()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);

        Wizard w;
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QVERIFY(!w.page->isComplete());

        QSignalSpy opened(w.page, &ClusterPage::profileOpened);
        w.page->openProfile(sandbox.path(QStringLiteral("cluster.json"))); // read on a worker thread
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toBool(), true);
        QVERIFY(w.session.hasProfile());
        QCOMPARE(w.session.profile().name, sandbox.profile().name);
        QVERIFY(w.page->isComplete());
        QVERIFY(WizardSettings::recentProfiles().constFirst().endsWith(QStringLiteral("cluster.json")));
        QVERIFY(!editButton(w.page)->isEnabled()); // the sandbox writes its own profile

        TopologyView *view = w.page->topologyView();
        QCOMPARE(sandbox.profile().nodes.size(), 5);
        for (const NodeProfile &node : sandbox.profile().nodes)
            QTRY_VERIFY_WITH_TIMEOUT(view->accessibleDescription().contains(entry(node, QStringLiteral("running"))),
                                     10000);
        QCOMPARE(view->accessibleDescription().count(QStringLiteral("running")), 5);
        screenshot(w.page, QStringLiteral("cluster"));

        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("crash"),
                                                           QStringLiteral("--node"), QStringLiteral("node3")})
                     .exitCode,
                 0);

        // The GUI thread keeps turning while the states are collected.
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
        });
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->accessibleDescription().contains(entry(sandbox.node(QStringLiteral("node3")), QStringLiteral("stopped"))),
            10000);
        ticker.stop();
        QVERIFY2(longestGap < 250, qPrintable(QStringLiteral("GUI thread blocked for %1 ms").arg(longestGap)));
        screenshot(w.page, QStringLiteral("cluster-node3-stopped"));
    }

    // "Edit…" opens the profile in the profile editor; once it is saved, the
    // page opens the saved file again.
    void editingTheOpenProfileOpensItAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("cluster.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "editable", "appServer": "jboss", "backupRoot": "backups",
                       "nodes": [{"name": "node1", "role": "primary", "repository": "node1/crx-repository"}]})");
        file.close();

        Wizard w;
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QSignalSpy opened(w.page, &ClusterPage::profileOpened);
        w.page->openProfile(file.fileName());
        QTRY_COMPARE(opened.count(), 1);
        QPushButton *edit = editButton(w.page);
        QVERIFY(edit);
        QTRY_VERIFY(edit->isEnabled());

        bool answered = false;
        int ticks = 0;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *editor = qobject_cast<ProfileEditor *>(QApplication::activeModalWidget());
            if (!editor)
                return;
            if (++ticks > 500) { // never active: close it rather than hang, and fail below
                answer.stop();
                editor->reject();
                return;
            }
            if (QApplication::activeWindow() != editor || !QApplication::focusWidget()) {
                editor->activateWindow(); // no window manager here to do it
                return;
            }
            answer.stop();
            answered = true;
            for (int part = 0; part < 6; ++part)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // Backup root
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // Cluster name
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("-edited"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        });
        answer.start();
        edit->click();
        QVERIFY(answered);
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(opened.last().first().toBool(), true);
        QCOMPARE(w.session.profile().name, QStringLiteral("editable-edited"));
        QCOMPARE(w.session.profile().filePath, QFileInfo(file.fileName()).absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"name\": \"editable-edited\""));
    }

    void aBadProfileShowsAnErrorAndChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ \"name\": \"broken\", \"nodes\": [ ");
        bad.close();

        Wizard w;
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        const QStringList recentBefore = WizardSettings::recentProfiles();

        QSignalSpy opened(w.page, &ClusterPage::profileOpened);
        w.page->openProfile(bad.fileName());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY(!w.session.hasProfile());
        QVERIFY(!w.page->isComplete());
        QLabel *error = errorLabel(w.page);
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("bad.json")));
        QCOMPARE(WizardSettings::recentProfiles(), recentBefore);
        screenshot(w.page, QStringLiteral("cluster-bad-profile"));

        w.page->openProfile(dir.filePath(QStringLiteral("missing.json")));
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(opened.last().first().toBool(), false);
        QVERIFY(!w.session.hasProfile());
    }
    // A profile with mistakes is not opened: the page lists every problem,
    // each with its line and column, whether it was chosen with "Open a
    // cluster profile…" or is a profile remembered from an earlier session.
    void aProfileWithMistakesListsEveryProblem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile typos(dir.filePath(QStringLiteral("typos.json")));
        QVERIFY(typos.open(QIODevice::WriteOnly));
        typos.write(R"({
    "name": "typos",
    "appServer": "jboss",
    "backupRoot": "backups",
    "nodes": [
        {
            "name": "node1",
            "role": "primay",
            "repository": "nodes/node1",
            "bootstrapProperty": "bootstrap.properties",
            "control": {"start": ["start-aem", "{nodee}"], "timeoutSeconds": "60"}
        }
    ]
}
)");
        typos.close();
        const QStringList expected{
            QStringLiteral("line 8, column 13, nodes[0].role: Must be one of primary, secondary, publish, not \"primay\". Did you mean \"primary\"?"),
            QStringLiteral("line 10, column 13, nodes[0].bootstrapProperty: Unknown key. Did you mean \"bootstrapProperties\"?"),
            QStringLiteral("line 11, column 48, nodes[0].control.start[1]: \"{nodee}\" cannot be filled in this command; it knows "
                           "{lifeboat-node}, {profile}, {node}, {host}, {port}. Did you mean \"{node}\"?"),
            QStringLiteral("line 11, column 60, nodes[0].control.timeoutSeconds: Must be a whole number, not a string."),
        };

        Wizard w;
        w.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QSignalSpy opened(w.page, &ClusterPage::profileOpened);
        w.page->openProfile(typos.fileName());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY(!w.session.hasProfile());
        QVERIFY(!w.page->isComplete());
        QLabel *error = errorLabel(w.page);
        QVERIFY(error && error->isVisible());
        QStringList lines = shownLines(error);
        QCOMPARE(lines.takeFirst(), QStringLiteral("Could not open %1. Fix these problems in the file and open it again:")
                                        .arg(QDir::toNativeSeparators(typos.fileName())));
        QCOMPARE(lines, expected);
        screenshot(w.page, QStringLiteral("cluster-profile-problems"));

        // Remembered from an earlier session and chosen on the Welcome page: the same list, nothing opened.
        QSettings().setValue(QStringLiteral("recentProfiles"), QStringList{typos.fileName()});
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().first()->click();
        auto *recent = wizard.currentPage()->findChild<QListWidget *>();
        QVERIFY(recent);
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        auto *page = qobject_cast<ClusterPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(errorLabel(page)->isVisible());
        QVERIFY(!wizard.session()->hasProfile());
        lines = shownLines(errorLabel(page));
        lines.removeFirst();
        QCOMPARE(lines, expected);
    }

    // A recent profile on the Welcome page, chosen with the keyboard, is the
    // one the Cluster page opens.
    void aRecentProfileFromTheWelcomePageOpensOnTheClusterPage()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString path = QFileInfo(sandbox.path(QStringLiteral("cluster.json"))).absoluteFilePath();
        QSettings().setValue(QStringLiteral("recentProfiles"), QStringList{QStringLiteral("/nowhere/else.json"), path});
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().first()->click();
        auto *recent = wizard.currentPage()->findChild<QListWidget *>();
        QVERIFY(recent);
        QCOMPARE(recent->count(), 2);
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Down);
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        QTRY_VERIFY(wizard.session()->hasProfile()); // read on a worker thread
        QCOMPARE(wizard.session()->profile().filePath, path);
        QCOMPARE(wizard.session()->profile().name, sandbox.profile().name);
        QVERIFY(wizard.currentPage()->isComplete());

        // A double-click does the same.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page_Welcome));
        QSettings().setValue(QStringLiteral("recentProfiles"), QStringList{path});
        LifeboatWizard again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.currentPage()->findChildren<QRadioButton *>().first()->click();
        auto *list = again.currentPage()->findChild<QListWidget *>();
        const QRect first = list->visualItemRect(list->item(0));
        // QTest's double-click lacks the press before it that item views look for.
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(again.currentId(), int(Page_Cluster));
        QTRY_VERIFY(again.session()->hasProfile());
        QCOMPARE(again.session()->profile().filePath, path);
    }

    // Return on the Cluster page goes on, whichever button has the focus.
    void returnGoesNextNotToTheFileDialog()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().first()->click();
        wizard.next();
        auto *page = qobject_cast<ClusterPage *>(wizard.currentPage());
        page->openProfile(sandbox.path(QStringLiteral("cluster.json")));
        QTRY_VERIFY(page->isComplete());
        QPushButton *open = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->accessibleName() == ClusterPage::tr("Open a cluster profile"))
                open = button;
        }
        QVERIFY(open);
        open->setFocus();
        QTRY_VERIFY(open->hasFocus());
        // Had the file dialog opened, this closes it and the test fails below.
        bool dialogOpened = false;
        QTimer::singleShot(1500, qApp, [&dialogOpened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        QTest::keyClick(open, Qt::Key_Return);
        QTest::qWait(1700);
        QVERIFY(!dialogOpened);
        QCOMPARE(wizard.currentId(), int(Page_Scenario));
    }
};

QTEST_MAIN(TestClusterPage)
#include "tst_clusterpage.moc"
