// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/LoopbackHost.h"

#include <hosts/KnownHosts.h>
#include <hosts/SshConnection.h>
#include <sandbox/SandboxHost.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int acceptedLogins(const SandboxHost &host)
{
    return int(readFile(host.logPath()).count("Accepted publickey"));
}

// Running, not ended: an ended daemon whose parent (init) has not reaped it
// yet is a zombie, which still answers kill(pid, 0).
bool processExists(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

// Every running process in the mount namespace of `pid` (a sandbox host's).
QList<pid_t> processesBeside(qint64 pid)
{
    const auto ns = [](const QString &process) {
        char target[256];
        const ssize_t size = ::readlink(QFile::encodeName(process + QStringLiteral("/ns/mnt")).constData(), target,
                                        sizeof target);
        return size > 0 ? QString::fromLatin1(target, size) : QString();
    };
    const QString own = ns(QStringLiteral("/proc/%1").arg(pid));
    QList<pid_t> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const pid_t other = pid_t(entry.toInt(&number));
        if (number && !own.isEmpty() && ns(QStringLiteral("/proc/") + entry) == own && processExists(other))
            found.append(other);
    }
    return found;
}

// Freezes a host as a dead network link would (nothing answers, no
// connection is closed), and thaws it when it goes.
class Freeze
{
public:
    explicit Freeze(QList<pid_t> pids)
        : m_pids(std::move(pids))
    {
        for (pid_t pid : std::as_const(m_pids))
            ::kill(pid, SIGSTOP);
    }
    Q_DISABLE_COPY_MOVE(Freeze)
    ~Freeze()
    {
        for (pid_t pid : std::as_const(m_pids))
            ::kill(pid, SIGCONT);
    }

private:
    QList<pid_t> m_pids;
};

// Stops every sandbox host it holds when it goes, also when a test failed.
class HostsGuard
{
public:
    HostsGuard() = default;
    Q_DISABLE_COPY_MOVE(HostsGuard)
    ~HostsGuard() { stopAll(); }

    SandboxHost *add(std::unique_ptr<SandboxHost> host)
    {
        m_hosts.push_back(std::move(host));
        return m_hosts.back().get();
    }
    QString stopAll()
    {
        QString errors;
        for (const auto &host : m_hosts) {
            QString error;
            if (!host->stop(&error))
                errors += error + u'\n';
        }
        return errors;
    }

private:
    std::vector<std::unique_ptr<SandboxHost>> m_hosts;
};

} // namespace

