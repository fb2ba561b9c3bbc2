// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReportWriter.h"

#include <run/Change.h>
#include <run/RunResult.h>
#include <scenarios/ScenarioRegistry.h>

#include <QLocale>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>

namespace Lifeboat {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject stepJson(const RunRecord::StepRecord &step, const QString &phase, int index)
{
    return {{QStringLiteral("phase"), phase},
            {QStringLiteral("index"), index},
            {QStringLiteral("kind"), step.kind},
            {QStringLiteral("title"), step.title},
            {QStringLiteral("destructive"), step.destructive},
            {QStringLiteral("start"), iso(step.startedAt)},
            {QStringLiteral("end"), iso(step.endedAt)},
            {QStringLiteral("durationMs"), ReportWriter::durationMs(step)},
            {QStringLiteral("result"), ReportWriter::stepResult(step)},
            {QStringLiteral("message"), step.message},
            {QStringLiteral("changes"), step.changes},
            {QStringLiteral("log"), step.log}};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString changesHtml(const RunRecord::StepRecord &step)
{
    QStringList changes;
    for (const QJsonValue &change : step.changes)
        changes.append(escaped(Change::fromJson(change.toObject()).toText()));
    return changes.join(QStringLiteral("<br>"));
}

// A step's time in a table whose header names the zone: the clock time, and
// the date too when it is not the day the run started.
QString clockTime(const QDateTime &time, const QDateTime &runStart)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.date() == runStart.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                         : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

const char *styleSheet =
    "body{font-family:'DejaVu Sans',sans-serif;max-width:75em;color:#1d2939}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
    "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#f2f4f7}.ok{color:#1a7f37}.failed,.interrupted,.declined,.cancelled{color:#b42318}"
    ".destructive{font-weight:bold;color:#b54708}.note{color:#475467}pre{white-space:pre-wrap;margin:0}"
    "img{border:1px solid #d0d5dd}";

} // namespace

qint64 ReportWriter::durationMs(const RunRecord::StepRecord &step)
{
    return step.startedAt.isValid() && step.endedAt.isValid() ? step.startedAt.msecsTo(step.endedAt) : 0;
}

QString ReportWriter::stepResult(const RunRecord::StepRecord &step)
{
    return step.started ? (step.ended ? step.result : QString(StepResult::interrupted)) : QString(StepResult::notRun);
}

QList<RunRecord::StepRecord> ReportWriter::cleanupInRunOrder(const RunRecord &record)
{
    QList<RunRecord::StepRecord> steps(record.cleanup.crbegin(), record.cleanup.crend());
    std::stable_sort(
        steps.begin(), steps.end(), [](const RunRecord::StepRecord &a, const RunRecord::StepRecord &b) {
            if (a.started != b.started)
                return a.started;
            return a.started && a.startedAt < b.startedAt;
        });
    return steps;
}

bool ReportWriter::save(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = tr("Cannot write the report %1: %2").arg(path, file.errorString());
    return false;
}

QList<ReportWriter::PersonWait> ReportWriter::personWaits(const RunRecord &record)
{
    QList<PersonWait> waits;
    for (const JournalEntry::Confirmation &confirmation : record.confirmations) {
        PersonWait wait;
        wait.stepIndex = confirmation.index;
        wait.title = confirmation.title;
        wait.reason = JournalEntry::reasonWord(confirmation.reason);
        wait.answer = JournalEntry::answerWord(confirmation.yes);
        wait.by = confirmation.by;
        wait.inAdvance = confirmation.inAdvance;
        wait.asked = confirmation.asked;
        wait.answered = confirmation.time;
        wait.waitedMs = confirmation.waitedMs;
        waits.append(wait);
    }
    return waits;
}

bool ReportWriter::isRecoveryScenario(const QString &scenarioId)
{
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(scenarioId);
    return category == ScenarioCategory::Recovery || category == ScenarioCategory::Rehearsal;
}

std::optional<ReportWriter::RecoveryTime> ReportWriter::recoveryTime(const RunRecord &record)
{
    if (!isRecoveryScenario(record.scenario))
        return std::nullopt;
    RecoveryTime time;
    for (int i = 0; i < record.steps.size(); ++i) {
        const RunRecord::StepRecord &step = record.steps[i];
        if (time.firstStep < 0 && step.started && !step.changes.isEmpty())
            time.firstStep = i;
        if (step.started && step.ended)
            time.lastStep = i;
    }
    if (time.firstStep < 0 || time.lastStep < time.firstStep)
        return std::nullopt; // nothing was changed: nothing was recovered
    time.from = record.steps[time.firstStep].startedAt;
    time.to = record.steps[time.lastStep].endedAt;
    const QList<PersonWait> waits = personWaits(record);
    for (const PersonWait &wait : waits) {
        // A manual step's work is done while the run waits for it.
        if (wait.stepIndex == time.firstStep && wait.reason == JournalEntry::reasonWord(JournalEntry::Reason::Manual)
            && wait.asked.isValid())
            time.from = std::min(time.from, wait.asked);
    }
    for (const PersonWait &wait : waits) {
        if (wait.asked >= time.from && wait.answered <= time.to)
            time.waitingMs += wait.waitedMs;
    }
    time.recoveryMs = time.from.msecsTo(time.to);
    time.totalMs = record.startedAt.isValid() && record.endedAt.isValid() ? record.startedAt.msecsTo(record.endedAt) : 0;
    return time;
}

QString ReportWriter::timeZone(const QDateTime &time)
{
    const QDateTime local = time.isValid() ? time.toLocalTime() : QDateTime::currentDateTime();
    const int offset = local.offsetFromUtc();
    return QStringLiteral("%1, UTC%2%3:%4")
        .arg(local.timeZoneAbbreviation(), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ReportWriter::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("not recorded");
    return QStringLiteral("%1 (%2)").arg(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), timeZone(time));
}

QString ReportWriter::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ReportWriter::resultText(const QString &result)
{
    // Step and run results share "failed", "cancelled", "declined" and
    // "interrupted".
    if (result == StepResult::ok)
        return tr("done");
    if (result == RunResult::succeeded)
        return tr("succeeded: every step was done");
    if (result == StepResult::failed)
        return tr("failed");
    if (result == StepResult::cancelled)
        return tr("cancelled");
    if (result == StepResult::declined)
        return tr("stopped: a confirmation was declined");
    if (result == StepResult::interrupted)
        return tr("interrupted (Lifeboat stopped during this step)");
    if (result == RunResult::cleanupFailed)
        return tr("failed in cleanup: the cluster needs work by hand");
    if (result == StepResult::notRun)
        return tr("not run");
    return result;
}

QDateTime ReportWriter::downtimeEnd(const RunRecord &record)
{
    return record.ended ? record.endedAt : QDateTime::currentDateTimeUtc();
}

QJsonObject ReportWriter::toJson(const RunRecord &record)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < record.steps.size(); ++i)
        steps.append(stepJson(record.steps[i], QStringLiteral("main"), int(i)));
    for (qsizetype i = 0; i < record.cleanup.size(); ++i)
        steps.append(stepJson(record.cleanup[i], QStringLiteral("cleanup"), int(i)));
    QJsonArray confirmations;
    qint64 waitingMs = 0;
    for (const PersonWait &wait : personWaits(record)) {
        confirmations.append(QJsonObject{{QStringLiteral("index"), wait.stepIndex},
                                         {QStringLiteral("title"), wait.title},
                                         {QStringLiteral("reason"), wait.reason},
                                         {QStringLiteral("answer"), wait.answer},
                                         {QStringLiteral("by"), wait.by},
                                         {QStringLiteral("inAdvance"), wait.inAdvance},
                                         {QStringLiteral("asked"), iso(wait.asked)},
                                         {QStringLiteral("answered"), iso(wait.answered)},
                                         {QStringLiteral("waitedMs"), wait.waitedMs}});
        waitingMs += wait.waitedMs;
    }
    QJsonValue recovery = QJsonValue::Null;
    if (const auto time = recoveryTime(record)) {
        recovery = QJsonObject{{QStringLiteral("firstStep"), time->firstStep},
                               {QStringLiteral("lastStep"), time->lastStep},
                               {QStringLiteral("from"), iso(time->from)},
                               {QStringLiteral("to"), iso(time->to)},
                               {QStringLiteral("recoveryMs"), time->recoveryMs},
                               {QStringLiteral("waitingMs"), time->waitingMs},
                               {QStringLiteral("totalMs"), time->totalMs}};
    }
    return {{QStringLiteral("runId"), record.runId},
            {QStringLiteral("scenario"), record.scenario},
            {QStringLiteral("cluster"), record.clusterName},
            {QStringLiteral("profile"), record.profilePath},
            {QStringLiteral("user"), record.user},
            {QStringLiteral("host"), record.host},
            {QStringLiteral("options"), QJsonObject::fromVariantMap(record.options)},
            {QStringLiteral("start"), iso(record.startedAt)},
            {QStringLiteral("end"), iso(record.endedAt)},
            {QStringLiteral("durationMs"), record.startedAt.isValid() && record.endedAt.isValid() ? record.startedAt.msecsTo(record.endedAt) : 0},
            {QStringLiteral("waitingMs"), waitingMs},
            {QStringLiteral("result"), record.state()},
            {QStringLiteral("leftToDo"), QJsonArray::fromStringList(record.leftToDo())},
            {QStringLiteral("resumes"), record.resumes},
            {QStringLiteral("recoveryTime"), recovery},
            {QStringLiteral("downtime"), record.downtime.toJson(downtimeEnd(record))},
            {QStringLiteral("confirmations"), confirmations},
            {QStringLiteral("steps"), steps}};
}

