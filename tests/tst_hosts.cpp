// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <hosts/Hosts.h>
#include <profile/ClusterProfile.h>
#include <sandbox/SandboxHost.h>

#include "support/CommandRunner.h"
#include "support/LoopbackHost.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a command on this machine (which the sandbox host shares, but for its
// mount namespace) and says whether it worked.
bool runHere(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A login that is not root, and (while `allowed`) a sudoers rule that lets
// it start exactly the helper as root: what "sudo": true in a profile is
// for. Both are gone again when it goes.
class SudoLogin
{
public:
    static constexpr const char *user = "lifeboat-sudo-test";
    static constexpr const char *rule = "/etc/sudoers.d/lifeboat-sudo-test";

    SudoLogin()
    {
        removeUser(); // left by a killed run
        // A password of "*": no password login, but not a locked account,
        // which sshd refuses even for a key (UsePAM no).
        m_created = runHere(QStringLiteral("useradd"), {QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                                                        QStringLiteral("/bin/sh"), QString::fromLatin1(user)})
            && runHere(QStringLiteral("usermod"), {QStringLiteral("-p"), QStringLiteral("*"), QString::fromLatin1(user)});
    }
    ~SudoLogin()
    {
        QFile::remove(QString::fromLatin1(rule));
        removeUser();
    }
    Q_DISABLE_COPY_MOVE(SudoLogin)

    bool created() const { return m_created; }
    static bool allow(const QString &agent)
    {
        QFile file(QString::fromLatin1(rule));
        return file.open(QIODevice::WriteOnly)
            && file.write(QStringLiteral("%1 ALL=(root) NOPASSWD: %2 serve\n").arg(QString::fromLatin1(user), agent).toUtf8()) > 0
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    }

private:
    // --force: the test's connections as the user may still be open.
    static void removeUser() { runHere(QStringLiteral("userdel"), {QStringLiteral("--force"), QString::fromLatin1(user)}); }

    bool m_created = false;
};

} // namespace