// SshConnection and KnownHosts against real sshd hosts made by SandboxHost:
// each host its own sshd on its own loopback address, in its own mount
// namespace where its own files sit at the one path every host shares.
class TestSshConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_mountPoint; // the same on every host; empty here
    QString m_sshConfig;  // an empty ssh_config: the machine's own stays out of the test
    HostsGuard m_guard;
    SandboxHost *m_host1 = nullptr;
    SandboxHost *m_host2 = nullptr;
    SandboxHost *m_host3 = nullptr;

    QString filesOf(const QString &host) const { return m_work.filePath(host + QStringLiteral("-files")); }

    SandboxHost *makeHost(const QString &name, const QString &address)
    {
        const QString files = filesOf(name);
        QDir().mkpath(files);
        QFile who(QDir(files).filePath(QStringLiteral("who")));
        if (!who.open(QIODevice::WriteOnly) || who.write(name.toUtf8() + '\n') < 0)
            return nullptr;
        const int port = freePort(address);
        if (port == 0)
            return nullptr;
        return m_guard.add(std::make_unique<SandboxHost>(m_work.filePath(QStringLiteral("ssh")), name, address,
                                                         port,
                                                         QList<SandboxHost::BindMount>{{files, m_mountPoint}}));
    }

    HostProfile profileOf(const SandboxHost *host) const
    {
        HostProfile profile = host->profile();
        profile.sshConfig = m_sshConfig;
        return profile;
    }

    KnownHosts knownHosts(const QString &name) const { return KnownHosts(m_work.filePath(name)); }

    // A known_hosts file that trusts `host`, confirmed as a person would.
    KnownHosts trusting(const QString &name, const SandboxHost *host)
    {
        KnownHosts known = knownHosts(name);
        QString error;
        if (!known.trust(profileOf(host), fingerprintOnHost(host->hostPublicKeyPath()), &error))
            qWarning("%s", qPrintable(error));
        return known;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_mountPoint = m_work.filePath(QStringLiteral("opt/adobe/aem-forms"));
        m_sshConfig = m_work.filePath(QStringLiteral("ssh_config"));
        QFile config(m_sshConfig);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        m_host1 = makeHost(QStringLiteral("host1"), QStringLiteral("127.0.0.2"));
        m_host2 = makeHost(QStringLiteral("host2"), QStringLiteral("127.0.0.3"));
        m_host3 = makeHost(QStringLiteral("host3"), QStringLiteral("127.0.0.4"));
        QVERIFY(m_host1 && m_host2 && m_host3);
        QString error;
        if (::geteuid() != 0) {
            QVERIFY(!m_host1->start(&error));
            QVERIFY2(error.contains(QLatin1String("needs root: mount namespaces")), qPrintable(error));
            QSKIP("The sandbox hosts need root (mount namespaces).");
        }
        for (SandboxHost *host : {m_host1, m_host2, m_host3})
            QVERIFY2(host->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QString errors = m_guard.stopAll();
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void eachHostSeesItsOwnFilesAtTheSharedPath()
    {
        const QString who = QDir(m_mountPoint).filePath(QStringLiteral("who"));
        SshConnection one(profileOf(m_host1), trusting(QStringLiteral("known1"), m_host1));
        SshConnection two(profileOf(m_host2), trusting(QStringLiteral("known2"), m_host2));
        const SshConnection::Check first = one.open();
        QVERIFY2(first.trusted(), qPrintable(first.message));
        QVERIFY(first.message.isEmpty());
        const SshConnection::Check second = two.open();
        QVERIFY2(second.trusted(), qPrintable(second.message));

        const auto fromOne = one.run({QStringLiteral("cat"), who});
        QVERIFY2(fromOne.succeeded(), qPrintable(fromOne.error + QString::fromUtf8(fromOne.err)));
        QCOMPARE(fromOne.out, QByteArray("host1\n"));
        const auto fromTwo = two.run({QStringLiteral("cat"), who});
        QVERIFY2(fromTwo.succeeded(), qPrintable(fromTwo.error + QString::fromUtf8(fromTwo.err)));
        QCOMPARE(fromTwo.out, QByteArray("host2\n"));
        // This machine's own namespace sees an empty directory there.
        QVERIFY(QFileInfo(m_mountPoint).isDir());
        QCOMPARE(QDir(m_mountPoint).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void argumentsReachTheRemoteCommandUnchanged()
    {
        SshConnection one(profileOf(m_host1), trusting(QStringLiteral("known-args"), m_host1));
        QVERIFY(one.open().trusted());
        const auto printed = one.run({QStringLiteral("printf"), QStringLiteral("%s|"), QStringLiteral("a b"),
                                      QStringLiteral("it's"), QStringLiteral("$HOME"), QStringLiteral("*"),
                                      QString(), QStringLiteral("-n")});
        QVERIFY2(printed.succeeded(), qPrintable(printed.error + QString::fromUtf8(printed.err)));
        QCOMPARE(printed.out, QByteArray("a b|it's|$HOME|*||-n|"));
        // Secrets travel on standard input.
        const auto echoed = one.run({QStringLiteral("cat")}, QByteArray("not on any command line\n"));
        QCOMPARE(echoed.out, QByteArray("not on any command line\n"));
        const auto failed = one.run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QVERIFY(failed.error.isEmpty());
        QCOMPARE(failed.exitCode, 7);
    }

    void sudoComesBeforeTheCommand()
    {
        HostProfile profile = profileOf(m_host1);
        profile.sudo = true;
        const SshConnection connection(profile, knownHosts(QStringLiteral("known-sudo")));
        const QStringList arguments
            = connection.argumentsFor({QStringLiteral("lifeboat-agent"), QStringLiteral("a b")});
        QCOMPARE(arguments.first(), QStringLiteral("ssh"));
        const qsizetype end = arguments.indexOf(QStringLiteral("--"));
        QVERIFY(end > 0);
        QCOMPARE(arguments.at(end - 1), profile.address);
        QCOMPARE(arguments.mid(end + 1),
                 (QStringList{QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("--"),
                              QStringLiteral("lifeboat-agent"), QStringLiteral("'a b'")}));
        QVERIFY(arguments.contains(QStringLiteral("StrictHostKeyChecking=yes")));
        QVERIFY(arguments.contains(QStringLiteral("BatchMode=yes")));
    }

    void aFirstSeenHostIsTrustedOnlyWithItsOwnFingerprint()
    {
        // The file already trusts host1; host3 is new to it.
        KnownHosts known = trusting(QStringLiteral("known-first"), m_host1);
        const QByteArray before = readFile(known.filePath());
        QVERIFY(!before.isEmpty());
        const QString fingerprint = fingerprintOnHost(m_host3->hostPublicKeyPath());
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));

        SshConnection three(profileOf(m_host3), known);
        const int loginsBefore = acceptedLogins(*m_host3);
        const SshConnection::Check check = three.open();
        QCOMPARE(check.state, SshConnection::HostState::FirstSeen);
        QCOMPARE(check.offeredFingerprint, fingerprint);
        QVERIFY2(check.message.contains(fingerprint) && check.message.contains(QLatin1String("host3")),
                 qPrintable(check.message));
        QVERIFY(!three.isOpen());
        QVERIFY(three.controlDirectory().isEmpty());
        QCOMPARE(acceptedLogins(*m_host3), loginsBefore);

        // A fingerprint the host does not offer trusts nothing.
        const QString wrong = fingerprintOnHost(m_host1->hostPublicKeyPath());
        QString error;
        QVERIFY(!known.trust(profileOf(m_host3), wrong, &error));
        QVERIFY2(error.contains(wrong) && error.contains(fingerprint), qPrintable(error));
        QCOMPARE(readFile(known.filePath()), before);

        QVERIFY2(known.trust(profileOf(m_host3), fingerprint, &error), qPrintable(error));
        QStringList fingerprints;
        QVERIFY(known.knownFingerprints(profileOf(m_host3), &fingerprints, &error));
        QCOMPARE(fingerprints, QStringList{fingerprint});
        QVERIFY(readFile(known.filePath()).startsWith(before)); // host1 is still trusted
        SshConnection again(profileOf(m_host3), known);
        const SshConnection::Check trusted = again.open();
        QVERIFY2(trusted.trusted(), qPrintable(trusted.message));
        QCOMPARE(again.run({QStringLiteral("cat"), QDir(m_mountPoint).filePath(QStringLiteral("who"))}).out,
                 QByteArray("host3\n"));
    }

    void aChangedHostKeyStopsBeforeAnythingRuns()
    {
        const QString oldFingerprint = fingerprintOnHost(m_host3->hostPublicKeyPath());
        KnownHosts known = trusting(QStringLiteral("known-changed"), m_host3);
        QString error;
        QVERIFY2(m_host3->stop(&error), qPrintable(error));
        QVERIFY2(m_host3->regenerateHostKey(&error), qPrintable(error));
        QVERIFY2(m_host3->start(&error), qPrintable(error));
        const QString newFingerprint = fingerprintOnHost(m_host3->hostPublicKeyPath());
        QVERIFY(newFingerprint != oldFingerprint);

        SshConnection three(profileOf(m_host3), known);
        const SshConnection::Check check = three.open();
        QCOMPARE(check.state, SshConnection::HostState::KeyChanged);
        QCOMPARE(check.knownFingerprints, QStringList{oldFingerprint});
        QCOMPARE(check.offeredFingerprint, newFingerprint);
        QVERIFY2(check.message.contains(QLatin1String("host3")) && check.message.contains(oldFingerprint)
                     && check.message.contains(newFingerprint),
                 qPrintable(check.message));

        // Nothing runs: not through the connection, nor through its command line.
        const QString marker = QDir(m_mountPoint).filePath(QStringLiteral("marker"));
        const auto refused = three.run({QStringLiteral("touch"), marker});
        QVERIFY(!refused.succeeded());
        QVERIFY(!refused.error.isEmpty());
        const QStringList arguments = three.argumentsFor({QStringLiteral("touch"), marker});
        QProcess direct;
        direct.start(arguments.first(), arguments.mid(1));
        QVERIFY(direct.waitForFinished(30000));
        QCOMPARE(direct.exitCode(), 255);
        QVERIFY(QString::fromUtf8(direct.readAllStandardError())
                    .contains(QLatin1String("Host key verification failed")));
        QVERIFY(!QFileInfo::exists(QDir(filesOf(QStringLiteral("host3"))).filePath(QStringLiteral("marker"))));

        // Confirming the new key replaces the old one.
        QVERIFY2(known.trust(profileOf(m_host3), newFingerprint, &error), qPrintable(error));
        QStringList fingerprints;
        QVERIFY(known.knownFingerprints(profileOf(m_host3), &fingerprints, &error));
        QCOMPARE(fingerprints, QStringList{newFingerprint});
        QVERIFY(three.open().trusted());
    }

    void anAddressWhereNothingListensIsUnreachable()
    {
        HostProfile nowhere;
        nowhere.name = QStringLiteral("node9");
        nowhere.address = QStringLiteral("127.0.0.9");
        nowhere.port = freePort(nowhere.address);
        nowhere.sshConfig = m_sshConfig;
        SshConnection connection(nowhere, knownHosts(QStringLiteral("known-nowhere")));
        QElapsedTimer clock;
        clock.start();
        const SshConnection::Check check = connection.open();
        QVERIFY(clock.elapsed() < 15000);
        QCOMPARE(check.state, SshConnection::HostState::Unreachable);
        QVERIFY2(check.message.contains(QLatin1String("node9"))
                     && check.message.contains(QLatin1String("Connection refused")),
                 qPrintable(check.message));
        QVERIFY(check.sshMessage.contains(QLatin1String("Connection refused")));
        QVERIFY(!connection.isOpen());
    }

    void aKeyThatIsNotAuthorizedFailsToLogIn()
    {
        const QString stranger = m_work.filePath(QStringLiteral("stranger_key"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                      QString(), QStringLiteral("-f"), stranger});
        QVERIFY(keygen.waitForFinished(10000));
        HostProfile profile = profileOf(m_host1);
        profile.identityFile = stranger;
        SshConnection connection(profile, trusting(QStringLiteral("known-stranger"), m_host1));
        QElapsedTimer clock;
        clock.start();
        const SshConnection::Check check = connection.open();
        QVERIFY(clock.elapsed() < 15000); // BatchMode: no password prompt to hang on
        QCOMPARE(check.state, SshConnection::HostState::LoginFailed);
        QVERIFY2(check.message.contains(QLatin1String("host1"))
                     && check.message.contains(QLatin1String("Permission denied")),
                 qPrintable(check.message));
        QVERIFY(!connection.isOpen());
    }

    void commandsShareOneMasterConnection()
    {
        SshConnection two(profileOf(m_host2), trusting(QStringLiteral("known-master"), m_host2));
        const int before = acceptedLogins(*m_host2);
        QVERIFY(two.open().trusted());
        QVERIFY(two.masterRunning());
        for (int i = 0; i < 3; ++i)
            QVERIFY(two.run({QStringLiteral("true")}).succeeded());
        // From several worker threads at once, as steps on different nodes do.
        std::vector<std::thread> workers;
        std::atomic_int answered = 0;
        for (int i = 0; i < 4; ++i) {
            workers.emplace_back([&two, &answered, i] {
                if (two.run({QStringLiteral("echo"), QString::number(i)}).out == QByteArray::number(i) + '\n')
                    ++answered;
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        QCOMPARE(answered.load(), 4);
        QCOMPARE(acceptedLogins(*m_host2), before + 1);

        // What `ssh -O check` says on that socket, asked by hand.
        const QString directory = two.controlDirectory();
        QVERIFY(QFileInfo(directory).isDir());
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(directory).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0700));
        const QStringList sockets = QDir(directory).entryList(QDir::System | QDir::NoDotAndDotDot);
        QCOMPARE(sockets.size(), 1);
        QProcess check;
        check.start(QStringLiteral("ssh"),
                    {QStringLiteral("-S"), QDir(directory).filePath(sockets.first()), QStringLiteral("-O"),
                     QStringLiteral("check"), QStringLiteral("host2")});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0);

        two.close();
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(!two.isOpen());
        QVERIFY(!two.masterRunning());
        QVERIFY(!two.run({QStringLiteral("true")}).succeeded());
    }

    void aDeadLinkIsNoticedInBoundedTime()
    {
        SshConnection::Timeouts quick;
        quick.connectSeconds = 2;
        quick.serverAliveIntervalSeconds = 1;
        quick.serverAliveCountMax = 2;
        SshConnection two(profileOf(m_host2), trusting(QStringLiteral("known-dead"), m_host2), quick);
        QVERIFY(two.open().trusted());
        QVERIFY(two.run({QStringLiteral("true")}).succeeded());
        QElapsedTimer clock;
        {
            const QList<pid_t> host = processesBeside(m_host2->pid());
            QVERIFY(host.size() >= 2); // the listener and the master's session
            const Freeze frozen(host);
            clock.start();
            const auto lost = two.run({QStringLiteral("true")}, {}, 30000);
            QVERIFY(!lost.succeeded());
            QVERIFY2(!lost.timedOut, qPrintable(lost.error)); // ssh gave up by itself
            QCOMPARE(lost.exitCode, 255);
        }
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!two.masterRunning());
        // The host is back: the next command makes a new master.
        const auto back = two.run({QStringLiteral("cat"), QDir(m_mountPoint).filePath(QStringLiteral("who"))});
        QVERIFY2(back.succeeded(), qPrintable(back.error + QString::fromUtf8(back.err)));
        QCOMPARE(back.out, QByteArray("host2\n"));
        QVERIFY(two.masterRunning());
    }

    void stopEndsTheHostAndItsSessions()
    {
        const int address = 5;
        SandboxHost *host4 = makeHost(QStringLiteral("host4"), QStringLiteral("127.0.0.%1").arg(address));
        QVERIFY(host4);
        QString error;
        QVERIFY2(host4->start(&error), qPrintable(error));
        const qint64 pid = host4->pid();
        QVERIFY(pid > 0 && processExists(pid));
        QVERIFY(host4->isRunning());

        // A session that would outlive a listener killed alone.
        SshConnection four(profileOf(host4), trusting(QStringLiteral("known-four"), host4));
        QVERIFY(four.open().trusted());
        const auto started = four.run(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 300 >/dev/null 2>&1 & echo $!")});
        const qint64 sleeper = started.out.trimmed().toLongLong();
        QVERIFY2(sleeper > 0 && processExists(sleeper), started.out.constData());

        QVERIFY2(host4->stop(&error), qPrintable(error));
        QVERIFY(!processExists(pid));
        QVERIFY2(!processExists(sleeper), readFile(QStringLiteral("/proc/%1/status").arg(sleeper)).constData());
        QVERIFY(!host4->isRunning());
        QCOMPARE(host4->pid(), 0);
        QVERIFY(!QFileInfo::exists(host4->pidFilePath()));
        QVERIFY(host4->stop(&error)); // nothing left to stop
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_sshconnection.moc"
