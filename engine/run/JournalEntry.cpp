// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "JournalEntry.h"

#include <QJsonArray>

namespace Lifeboat {

namespace {

// The entry types, as each line's "type" names them.
constexpr QLatin1String runType{ "run" };
constexpr QLatin1String resumeType{ "resume" };
constexpr QLatin1String stepStartType{ "step-start" };
constexpr QLatin1String stepEndType{ "step-end" };
constexpr QLatin1String confirmationType{ "confirmation" };
constexpr QLatin1String cancelType{ "cancel" };
constexpr QLatin1String nodeDownType{ "node-down" };
constexpr QLatin1String nodeUpType{ "node-up" };
constexpr QLatin1String runEndType{ "run-end" };

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QLatin1String phaseWord(JournalEntry::Phase phase)
{
    return phase == JournalEntry::Phase::Cleanup ? QLatin1String("cleanup") : QLatin1String("main");
}

JournalEntry::Phase phaseFrom(const QJsonObject &json)
{
    return text(json, "phase") == QLatin1String("cleanup") ? JournalEntry::Phase::Cleanup
                                                           : JournalEntry::Phase::Main;
}

QJsonObject bodyJson(const JournalEntry::RunStart &entry)
{
    return { { QStringLiteral("type"), runType }, { QStringLiteral("scenario"), entry.scenario },
        { QStringLiteral("profile"), entry.profilePath }, { QStringLiteral("cluster"), entry.cluster },
        { QStringLiteral("sandbox"), entry.sandbox },
        { QStringLiteral("options"), QJsonObject::fromVariantMap(entry.options) },
        { QStringLiteral("plan"), entry.plan.toJson() }, { QStringLiteral("user"), entry.user },
        { QStringLiteral("host"), entry.host }, { QStringLiteral("pid"), entry.pid },
        { QStringLiteral("version"), entry.version } };
}

QJsonObject bodyJson(const JournalEntry::Resume &entry)
{
    return { { QStringLiteral("type"), resumeType }, { QStringLiteral("pid"), entry.pid },
        { QStringLiteral("user"), entry.user } };
}

QJsonObject bodyJson(const JournalEntry::StepStart &entry)
{
    return { { QStringLiteral("type"), stepStartType }, { QStringLiteral("phase"), phaseWord(entry.phase) },
        { QStringLiteral("index"), entry.index }, { QStringLiteral("title"), entry.title } };
}

QJsonObject bodyJson(const JournalEntry::StepEnd &entry)
{
    QJsonArray changes;
    for (const Change &change : entry.changes)
        changes.append(change.toJson());
    QJsonObject json { { QStringLiteral("type"), stepEndType }, { QStringLiteral("phase"), phaseWord(entry.phase) },
        { QStringLiteral("index"), entry.index }, { QStringLiteral("result"), entry.result },
        { QStringLiteral("message"), entry.message }, { QStringLiteral("changes"), changes },
        { QStringLiteral("log"), QJsonArray::fromStringList(entry.log) } };
    // Only a failed cleanup step has it: every other entry is as before.
    if (!entry.leftToDo.isEmpty())
        json.insert(QStringLiteral("leftToDo"), entry.leftToDo);
    return json;
}

QJsonObject bodyJson(const JournalEntry::Confirmation &entry)
{
    return { { QStringLiteral("type"), confirmationType }, { QStringLiteral("index"), entry.index },
        { QStringLiteral("title"), entry.title },
        { QStringLiteral("reason"), JournalEntry::reasonWord(entry.reason) },
        { QStringLiteral("answer"), JournalEntry::answerWord(entry.yes) }, { QStringLiteral("by"), entry.by },
        { QStringLiteral("inAdvance"), entry.inAdvance },
        { QStringLiteral("asked"), entry.asked.toString(Qt::ISODateWithMs) },
        { QStringLiteral("waitedMs"), entry.waitedMs } };
}

QJsonObject bodyJson(const JournalEntry::Cancel &entry)
{
    return { { QStringLiteral("type"), cancelType }, { QStringLiteral("before"), entry.before } };
}

QJsonObject bodyJson(const JournalEntry::NodeDown &entry)
{
    return { { QStringLiteral("type"), nodeDownType }, { QStringLiteral("node"), entry.node } };
}

QJsonObject bodyJson(const JournalEntry::NodeUp &entry)
{
    return { { QStringLiteral("type"), nodeUpType }, { QStringLiteral("node"), entry.node } };
}

QJsonObject bodyJson(const JournalEntry::RunEnd &entry)
{
    return { { QStringLiteral("type"), runEndType }, { QStringLiteral("result"), entry.result } };
}

JournalEntry::RunStart runStartFrom(const QJsonObject &json, const QDateTime &time)
{
    return { .time = time,
        .scenario = text(json, "scenario"),
        .profilePath = text(json, "profile"),
        .cluster = text(json, "cluster"),
        .sandbox = json.value(QLatin1String("sandbox")).toBool(),
        .options = json.value(QLatin1String("options")).toObject().toVariantMap(),
        .plan = PlanOutline::fromJson(json.value(QLatin1String("plan")).toObject()),
        .user = text(json, "user"),
        .host = text(json, "host"),
        .pid = json.value(QLatin1String("pid")).toInteger(),
        .version = text(json, "version") };
}

JournalEntry::StepEnd stepEndFrom(const QJsonObject &json, const QDateTime &time)
{
    JournalEntry::StepEnd entry{ .time = time,
        .phase = phaseFrom(json),
        .index = json.value(QLatin1String("index")).toInt(-1),
        .result = text(json, "result"),
        .message = text(json, "message"),
        .leftToDo = text(json, "leftToDo") };
    for (const QJsonValue &change : json.value(QLatin1String("changes")).toArray())
        entry.changes.append(Change::fromJson(change.toObject()));
    for (const QJsonValue &line : json.value(QLatin1String("log")).toArray())
        entry.log.append(line.toString());
    return entry;
}

JournalEntry::Confirmation confirmationFrom(const QJsonObject &json, const QDateTime &time)
{
    const QDateTime asked = QDateTime::fromString(text(json, "asked"), Qt::ISODateWithMs);
    JournalEntry::Confirmation entry{ .time = time,
        .index = json.value(QLatin1String("index")).toInt(-1),
        .title = text(json, "title"),
        .reason = text(json, "reason") == JournalEntry::reasonWord(JournalEntry::Reason::Manual)
            ? JournalEntry::Reason::Manual
            : JournalEntry::Reason::Destructive,
        .yes = text(json, "answer") == JournalEntry::answerWord(true),
        .by = text(json, "by"),
        .inAdvance = json.value(QLatin1String("inAdvance")).toBool(),
        .asked = asked.isValid() ? asked : time };
    entry.waitedMs = json.value(QLatin1String("waitedMs")).toInteger(entry.asked.msecsTo(time));
    return entry;
}

} // namespace

QLatin1String JournalEntry::reasonWord(Reason reason)
{
    return reason == Reason::Manual ? QLatin1String("manual") : QLatin1String("destructive");
}

QLatin1String JournalEntry::answerWord(bool yes)
{
    return yes ? QLatin1String("yes") : QLatin1String("no");
}

QDateTime JournalEntry::time() const
{
    return std::visit([](const auto &body) { return body.time; }, m_body);
}

void JournalEntry::setTime(const QDateTime &time)
{
    std::visit([&time](auto &body) { body.time = time; }, m_body);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json = std::visit([](const auto &body) { return bodyJson(body); }, m_body);
    json.insert(QStringLiteral("time"), time().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &json)
{
    const QString type = text(json, "type");
    const QDateTime time = QDateTime::fromString(text(json, "time"), Qt::ISODateWithMs);
    if (type == runType)
        return JournalEntry(runStartFrom(json, time));
    if (type == resumeType)
        return JournalEntry(Resume{ time, json.value(QLatin1String("pid")).toInteger(), text(json, "user") });
    if (type == stepStartType)
        return JournalEntry(StepStart{
            time, phaseFrom(json), json.value(QLatin1String("index")).toInt(-1), text(json, "title") });
    if (type == stepEndType)
        return JournalEntry(stepEndFrom(json, time));
    if (type == confirmationType)
        return JournalEntry(confirmationFrom(json, time));
    if (type == cancelType)
        return JournalEntry(Cancel{ time, json.value(QLatin1String("before")).toInt(-1) });
    if (type == nodeDownType)
        return JournalEntry(NodeDown{ time, text(json, "node") });
    if (type == nodeUpType)
        return JournalEntry(NodeUp{ time, text(json, "node") });
    if (type == runEndType)
        return JournalEntry(RunEnd{ time, text(json, "result") });
    return std::nullopt;
}

} // namespace Lifeboat
