#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `lifeboat` binary the way a script or a new user would, with
// no display at all.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Result lifeboat(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat"), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionRunsHeadless()
    {
        const Result result = lifeboat({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("lifeboat 0.1.0\n"));
    }

    void helpListsCommandsAndExitCodes()
    {
        const Result result = lifeboat({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Commands:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("  demo ")));
        QVERIFY(result.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(result.out.contains(QStringLiteral(" 64  usage error")));
        QVERIFY(result.out.contains(QStringLiteral("--lang <language>")));
    }

    void unknownCommandIsAUsageError()
    {
        const Result result = lifeboat({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 64);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(QStringLiteral("Unknown command 'frobnicate'")), qPrintable(result.err));
    }

    void noCommandAndNoDisplayExplainsInsteadOfCrashing()
    {
        const Result result = lifeboat({});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains(QStringLiteral("No display found")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("lifeboat demo")));
    }

    void demoToursTheSandboxHeadlessAndStopsIt()
    {
        const Result result = lifeboat({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString sandbox = m_home.filePath(QStringLiteral("data/lifeboat/sandbox"));
        QVERIFY(QFileInfo::exists(sandbox + QStringLiteral("/cluster.json")));
        QVERIFY2(result.out.contains(QStringLiteral("node1 is up")), qPrintable(result.out));
        QVERIFY(result.out.indexOf(QStringLiteral("node1 is up")) < result.out.indexOf(QStringLiteral("node2 is up")));
        QVERIFY(result.out.contains(QStringLiteral("Finished: every step succeeded.")));
        QVERIFY(result.out.contains(QStringLiteral("[cleanup] Leave rolling backup mode")));
        QVERIFY(result.out.indexOf(QStringLiteral("node2 stopped")) < result.out.indexOf(QStringLiteral("node1 stopped")));
        QVERIFY(result.out.contains(QStringLiteral("xvfb-run")));
        QCOMPARE(QDir(sandbox + QStringLiteral("/backups")).entryList({QStringLiteral("*-backup-rolling")}, QDir::Dirs).size(), 1);
        QCOMPARE(QDir(m_home.filePath(QStringLiteral("data/lifeboat/runs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        for (const QString &node : {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("publish1")})
            QVERIFY2(!QFileInfo::exists(sandbox + QStringLiteral("/nodes/%1/crx-repository/.lock").arg(node)), qPrintable(node));

        QFile log(m_home.filePath(QStringLiteral("data/lifeboat/logs/lifeboat.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("[app] info: demo started"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