QString ReportWriter::toHtml(const RunRecord &record, const HtmlOptions &options)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
                                  "</head><body>\n")
                       .arg(escaped(tr("Lifeboat run %1").arg(record.runId)), QLatin1String(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Lifeboat report: %1 on the cluster %2").arg(record.scenario, record.clusterName)));

    const QList<PersonWait> waits = personWaits(record);
    qint64 waitingMs = 0;
    for (const PersonWait &wait : waits)
        waitingMs += wait.waitedMs;
    const qint64 totalMs = record.startedAt.isValid() && record.endedAt.isValid() ? record.startedAt.msecsTo(record.endedAt) : 0;
    QString result = resultText(record.state());
    for (qsizetype i = 0; i < record.steps.size(); ++i) {
        if (record.steps[i].ended && record.steps[i].result == StepResult::failed) {
            result = tr("failed at step %1 (%2): %3").arg(i + 1).arg(record.steps[i].title, record.steps[i].message);
            break;
        }
    }
    QList<std::pair<QString, QString>> facts = {
        { tr("Result"), result },
        { tr("Scenario"), record.scenario },
        { tr("Cluster"), record.clusterName },
        { tr("Cluster profile"), record.profilePath },
        { tr("Run by (user)"), record.user },
        { tr("On the computer (host)"), record.host },
        { tr("Started"), localTime(record.startedAt) },
        { tr("Ended"), record.ended ? localTime(record.endedAt) : tr("not ended (interrupted)") },
        { tr("Total time"), record.ended ? duration(totalMs) : tr("unknown") },
        { tr("Time spent waiting for a person"), duration(waitingMs) },
        { tr("Resumed after an interruption"),
            record.resumes == 0       ? tr("no")
                : record.resumes == 1 ? tr("once")
                                      : tr("%n times", nullptr, record.resumes) },
        { tr("Run id"), record.runId },
        { tr("Run folder (journal, log)"), record.directory },
    };
    if (!record.downtime.isEmpty())
        facts.insert(1, {tr("Downtime"), record.downtime.describe(downtimeEnd(record)).join(QStringLiteral("; "))});
    const auto recovery = recoveryTime(record);
    if (recovery) {
        facts.insert(1, {tr("Recovery time"), tr("%1 (of which %2 waiting for a person); %3 for the whole run")
                                                   .arg(duration(recovery->recoveryMs), duration(recovery->waitingMs), duration(recovery->totalMs))});
    }
    // Before everything else: what a failed cleanup left for a person.
    const QStringList leftToDo = record.leftToDo();
    if (!leftToDo.isEmpty()) {
        html += QStringLiteral("<h2 class=\"failed\">%1</h2>\n<ul>").arg(escaped(tr("A cleanup step failed: left to do by hand")));
        for (const QString &todo : leftToDo)
            html += QStringLiteral("<li>%1</li>").arg(escaped(todo));
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const auto &[name, value] : std::as_const(facts))
        html += QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>").arg(escaped(name), escaped(value));
    html += QStringLiteral("</table>\n");

    if (recovery) {
        html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(escaped(tr("Recovery time")),
                         escaped(tr("The recovery took %1: from the start of step %2 (%3), the first step that changed the "
                                    "cluster (for a manual step: when it was asked for), at %4, to the end of step %5 (%6) at %7. %8 of it was spent waiting for a person "
                                    "(confirmations and manual steps). The whole run, with its checks and clean-up, took %9.")
                                     .arg(duration(recovery->recoveryMs))
                                     .arg(recovery->firstStep + 1)
                                     .arg(record.steps[recovery->firstStep].title, localTime(recovery->from))
                                     .arg(recovery->lastStep + 1)
                                     .arg(record.steps[recovery->lastStep].title, localTime(recovery->to),
                                          duration(recovery->waitingMs), duration(recovery->totalMs))));
    } else if (isRecoveryScenario(record.scenario)) {
        html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(escaped(tr("Recovery time")), escaped(tr("No step changed the cluster, so no recovery time was measured.")));
    }

    if (!options.chartSource.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<p><img src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%5\"></p>\n<p class=\"note\">%6</p>\n")
                    .arg(escaped(tr("Timeline")), options.chartSource.toHtmlEscaped())
                    .arg(options.chartWidth)
                    .arg(options.chartHeight)
                    .arg(escaped(tr("Timeline of the steps: which step ran when and for how long, and where the run waited for a person")),
                         escaped(tr("One row per step, in the order they ran; the bar shows when the step ran and for how long. "
                                    "Hatched bars are waits for a person: a confirmation before a step that changes the cluster, "
                                    "or a manual step to be done and confirmed.")));
    }

    const QString zone = escaped(tr("(%1)").arg(timeZone(record.startedAt)));
    html += QStringLiteral("<h2>%1</h2>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th width=\"4%\">#</th>"
                           "<th width=\"23%\">%2</th><th width=\"10%\">%3</th><th width=\"11%\">%4<br>%8</th><th width=\"11%\">%5<br>%8</th>"
                           "<th width=\"12%\">%6</th><th width=\"29%\">%7</th></tr>\n")
                .arg(escaped(tr("Steps")), escaped(tr("Step")), escaped(tr("Result")), escaped(tr("Started")), escaped(tr("Ended")),
                     escaped(tr("Duration")), escaped(tr("What it changed")), zone);
    auto addRows = [&html, &options, &record](const QList<RunRecord::StepRecord> &steps, const QString &prefix) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const RunRecord::StepRecord &step = steps[i];
            const QString result = stepResult(step);
            QString log;
            for (const QJsonValue &line : step.log)
                log += escaped(line.toString()) + u'\n';
            QString title = escaped(step.title);
            if (step.destructive)
                title = QStringLiteral("<span class=\"destructive\">%1</span><br>%2").arg(title, escaped(tr("(changes the cluster)")));
            if (!step.message.isEmpty())
                title += QStringLiteral("<br>") + escaped(step.message);
            QString changes = changesHtml(step);
            if (changes.isEmpty())
                changes = escaped(step.started ? tr("nothing") : QString());
            if (options.includeLogs && !log.isEmpty())
                changes += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>").arg(escaped(tr("log")), log);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                        .arg(prefix + QString::number(i + 1), title, QString(result).replace(u' ', u'-'), escaped(resultText(result)),
                             escaped(step.started ? clockTime(step.startedAt, record.startedAt) : QString()),
                             escaped(step.ended ? clockTime(step.endedAt, record.startedAt) : QString()),
                             escaped(step.ended ? duration(durationMs(step)) : QString()), changes);
        }
    };
    addRows(record.steps, QString());
    addRows(cleanupInRunOrder(record), tr("C", "a clean-up step's number prefix"));
    html += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
                .arg(escaped(tr("Steps numbered C1, C2… are clean-up steps: they put the cluster back in order (start what was "
                                "stopped, leave backup mode) and run even after a failure.")));

    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Confirmations")));
    if (waits.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No step needed a confirmation.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th width=\"22%\">%1</th>"
                               "<th width=\"22%\">%2</th><th width=\"10%\">%3</th><th width=\"15%\">%4</th><th width=\"11%\">%5<br>%8</th>"
                               "<th width=\"11%\">%6<br>%8</th><th width=\"9%\">%7</th></tr>\n")
                    .arg(escaped(tr("Step")), escaped(tr("Why it was asked")), escaped(tr("Answer")), escaped(tr("By")),
                         escaped(tr("Asked")), escaped(tr("Answered")), escaped(tr("Waited")), zone);
        for (const PersonWait &wait : waits) {
            const QString why = wait.reason == JournalEntry::reasonWord(JournalEntry::Reason::Manual)
                ? tr("a manual step: a person does it, then confirms it is done")
                : tr("the step changes the cluster");
            const QString answer = wait.answer == JournalEntry::answerWord(true) ? tr("yes, go on") : tr("no, stop the run");
            const QString by = wait.inAdvance
                ? tr("%1, in advance (the whole plan approved, or --yes)").arg(wait.by)
                : wait.by;
            html += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                        .arg(wait.stepIndex + 1)
                        .arg(escaped(wait.title), escaped(why), escaped(answer), escaped(by), escaped(clockTime(wait.asked, record.startedAt)),
                             escaped(clockTime(wait.answered, record.startedAt)), escaped(duration(wait.waitedMs)));
        }
        html += QStringLiteral("</table>\n");
    }

    if (!record.options.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">").arg(escaped(tr("Options")));
        for (auto it = record.options.cbegin(); it != record.options.cend(); ++it)
            html += QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>").arg(escaped(it.key()), escaped(it.value().toString()));
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<p class=\"note\">%1</p>\n</body></html>\n")
                .arg(escaped(tr("Times are the local time of the computer that wrote this report, with its time zone. "
                                "Report written %1 by Lifeboat from the run's journal.")
                                 .arg(localTime(QDateTime::currentDateTimeUtc()))));
    return html;
}

bool ReportWriter::write(const QString &runDirectory, QString *error)
{
    const RunRecord record = RunRecord::load(runDirectory);
    if (!record.isValid()) {
        *error = tr("%1 holds no readable run journal.").arg(runDirectory);
        return false;
    }
    const QDir dir(runDirectory);
    return save(dir.filePath(QStringLiteral("report.json")), QJsonDocument(toJson(record)).toJson(), error)
        && save(dir.filePath(QStringLiteral("report.html")), toHtml(record).toUtf8(), error);
}

} // namespace Lifeboat
