// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <OptionsPage.h>
#include <PageId.h>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTableWidget>
#include <QLayout>
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
using namespace Lifeboat::Testing;

// The Options page's path fields: a Browse button for each directory option,
// the backup root lined up with the options below it, and changed in the
// profile when the person chooses another one.
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

    // Issue 17: the backup root has its Change… button too. It is the
    // profile's setting, so the profile file says the new one (that key
    // alone changes), after the person agreed; the sets listed are the new
    // root's; the next backup goes there. "No" changes nothing.
    void theBackupRootIsChangedInTheProfileAfterAsking()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString profilePath = sandbox.path(QStringLiteral("cluster.json"));
        const auto backUp = [&] {
            return sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), profilePath,
                                              QStringLiteral("--scenario"), QStringLiteral("backup-offline"),
                                              QStringLiteral("--yes")});
        };
        const CommandResult first = backUp();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        const auto readProfile = [&profilePath] {
            QFile file(profilePath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = readProfile();
        QTemporaryDir elsewhere;

        QWizard wizard;
        WizardSession session;
        session.setProfile(sandbox.profile());
        session.setScenario(ScenarioRegistry::find(ScenarioIds::restoreNode));
        auto *page = new OptionsPage(&session);
        wizard.setPage(Page_Options, page);
        wizard.setStartId(Page_Options);
        wizard.show();
        auto *sets = qobject_cast<QTableWidget *>(page->editor(QStringLiteral("backup-set")));
        QVERIFY(sets);
        // The rows that are sets (the first, "Automatic", is none).
        const auto setsListed = [sets] {
            int count = 0;
            for (int row = 0; row < sets->rowCount(); ++row)
                count += sets->item(row, 0) && !sets->item(row, 0)->data(Qt::UserRole).toString().isEmpty() ? 1 : 0; // the set id
            return count;
        };
        QTRY_COMPARE(setsListed(), 1);
        auto *change = page->findChild<QPushButton *>(QStringLiteral("backupRoot-change"));
        QVERIFY(change && change->isVisible());
        QLineEdit *backupRoot = qobject_cast<QLineEdit *>(change->parentWidget()->layout()->itemAt(0)->widget());
        QVERIFY(backupRoot);
        const QString oldRoot = sandbox.profile().backupRoot;

        // The directory is chosen, then the question answered: its text,
        // empty when none came up.
        const auto choose = [&](QMessageBox::StandardButton answer) {
            QString asked;
            QTimer::singleShot(300, qApp, [&elsewhere, &asked, answer] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    dialog->setDirectory(elsewhere.path());
                    static_cast<QDialog *>(dialog)->accept();
                }
                QTimer::singleShot(300, qApp, [&asked, answer] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                        asked = box->text();
                        box->button(answer)->click();
                    }
                });
            });
            change->click();
            static_cast<void>(QTest::qWaitFor([&asked] { return !asked.isEmpty(); }, 5000)); // the caller checks it
            return asked;
        };
        const QString question = choose(QMessageBox::No);
        QVERIFY2(question.contains(QDir::toNativeSeparators(QDir::cleanPath(elsewhere.path())))
                     && question.contains(QDir::toNativeSeparators(profilePath)),
                 qPrintable(question));
        QCOMPARE(readProfile(), before);
        QCOMPARE(session.profile().backupRoot, oldRoot);
        QCOMPARE(QDir::fromNativeSeparators(backupRoot->text()), oldRoot);

        QVERIFY(!choose(QMessageBox::Yes).isEmpty());
        QTRY_COMPARE(QDir::fromNativeSeparators(backupRoot->text()), QDir::cleanPath(elsewhere.path()));
        QCOMPARE(session.profile().backupRoot, QDir::cleanPath(elsewhere.path()));
        QJsonObject was = QJsonDocument::fromJson(before).object();
        QJsonObject now = QJsonDocument::fromJson(readProfile()).object();
        QCOMPARE(now.value(QStringLiteral("backupRoot")).toString(), QDir::cleanPath(elsewhere.path()));
        was.remove(QStringLiteral("backupRoot"));
        now.remove(QStringLiteral("backupRoot"));
        QCOMPARE(now, was);
        QTRY_COMPARE(sets->rowCount(), 0); // the new root has none yet, so no "Automatic" either
        QVERIFY2(page->errorText().contains(QDir::toNativeSeparators(QDir::cleanPath(elsewhere.path()))), qPrintable(page->errorText()));

        const CommandResult second = backUp();
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QCOMPARE(QDir(oldRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }
};

QTEST_MAIN(TestOptionsPage)
#include "tst_optionspage.moc"
