// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <support/DataPaths.h>
#include <logging/LogForwarder.h>
#include <logging/Logging.h>
#include <profile/ClusterProfile.h>
#include <run/Plan.h>
#include <run/Runner.h>
#include <scenarios/ScenarioIds.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Lifeboat;

namespace {

// A step that only says something.
class SayingStep final : public Step
{
public:
    explicit SayingStep(QString words)
        : m_words(std::move(words))
    {
    }
    QString kind() const override { return QStringLiteral("test-say"); }
    QString title() const override { return QStringLiteral("say"); }
    ChangeList preview(const StepContext &) const override { return {}; }
    bool run(StepContext &context) override
    {
        context.info(m_words);
        return true;
    }

private:
    QString m_words;
};

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private:
    static QString readAll(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(DataPaths::dataDirectory()).removeRecursively();
    }

    void writesToTheFileItNames()
    {
        Logging::start({});
        const QString expected = QDir(DataPaths::logDirectory()).filePath(QStringLiteral("lifeboat.log"));
        QCOMPARE(Logging::logFilePath(), expected);
        QVERIFY(expected.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));

        auto logger = Logging::logger("engine.test");
        logger->info("hello {}", 42);
        logger->flush();
        QVERIFY2(readAll(expected).contains(QStringLiteral("[engine.test] info: hello 42")), qPrintable(readAll(expected)));
    }

    void everySubsystemWritesToTheSameFile()
    {
        const QTemporaryDir dir;
        auto early = Logging::logger("engine.early"); // asked for before start()
        Logging::start({.directory = dir.path(), .console = false, .level = spdlog::level::info});
        early->warn("from early");
        auto late = Logging::logger("ui");
        late->error("from ui");
        late->flush();
        early->flush();

        const QString text = readAll(dir.filePath(QStringLiteral("lifeboat.log")));
        QVERIFY2(text.contains(QStringLiteral("[engine.early] warning: from early")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[ui] error: from ui")), qPrintable(text));
    }

    void levelBelowThresholdIsNotWritten()
    {
        const QTemporaryDir dir;
        Logging::start({.directory = dir.path(), .console = false, .level = spdlog::level::warn});
        auto logger = Logging::logger("engine.quiet");
        logger->info("not this");
        logger->warn("but this");
        logger->flush();
        const QString text = readAll(dir.filePath(QStringLiteral("lifeboat.log")));
        QVERIFY(!text.contains(QStringLiteral("not this")));
        QVERIFY(text.contains(QStringLiteral("but this")));
    }

    void recordsFromWorkerThreadsArriveInTheReceiversThread()
    {
        const QTemporaryDir dir;
        Logging::start({.directory = dir.path(), .console = false, .level = spdlog::level::info});
        QObject receiver;
        QThread *arrivedIn = nullptr;
        QList<LogRecord> records;
        connect(Logging::forwarder(), &LogForwarder::recordWritten, &receiver,
                [&](const LogRecord &record) {
                    arrivedIn = QThread::currentThread();
                    records.append(record);
                },
                Qt::QueuedConnection);
        QSignalSpy spy(Logging::forwarder(), &LogForwarder::recordWritten);

        std::thread worker([] { Logging::logger("engine.worker")->error("disk {} is full", "/backup"); });
        worker.join();
        QTRY_COMPARE(records.size(), 1);

        QCOMPARE(spy.size(), 1);
        QCOMPARE(arrivedIn, QThread::currentThread());
        QCOMPARE(records.first().logger, QStringLiteral("engine.worker"));
        QCOMPARE(records.first().message, QStringLiteral("disk /backup is full"));
        QCOMPARE(records.first().level, LogRecord::Level::Error);
    }

    // A run's step lines are recorded under the subsystem of what the run
    // does, not all under engine.run.
    void stepLinesGoUnderTheSubsystemOfTheRunsScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("logger");
        QTest::newRow("backup") << QString(ScenarioIds::backupOffline) << QStringLiteral("engine.backup");
        QTest::newRow("restore") << QString(ScenarioIds::restoreNode) << QStringLiteral("engine.restore");
        QTest::newRow("publish recovery") << QString(ScenarioIds::recoverPublishCluster) << QStringLiteral("engine.restore");
        QTest::newRow("rollback") << QString(ScenarioIds::rollbackRestore) << QStringLiteral("engine.restore");
        QTest::newRow("rehearsal") << QString(ScenarioIds::rehearseRestore) << QStringLiteral("engine.rehearsal");
        QTest::newRow("unknown") << QStringLiteral("no-such-scenario") << QStringLiteral("engine.run");
    }

    void stepLinesGoUnderTheSubsystemOfTheRunsScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, logger);
        const QTemporaryDir logs;
        const QTemporaryDir runs;
        Logging::start({.directory = logs.path(), .console = false, .level = spdlog::level::info});
        ClusterProfile profile;
        profile.name = QStringLiteral("logging");
        auto plan = std::make_unique<Plan>(scenario, QVariantMap());
        const QString words = QStringLiteral("a step of %1 says hello").arg(scenario);
        plan->add(std::make_unique<SayingStep>(words));
        Runner runner(profile, std::move(plan), nullptr);
        QVERIFY2(runner.begin(runs.path()), qPrintable(runner.errorString()));
        QSignalSpy logged(&runner, &Runner::logged);
        runner.runHere();
        QCOMPARE(runner.outcome(), Runner::Outcome::Succeeded);
        Logging::logger(logger.toStdString())->flush();

        const QString text = readAll(logs.filePath(QStringLiteral("lifeboat.log")));
        QVERIFY2(text.contains(QStringLiteral("[%1] info: %2").arg(logger, words)), qPrintable(text));
        QCOMPARE(text.count(words), 1);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().first().value<LogRecord>().logger, logger);
    }

    // A log that cannot be written stops nothing: the program goes on and
    // says why on the console.
    void aLogFileThatCannotBeWrittenStopsNothing()
    {
        QTemporaryDir home;
        QFile blocker(home.filePath(QStringLiteral(".local")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the log's folders would go
        blocker.close();
        const QStringList environment = QProcess::systemEnvironment().filter(QRegularExpression(QStringLiteral("^(?!HOME=|XDG_)")))
            + QStringList{QStringLiteral("HOME=") + home.path()};
        QProcess lifeboat;
        lifeboat.setEnvironment(environment);
        lifeboat.start(QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat"), {QStringLiteral("runs")});
        QVERIFY(lifeboat.waitForFinished(30000));
        const QString err = QString::fromUtf8(lifeboat.readAllStandardError());
        QCOMPARE(lifeboat.exitStatus(), QProcess::NormalExit);
        QVERIFY2(lifeboat.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Cannot write the log file %1/.local/share/lifeboat/logs/lifeboat.log").arg(home.path())),
                 qPrintable(err));
    }

    void cleanupTestCase() { Logging::stop(); }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
