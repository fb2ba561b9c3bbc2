// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/Screenshot.h"
#include "support/HostsSandbox.h"

#include <DiscoveryDialog.h>
#include <HostStatesView.h>
#include <ProfileEditor.h>
#include <ProfileTestDialog.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 20 in the wizard: "Describe a new cluster…" on a sandbox with hosts
// (root). Bad input is refused with what to do and connects to nothing; the
// hosts named are connected and checked as any profile's; discovery runs on a
// worker thread and shows each node; the draft, reviewed in the profile
// editor and saved, loads; "Test this profile" then passes every check.
class TestDiscoveryDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostsSandbox> m_hosts;
    QTemporaryDir m_work;


    void fill(DiscoveryDialog &dialog, const QString &output) const
    {
        QStringList hosts;
        for (const HostProfile &host : m_hosts->profile().hosts)
            hosts << QStringLiteral("%1=%2:%3").arg(host.name, host.address).arg(host.port);
        const HostProfile &any = m_hosts->profile().hosts.first();
        dialog.hostsEdit()->setPlainText(hosts.join(u'\n'));
        dialog.userEdit()->setText(any.user);
        dialog.identityEdit()->setText(any.identityFile);
        dialog.sshConfigEdit()->setText(any.sshConfig);
        dialog.agentPathEdit()->setText(any.agentPath);
        dialog.outputEdit()->setText(output);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        if (::geteuid() != 0)
            return;
        m_hosts = std::make_unique<HostsSandbox>();
        QVERIFY(m_hosts->watched());
        const CommandResult started = m_hosts->createStarted({QStringLiteral("--nodes"), QStringLiteral("2"), QStringLiteral("--publish"), QStringLiteral("1"),
                                                              QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        // The keys of the sandbox's hosts, as a person would have confirmed them.
        QVERIFY(QFile::copy(m_hosts->profile().knownHostsFile, m_work.filePath(QStringLiteral("known_hosts"))));
        qputenv("LIFEBOAT_SECRET_AEM_ADMIN", m_hosts->secretValues().value(0).toUtf8());
    }

    void badInputIsRefusedAndConnectsToNothing()
    {
        if (!m_hosts)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        DiscoveryDialog dialog;
        dialog.show();
        fill(dialog, QString());
        dialog.connectButton()->click();
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Save the profile as")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.lookButton()->isEnabled());
        fill(dialog, m_work.filePath(QStringLiteral("bad.json")));
        dialog.hostsEdit()->setPlainText(QStringLiteral("node1=10.0.0.1:99999"));
        dialog.connectButton()->click();
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("10.0.0.1:99999")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.lookButton()->isEnabled());
        // An existing profile is never the one a new cluster is saved as.
        QFile existing(m_work.filePath(QStringLiteral("existing.json")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("{}");
        existing.close();
        fill(dialog, existing.fileName());
        dialog.connectButton()->click();
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("exists already")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("bad.json"))));
    }

    void aDiscoveredClusterIsReviewedSavedAndTested()
    {
        if (!m_hosts)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        const QString output = m_work.filePath(QStringLiteral("cluster.json"));
        DiscoveryDialog dialog;
        dialog.resize(860, 680);
        dialog.show();
        fill(dialog, output);
        dialog.connectButton()->click();
        QVERIFY(!dialog.errorLabel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lookButton()->isEnabled(), 60000);
        for (const HostProfile &host : m_hosts->profile().hosts)
            QCOMPARE(dialog.hostStatesView()->stateText(host.name), HostStatesView::kindText(Hosts::State::Kind::Connected));
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("discovery-hosts")));

        QSignalSpy finished(&dialog, &DiscoveryDialog::discoveryFinished);
        dialog.lookButton()->click();
        QVERIFY(dialog.isLooking()); // on a worker thread: the window goes on drawing
        QVERIFY(finished.wait(60000));
        const QString findings = dialog.findingsView()->toPlainText();
        for (const NodeProfile &node : m_hosts->profile().nodes)
            QVERIFY2(findings.contains(node.name + QStringLiteral(" (")), qPrintable(findings));
        QVERIFY2(findings.contains(QStringLiteral("storage")) && findings.contains(QStringLiteral("no AEM Forms node")), qPrintable(findings));
        QVERIFY(dialog.reviewButton()->isEnabled());
        QVERIFY(!QFile::exists(output)); // nothing written before the review
        QVERIFY(saveScreenshot(&dialog, QStringLiteral("discovery-findings")));
        const ClusterProfile draft = dialog.draft();
        QCOMPARE(draft.nodes.size(), m_hosts->profile().nodes.size());
        QCOMPARE(draft.gds, m_hosts->profile().gds);
        QCOMPARE(draft.gdsHost, m_hosts->profile().gdsHost);

        // Reviewed in the editor: the backup root, which no host can tell,
        // is what is left to fill in; then saved.
        QVERIFY2(findings.contains(QStringLiteral("backupRoot")), qPrintable(findings));
        ProfileEditor editor(draft, dialog.profilePath());
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *parts = editor.findChild<QListWidget *>();
        QVERIFY(parts);
        parts->setCurrentRow(1); // Nodes: the discovered ones, to review
        QVERIFY(saveScreenshot(&editor, QStringLiteral("discovery-nodes")));
        parts->setCurrentRow(parts->count() - 1); // Backup root
        QTest::keyClick(&editor, Qt::Key_B, Qt::AltModifier);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), m_work.filePath(QStringLiteral("backups")));
        QPushButton *save = nullptr;
        for (QPushButton *button : editor.findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == QLatin1String("Save"))
                save = button;
        }
        QVERIFY(save);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 5000);
        save->click();
        QCOMPARE(editor.savedPath(), output);
        QList<ProfileProblem> problems;
        const auto saved = ClusterProfile::load(output, &problems);
        QVERIFY2(saved, qPrintable(ProfileProblem::describe(output, problems)));
        QCOMPARE(saved->nodes.size(), m_hosts->profile().nodes.size());

        // Tested: every check holds, each node answers where discovery said.
        ProfileTestDialog test(*saved);
        test.show();
        QSignalSpy tested(&test, &ProfileTestDialog::testsFinished);
        test.runTests();
        QVERIFY(test.isRunning());
        QVERIFY(tested.wait(120000));
        QStringList failed;
        QStringList titles;
        for (const PreconditionResult &result : test.results()) {
            titles.append(result.title);
            if (result.status == PreconditionResult::Status::Fail)
                failed.append(result.title + QStringLiteral(": ") + result.message);
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        for (const NodeProfile &node : saved->nodes)
            QVERIFY2(titles.contains(QStringLiteral("%1 answers at its status URL").arg(node.name)), qPrintable(titles.join(u'\n')));
        QVERIFY(saveScreenshot(&test, QStringLiteral("profile-test")));
    }
};

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discoverydialog.moc"
