// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <OptionsPage.h>
#include <PageId.h>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>
#include <WizardSession.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

using namespace Lifeboat;

// The Options page's path fields: a Browse button for each directory option,
// and the backup root lined up with the options below it.
class TestOptionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void directoryOptionsHaveABrowseButtonAndLineUp()
    {
        QTemporaryDir root;
        QTemporaryDir chosen;
        ClusterProfile profile;
        profile.name = QStringLiteral("paths");
        profile.backupRoot = root.path();
        NodeProfile node;
        node.name = QStringLiteral("node1");
        node.role = NodeRole::Primary;
        profile.nodes.append(node);

        QWizard wizard;
        WizardSession session;
        session.setProfile(profile);
        session.setScenario(ScenarioRegistry::find(ScenarioIds::rehearseRestore));
        auto *page = new OptionsPage(&session);
        wizard.setPage(Page_Options, page);
        wizard.setStartId(Page_Options);
        wizard.resize(820, 600);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *into = qobject_cast<QLineEdit *>(page->editor(QStringLiteral("into")));
        QVERIFY(into);
        QLineEdit *backupRoot = nullptr;
        for (QLineEdit *line : page->findChildren<QLineEdit *>()) {
            if (line->accessibleName() == OptionsPage::tr("Backup root"))
                backupRoot = line;
        }
        QVERIFY(backupRoot);
        QCOMPARE(backupRoot->mapTo(page, QPoint()).x(), into->mapTo(page, QPoint()).x());

        auto *browse = page->findChild<QPushButton *>(QStringLiteral("into-browse"));
        QVERIFY(browse);
        QVERIFY(browse->isVisible());
        QTimer::singleShot(500, qApp, [&chosen] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                dialog->setDirectory(chosen.path());
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
            }
        });
        browse->click();
        QCOMPARE(QDir::cleanPath(QDir::fromNativeSeparators(into->text())), QDir::cleanPath(chosen.path()));
    }
};

QTEST_MAIN(TestOptionsPage)
#include "tst_optionspage.moc"
