// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <LifeboatWizard.h>
#include <PageId.h>
#include <TaskChoice.h>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

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
        QCOMPARE(titles, (QStringList{QStringLiteral("Back up the cluster"), QStringLiteral("Recover from a failure"),
                                      QStringLiteral("Rehearse a restore"), QStringLiteral("Open the training sandbox")}));
    }

    void iconsRenderFromTheirSvgFiles()
    {
        // Catches a missing SVG icon engine: the page would show no icons.
        for (const char *name : {"lifeboat", "backup", "recover", "rehearse", "sandbox"}) {
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
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
