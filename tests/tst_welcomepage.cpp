// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <LifeboatWizard.h>
#include <OpenPathDialog.h>
#include <PageId.h>
#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <TaskChoice.h>
#include <WizardSession.h>

using namespace Lifeboat;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
    }

    void showsTheProductAndTheFourChoices()
    {
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(Page_Welcome));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Lifeboat"));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Welcome to Lifeboat"));

        const auto choices = wizard.currentPage()->findChildren<QRadioButton *>();
        QStringList titles;
        for (const auto *choice : choices) {
            titles.append(choice->text().remove(u'&'));
            QVERIFY2(!choice->accessibleDescription().isEmpty(), qPrintable(choice->text()));
        }
        QCOMPARE(titles,
            (QStringList{ QStringLiteral("Back up the cluster"), QStringLiteral("Recover from a failure"),
                QStringLiteral("Rehearse a restore"), QStringLiteral("Open the training sandbox") }));
    }

    void iconsRenderFromTheirSvgFiles()
    {
        // Catches a missing SVG icon engine: the page would show no icons.
        for (const char *name : { "lifeboat", "backup", "recover", "rehearse", "sandbox" }) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
            const QImage image = icon.pixmap(32, 32).toImage();
            QVERIFY2(!image.isNull(), name);
            QVERIFY2(image.pixelColor(16, 16).alpha() > 0 || image.pixelColor(24, 24).alpha() > 0, name);
        }
    }

    void cannotGoOnUntilATaskIsChosen()
    {
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!finish->isEnabled() && !next->isEnabled());

        const auto choices = wizard.currentPage()->findChildren<QRadioButton *>();
        QTest::mouseClick(choices.at(2), Qt::LeftButton, {}, QPoint(8, choices.at(2)->height() / 2));
        QCOMPARE(wizard.field(QStringLiteral("task")).toInt(), int(TaskChoice::Rehearse));
        QVERIFY(finish->isEnabled() || next->isEnabled());
    }

    void choicesCanBeMadeWithTheKeyboard()
    {
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto choices = wizard.currentPage()->findChildren<QRadioButton *>();
        choices.first()->setFocus();
        QTest::keyClick(choices.first(), Qt::Key_Space);
        QCOMPARE(wizard.field(QStringLiteral("task")).toInt(), int(TaskChoice::Backup));
        QTest::keyClick(choices.first(), Qt::Key_Down);
        QCOMPARE(wizard.field(QStringLiteral("task")).toInt(), int(TaskChoice::Recover));
    }

    // Escape before the run asks; "No" keeps the wizard, "Yes" quits.
    void escapeAsksBeforeQuitting()
    {
        LifeboatWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChildren<QRadioButton *>().first()->click();
        QStringList asked;
        const auto answerWith = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(200, qApp, [&asked, button] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked.append(box->text());
                    box->button(button)->click();
                }
            });
        };
        answerWith(QMessageBox::No);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Quit Lifeboat?")), qPrintable(asked.first()));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(Page_Welcome));

        answerWith(QMessageBox::Yes);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QTRY_COMPARE(asked.size(), 2);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    // The Summary offers the next task, in a fresh wizard on the Welcome page.
    void finishOffersAnotherTask()
    {
        LifeboatWizard wizard;
        wizard.setStartId(Page_Summary);
        wizard.restart();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(Page_Summary));
        QAbstractButton *another = wizard.button(QWizard::CustomButton1);
        QTRY_VERIFY(another->isVisible());
        QCOMPARE(another->text().remove(u'&'), QStringLiteral("Start another task"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        another->click();
        QTRY_VERIFY(!wizard.isVisible());
        LifeboatWizard *next = nullptr;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<LifeboatWizard *>(window);
                found && found != &wizard && found->isVisible())
                next = found;
        }
        QVERIFY(next);
        QCOMPARE(next->currentId(), int(Page_Welcome));
        QVERIFY(!next->session()->hasProfile());
        QVERIFY(!next->button(QWizard::CustomButton1)->isVisible());
        delete next; // closing it would ask whether to quit
    }

    // The Summary's step column widens with the window.
    void theSummarysStepColumnWidens()
    {
        LifeboatWizard wizard;
        wizard.setStartId(Page_Summary);
        wizard.restart();
        wizard.resize(820, 600);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *steps = wizard.currentPage()->findChild<QTreeWidget *>();
        QVERIFY(steps);
        QTest::qWait(50);
        const int narrow = steps->columnWidth(0);
        wizard.resize(1280, 900);
        QTRY_VERIFY(steps->width() > 1000);
        QTRY_VERIFY2(steps->columnWidth(0) > narrow + 100,
            qPrintable(QStringLiteral("%1 -> %2").arg(narrow).arg(steps->columnWidth(0))));
    }

    // No desktop launcher: "Open the run folder" shows the path, says why,
    // and copies it.
    void openingWithoutALauncherShowsThePath()
    {
        QTemporaryDir noPrograms;
        QTemporaryDir run;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(noPrograms.path()));
        LifeboatWizard wizard;
        wizard.session()->setRunDirectory(run.path());
        wizard.setStartId(Page_Summary);
        wizard.restart();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QPushButton *folder = nullptr;
        for (QPushButton *button : wizard.currentPage()->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Open the &run folder"))
                folder = button;
        }
        QVERIFY(folder);
        folder->click();
        qputenv("PATH", path);
        OpenPathDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<OpenPathDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->path(), QDir::toNativeSeparators(run.path()));
        bool saysWhy = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            saysWhy |= label->text().contains(QStringLiteral("no desktop launcher (xdg-open)"));
        QVERIFY(saysWhy);
        dialog->findChild<QPushButton *>(QStringLiteral("copy"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(run.path()));
        dialog->close();
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
