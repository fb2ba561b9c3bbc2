// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DrillCommands.h"
#include "support/SandboxFixture.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cluster/RepositoryLock.h>
#include <drills/DrillCatalog.h>
#include <drills/DrillRecord.h>
#include <drills/DrillSession.h>
#include <restore/RestoredTree.h>
#include <scenarios/SharedDataCheck.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 19: training drills. On one real sandbox, every drill of the
// catalog is started through the command line, answered with its model
// answer, and finished: full marks and a healthy sandbox. Then plausible
// wrong answers lose the points the catalog says, with the reason named.
class TestDrills : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    int m_wrongAnswers = 0; // drills finished by aWrongAnswerLosesItsPoints

    DrillCommands commands() const
    {
        return { m_sandbox->runner(), m_sandbox->directory(), m_sandbox->path(QStringLiteral("cluster.json")) };
    }
    CommandResult drill(const QStringList &arguments) const { return commands().drill(arguments); }
    CommandResult run(const QString &scenario, const QStringList &options = {}) const { return commands().run(scenario, options); }

    // The running drill's record, as the trainer's side keeps it.
    DrillRecord current()
    {
        QString home = m_sandbox->runner().environment().value(QStringLiteral("XDG_DATA_HOME"));
        const QDir drills(home + QStringLiteral("/lifeboat/drills"));
        const QStringList files = drills.entryList({ QStringLiteral("current-*.json") }, QDir::Files);
        if (files.size() != 1)
            return {};
        QFile file(drills.filePath(files.first()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return DrillRecord::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }

    // The model answer of `drill`, through the command line.
    CommandResult answer(const Drill &drill, const DrillRecord &record)
    {
        const QString node = record.nodes.value(0);
        if (drill.shutsDownAuthors)
            return m_sandbox->sandbox(QStringLiteral("start")); // the primary first, as the answer says
        if (drill.answer.isEmpty())
            return m_sandbox->backupMode(QStringLiteral("leaveContinuousCoverage"));
        if (drill.firstStep == Drill::FirstStep::InstallServicePack) {
            const CommandResult patched = m_sandbox->sandbox(QStringLiteral("patch"), { QStringLiteral("--node"), node });
            if (patched.exitCode != 0)
                return patched;
        }
        QStringList options{ QStringLiteral("--backup-set"), record.goodSet };
        if (drill.answerForNode)
            options << QStringLiteral("--node") << node;
        return run(drill.answer, options);
    }

    bool healthy() const
    {
        return DrillCommands::nodesHealthy(m_sandbox->profile()) && SharedDataCheck::damage(m_sandbox->profile()).isEmpty();
    }

    // Starts `id`, runs `wrong` (each a scenario with its options, the node
    // written as {node} and the sets as {good} and {damaged}; or "sandbox"
    // and its action, for what a trainee does by hand), then the model
    // answer, and finishes: the score and the debrief.
    CommandResult drillWith(const QString &id, quint32 seed, const QList<QStringList> &wrong)
    {
        const CommandResult started = drill({ QStringLiteral("start"), QStringLiteral("--drill"), id, QStringLiteral("--seed"),
            QString::number(seed) });
        if (started.exitCode != 0)
            return started;
        const DrillRecord record = current();
        for (QStringList step : wrong) {
            for (QString &word : step)
                word.replace(QLatin1String("{node}"), record.nodes.value(0))
                    .replace(QLatin1String("{good}"), record.goodSet)
                    .replace(QLatin1String("{damaged}"), record.damagedSet);
            if (step.first() == QLatin1String("sandbox"))
                m_sandbox->sandbox(step.at(1), step.mid(2));
            else if (step.first() == QLatin1String("quarantine"))
                m_sandbox->runner().lifeboat(step + QStringList{ QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("--yes") });
            else
                run(step.takeFirst(), step);
        }
        const CommandResult answered = answer(*DrillCatalog::find(id), record);
        if (answered.exitCode != 0)
            return answered;
        return drill({ QStringLiteral("finish") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{ QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
    }

    // A test that failed half-way leaves no drill running for the next.
    void cleanup()
    {
        if (!current().drillId.isEmpty()) {
            m_sandbox->sandbox(QStringLiteral("start"));
            drill({ QStringLiteral("finish") });
        }
    }

    void theCatalogHasTenDrillsWithStoriesThatNameNoFault()
    {
        QVERIFY(DrillCatalog::all().size() >= 10);
        for (const Drill &drill : DrillCatalog::all()) {
            QVERIFY(!drill.storyText().isEmpty());
            for (const Drill::Fault &fault : drill.faults)
                QVERIFY2(!drill.storyText().contains(fault.name), qPrintable(drill.id));
        }
        const CommandResult listed = m_sandbox->runner().lifeboat({ QStringLiteral("drill"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count(u'\n'), DrillCatalog::all().size());
    }

    void theModelAnswerGetsFullMarks_data()
    {
        QTest::addColumn<QString>("id");
        for (const Drill &drill : DrillCatalog::all()) {
            if (!drill.needsHosts && !drill.needsFileSystem) // tst_drillhosts and tst_drillfilesystem, as root
                QTest::newRow(qPrintable(drill.id)) << drill.id;
        }
    }

    // A drill that needs hosts is refused on a sandbox of one machine before
    // anything is backed up or broken.
    void aDrillThatNeedsHostsIsRefusedOnOneMachine()
    {
        const QStringList setsBefore = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const CommandResult refused = drill({ QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("host-unreachable") });
        QCOMPARE(refused.exitCode, 64);
        QVERIFY2(refused.err.contains(QStringLiteral("--hosts")), qPrintable(refused.err));
        QVERIFY(current().drillId.isEmpty());
        QCOMPARE(QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot), setsBefore);
        QVERIFY(healthy());
        // --random never picks it here.
        for (quint32 seed = 0; seed < 200; ++seed)
            QVERIFY(!DrillSession(m_sandbox->profile()).pick(seed).needsHosts);
    }

    void theModelAnswerGetsFullMarks()
    {
        QFETCH(QString, id);
        const CommandResult finished = drillWith(id, 11, {});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.out + finished.err));
        QVERIFY2(finished.out.contains(QStringLiteral(": 100 of 100 points")), qPrintable(finished.out));
        QVERIFY(healthy());
        // The trainer's side keeps nothing running once it is finished.
        QVERIFY(current().drillId.isEmpty());
    }

    // Plausible wrong answers cost what the catalog says, with the reason.
    void aWrongAnswerLosesItsPoints_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<QStringList>>("wrong");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("reason");
        QTest::newRow("the whole cluster for one node")
            << QStringLiteral("secondary-corrupt")
            << QList<QStringList>{ { QStringLiteral("restore-cluster"), QStringLiteral("--backup-set"), QStringLiteral("{good}") } }
            << 80
            << QStringLiteral("a recovery wider than needed");
        QTest::newRow("the damaged set first")
            << QStringLiteral("newest-set-damaged")
            << QList<QStringList>{ { QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("{node}"),
                   QStringLiteral("--backup-set"), QStringLiteral("{damaged}") } }
            << 80 << QStringLiteral("a restore from the damaged backup set");
        QTest::newRow("a restore for a stale lock")
            << QStringLiteral("stale-lock")
            << QList<QStringList>{ { QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("{node}"),
                   QStringLiteral("--repository"), QStringLiteral("--backup-set"), QStringLiteral("{good}") } }
            << 80 << QStringLiteral("a restore of a repository that was intact");
        QTest::newRow("a restore for a backup left half-way")
            << QStringLiteral("rolling-mode-left")
            << QList<QStringList>{ { QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"),
                   QStringLiteral("--backup-set"), QStringLiteral("{good}") } }
            << 60 << QStringLiteral("a restore of a repository that was intact");
        QTest::newRow("every publish node for one")
            << QStringLiteral("publish-lost")
            << QList<QStringList>{ { QStringLiteral("recover-publish-cluster"), QStringLiteral("--backup-set"), QStringLiteral("{good}") } }
            << 80
            << QStringLiteral("a recovery wider than needed");
        QTest::newRow("the quarantine purged at once")
            << QStringLiteral("secondary-corrupt")
            << QList<QStringList>{ { QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("{node}"),
                                       QStringLiteral("--backup-set"), QStringLiteral("{good}") },
                   { QStringLiteral("quarantine"), QStringLiteral("purge"), QStringLiteral("--all") } }
            << 90 << QStringLiteral("the quarantine of a restore purged");
        QTest::newRow("a secondary started first by hand")
            << QStringLiteral("authors-shut-down")
            << QList<QStringList>{ { QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--node"), QStringLiteral("node2") } }
            << 90 << QStringLiteral("a secondary started while the primary was down");
    }

    void aWrongAnswerLosesItsPoints()
    {
        QFETCH(QString, id);
        QFETCH(QList<QStringList>, wrong);
        QFETCH(int, score);
        QFETCH(QString, reason);
        const CommandResult finished = drillWith(id, 5, wrong);
        ++m_wrongAnswers;
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.out + finished.err));
        QVERIFY2(finished.out.contains(QStringLiteral(": %1 of 100 points").arg(score)), qPrintable(finished.out));
        QVERIFY2(finished.out.contains(reason, Qt::CaseInsensitive), qPrintable(finished.out));
        QVERIFY2(finished.out.contains(QStringLiteral("Model answer: ")), qPrintable(finished.out));
        QVERIFY(healthy());
        // The debrief names the mistake beside the trainee's runs, with their timelines.
        const qsizetype at = finished.out.indexOf(QLatin1String("Debrief: "));
        QVERIFY(at >= 0);
        const QString html = finished.out.mid(at + 9).section(u' ', 0, 0);
        QFile debrief(html);
        QVERIFY2(debrief.open(QIODevice::ReadOnly), qPrintable(html));
        const QString text = QString::fromUtf8(debrief.readAll());
        QVERIFY(text.contains(reason, Qt::CaseInsensitive));
        // One timeline per run: the wrong ones, and the model answer's where it is a run.
        const bool answerIsARun = !DrillCatalog::find(id)->answer.isEmpty();
        const auto runs = std::count_if(wrong.cbegin(), wrong.cend(), [](const QStringList &step) {
            return step.first() != QLatin1String("sandbox") && step.first() != QLatin1String("quarantine");
        });
        QCOMPARE(text.count(QLatin1String("<img src=\"data:image/png;base64,")), runs + (answerIsARun ? 1 : 0));
        QVERIFY(QFileInfo(html.chopped(5) + QStringLiteral(".pdf")).size() > 1000);
    }

    // Reset gives back the sandbox as it was before the faults, and mends
    // the set the drill damaged.
    void resetGivesBackThePreDrillSandbox()
    {
        const auto state = [this] {
            RestoredTree::Digests all;
            for (const QString &part : { QStringLiteral("nodes"), QStringLiteral("shared"), QStringLiteral("db") })
                all.insert(RestoredTree::without(RestoredTree::actual(m_sandbox->path(part)),
                    { QStringLiteral("**/.lock"), QStringLiteral("**/error.log"), QStringLiteral("**/server.log"),
                        QStringLiteral("**/revision.log"), QStringLiteral("**/lifeboat.log") }));
            return all;
        };
        const RestoredTree::Digests before = state();
        QVERIFY(before.size() > 50);
        QCOMPARE(drill({ QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("newest-set-damaged") }).exitCode, 0);
        const DrillRecord record = current();
        QVERIFY(!record.damagedSet.isEmpty());
        QVERIFY(state() != before);
        const CommandResult reset = drill({ QStringLiteral("reset") });
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.out + reset.err));
        const QStringList differences = RestoredTree::difference(before, state());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QVERIFY(healthy());
        QVERIFY(current().drillId.isEmpty());
        const CommandResult verified = m_sandbox->runner().lifeboat({ QStringLiteral("verify"),
            QDir(m_sandbox->profile().backupRoot).filePath(record.damagedSet) });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out));
    }

    // A node rebuilt from an older image is refused before anything changes,
    // and the refusal says what to do on the sandbox.
    void aNodeAtAnotherPatchLevelIsRefused()
    {
        const CommandResult started = drill({ QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("old-image"),
            QStringLiteral("--seed"), QStringLiteral("2") });
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const DrillRecord record = current();
        const NodeProfile &node = m_sandbox->node(record.nodes.value(0));
        const CommandResult refused = run(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), node.name, QStringLiteral("--backup-set"), record.goodSet });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(QStringLiteral("is at \"AEM Forms on JEE 6.5.20.0\"")), qPrintable(refused.out));
        QVERIFY2(refused.out.contains(QStringLiteral("lifeboat sandbox patch %1 --node %2").arg(m_sandbox->directory(), node.name)),
            qPrintable(refused.out));
        QVERIFY(!QFileInfo::exists(node.repository + QStringLiteral("/repository"))); // nothing restored
        const CommandResult answered = answer(*DrillCatalog::find(QStringLiteral("old-image")), record);
        QVERIFY2(answered.exitCode == 0, qPrintable(answered.out + answered.err));
        const CommandResult finished = drill({ QStringLiteral("finish") });
        QVERIFY2(finished.out.contains(QStringLiteral(": 100 of 100 points")), qPrintable(finished.out)); // a refusal costs nothing
        ++m_wrongAnswers; // one more drill in the history
    }

    // A node that answers late when the drill ends was still recovered: the
    // judge asks it again before it counts as down (on a loaded machine a
    // JVM can miss one probe, and the trainee lost 20 points for nothing).
    void aNodeSlowToAnswerAtTheEndCountsAsUp()
    {
        QCOMPARE(drill({ QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("secondary-corrupt"),
                     QStringLiteral("--seed"), QStringLiteral("3") }).exitCode, 0);
        const DrillRecord record = current();
        const CommandResult answered = answer(*DrillCatalog::find(QStringLiteral("secondary-corrupt")), record);
        QVERIFY2(answered.exitCode == 0, qPrintable(answered.out + answered.err));
        // node3 stops answering for eight seconds, longer than a probe waits.
        const qint64 pid = RepositoryLock::inspect(m_sandbox->node(QStringLiteral("node3")).repository).pid;
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid_t(pid), SIGSTOP) == 0);
        QVERIFY(QProcess::startDetached(QStringLiteral("sh"),
                                        { QStringLiteral("-c"), QStringLiteral("sleep 8; kill -CONT %1").arg(pid) }));
        const CommandResult finished = drill({ QStringLiteral("finish") });
        ::kill(pid_t(pid), SIGCONT);
        ++m_wrongAnswers; // one more drill in the history
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.out + finished.err));
        QVERIFY2(finished.out.contains(QStringLiteral(": 100 of 100 points")), qPrintable(finished.out));
        QVERIFY(healthy());
    }

    void theHistoryListsEveryFinishedDrill()
    {
        const CommandResult history = m_sandbox->runner().lifeboat({ QStringLiteral("drill"), QStringLiteral("history") });
        QCOMPARE(history.exitCode, 0);
        // One for each model answer and each wrong answer above.
        const auto runnable = std::count_if(DrillCatalog::all().cbegin(), DrillCatalog::all().cend(),
                                            [](const Drill &drill) { return !drill.needsHosts && !drill.needsFileSystem; });
        QCOMPARE(history.out.count(u'\n'), runnable + m_wrongAnswers);
        QVERIFY(history.out.contains(QStringLiteral("100/100")));
    }

    void aSecondDrillOnTheSameSandboxIsRefused()
    {
        QCOMPARE(drill({ QStringLiteral("start"), QStringLiteral("--drill"), QStringLiteral("stale-lock") }).exitCode, 0);
        const CommandResult second = drill({ QStringLiteral("start"), QStringLiteral("--random") });
        QCOMPARE(second.exitCode, 64);
        QVERIFY(second.err.contains(QLatin1String("A drill is already running")));
        QCOMPARE(answer(*DrillCatalog::find(QStringLiteral("stale-lock")), current()).exitCode, 0);
        QCOMPARE(drill({ QStringLiteral("finish") }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDrills)

#include "tst_drills.moc"
