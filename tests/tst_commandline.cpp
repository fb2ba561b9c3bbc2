// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    Result run(const QString &program, const QStringList &arguments, const QHash<QString, QString> &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LIFEBOAT_LANG"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LIFEBOAT_BIN_DIR "/") + program, arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Result lifeboat(const QStringList &arguments) { return run(QStringLiteral("lifeboat"), arguments); }

    static void writeJournal(const QString &runDirectory, const QList<QJsonObject> &entries)
    {
        QVERIFY(QDir().mkpath(runDirectory));
        QFile journal(runDirectory + QStringLiteral("/journal.jsonl"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        for (const QJsonObject &entry : entries)
            journal.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
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

    // `lifeboat profile check FILE`: every problem at once, one per line as
    // FILE:LINE:COLUMN: key path: message, exit 64; a valid profile, exit 0.
    void profileCheckListsEveryProblem()
    {
        const QString directory = m_home.filePath(QStringLiteral("profiles"));
        QVERIFY(QDir().mkpath(directory));
        const QString typos = directory + QStringLiteral("/typos.json");
        QVERIFY(QFile::copy(QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/data/profiles/typos.json"), typos));
        QFile secrets(directory + QStringLiteral("/secrets.json"));
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        secrets.write("{\"aem-admin\": \"s3cret\"}");
        secrets.close();
        QVERIFY(secrets.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

        const Result bad = lifeboat({QStringLiteral("profile"), QStringLiteral("check"), typos});
        QCOMPARE(bad.exitCode, 64);
        QCOMPARE(bad.out, QString());
        const QStringList lines = bad.err.split(u'\n', Qt::SkipEmptyParts);
        QStringList places;
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(typos + u':'), qPrintable(line));
            places.append(line.mid(typos.size() + 1).section(QStringLiteral(": "), 0, 1));
        }
        QCOMPARE(places, QStringList({
                             QStringLiteral("3:5: appServer"), QStringLiteral("5:5: backupRot"),
                             QStringLiteral("12:13: nodes[0].bootstrapProperty"), QStringLiteral("13:54: nodes[0].http.password"),
                             QStringLiteral("14:63: nodes[0].control.start[2]"), QStringLiteral("14:75: nodes[0].control.timeoutSeconds"),
                             QStringLiteral("17:13: nodes[1].name"), QStringLiteral("19:13: nodes[1].repository"),
                             QStringLiteral("21:9: nodes[2].repository"), QStringLiteral("26:56: databases[0].port"),
                             QStringLiteral("27:46: backupMode.leaveRolling[1]"), QStringLiteral("27:79: backupMode.port"),
                         }));
        QCOMPARE(lines.at(2), typos + QStringLiteral(":12:13: nodes[0].bootstrapProperty: Unknown key. Did you mean \"bootstrapProperties\"?"));

        // What `lifeboat sandbox create` writes is valid: five nodes, all on this machine.
        const QString sandbox = m_home.filePath(QStringLiteral("check-sandbox"));
        const Result created = lifeboat({QStringLiteral("sandbox"), QStringLiteral("create"), sandbox, QStringLiteral("--size-mb"),
                                         QStringLiteral("1"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        const QString profile = sandbox + QStringLiteral("/cluster.json");
        const Result good = lifeboat({QStringLiteral("profile"), QStringLiteral("check"), profile});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(good.err, QString());
        QCOMPARE(good.out, QStringLiteral("The profile %1 is valid: 5 node(s) on 1 host(s) (cluster \"sandbox-check-sandbox\").\n").arg(profile));

        const Result usage = lifeboat({QStringLiteral("profile"), QStringLiteral("chek"), profile});
        QCOMPARE(usage.exitCode, 64);
        QVERIFY2(usage.err.contains(QStringLiteral("lifeboat profile check FILE")), qPrintable(usage.err));
        const Result help = lifeboat({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("  profile ")), qPrintable(help.out));
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

    // The states in `lifeboat runs` are words of the language asked for;
    // --json keeps the journal's English keys.
    void runStatesInGermanJsonInEnglish()
    {
        QTemporaryDir runs;
        QVERIFY(runs.isValid());
        const QJsonObject start{{QStringLiteral("type"), QStringLiteral("run")},
                                {QStringLiteral("scenario"), QStringLiteral("backup-offline")},
                                {QStringLiteral("cluster"), QStringLiteral("sandbox")},
                                {QStringLiteral("time"), QStringLiteral("2025-03-01T10:00:00.000Z")}};
        const QJsonObject end{{QStringLiteral("type"), QStringLiteral("run-end")}, {QStringLiteral("result"), QStringLiteral("failed")},
                              {QStringLiteral("time"), QStringLiteral("2025-03-01T10:05:00.000Z")}};
        writeJournal(runs.filePath(QStringLiteral("run-a")), {start});
        writeJournal(runs.filePath(QStringLiteral("run-b")), {start, end});

        const QStringList arguments{QStringLiteral("runs"), QStringLiteral("--report-dir"), runs.path()};
        const Result german = lifeboat(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + arguments);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("unterbrochen")) && german.out.contains(QStringLiteral("fehlgeschlagen")),
                 qPrintable(german.out));
        QVERIFY2(!german.out.contains(QStringLiteral("interrupted")) && !german.out.contains(QStringLiteral("failed")),
                 qPrintable(german.out));

        const Result json = lifeboat(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + arguments
                                     + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QStringList states;
        for (const QJsonValue &run : QJsonDocument::fromJson(json.out.toUtf8()).array())
            states << run.toObject().value(QLatin1String("state")).toString();
        QCOMPARE(states, (QStringList{QStringLiteral("failed"), QStringLiteral("interrupted")}));
    }

    // `sandbox status` shows roles and states in German, --json stays English,
    // and lifeboat-node, started by `lifeboat --lang de`, answers in German too.
    void sandboxAndNodeInGerman()
    {
        const QString sandbox = m_home.filePath(QStringLiteral("german-sandbox"));
        const Result created = lifeboat({QStringLiteral("sandbox"), QStringLiteral("create"), sandbox, QStringLiteral("--nodes"),
                                         QStringLiteral("2"), QStringLiteral("--publish"), QStringLiteral("1"),
                                         QStringLiteral("--size-mb"), QStringLiteral("1")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));

        const QStringList german{QStringLiteral("--lang"), QStringLiteral("de")};
        const Result status = lifeboat(german + QStringList{QStringLiteral("sandbox"), QStringLiteral("status"), sandbox});
        QCOMPARE(status.exitCode, 0);
        for (const QString &word : {QStringLiteral("KNOTEN"), QStringLiteral("primär"), QStringLiteral("sekundär"),
                                    QStringLiteral("Veröffentlichung"), QStringLiteral("gestoppt")})
            QVERIFY2(status.out.contains(word), qPrintable(word + u'\n' + status.out));
        for (const QString &word : {QStringLiteral(" primary "), QStringLiteral(" secondary "), QStringLiteral(" publish "),
                                    QStringLiteral("stopped")})
            QVERIFY2(!status.out.contains(word), qPrintable(word + u'\n' + status.out));

        const Result json = lifeboat(german + QStringList{QStringLiteral("sandbox"), QStringLiteral("status"), sandbox,
                                                          QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QStringList roles;
        for (const QJsonValue &node : QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("nodes")).toArray())
            roles << node.toObject().value(QLatin1String("role")).toString();
        QCOMPARE(roles, (QStringList{QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("publish")}));

        // node2 refuses to start while the primary is down; lifeboat-node says why, in German.
        const Result refused = lifeboat(german + QStringList{QStringLiteral("sandbox"), QStringLiteral("start"), sandbox,
                                                             QStringLiteral("--node"), QStringLiteral("node2")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("kann dem Cluster nicht beitreten")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("cannot join")), qPrintable(refused.err));
    }

    // lifeboat-node on its own follows the system's language.
    void nodeProgramFollowsTheSystemLanguage()
    {
        const Result help = run(QStringLiteral("lifeboat-node"), {QStringLiteral("--help")},
                                {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf: lifeboat-node")), qPrintable(help.out));
        const Result unknown = run(QStringLiteral("lifeboat-node"), {QStringLiteral("lcbackupmode"), QStringLiteral("frobnicate")},
                                   {{QStringLiteral("LANGUAGE"), QStringLiteral("fr")}});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY2(unknown.err.contains(QStringLiteral("lcbackupmode attend l'un de : enter, leave")), qPrintable(unknown.err));
        QVERIFY2(!unknown.err.contains(QStringLiteral("needs one of")), qPrintable(unknown.err));
    }

    // Every argument is checked before anything is sent: a port that is no
    // port once went out as port 0, an unknown option was silently ignored.
    void nodeBackupModeRefusesBadArgumentsBeforeSending()
    {
        const Result port = run(QStringLiteral("lifeboat-node"),
                                {QStringLiteral("lcbackupmode"), QStringLiteral("enter"), QStringLiteral("-port=80x80")});
        QCOMPARE(port.exitCode, 64);
        QVERIFY2(port.err.contains(QStringLiteral("-port must be a number from 1 to 65535, not '80x80'")), qPrintable(port.err));
        const Result option = run(QStringLiteral("lifeboat-node"),
                                  {QStringLiteral("lcbackupmode"), QStringLiteral("leave"), QStringLiteral("-lable=nightly")});
        QCOMPARE(option.exitCode, 64);
        QVERIFY2(option.err.contains(QStringLiteral("unexpected argument '-lable=nightly'")), qPrintable(option.err));
        const Result host = run(QStringLiteral("lifeboat-node"),
                                {QStringLiteral("lcbackupmode"), QStringLiteral("leave"), QStringLiteral("-host=a b")});
        QCOMPARE(host.exitCode, 64);
        QVERIFY2(host.err.contains(QStringLiteral("-host is not a host name or address: 'a b'")), qPrintable(host.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
