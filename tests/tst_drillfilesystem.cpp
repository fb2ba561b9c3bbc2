// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DrillCommands.h"
#include "support/SandboxFixture.h"

#include <restore/RestoredTree.h>
#include <sandbox/SandboxFileSystem.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 19's drills on a sandbox with a file system of its own (--filesystem
// xfs, as root): the reset gives back the nodes and shared storage that live
// on it (quickly: reflinks on the same file system), and the drill where a
// full disk must be dealt with before the restore.
class TestDrillFileSystem : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    DrillCommands commands() const
    {
        return {m_sandbox->runner(), m_sandbox->directory(), m_sandbox->path(QStringLiteral("cluster.json"))};
    }
    CommandResult drill(const QStringList &arguments) const { return commands().drill(arguments); }
    CommandResult run(const QString &scenario, const QStringList &options) const { return commands().run(scenario, options); }
    bool healthy() const { return DrillCommands::nodesHealthy(m_sandbox->profile()); }

    // What the sandbox holds, read through its links into storage/.
    RestoredTree::Digests state() const
    {
        RestoredTree::Digests all;
        for (const QString &part : {QStringLiteral("storage/nodes"), QStringLiteral("storage/shared"), QStringLiteral("db")})
            all.insert(RestoredTree::without(RestoredTree::actual(m_sandbox->path(part)),
                                             {QStringLiteral("**/.lock"), QStringLiteral("**/error.log"), QStringLiteral("**/server.log"),
                                              QStringLiteral("**/revision.log"), QStringLiteral("**/lifeboat.log")}));
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox on a file system of its own needs root (a loop mount).");
        if (const QString why = SandboxFileSystem::whyNot(SandboxFileSystem::Kind::Xfs); !why.isEmpty())
            QSKIP(qPrintable(why));
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--filesystem"), QStringLiteral("xfs"),
                                                                 QStringLiteral("--size-mb"), QStringLiteral("8"),
                                                                 QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
    }

    // The restore refuses a disk without room for what it unpacks, before
    // anything changes; with the crash's heap dump gone it runs.
    void aFullDiskMustBeMadeRoomOnFirst()
    {
        const CommandResult started = drill({QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("disk-full"),
                                             QStringLiteral("--seed"), QStringLiteral("6")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const QString node = DrillCommands::downNode(m_sandbox->profile());
        QVERIFY(!node.isEmpty());
        const QString dumps = QFileInfo(m_sandbox->node(node).repository).absolutePath() + QStringLiteral("/heapdumps");
        QVERIFY(!QDir(dumps).isEmpty());
        const CommandResult refused = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QStringLiteral("[FAIL] Enough free space for the restore")), qPrintable(refused.out));

        // What the trainee does, the JVM team having their copy: the dump goes.
        QVERIFY(QDir(dumps).removeRecursively());
        const CommandResult restored = run(QStringLiteral("restore-node"), {QStringLiteral("--node"), node});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const CommandResult finished = drill({QStringLiteral("finish")});
        QVERIFY2(finished.out.contains(QStringLiteral(": 100 of 100 points")), qPrintable(finished.out));
        QVERIFY(healthy());
    }

    // The nodes and the shared storage live on the sandbox's own file
    // system, behind the links nodes/ and shared/: the reset gives back
    // their contents, not the links.
    void resetGivesBackWhatLivesOnTheSandboxFileSystem()
    {
        const RestoredTree::Digests before = state();
        QVERIFY(before.size() > 50);
        const CommandResult started = drill({QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("authors-lost")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        QVERIFY(state() != before);
        const CommandResult reset = drill({QStringLiteral("reset")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.out + reset.err));
        const QStringList differences = RestoredTree::difference(before, state());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QVERIFY(QFileInfo(m_sandbox->path(QStringLiteral("nodes"))).isSymLink());
        QTRY_VERIFY_WITH_TIMEOUT(healthy(), 30000);
    }
};

QTEST_MAIN(TestDrillFileSystem)
#include "tst_drillfilesystem.moc"
