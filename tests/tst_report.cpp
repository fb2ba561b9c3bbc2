// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"

#include <ReportRenderer.h>
#include <TimelineChart.h>
#include <run/Confirmer.h>
#include <run/Journal.h>
#include <run/ReportWriter.h>
#include <run/RunRecord.h>
#include <run/Runner.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

// A person who takes a moment before saying yes: the run must record how
// long it stood still.
class SlowPerson final : public Confirmer
{
public:
    bool confirm(const ConfirmationRequest &) override
    {
        QThread::msleep(300);
        return true;
    }
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString simplified(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// Where the pictures of this test go for a person to look at, when asked.
QString artifact(const QString &name)
{
    const QString directory = qEnvironmentVariable("LIFEBOAT_TEST_ARTIFACTS");
    return directory.isEmpty() ? QString() : QDir(directory).filePath(name);
}

} // namespace

// The report an auditor reads, from real runs on a running sandbox: every
// step with its times, result and changes, the confirmations with who and
// how long the run waited, the timeline chart, and the same report as PDF
// through `lifeboat report`.
class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_commandRun; // run by `lifeboat run --yes`
    QString m_slowRun;    // run in this process, with a slow person confirming

    QString newestRun() const
    {
        const QStringList runs = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return runs.isEmpty() ? QString() : m_runs.filePath(runs.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult result = m_sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
             QStringLiteral("--scenario"), QStringLiteral("backup-rolling"), QStringLiteral("--report-dir"), m_runs.path(),
             QStringLiteral("--yes")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        m_commandRun = newestRun();
        QVERIFY(!m_commandRun.isEmpty());
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
    }

    void reportJsonHasEveryStepAndTheConfirmations()
    {
        const QJsonObject report = readJson(m_commandRun + QStringLiteral("/report.json"));
        const RunRecord record = RunRecord::load(m_commandRun);
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QLatin1String("scenario")).toString(), QStringLiteral("backup-rolling"));
        QCOMPARE(report.value(QLatin1String("cluster")).toString(), m_sandbox->profile().name);
        QCOMPARE(report.value(QLatin1String("host")).toString(), QSysInfo::machineHostName());
        QVERIFY(!report.value(QLatin1String("user")).toString().isEmpty());
        QVERIFY(report.value(QLatin1String("recoveryTime")).isNull()); // a backup recovers nothing

