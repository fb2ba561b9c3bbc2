// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <cluster/NodeController.h>
#include <restore/RestoredTree.h>
#include <run/Plan.h>
#include <steps/SandboxPlanStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {
// An inner step that fails, as a broken restore step on the sandbox would.
class FailingStep final : public Step
{
public:
    QString kind() const override { return QStringLiteral("test-failing"); }
    QString title() const override { return QStringLiteral("Fail on purpose"); }
    ChangeList preview(const StepContext &) const override { return {}; }
    bool run(StepContext &context) override { return context.fail(QStringLiteral("failed on purpose")); }
};
} // namespace

// rehearse-restore on a set made by each backup strategy: the set comes back
// in a fresh sandbox copy of the recorded topology, which starts and passes
// the rehearsal's checks, with the restore timed; production is not touched.
class TestRehearsal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_rehearsals;
    std::unique_ptr<SandboxFixture> m_sandbox;

    CommandResult run(const QString &scenario, const QStringList &options = {})
    {
        return m_sandbox->runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
                                                        QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                                                        QStringLiteral("--yes")}
                                            + options);
    }

    QStringList sets() const
    {
        return QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    RestoredTree::Digests production() const
    {
        RestoredTree::Digests state;
        for (const NodeProfile &node : m_sandbox->profile().nodes) {
            const auto files = RestoredTree::without(RestoredTree::actual(node.repository), {QStringLiteral(".lock"), QStringLiteral("logs/")});
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                state.insert(node.name + u'/' + it.key(), it.value());
        }
        return state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{QStringLiteral("--size-mb"), QStringLiteral("3"),
                                                                 QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
    }

    void aSetOfEachStrategyRestoresIntoASandboxCopy_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("restoredPart");
        QTest::newRow("offline") << "backup-offline" << QStringList() << "Unpack the backup of node1's repository";
        QTest::newRow("rolling") << "backup-rolling" << QStringList() << "Unpack the backup of node1's repository";
        QTest::newRow("online to a directory") << "backup-online" << QStringList{QStringLiteral("--target"), QStringLiteral("dir"), QStringLiteral("--delay"), QStringLiteral("0")}
                                               << "Unpack the backup of node1's repository";
        QTest::newRow("online to a zip") << "backup-online" << QStringList{QStringLiteral("--target"), QStringLiteral("zip"), QStringLiteral("--delay"), QStringLiteral("0")}
                                         << "Unzip the zipped online backup of node1's repository";
        QTest::newRow("bootstrap") << "backup-bootstrap" << QStringList() << "Restore the bootstrap properties of node2";
        QTest::newRow("publish") << "backup-publish" << QStringList() << "Unpack the backup of publish1's repository";
    }

    void aSetOfEachStrategyRestoresIntoASandboxCopy()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, options);
        QFETCH(QString, restoredPart);
        const QStringList before = sets();
        const CommandResult backup = run(strategy, options);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QStringList made = sets();
        for (const QString &set : before)
            made.removeOne(set);
        QCOMPARE(made.size(), 1);

        const RestoredTree::Digests untouched = production();
        const QString into = m_rehearsals.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const CommandResult rehearsal = run(QStringLiteral("rehearse-restore"), {QStringLiteral("--backup-set"), made.first(), QStringLiteral("--into"), into});
        QVERIFY2(rehearsal.exitCode == 0, qPrintable(rehearsal.out + rehearsal.err));
        QVERIFY2(rehearsal.err.isEmpty() || !rehearsal.err.contains(QStringLiteral("FAILED")), qPrintable(rehearsal.err));
        QVERIFY2(rehearsal.out.contains(QStringLiteral("Check the rehearsal cluster")), qPrintable(rehearsal.out));
        // The inner steps' log lines reach the run's log.
        QDir runs(m_runs.path());
        const QString newest = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
        QFile log(runs.filePath(newest + QStringLiteral("/run.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString lines = QString::fromUtf8(log.readAll());
        QVERIFY2(lines.contains(restoredPart), qPrintable(lines.right(3000)));
        QVERIFY(lines.contains(QStringLiteral("The restore took")));
        QVERIFY(lines.contains(QStringLiteral("every repository equals the set")));
        // The copy is stopped at the end, and production is as it was.
        QString error;
        const auto copy = ClusterProfile::load(into + QStringLiteral("/cluster.json"), &error);
        QVERIFY2(copy, qPrintable(error));
        for (const NodeStatus &status : NodeController(*copy).statusOfAll())
            QVERIFY2(!status.running, qPrintable(status.name));
        for (const NodeStatus &status : NodeController(m_sandbox->profile()).statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name));
        QCOMPARE(production(), untouched);
    }

    void aFailedInnerStepStillRunsTheInnerPlansCleanup()
    {
        // The inner plan stops a node, which arms starting it again, then
        // fails: as in any run, the armed cleanup starts the node again.
        const QString node = QStringLiteral("publish1");
        SandboxPlanStep step(QStringLiteral("inner plan"), m_sandbox->directory(),
                             [node](const ClusterProfile &) {
                                 auto plan = std::make_unique<Plan>(QStringLiteral("rehearse-restore"), QVariantMap());
                                 plan->add(std::make_unique<StopNodesStep>(QStringList{node}));
                                 plan->addCleanup(std::make_unique<StartNodesStep>(QStringList{node}));
                                 plan->add(std::make_unique<FailingStep>());
                                 return plan;
                             },
                             false);
        QTemporaryDir runDirectory;
        const NodeController nodes(m_sandbox->profile());
        const QVariantMap options;
        StepContext context(m_sandbox->profile(), nodes, options, runDirectory.path());
        QVERIFY(!step.run(context));
        QVERIFY2(context.errorString().contains(QStringLiteral("On the sandbox, \"Fail on purpose\" failed: failed on purpose")),
                 qPrintable(context.errorString()));
        const bool running = nodes.status(m_sandbox->node(node)).running;
        if (!running)
            (void)nodes.start(m_sandbox->node(node)); // the fixture's cluster stays as the other tests found it
        QVERIFY2(running, qPrintable(context.logLines().join(u'\n')));
        QVERIFY2(context.logLines().contains(QStringLiteral("Cleaning up on the sandbox: Start publish1")),
                 qPrintable(context.logLines().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