// Hosts reaching a real sshd host (its own mount namespace, its own address)
// through ssh and lifeboat-agent: nothing is asked of a host whose key the
// person has not trusted, and each way a host can fail is told apart.
class TestHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_mountPoint;
    std::unique_ptr<SandboxHost> m_host;

    // A profile with the host, its own known_hosts file and the helper of this build.
    ClusterProfile profileWith(const QString &knownHosts, const QString &agentPath = QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat-agent"),
                               int port = 0) const
    {
        ClusterProfile profile;
        HostProfile host = m_host->profile();
        host.sshConfig = m_work.filePath(QStringLiteral("ssh_config"));
        host.agentPath = agentPath;
        if (port)
            host.port = port;
        profile.hosts = {host};
        profile.knownHostsFile = m_work.filePath(knownHosts);
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        if (::geteuid() != 0)
            QSKIP("Sandbox hosts need root (mount namespaces).");
        QFile config(m_work.filePath(QStringLiteral("ssh_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        m_mountPoint = m_work.filePath(QStringLiteral("opt/aem"));
        const QString files = m_work.filePath(QStringLiteral("node2-files"));
        QVERIFY(QDir().mkpath(files));
        QFile who(QDir(files).filePath(QStringLiteral("who")));
        QVERIFY(who.open(QIODevice::WriteOnly) && who.write("node2\n") == 6);
        who.close();
        const QString address = QStringLiteral("127.0.0.7");
        m_host = std::make_unique<SandboxHost>(m_work.filePath(QStringLiteral("ssh")), QStringLiteral("node2"), address, freePort(address),
                                               QList<SandboxHost::BindMount>{{files, m_mountPoint}});
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        if (m_host)
            QVERIFY2(m_host->stop(&error), qPrintable(error));
    }

    void aFirstSeenHostIsAskedNothingUntilItsKeyIsTrusted()
    {
        const ClusterProfile profile = profileWith(QStringLiteral("known_hosts-first"));
        const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
        const QString expected = fingerprintOnHost(m_host->hostPublicKeyPath());
        const Hosts::State first = hosts->check(QStringLiteral("node2"));
        QCOMPARE(Hosts::State::kindName(first.kind), QStringLiteral("first-seen"));
        QCOMPARE(first.offeredFingerprint, expected);
        QVERIFY2(first.hint.contains(QStringLiteral("--trust-host-key node2=") + expected), qPrintable(first.hint));
        const QString who = QDir(m_mountPoint).filePath(QStringLiteral("who"));
        QByteArray data;
        QString error;
        QVERIFY(!hosts->files(QStringLiteral("node2")).readFile(who, 100, &data, &error));
        QVERIFY2(error.contains(QLatin1String("node2")), qPrintable(error));

        // A fingerprint that is not the host's changes nothing.
        QVERIFY(!hosts->trust(QStringLiteral("node2"), QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), &error));
        QCOMPARE(contents(profile.knownHostsFile), QByteArray());
        QVERIFY2(hosts->trust(QStringLiteral("node2"), expected, &error), qPrintable(error));

        const Hosts::State trusted = hosts->check(QStringLiteral("node2"));
        QCOMPARE(Hosts::State::kindName(trusted.kind), QStringLiteral("connected"));
        // The host's own file at the shared path; this machine has none there.
        QVERIFY2(hosts->files(QStringLiteral("node2")).readFile(who, 100, &data, &error), qPrintable(error));
        QCOMPARE(data, QByteArray("node2\n"));
        QVERIFY(!QFile::exists(who));
    }

    void aMissingHelperIsNamedWithHowToInstallIt()
    {
        const ClusterProfile profile = profileWith(QStringLiteral("known_hosts-helper"), QStringLiteral("/nonexistent/lifeboat-agent"));
        const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
        QString error;
        QVERIFY2(hosts->trust(QStringLiteral("node2"), fingerprintOnHost(m_host->hostPublicKeyPath()), &error), qPrintable(error));
        const Hosts::State state = hosts->check(QStringLiteral("node2"));
        QCOMPARE(Hosts::State::kindName(state.kind), QStringLiteral("helper-missing"));
        QVERIFY2(state.message.contains(QLatin1String("node2")), qPrintable(state.message));
        QVERIFY2(state.hint.contains(QLatin1String("Install the lifeboat package")), qPrintable(state.hint));
    }

    void theCommandLineTrustsOnlyTheConfirmedFingerprint()
    {
        // A profile with node2 on the sandbox host and node1 here.
        const HostProfile host = profileWith(QStringLiteral("unused")).hosts.first();
        const QString knownHosts = m_work.filePath(QStringLiteral("known_hosts-cli"));
        const QJsonObject json{
            {QStringLiteral("name"), QStringLiteral("hosts-test")},
            {QStringLiteral("appServer"), QStringLiteral("jboss")},
            {QStringLiteral("hosts"), QJsonArray{QJsonObject{{QStringLiteral("name"), host.name}, {QStringLiteral("address"), host.address},
                                                             {QStringLiteral("port"), host.port}, {QStringLiteral("user"), host.user},
                                                             {QStringLiteral("identityFile"), host.identityFile},
                                                             {QStringLiteral("sshConfig"), host.sshConfig},
                                                             {QStringLiteral("agentPath"), host.agentPath}}}},
            {QStringLiteral("knownHostsFile"), knownHosts},
            {QStringLiteral("nodes"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("node1")}, {QStringLiteral("role"), QStringLiteral("primary")},
                                    {QStringLiteral("repository"), m_work.filePath(QStringLiteral("node1/crx-repository"))}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("node2")}, {QStringLiteral("role"), QStringLiteral("secondary")},
                                    {QStringLiteral("host"), QStringLiteral("node2")},
                                    {QStringLiteral("repository"), QDir(m_mountPoint).filePath(QStringLiteral("crx-repository"))}}}},
            {QStringLiteral("backupRoot"), m_work.filePath(QStringLiteral("backups"))}};
        const QString profile = m_work.filePath(QStringLiteral("cluster.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0);
        file.close();
        const CommandRunner runner(m_work.filePath(QStringLiteral("home")));
        const QStringList check{QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--scenario"),
                                QStringLiteral("backup-bootstrap")};

        CommandResult malformed = runner.lifeboat(check + QStringList{QStringLiteral("--trust-host-key"), QStringLiteral("node2")});
        QCOMPARE(malformed.exitCode, 64);
        QVERIFY2(malformed.err.contains(QLatin1String("HOST=SHA256")), qPrintable(malformed.err));
        CommandResult wrong = runner.lifeboat(
            check + QStringList{QStringLiteral("--trust-host-key"), QStringLiteral("node2=SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("Nothing was changed")), qPrintable(wrong.err));
        QCOMPARE(contents(knownHosts), QByteArray());
        // Without a trusted key the host check fails before anything else is asked of node2.
        CommandResult untrusted = runner.lifeboat(check);
        QVERIFY(untrusted.exitCode != 0);
        QVERIFY2(untrusted.out.contains(QLatin1String("--trust-host-key node2=SHA256:")), qPrintable(untrusted.out + untrusted.err));

        const QString fingerprint = fingerprintOnHost(m_host->hostPublicKeyPath());
        CommandResult right = runner.lifeboat(check + QStringList{QStringLiteral("--trust-host-key"), QStringLiteral("node2=") + fingerprint});
        QVERIFY2(right.out.contains(QStringLiteral("Trusted the key %1 of node2.").arg(fingerprint)), qPrintable(right.out + right.err));
        QVERIFY2(right.out.contains(QLatin1String("[PASS] node2 can be reached over ssh: node2 (127.0.0.7): connected as root")),
                 qPrintable(right.out + right.err));
        // node2's own check asked node2, at the path every host shares.
        QVERIFY2(right.out.contains(QStringLiteral("node2:%1/crx-repository/repository/cluster_node.id is missing").arg(m_mountPoint)),
                 qPrintable(right.out));
        QVERIFY(contents(knownHosts).contains("ssh-ed25519"));
    }

    void anUnreachableHostIsToldApartFromAMissingFile()
    {
        const ClusterProfile profile = profileWith(QStringLiteral("known_hosts-unreachable"), QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat-agent"),
                                                   freePort(QStringLiteral("127.0.0.7")));
        const Hosts::State state = Hosts::of(profile)->check(QStringLiteral("node2"));
        QCOMPARE(Hosts::State::kindName(state.kind), QStringLiteral("unreachable"));
        QVERIFY2(state.message.contains(QLatin1String("node2")) || state.message.contains(QLatin1String("127.0.0.7")), qPrintable(state.message));
        HostFiles::Entry entry;
        QString error;
        QVERIFY(!Hosts::of(profile)->files(QStringLiteral("node2")).stat(QStringLiteral("/"), &entry, &error));
        QVERIFY(!error.isEmpty());
    }

    // A login that is not the files' owner reaches them through "sudo -n"
    // and exactly the helper; without the sudoers rule the check says how
    // to add it, and without sudo the files stay closed to it.
    void aSudoLoginRunsTheHelperAsRoot()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sudo")).isEmpty())
            QSKIP("sudo is not installed here (installer/dev's build root has it).");
        SudoLogin login;
        QVERIFY(login.created());
        // sshd reads the authorized keys as the user logging in: let it
        // through to them (the test's folders are root's alone otherwise).
        for (const QString &folder : {m_work.path(), m_work.filePath(QStringLiteral("ssh"))})
            QVERIFY(QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::ExeOther));
        const QString keys = m_host->authorizedKeysPath();
        QVERIFY(QFile::setPermissions(keys, QFile::permissions(keys) | QFileDevice::ReadOther));
        const QString agent = QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat-agent");
        const QString secret = QDir(m_mountPoint).filePath(QStringLiteral("root-only"));
        const auto reach = [&](const QString &knownHosts, const QString &user, bool sudo) {
            ClusterProfile profile = profileWith(knownHosts);
            if (!user.isEmpty())
                profile.hosts.first().user = user;
            profile.hosts.first().sudo = sudo;
            const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
            QString error;
            if (!hosts->trust(QStringLiteral("node2"), fingerprintOnHost(m_host->hostPublicKeyPath()), &error))
                qWarning("%s", qPrintable(error));
            return hosts;
        };
        // Written by root through a root session: readable by root only.
        HostFiles &asRoot = reach(QStringLiteral("known_hosts-root"), {}, false)->files(QStringLiteral("node2"));
        const auto asUser = [&](const QString &knownHosts, bool sudo) {
            return reach(knownHosts, QString::fromLatin1(SudoLogin::user), sudo);
        };
        QString error;
        QVERIFY2(asRoot.writeFile(secret, "for root only\n", 0600, &error), qPrintable(error));

        // No rule yet: the check names sudo and the rule to add.
        const Hosts::State refused = asUser(QStringLiteral("known_hosts-sudo-refused"), true)->check(QStringLiteral("node2"));
        QVERIFY2(refused.kind == Hosts::State::Kind::HelperMissing,
                 qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QLatin1String("node2")), qPrintable(refused.message));
        QVERIFY2(refused.hint.contains(QStringLiteral("NOPASSWD: %1 serve").arg(agent))
                     && refused.hint.contains(QLatin1String(SudoLogin::user)),
                 qPrintable(refused.hint));

        QVERIFY(SudoLogin::allow(agent));
        const std::shared_ptr<Hosts> sudo = asUser(QStringLiteral("known_hosts-sudo"), true);
        const Hosts::State connected = sudo->check(QStringLiteral("node2"));
        QVERIFY2(connected.kind == Hosts::State::Kind::Connected, qPrintable(connected.message + u' ' + connected.hint));
        QByteArray data;
        QVERIFY2(sudo->files(QStringLiteral("node2")).readFile(secret, 100, &data, &error), qPrintable(error));
        QCOMPARE(data, QByteArray("for root only\n"));
        // What it writes is root's, as what the files' owner writes would be its own.
        const QString written = QDir(m_mountPoint).filePath(QStringLiteral("written-through-sudo"));
        QVERIFY2(sudo->files(QStringLiteral("node2")).writeFile(written, "x\n", 0644, &error), qPrintable(error));
        HostFiles::Entry entry;
        QVERIFY2(asRoot.stat(written, &entry, &error), qPrintable(error));
        QCOMPARE(entry.owner, QStringLiteral("root"));

        // The same login without sudo cannot read the file.
        const std::shared_ptr<Hosts> plain = asUser(QStringLiteral("known_hosts-plain"), false);
        QVERIFY(!plain->files(QStringLiteral("node2")).readFile(secret, 100, &data, &error));
        QVERIFY2(error.contains(QLatin1String("node2")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHosts)
#include "tst_hosts.moc"