        const QJsonArray steps = report.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), record.steps.size() + record.cleanup.size());
        int changed = 0;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            const QString title = step.value(QLatin1String("title")).toString();
            QVERIFY2(!title.isEmpty(), QJsonDocument(step).toJson().constData());
            for (const char *key : {"start", "end", "durationMs", "result", "changes", "phase", "index"})
                QVERIFY2(step.contains(QLatin1String(key)), qPrintable(title + u' ' + QLatin1String(key)));
            if (step.value(QLatin1String("phase")).toString() == QLatin1String("cleanup")
                && step.value(QLatin1String("result")).toString() == QLatin1String("not run"))
                continue; // not armed
            QCOMPARE(step.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
            const QDateTime start = QDateTime::fromString(step.value(QLatin1String("start")).toString(), Qt::ISODateWithMs);
            const QDateTime end = QDateTime::fromString(step.value(QLatin1String("end")).toString(), Qt::ISODateWithMs);
            QVERIFY2(start.isValid() && end.isValid() && start <= end, qPrintable(title));
            QCOMPARE(step.value(QLatin1String("durationMs")).toInteger(), start.msecsTo(end));
            changed += step.value(QLatin1String("changes")).toArray().isEmpty() ? 0 : 1;
        }
        QVERIFY(changed > 0);

        const QJsonArray confirmations = report.value(QLatin1String("confirmations")).toArray();
        int needed = 0;
        for (const RunRecord::StepRecord &step : record.steps)
            needed += step.destructive ? 1 : 0;
        QVERIFY(needed > 0);
        QCOMPARE(confirmations.size(), needed);
        for (const QJsonValue &value : confirmations) {
            const QJsonObject confirmation = value.toObject();
            const int index = confirmation.value(QLatin1String("index")).toInt();
            QCOMPARE(confirmation.value(QLatin1String("title")).toString(), record.steps[index].title);
            QCOMPARE(confirmation.value(QLatin1String("answer")).toString(), QStringLiteral("yes"));
            QCOMPARE(confirmation.value(QLatin1String("by")).toString(), report.value(QLatin1String("user")).toString());
            QCOMPARE(confirmation.value(QLatin1String("reason")).toString(), QStringLiteral("destructive"));
            QVERIFY(confirmation.value(QLatin1String("inAdvance")).toBool()); // --yes
            const QDateTime asked = QDateTime::fromString(confirmation.value(QLatin1String("asked")).toString(), Qt::ISODateWithMs);
            const QDateTime answered = QDateTime::fromString(confirmation.value(QLatin1String("answered")).toString(), Qt::ISODateWithMs);
            QVERIFY(asked.isValid() && answered.isValid() && asked <= answered);
            QVERIFY(answered <= record.steps[index].startedAt);
            QVERIFY(confirmation.value(QLatin1String("waitedMs")).toInteger() < 1000);
        }
    }

    void reportHtmlHasTheStepsTheChartAndWhoRanIt()
    {
        const QString html = readText(m_commandRun + QStringLiteral("/report.html"));
        const RunRecord record = RunRecord::load(m_commandRun);
        for (const RunRecord::StepRecord &step : record.steps)
            QVERIFY2(html.contains(step.title.toHtmlEscaped()), qPrintable(step.title));
        QVERIFY(html.contains(QStringLiteral("Run by (user)</th><td>%1<").arg(record.user.toHtmlEscaped())));
        QVERIFY(html.contains(QStringLiteral("On the computer (host)</th><td>%1<").arg(record.host.toHtmlEscaped())));
        QVERIFY(html.contains(QStringLiteral("Confirmations")));
        QVERIFY(html.contains(QStringLiteral("in advance (the whole plan approved, or --yes)")));
        const QRegularExpression chart(QStringLiteral("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" height=\"(\\d+)\""));
        const QRegularExpressionMatch match = chart.match(html);
        QVERIFY2(match.hasMatch(), "no timeline chart in report.html");
        const QImage image = QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), match.captured(2).toInt() * 2); // drawn at twice its size
        QCOMPARE(image.height(), match.captured(3).toInt() * 2);
        if (const QString path = artifact(QStringLiteral("timeline-backup-rolling.png")); !path.isEmpty())
            QVERIFY(image.save(path));
    }

    void reportCommandWritesAPdfWithEveryStep()
    {
        const RunRecord record = RunRecord::load(m_commandRun);
        const QString pdf = m_runs.filePath(QStringLiteral("report.pdf"));
        const CommandResult result = m_sandbox->runner().lifeboat(
            {QStringLiteral("report"), record.runId, QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--pdf"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(pdf));
        if (const QString path = artifact(QStringLiteral("report.pdf")); !path.isEmpty())
            QFile::copy(pdf, path);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const CommandResult text = m_sandbox->runner().run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString words = simplified(text.out);
        for (const RunRecord::StepRecord &step : record.steps)
            QVERIFY2(words.contains(simplified(step.title)), qPrintable(step.title + QStringLiteral("\n---\n") + words));
        QVERIFY(words.contains(record.user));
        QVERIFY(words.contains(record.host));
    }

    void reportCommandTakesARunDirectoryAndWritesHtml()
    {
        const QString html = m_runs.filePath(QStringLiteral("copy.html"));
        const CommandResult result = m_sandbox->runner().lifeboat({QStringLiteral("report"), m_commandRun, QStringLiteral("--html"), html});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString text = readText(html);
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(text.contains(RunRecord::load(m_commandRun).steps.first().title.toHtmlEscaped()));
    }

    void aBadRunIsAUsageError()
    {
        const CommandResult unknown = m_sandbox->runner().lifeboat(
            {QStringLiteral("report"), QStringLiteral("no-such-run"), QStringLiteral("--report-dir"), m_runs.path(),
             QStringLiteral("--pdf"), m_runs.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(unknown.exitCode, 64);
        QCOMPARE(unknown.err.trimmed(), QStringLiteral("No run 'no-such-run': it is neither a run directory nor the id of a run in %1. "
                                                       "'lifeboat runs' lists the runs.").arg(m_runs.path()));
        QVERIFY(!QFile::exists(m_runs.filePath(QStringLiteral("x.pdf"))));
        const CommandResult none = m_sandbox->runner().lifeboat({QStringLiteral("report")});
        QCOMPARE(none.exitCode, 64);
        QVERIFY(none.err.contains(QStringLiteral("Name one run")));
        const CommandResult help = m_sandbox->runner().lifeboat({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("  report ")));
    }

    void aSlowConfirmationIsRecordedAsAWait()
    {
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("backup-rolling"));
        QString error;
        const QVariantMap options = scenario->completeOptions(m_sandbox->profile(), {}, &error);
        SlowPerson person;
        Runner runner(m_sandbox->profile(), scenario->buildPlan(m_sandbox->profile(), options), &person);
        QVERIFY(runner.begin(m_runs.path()));
        runner.runHere();
        QCOMPARE(runner.outcome(), Runner::Outcome::Succeeded);
        m_slowRun = runner.runDirectory();
        QVERIFY(ReportRenderer::refresh(m_slowRun, &error));
        const QJsonObject report = readJson(m_slowRun + QStringLiteral("/report.json"));
        const QJsonArray confirmations = report.value(QLatin1String("confirmations")).toArray();
        QVERIFY(!confirmations.isEmpty());
        for (const QJsonValue &value : confirmations) {
            QVERIFY(value[QLatin1String("waitedMs")].toInteger() >= 250);
            QVERIFY(!value[QLatin1String("inAdvance")].toBool());
        }
        QVERIFY(report.value(QLatin1String("waitingMs")).toInteger() >= 250 * confirmations.size());
        if (const QString path = artifact(QStringLiteral("timeline-slow-person.png")); !path.isEmpty())
            QVERIFY(TimelineChart(RunRecord::load(m_slowRun)).render().save(path));
    }

    void aRecoveryScenarioHasItsRecoveryTime()
    {
        // A journal as a recovery run writes it: a check, a manual step the
        // person took 90 s over, two steps that change the cluster, a check.
        QTemporaryDir run;
        QFile journal(run.filePath(Journal::fileName()));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-25T09:00:00.000Z"), Qt::ISODateWithMs);
        auto at = [&t0](int seconds) { return t0.addSecs(seconds).toString(Qt::ISODateWithMs); };
        auto step = [](const char *kind, const char *title, bool destructive) {
            return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("title"), QLatin1String(title)},
                               {QStringLiteral("destructive"), destructive}};
        };
        const QJsonObject plan{{QStringLiteral("steps"), QJsonArray{step("check", "Check the backup set", false),
                                                                   step("manual", "Re-create the machine", false),
                                                                   step("restore", "Restore crx-repository", true),
                                                                   step("start", "Start the node", true),
                                                                   step("verify", "Check the node answers", false)}},
                               {QStringLiteral("cleanup"), QJsonArray{}}};
        QList<QJsonObject> entries{
            {{QStringLiteral("type"), QStringLiteral("run")}, {QStringLiteral("scenario"), QStringLiteral("restore-node")},
             {QStringLiteral("cluster"), QStringLiteral("training")}, {QStringLiteral("user"), QStringLiteral("alice")},
             {QStringLiteral("host"), QStringLiteral("ops1")}, {QStringLiteral("plan"), plan}, {QStringLiteral("time"), at(0)}}};
        auto stepEntries = [&](int index, int start, int end, bool changes) {
            entries.append({{QStringLiteral("type"), QStringLiteral("step-start")}, {QStringLiteral("phase"), QStringLiteral("main")},
                            {QStringLiteral("index"), index}, {QStringLiteral("time"), at(start)}});
            QJsonArray changeList;
            if (changes)
                changeList.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("write")}, {QStringLiteral("target"), QStringLiteral("node1")}});
            entries.append({{QStringLiteral("type"), QStringLiteral("step-end")}, {QStringLiteral("phase"), QStringLiteral("main")},
                            {QStringLiteral("index"), index}, {QStringLiteral("result"), QStringLiteral("ok")},
                            {QStringLiteral("changes"), changeList}, {QStringLiteral("time"), at(end)}});
        };
        auto confirmation = [&](int index, const char *reason, int asked, int answered) {
            entries.append({{QStringLiteral("type"), QStringLiteral("confirmation")}, {QStringLiteral("index"), index},
                            {QStringLiteral("title"), plan[QLatin1String("steps")][index][QLatin1String("title")].toString()},
                            {QStringLiteral("reason"), QLatin1String(reason)}, {QStringLiteral("answer"), QStringLiteral("yes")},
                            {QStringLiteral("by"), QStringLiteral("alice")}, {QStringLiteral("inAdvance"), false},
                            {QStringLiteral("asked"), at(asked)}, {QStringLiteral("waitedMs"), (answered - asked) * 1000},
                            {QStringLiteral("time"), at(answered)}});
        };
        stepEntries(0, 1, 11, false);
        confirmation(1, "manual", 11, 101);
        stepEntries(1, 101, 101, true);
        confirmation(2, "destructive", 101, 131);
        stepEntries(2, 131, 311, true);
        stepEntries(3, 311, 341, true);
        stepEntries(4, 341, 346, false);
        // node1 was down from its stop command in step 3 until it answered in step 4.
        entries.append({{QStringLiteral("type"), QStringLiteral("node-down")}, {QStringLiteral("node"), QStringLiteral("node1")},
                        {QStringLiteral("time"), t0.addMSecs(131'500).toString(Qt::ISODateWithMs)}});
        entries.append({{QStringLiteral("type"), QStringLiteral("node-up")}, {QStringLiteral("node"), QStringLiteral("node1")},
                        {QStringLiteral("time"), at(340)}});
        entries.append({{QStringLiteral("type"), QStringLiteral("run-end")}, {QStringLiteral("result"), QStringLiteral("succeeded")},
                        {QStringLiteral("time"), at(350)}});
        for (const QJsonObject &entry : std::as_const(entries))
            journal.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        journal.close();

        const RunRecord record = RunRecord::load(run.path());
        const auto recovery = ReportWriter::recoveryTime(record);
        QVERIFY(recovery);
        QCOMPARE(recovery->firstStep, 1);
        QCOMPARE(recovery->lastStep, 4);
        QCOMPARE(recovery->recoveryMs, 335'000); // from asking for the manual step (11 s) to the last step's end (346 s)
        QCOMPARE(recovery->waitingMs, 120'000);  // the manual step and the confirmation
        QCOMPARE(recovery->totalMs, 350'000);
        const QJsonObject json = ReportWriter::toJson(record);
        QCOMPARE(json[QLatin1String("recoveryTime")][QLatin1String("recoveryMs")].toInteger(), 335'000);
        QCOMPARE(json[QLatin1String("waitingMs")].toInteger(), 120'000);
        const QString html = ReportRenderer::html(record);
        QVERIFY(html.contains(QStringLiteral("The recovery took 5 min 35 s")));
        QVERIFY(html.contains(QStringLiteral("a manual step: a person does it, then confirms it is done")));
        // The downtime: in report.json, as a fact, and as one more row of the timeline.
        const QJsonArray downtime = json[QLatin1String("downtime")].toArray();
        QCOMPARE(downtime.size(), 1);
        QCOMPARE(downtime[0][QLatin1String("node")].toString(), QStringLiteral("node1"));
        QCOMPARE(downtime[0][QLatin1String("seconds")].toDouble(), 208.5);
        QCOMPARE(downtime[0][QLatin1String("upAt")].toString(), at(340));
        QVERIFY(html.contains(QStringLiteral("node1 was down for 3:29")));
        RunRecord withoutDowntime = record;
        withoutDowntime.downtime = {};
        QCOMPARE(TimelineChart(record).size().height() - TimelineChart(withoutDowntime).size().height(), 24);
        QVERIFY(ReportRenderer::writePdf(record, run.filePath(QStringLiteral("recovery.pdf")), &m_slowRun));
        if (const QString path = artifact(QStringLiteral("timeline-recovery.png")); !path.isEmpty()) {
            QVERIFY(TimelineChart(record).render().save(path));
            QFile::copy(run.filePath(QStringLiteral("recovery.pdf")), artifact(QStringLiteral("recovery.pdf")));
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
