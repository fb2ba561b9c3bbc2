#include "RunRecord.h"

#include <run/Journal.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Lifeboat {

namespace {

QList<RunRecord::StepRecord> outlineSteps(const QJsonArray &array)
{
    QList<RunRecord::StepRecord> steps;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        RunRecord::StepRecord step;
        step.kind = json.value(QLatin1String("kind")).toString();
        step.title = json.value(QLatin1String("title")).toString();
        step.destructive = json.value(QLatin1String("destructive")).toBool();
        step.armedBy = json.value(QLatin1String("armedBy")).toInt(-1);
        steps.append(step);
    }
    return steps;
}

QDateTime timeOf(const QJsonObject &entry)
{
    return QDateTime::fromString(entry.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

} // namespace

QString RunRecord::state() const
{
    if (!ended)
        return QStringLiteral("interrupted");
    return result;
}

RunRecord RunRecord::load(const QString &runDirectory)
{
    RunRecord record;
    record.directory = runDirectory;
    record.runId = QDir(runDirectory).dirName();
    for (const QJsonObject &entry : Journal::read(QDir(runDirectory).filePath(Journal::fileName()))) {
        const QString type = entry.value(QLatin1String("type")).toString();
        if (type == QLatin1String("run")) {
            record.scenario = entry.value(QLatin1String("scenario")).toString();
            record.profilePath = entry.value(QLatin1String("profile")).toString();
            record.clusterName = entry.value(QLatin1String("cluster")).toString();
            record.user = entry.value(QLatin1String("user")).toString();
            record.host = entry.value(QLatin1String("host")).toString();
            record.pid = entry.value(QLatin1String("pid")).toInteger();
            record.options = entry.value(QLatin1String("options")).toObject().toVariantMap();
            record.startedAt = timeOf(entry);
            const QJsonObject outline = entry.value(QLatin1String("plan")).toObject();
            record.steps = outlineSteps(outline.value(QLatin1String("steps")).toArray());
            record.cleanup = outlineSteps(outline.value(QLatin1String("cleanup")).toArray());
        } else if (type == QLatin1String("resume")) {
            ++record.resumes;
            record.pid = entry.value(QLatin1String("pid")).toInteger();
        } else if (type == QLatin1String("step-start") || type == QLatin1String("step-end")) {
            const bool cleanup = entry.value(QLatin1String("phase")).toString() == QLatin1String("cleanup");
            auto &list = cleanup ? record.cleanup : record.steps;
            const int index = entry.value(QLatin1String("index")).toInt(-1);
            if (index < 0 || index >= list.size())
                continue;
            StepRecord &step = list[index];
            if (type == QLatin1String("step-start")) {
                step.started = true;
                step.ended = false;
                step.startedAt = timeOf(entry);
                continue;
            }
            step.ended = true;
            step.endedAt = timeOf(entry);
            step.result = entry.value(QLatin1String("result")).toString();
            step.message = entry.value(QLatin1String("message")).toString();
            step.changes = entry.value(QLatin1String("changes")).toArray();
            step.log = entry.value(QLatin1String("log")).toArray();
        } else if (type == QLatin1String("confirmation")) {
            record.confirmations.append(entry);
        } else if (type == QLatin1String("run-end")) {
            record.ended = true;
            record.endedAt = timeOf(entry);
            record.result = entry.value(QLatin1String("result")).toString();
        }
    }
    return record;
}

QList<RunRecord> RunRecord::list(const QString &runsDirectory, const QString &profilePath)
{
    QList<RunRecord> runs;
    const QString wanted = profilePath.isEmpty() ? QString() : QFileInfo(profilePath).absoluteFilePath();
    const QDir directory(runsDirectory);
    for (const QString &entry : directory.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        RunRecord record = load(directory.filePath(entry));
        if (record.isValid() && (wanted.isEmpty() || record.profilePath == wanted))
            runs.append(record);
    }
    return runs;
}

} // namespace Lifeboat
