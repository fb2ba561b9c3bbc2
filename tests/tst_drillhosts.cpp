// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DrillCommands.h"
#include "support/HostsSandbox.h"

#include <restore/RestoredTree.h>

#include <QDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 19's drills on a sandbox whose nodes have hosts of their own (root):
// a host that cannot be reached (bring it back, restore nothing), and a
// reset that gives back every host's files as they were before the drill.
class TestDrillHosts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostsSandbox> m_hosts;

    DrillCommands commands() const { return {m_hosts->runner(), m_hosts->directory(), m_hosts->profilePath()}; }
    CommandResult drill(const QStringList &arguments) const { return commands().drill(arguments); }
    CommandResult run(const QString &scenario, const QStringList &options) const { return commands().run(scenario, options); }
    QString downNode() const { return DrillCommands::downNode(m_hosts->profile()); }
    bool healthy() const { return DrillCommands::nodesHealthy(m_hosts->profile()); }

    RestoredTree::Digests state() const
    {
        RestoredTree::Digests all;
        for (const QString &part : {QStringLiteral("hosts"), QStringLiteral("db")})
            all.insert(RestoredTree::without(RestoredTree::actual(m_hosts->path(part)),
                                             {QStringLiteral("**/.lock"), QStringLiteral("**/error.log"), QStringLiteral("**/server.log"),
                                              QStringLiteral("**/revision.log"), QStringLiteral("**/lifeboat.log")}));
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_hosts = std::make_unique<HostsSandbox>();
        QVERIFY(m_hosts->watched());
        const CommandResult started = m_hosts->createStarted({QStringLiteral("--nodes"), QStringLiteral("3"), QStringLiteral("--publish"), QStringLiteral("1"),
                                                              QStringLiteral("--size-mb"), QStringLiteral("3"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

    void cleanupTestCase()
    {
        m_hosts.reset();
    }

    // The model answer: no restore (each is refused while the host is away),
    // the host brought back.
    void anUnreachableHostIsBroughtBackNotRestored()
    {
        const CommandResult started = drill({QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("host-unreachable"),
                                             QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        QVERIFY(!started.out.contains(QStringLiteral("host-down"))); // the story, not the fault
        const QString node = downNode();
        QVERIFY(!node.isEmpty());
        QVERIFY(m_hosts->sshdPid(node) == 0);
        const CommandResult refused = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(node), qPrintable(refused.out));

        QCOMPARE(m_hosts->sandbox(QStringLiteral("start")).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(), 30000);
        const CommandResult finished = drill({QStringLiteral("finish")});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.out + finished.err));
        QVERIFY2(finished.out.contains(QStringLiteral(": 100 of 100 points")), qPrintable(finished.out));
    }

    // Restoring a node whose only trouble was its host throws its newer data away.
    void aRestoreAfterTheHostIsBackLosesPoints()
    {
        QCOMPARE(drill({QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("host-unreachable"), QStringLiteral("--seed"),
                        QStringLiteral("4")})
                     .exitCode,
                 0);
        const QString node = downNode();
        QCOMPARE(m_hosts->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node, QStringLiteral("--repository")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const CommandResult finished = drill({QStringLiteral("finish")});
        // Both the data (replaced) and the procedure (a needless restore) lose their 20 points.
        QVERIFY2(finished.out.contains(QStringLiteral(": 60 of 100 points")), qPrintable(finished.out));
        QVERIFY2(finished.out.contains(QStringLiteral("a restore of a repository that was intact"), Qt::CaseInsensitive),
                 qPrintable(finished.out));
        QVERIFY(healthy());
    }

    // Every host's files as before the drill, the hosts and nodes running.
    void resetGivesBackEveryHostsFiles()
    {
        const RestoredTree::Digests before = state();
        QVERIFY(before.size() > 50);
        const CommandResult started = drill({QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("secondary-corrupt")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        QVERIFY(state() != before);
        const CommandResult reset = drill({QStringLiteral("reset")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.out + reset.err));
        const QStringList differences = RestoredTree::difference(before, state());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(healthy(), 30000);
        // What the drill left was moved aside, not deleted.
        QVERIFY(!QDir(m_hosts->path(QStringLiteral(".lifeboat-drill")))
                     .entryList({QStringLiteral("left-by-secondary-corrupt-*")}, QDir::Dirs)
                     .isEmpty());
    }
};

QTEST_MAIN(TestDrillHosts)
#include "tst_drillhosts.moc"
