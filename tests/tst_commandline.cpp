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

    void demoRunsHeadlessAndWritesItsLog()
    {
        const Result result = lifeboat({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("runs headless")), qPrintable(result.out));
        const QString logFile = m_home.filePath(QStringLiteral("data/lifeboat/logs/lifeboat.log"));
        QVERIFY2(result.out.contains(logFile), qPrintable(result.out));
        QFile log(logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("[app] info: demo started"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
