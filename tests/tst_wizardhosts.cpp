// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/LoopbackHost.h"

#include <ClusterPage.h>
#include <HostKeyDialog.h>
#include <HostStatesView.h>
#include <PageId.h>
#include <PlanPage.h>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>
#include <scenarios/SharedDataCheck.h>
#include <WizardSession.h>
#include <hosts/KnownHosts.h>
#include <optional>
#include <run/Scenario.h>
#include <sandbox/SandboxHost.h>
#include <scenarios/ScenarioRegistry.h>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

const QString hostAddress = QStringLiteral("127.0.0.9");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString allText(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

} // namespace

// The wizard on a cluster with a real sshd host (its own address, its own
// key) reached through ssh and lifeboat-agent: the Cluster page shows each
// host's state in words, a first-seen key is trusted only by a click on
// "Trust this key" in the dialog, a changed key never from the wizard, and
// the Plan page's previews name the host of a remote path.
class TestWizardHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    std::unique_ptr<SandboxHost> m_host;

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
            wizard.resize(820, 640);
            wizard.show();
        }
        HostStatesView *hosts() const { return page->hostStatesView(); }
    };

    QJsonObject hostJson(const QString &name, int port) const
    {
        const HostProfile host = m_host->profile();
        return { { QStringLiteral("name"), name }, { QStringLiteral("address"), host.address },
            { QStringLiteral("port"), port }, { QStringLiteral("user"), host.user },
            { QStringLiteral("identityFile"), host.identityFile },
            { QStringLiteral("sshConfig"), m_work.filePath(QStringLiteral("ssh_config")) },
            { QStringLiteral("agentPath"), QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat-agent") } };
    }

    // A profile named `name`: node1 here, node2 on the sshd host (and a host
    // nothing listens on, when asked), trusting the keys in its own file.
    QString mountPoint() const { return m_work.filePath(QStringLiteral("opt")); }

    QString writeProfile(const QString &name, const QByteArray &knownHosts, bool withUnreachable,
        const QJsonObject &extra = {}) const
    {
        QFile known(m_work.filePath(name + QStringLiteral(".known_hosts")));
        if (!known.open(QIODevice::WriteOnly) || known.write(knownHosts) != knownHosts.size())
            return {};
        known.close();
        QJsonArray hosts{ hostJson(QStringLiteral("node2"), m_host->port()) };
        if (withUnreachable)
            hosts.append(hostJson(QStringLiteral("node3"), freePort(hostAddress)));
        QJsonObject json{ { QStringLiteral("name"), name },
            { QStringLiteral("appServer"), QStringLiteral("jboss") }, { QStringLiteral("hosts"), hosts },
            { QStringLiteral("knownHostsFile"), known.fileName() },
            { QStringLiteral("nodes"),
                QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("node1") },
                                { QStringLiteral("role"), QStringLiteral("primary") },
                                { QStringLiteral("repository"),
                                    m_work.filePath(name + QStringLiteral("/node1/crx-repository")) } },
                    QJsonObject{ { QStringLiteral("name"), QStringLiteral("node2") },
                        { QStringLiteral("role"), QStringLiteral("secondary") },
                        { QStringLiteral("host"), QStringLiteral("node2") },
                        { QStringLiteral("repository"), QStringLiteral("/opt/aem/crx-repository") } } } },
            { QStringLiteral("backupRoot"), m_work.filePath(name + QStringLiteral("/backups")) } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        QFile file(m_work.filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) <= 0)
            return {};
        return file.fileName();
    }

    QByteArray trustedLine() const
    {
        const QList<QByteArray> key = contents(m_host->hostPublicKeyPath()).trimmed().split(' ');
        return KnownHosts::hostName(m_host->profile()).toUtf8() + ' ' + key.value(0) + ' ' + key.value(1)
            + '\n';
    }

    static void open(Wizard &w, const QString &profile)
    {
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QSignalSpy opened(w.page, &ClusterPage::profileOpened);
        w.page->openProfile(profile);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(opened.first().first().toBool());
        QVERIFY(w.hosts()->isVisible());
    }

    static HostKeyDialog *openDialog(Wizard &w, const QString &host)
    {
        QPushButton *button = w.hosts()->keyButton(host);
        if (!button)
            return nullptr;
        button->click();
        auto *dialog = w.hosts()->findChild<HostKeyDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    static QLabel *rowLabel(const Wizard &w, const QString &accessibleName)
    {
        for (QLabel *label : w.hosts()->findChildren<QLabel *>()) {
            if (label->accessibleName() == accessibleName)
                return label;
        }
        return nullptr;
    }

    static void screenshot(QWidget *window, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("LIFEBOAT_SCREENSHOTS"))
            return;
        QDir().mkpath(QStringLiteral("/tmp/lifeboat-shots"));
        QTest::qWait(50);
        QVERIFY(window->grab().save(QStringLiteral("/tmp/lifeboat-shots/%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QStandardPaths::setTestModeEnabled(true);
        if (::geteuid() != 0)
            QSKIP("A real sshd host on its own address needs root (SandboxHost's mount namespace).");
        QFile config(m_work.filePath(QStringLiteral("ssh_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        // node2's own files, seen only on node2, at a path that is empty here.
        QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("node2-files/gds"))));
        m_host = std::make_unique<SandboxHost>(m_work.filePath(QStringLiteral("ssh")),
            QStringLiteral("node2"), hostAddress, freePort(hostAddress),
            QList<SandboxHost::BindMount>{
                { m_work.filePath(QStringLiteral("node2-files")), mountPoint() } });
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        if (m_host)
            QVERIFY2(m_host->stop(&error), qPrintable(error));
    }

    // A trusted host is connected; one nothing listens on says ssh's reason,
    // and the wizard does not go on. The window keeps drawing meanwhile.
    void eachHostShowsHowItAnswered()
    {
        const QString profile = writeProfile(QStringLiteral("answered"), trustedLine(), true);
        Wizard w;
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        ticker.start(10);
        sinceTick.start();
        open(w, profile);
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("checking…"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.hosts()->isChecking(), 30000);
        ticker.stop();
        // Once answered, the hosts are left alone until asked again.
        QTest::qWait(1000);
        QVERIFY(!w.hosts()->isChecking());
        QVERIFY2(
            longestGap < 250, qPrintable(QStringLiteral("GUI thread blocked for %1 ms").arg(longestGap)));

        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("connected"));
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node3")), QStringLiteral("unreachable"));
        QLabel *unreachable = rowLabel(w, QStringLiteral("node3: unreachable"));
        QVERIFY(unreachable);
        QVERIFY2(unreachable->text().contains(QLatin1String("Connection refused")),
            qPrintable(unreachable->text()));
        QVERIFY2(unreachable->text().contains(Hosts::reachHint()), qPrintable(unreachable->text()));
        QVERIFY(!w.hosts()->keyButton(QStringLiteral("node2")));
        QVERIFY(!w.hosts()->keyButton(QStringLiteral("node3")));
        QVERIFY(!w.page->isComplete());
        QVERIFY(!w.wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&w.wizard, QStringLiteral("cluster-hosts-unreachable"));
    }

    // Cancel (Enter, the default) writes nothing; "Trust this key" writes
    // the host's key and the host turns connected.
    void aFirstSeenKeyIsTrustedOnlyByTheClick()
    {
        const QString profile = writeProfile(QStringLiteral("first"), {}, false);
        const QString knownHosts = m_work.filePath(QStringLiteral("first.known_hosts"));
        const QString expected = fingerprintOnHost(m_host->hostPublicKeyPath());
        Wizard w;
        open(w, profile);
        QTRY_VERIFY_WITH_TIMEOUT(!w.hosts()->isChecking(), 30000);
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("host key to confirm"));
        QVERIFY(!w.page->isComplete());
        QCOMPARE(w.hosts()->keyButton(QStringLiteral("node2"))->text(), QStringLiteral("Confirm key…"));
        screenshot(&w.wizard, QStringLiteral("cluster-hosts-first-seen"));

        HostKeyDialog *dialog = openDialog(w, QStringLiteral("node2"));
        QVERIFY(dialog);
        const QString text = allText(dialog);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ED25519")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")),
            qPrintable(text));
        QVERIFY2(text.contains(hostAddress) && text.contains(QLatin1String("node2")), qPrintable(text));
        QVERIFY(dialog->trustButton());
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->trustButton()->isDefault());
        screenshot(dialog, QStringLiteral("host-key-dialog"));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!w.hosts()->findChild<HostKeyDialog *>());
        QTest::qWait(200);
        QCOMPARE(contents(knownHosts), QByteArray());
        QVERIFY(!w.hosts()->isChecking());
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("host key to confirm"));

        dialog = openDialog(w, QStringLiteral("node2"));
        QVERIFY(dialog);
        dialog->trustButton()->click();
        QVERIFY(w.hosts()->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!w.hosts()->isChecking(), 30000);
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("connected"));
        QVERIFY(contents(knownHosts).contains("ssh-ed25519"));
        QStringList known;
        QString error;
        QVERIFY2(
            KnownHosts(knownHosts).knownFingerprints(m_host->profile(), &known, &error), qPrintable(error));
        QCOMPARE(known, QStringList{ expected });
        QVERIFY(w.page->isComplete());
        QVERIFY(w.wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&w.wizard, QStringLiteral("cluster-hosts-trusted"));
    }

    // Both fingerprints and what to do, no way to trust, nothing changed.
    void aChangedKeyOffersNoTrust()
    {
        QTemporaryDir keys;
        QVERIFY(keys.isValid());
        const QString otherKey = keys.filePath(QStringLiteral("other"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey }),
            0);
        const QList<QByteArray> other = contents(otherKey + QStringLiteral(".pub")).trimmed().split(' ');
        const QByteArray wrong = KnownHosts::hostName(m_host->profile()).toUtf8() + ' ' + other.value(0) + ' '
            + other.value(1) + '\n';
        const QString profile = writeProfile(QStringLiteral("changed"), wrong, false);
        const QString knownHosts = m_work.filePath(QStringLiteral("changed.known_hosts"));
        Wizard w;
        open(w, profile);
        QTRY_VERIFY_WITH_TIMEOUT(!w.hosts()->isChecking(), 30000);
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("host key changed"));
        QCOMPARE(w.hosts()->keyButton(QStringLiteral("node2"))->text(), QStringLiteral("Show keys…"));
        QVERIFY(!w.page->isComplete());

        HostKeyDialog *dialog = openDialog(w, QStringLiteral("node2"));
        QVERIFY(dialog);
        QVERIFY(!dialog->trustButton());
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(dialog->findChild<QDialogButtonBox *>()->buttonRole(buttons.first()),
            QDialogButtonBox::RejectRole);
        const QString text = allText(dialog);
        QVERIFY2(text.contains(fingerprintOnHost(m_host->hostPublicKeyPath())), qPrintable(text));
        QVERIFY2(text.contains(fingerprintOnHost(otherKey + QStringLiteral(".pub"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ssh-keygen -R '%1' -f '%2'")
                                   .arg(KnownHosts::hostName(m_host->profile()), knownHosts)),
            qPrintable(text));
        screenshot(dialog, QStringLiteral("host-key-changed-dialog"));
        buttons.first()->click();
        QTRY_VERIFY(!w.hosts()->findChild<HostKeyDialog *>());
        QCOMPARE(contents(knownHosts), wrong);
        QCOMPARE(w.hosts()->stateText(QStringLiteral("node2")), QStringLiteral("host key changed"));
        QVERIFY(!w.page->isComplete());
    }

    void thePlanNamesTheHostOfARemotePath()
    {
        QString error;
        const std::optional<ClusterProfile> profile
            = ClusterProfile::load(writeProfile(QStringLiteral("plan"), trustedLine(), false), &error);
        QVERIFY2(profile, qPrintable(error));
        QWizard wizard;
        WizardSession session;
        session.setProfile(*profile);
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-offline"));
        session.setScenario(scenario);
        session.setOptions(scenario->completeOptions(*profile, {}, &error));
        auto *page = new PlanPage(&session);
        wizard.setPage(Page_Plan, page);
        wizard.setStartId(Page_Plan);
        wizard.resize(820, 640);
        QSignalSpy shown(page, &PlanPage::planShown);
        wizard.show(); // builds the plan on a worker thread: its previews ask node2
        QVERIFY(shown.count() == 1 || shown.wait(30000));

        QStringList lines;
        QTreeWidgetItem *remote = nullptr;
        const QTreeWidget *tree = page->findChild<QTreeWidget *>();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *line = tree->topLevelItem(i)->child(j);
                lines.append(line->text(0));
                if (line->text(0).contains(
                        QLatin1String("archive of repository from node2:/opt/aem/crx-repository")))
                    remote = line;
            }
        }
        QVERIFY2(remote, qPrintable(lines.join(u'\n')));
        QVERIFY(remote->isFirstColumnSpanned());
        QCOMPARE(remote->toolTip(0), remote->text(0));
        // The backup set is written here: its paths stay bare.
        QVERIFY2(remote->text(0).startsWith(QStringLiteral("write %1/").arg(profile->backupRoot)),
            qPrintable(remote->text(0)));
        screenshot(&wizard, QStringLiteral("plan-hosts"));
    }

    // The Scenario page's look for damage asks the GDS's own host: here the
    // GDS's path is empty, and every document would seem gone.
    void theSharedDataCheckAsksTheGdsHost()
    {
        QFile document(m_work.filePath(QStringLiteral("node2-files/gds/doc1.pdf")));
        QVERIFY(document.open(QIODevice::WriteOnly) && document.write("%PDF") == 4);
        document.close();
        const QString gds = QDir(mountPoint()).filePath(QStringLiteral("gds"));
        QVERIFY(!QFileInfo::exists(QDir(gds).filePath(QStringLiteral("doc1.pdf"))));
        const QString forms = m_work.filePath(QStringLiteral("forms.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forms"));
            db.setDatabaseName(forms);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE tb_document (gds_path TEXT, sha256 TEXT)")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO tb_document VALUES ('doc1.pdf', ''), ('doc2.pdf', '')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forms"));
        const QJsonObject extra{ { QStringLiteral("gds"), gds },
            { QStringLiteral("gdsHost"), QStringLiteral("node2") },
            { QStringLiteral("databases"),
                QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("forms") },
                    { QStringLiteral("kind"), QStringLiteral("sqlite") }, { QStringLiteral("path"), forms },
                    { QStringLiteral("gdsReferenceQuery"),
                        QStringLiteral("SELECT gds_path, sha256 FROM tb_document") } } } } };
        QString error;
        const std::optional<ClusterProfile> profile = ClusterProfile::load(
            writeProfile(QStringLiteral("shared"), trustedLine(), false, extra), &error);
        QVERIFY2(profile, qPrintable(error));
        // doc1.pdf is on node2; doc2.pdf is nowhere.
        QCOMPARE(SharedDataCheck::damage(*profile),
            QStringList{ QStringLiteral("1 document(s) the database refers to are missing from the GDS.") });
    }
};

QTEST_MAIN(TestWizardHosts)
#include "tst_wizardhosts.moc"
