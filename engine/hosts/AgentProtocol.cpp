// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentProtocol.h"

#include <backup/BaseFiles.h>
#include <QJsonArray>

namespace Lifeboat {

namespace {
constexpr struct
{
    HostFiles::Type type;
    const char *name;
} typeNames[] = {{HostFiles::Type::Missing, "missing"},
                 {HostFiles::Type::File, "file"},
                 {HostFiles::Type::Directory, "directory"},
                 {HostFiles::Type::Link, "link"},
                 {HostFiles::Type::Other, "other"}};

QString nameOf(HostFiles::Type type)
{
    for (const auto &known : typeNames) {
        if (known.type == type)
            return QLatin1String(known.name);
    }
    return QStringLiteral("other");
}

HostFiles::Type typeNamed(const QString &name)
{
    for (const auto &known : typeNames) {
        if (name == QLatin1String(known.name))
            return known.type;
    }
    return HostFiles::Type::Other;
}
} // namespace

QJsonObject AgentProtocol::toJson(const HostFiles::Entry &entry)
{
    // Times as milliseconds since the epoch: exact, and free of either
    // host's time zone.
    return {{QStringLiteral("path"), entry.path},
            {QStringLiteral("type"), nameOf(entry.type)},
            {QStringLiteral("size"), entry.size},
            {QStringLiteral("mode"), entry.mode},
            {QStringLiteral("modified"),
             entry.modified.isValid() ? QJsonValue(entry.modified.toMSecsSinceEpoch()) : QJsonValue()},
            {QStringLiteral("owner"), entry.owner},
            {QStringLiteral("group"), entry.group},
            {QStringLiteral("uid"), entry.uid},
            {QStringLiteral("gid"), entry.gid},
            {QStringLiteral("linkTarget"), entry.linkTarget},
            {QStringLiteral("device"), entry.device}};
}

HostFiles::Entry AgentProtocol::entryFromJson(const QJsonObject &json)
{
    HostFiles::Entry entry;
    entry.path = json.value(QLatin1String("path")).toString();
    entry.type = typeNamed(json.value(QLatin1String("type")).toString());
    entry.size = json.value(QLatin1String("size")).toInteger();
    entry.mode = json.value(QLatin1String("mode")).toInt();
    const QJsonValue modified = json.value(QLatin1String("modified"));
    if (!modified.isNull() && !modified.isUndefined())
        entry.modified = QDateTime::fromMSecsSinceEpoch(modified.toInteger());
    entry.owner = json.value(QLatin1String("owner")).toString();
    entry.group = json.value(QLatin1String("group")).toString();
    entry.uid = json.value(QLatin1String("uid")).toInteger(-1);
    entry.gid = json.value(QLatin1String("gid")).toInteger(-1);
    entry.linkTarget = json.value(QLatin1String("linkTarget")).toString();
    entry.device = json.value(QLatin1String("device")).toInteger(-1);
    return entry;
}

QJsonObject AgentProtocol::toJson(const HostFiles::Lock &lock)
{
    const char *state = lock.state == HostFiles::Lock::State::Held ? "held"
        : lock.state == HostFiles::Lock::State::Stale              ? "stale"
                                                                   : "absent";
    return {{QStringLiteral("state"), QLatin1String(state)}, {QStringLiteral("pid"), lock.pid}};
}

HostFiles::Lock AgentProtocol::lockFromJson(const QJsonObject &json)
{
    HostFiles::Lock lock;
    const QString state = json.value(QLatin1String("state")).toString();
    lock.state = state == QLatin1String("held") ? HostFiles::Lock::State::Held
        : state == QLatin1String("stale")       ? HostFiles::Lock::State::Stale
                                                : HostFiles::Lock::State::Absent;
    lock.pid = json.value(QLatin1String("pid")).toInteger();
    return lock;
}

QJsonObject AgentProtocol::toJson(const HostFiles::SnapshotSupport &support)
{
    return {{QStringLiteral("fileSystem"), support.fileSystem},
            {QStringLiteral("subvolume"), support.subvolume},
            {QStringLiteral("reflink"), support.reflink},
            {QStringLiteral("whyNoSubvolume"), support.whyNoSubvolume},
            {QStringLiteral("whyNoReflink"), support.whyNoReflink}};
}

HostFiles::SnapshotSupport AgentProtocol::snapshotSupportFromJson(const QJsonObject &json)
{
    HostFiles::SnapshotSupport support;
    support.fileSystem = json.value(QLatin1String("fileSystem")).toString();
    support.subvolume = json.value(QLatin1String("subvolume")).toBool();
    support.reflink = json.value(QLatin1String("reflink")).toBool();
    support.whyNoSubvolume = json.value(QLatin1String("whyNoSubvolume")).toString();
    support.whyNoReflink = json.value(QLatin1String("whyNoReflink")).toString();
    return support;
}

QJsonObject AgentProtocol::toJson(const BackupPart &part)
{
    QJsonObject json = part.toJson();
    json.insert(QStringLiteral("excluded"), QJsonArray::fromStringList(part.excluded));
    QStringList readFrom;
    for (const BackupPart::Source &source : part.sources)
        readFrom.append(source.readFrom);
    json.insert(QStringLiteral("readFrom"), QJsonArray::fromStringList(readFrom));
    if (!part.base.setId.isEmpty()) {
        // The base's files go as a part's files do.
        BackupPart base;
        if (part.base.files)
            base.files = part.base.files->files();
        json.insert(QStringLiteral("base"), QJsonObject{{QStringLiteral("setId"), part.base.setId},
                                                        {QStringLiteral("started"), part.base.started.toString(Qt::ISODateWithMs)},
                                                        {QStringLiteral("files"), base.toJson().value(QLatin1String("files"))}});
    }
    return json;
}

BackupPart AgentProtocol::partFromJson(const QJsonObject &json)
{
    BackupPart part = BackupPart::fromJson(json);
    for (const QJsonValue &value : json.value(QLatin1String("excluded")).toArray())
        part.excluded.append(value.toString());
    const QJsonArray readFrom = json.value(QLatin1String("readFrom")).toArray();
    for (qsizetype i = 0; i < part.sources.size() && i < readFrom.size(); ++i)
        part.sources[i].readFrom = readFrom[i].toString();
    const QJsonObject base = json.value(QLatin1String("base")).toObject();
    if (!base.isEmpty()) {
        part.base.setId = base.value(QLatin1String("setId")).toString();
        part.base.started = QDateTime::fromString(base.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
        part.base.files = std::make_shared<const BaseFiles>(BackupPart::fromJson(base).files);
    }
    return part;
}

QJsonValue AgentProtocol::toJson(HostFiles::ExtractMode mode)
{
    switch (mode) {
    case HostFiles::ExtractMode::OlderPiece:
        return QStringLiteral("older");
    case HostFiles::ExtractMode::NewestPiece:
        return QStringLiteral("newest");
    case HostFiles::ExtractMode::Whole:
        break;
    }
    return QStringLiteral("whole");
}

HostFiles::ExtractMode AgentProtocol::extractModeFromJson(const QJsonValue &json)
{
    const QString name = json.toString();
    if (name == QLatin1String("older"))
        return HostFiles::ExtractMode::OlderPiece;
    if (name == QLatin1String("newest"))
        return HostFiles::ExtractMode::NewestPiece;
    return HostFiles::ExtractMode::Whole;
}

} // namespace Lifeboat
