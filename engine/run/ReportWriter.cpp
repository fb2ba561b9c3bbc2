#include "ReportWriter.h"

#include "Change.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lifeboat {

namespace {

qint64 durationMs(const RunRecord::StepRecord &step)
{
    return step.startedAt.isValid() && step.endedAt.isValid() ? step.startedAt.msecsTo(step.endedAt) : 0;
}

QJsonObject stepJson(const RunRecord::StepRecord &step, const QString &phase)
{
    return {{QStringLiteral("phase"), phase},
            {QStringLiteral("kind"), step.kind},
            {QStringLiteral("title"), step.title},
            {QStringLiteral("destructive"), step.destructive},
            {QStringLiteral("start"), step.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("end"), step.endedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"), durationMs(step)},
            {QStringLiteral("result"), step.started ? (step.ended ? step.result : QStringLiteral("interrupted")) : QStringLiteral("not run")},
            {QStringLiteral("message"), step.message},
            {QStringLiteral("changes"), step.changes},
            {QStringLiteral("log"), step.log}};
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = ReportWriter::tr("Cannot write the report %1: %2").arg(path, file.errorString());
    return false;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QJsonObject ReportWriter::toJson(const RunRecord &record)
{
    QJsonArray steps;
    for (const auto &step : record.steps)
        steps.append(stepJson(step, QStringLiteral("main")));
    for (const auto &step : record.cleanup)
        steps.append(stepJson(step, QStringLiteral("cleanup")));
    return {{QStringLiteral("runId"), record.runId},
            {QStringLiteral("scenario"), record.scenario},
            {QStringLiteral("cluster"), record.clusterName},
            {QStringLiteral("profile"), record.profilePath},
            {QStringLiteral("user"), record.user},
            {QStringLiteral("host"), record.host},
            {QStringLiteral("options"), QJsonObject::fromVariantMap(record.options)},
            {QStringLiteral("start"), record.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("end"), record.endedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"), record.startedAt.isValid() && record.endedAt.isValid() ? record.startedAt.msecsTo(record.endedAt) : 0},
            {QStringLiteral("result"), record.state()},
            {QStringLiteral("resumes"), record.resumes},
            {QStringLiteral("confirmations"), record.confirmations},
            {QStringLiteral("steps"), steps}};
}

QString ReportWriter::toHtml(const RunRecord &record)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                                  "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 8px;"
                                  "text-align:left;vertical-align:top}.ok{color:#1a7f37}.failed,.interrupted{color:#b42318}"
                                  ".destructive{font-weight:bold;color:#b54708}pre{white-space:pre-wrap;margin:0}</style>"
                                  "</head><body>\n")
                       .arg(escaped(tr("Lifeboat run %1").arg(record.runId)));
    html += QStringLiteral("<h1>%1</h1>\n<table>").arg(escaped(tr("%1 on %2").arg(record.scenario, record.clusterName)));
    const std::pair<QString, QString> facts[] = {
        {tr("Result"), record.state()},
        {tr("Started"), record.startedAt.toLocalTime().toString(Qt::ISODate)},
        {tr("Ended"), record.endedAt.toLocalTime().toString(Qt::ISODate)},
        {tr("Run by"), tr("%1 on %2").arg(record.user, record.host)},
        {tr("Profile"), record.profilePath},
        {tr("Resumed after an interruption"), QString::number(record.resumes)},
    };
    for (const auto &[name, value] : facts)
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(name), escaped(value));
    html += QStringLiteral("</table>\n<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(escaped(tr("Steps")), escaped(tr("Step")), escaped(tr("Result")), escaped(tr("Duration")), escaped(tr("What it changed")));
    auto addRows = [&html](const QList<RunRecord::StepRecord> &steps, const QString &prefix) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject json = stepJson(steps[i], prefix);
            QStringList changes;
            for (const QJsonValue &change : steps[i].changes)
                changes.append(escaped(Change::fromJson(change.toObject()).toText()));
            QString log;
            for (const QJsonValue &line : steps[i].log)
                log += escaped(line.toString()) + u'\n';
            const QString result = json.value(QLatin1String("result")).toString();
            html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3%4</td><td class=\"%5\">%6</td><td>%7</td><td>%8%9</td></tr>\n")
                        .arg(prefix + QString::number(i + 1), steps[i].destructive ? QStringLiteral("destructive") : QString(),
                             escaped(steps[i].title), steps[i].message.isEmpty() ? QString() : QStringLiteral("<br>") + escaped(steps[i].message),
                             result, escaped(result), QString::number(durationMs(steps[i]) / 1000.0, 'f', 1) + QStringLiteral(" s"),
                             changes.join(QStringLiteral("<br>")),
                             log.isEmpty() ? QString() : QStringLiteral("<details><summary>log</summary><pre>%1</pre></details>").arg(log));
        }
    };
    addRows(record.steps, QString());
    addRows(record.cleanup, QStringLiteral("C"));
    html += QStringLiteral("</table>\n<h2>%1</h2>\n<ul>").arg(escaped(tr("Confirmations")));
    for (const QJsonValue &value : record.confirmations) {
        const QJsonObject confirmation = value.toObject();
        html += QStringLiteral("<li>%1</li>").arg(escaped(tr("%1: \"%2\" answered %3 by %4")
                                                              .arg(confirmation.value(QLatin1String("time")).toString(),
                                                                   confirmation.value(QLatin1String("title")).toString(),
                                                                   confirmation.value(QLatin1String("answer")).toString(),
                                                                   confirmation.value(QLatin1String("by")).toString())));
    }
    html += QStringLiteral("</ul>\n</body></html>\n");
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
