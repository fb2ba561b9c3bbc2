// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Change.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace Lifeboat {

namespace {
const Change::Kind allKinds[] = {Change::Kind::Delete,          Change::Kind::Move,           Change::Kind::Write,
                                 Change::Kind::Overwrite,       Change::Kind::StopNode,       Change::Kind::StartNode,
                                 Change::Kind::EnterBackupMode, Change::Kind::LeaveBackupMode, Change::Kind::RunCommand,
                                 Change::Kind::Manual,          Change::Kind::Keep};
} // namespace

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delete: return QStringLiteral("delete");
    case Kind::Move: return QStringLiteral("move");
    case Kind::Write: return QStringLiteral("write");
    case Kind::Overwrite: return QStringLiteral("overwrite");
    case Kind::StopNode: return QStringLiteral("stop-node");
    case Kind::StartNode: return QStringLiteral("start-node");
    case Kind::EnterBackupMode: return QStringLiteral("enter-backup-mode");
    case Kind::LeaveBackupMode: return QStringLiteral("leave-backup-mode");
    case Kind::RunCommand: return QStringLiteral("run-command");
    case Kind::Manual: return QStringLiteral("manual");
    case Kind::Keep: return QStringLiteral("keep");
    }
    return {};
}

bool Change::keepsEverything(const QList<Change> &changes)
{
    return !changes.isEmpty() && std::all_of(changes.cbegin(), changes.cend(), [](const Change &change) {
        return change.kind == Kind::Keep;
    });
}

QString Change::toText() const
{
    QString verb;
    switch (kind) {
    case Kind::Delete: verb = tr("delete"); break;
    case Kind::Move: verb = tr("move"); break;
    case Kind::Write: verb = tr("write"); break;
    case Kind::Overwrite: verb = tr("overwrite"); break;
    case Kind::StopNode: verb = tr("stop node"); break;
    case Kind::StartNode: verb = tr("start node"); break;
    case Kind::EnterBackupMode: verb = tr("enter backup mode"); break;
    case Kind::LeaveBackupMode: verb = tr("leave backup mode"); break;
    case Kind::RunCommand: verb = tr("run"); break;
    case Kind::Manual: verb = tr("by hand:"); break;
    case Kind::Keep: verb = tr("keep"); break;
    }
    QString text = verb + u' ' + target;
    if (files > 0 || bytes > 0)
        text += QStringLiteral(" (%1, %2)")
                    .arg(QCoreApplication::translate("Change", "%n file(s)", nullptr, int(files)),
                         QLocale().formattedDataSize(bytes));
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    return text;
}

QJsonObject Change::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("target"), target}};
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (files > 0)
        json.insert(QStringLiteral("files"), files);
    if (bytes > 0)
        json.insert(QStringLiteral("bytes"), bytes);
    return json;
}

Change Change::fromJson(const QJsonObject &json)
{
    Change change;
    const QString kind = json.value(QLatin1String("kind")).toString();
    for (Kind candidate : allKinds) {
        if (kindName(candidate) == kind)
            change.kind = candidate;
    }
    change.target = json.value(QLatin1String("target")).toString();
    change.detail = json.value(QLatin1String("detail")).toString();
    change.files = json.value(QLatin1String("files")).toInteger();
    change.bytes = json.value(QLatin1String("bytes")).toInteger();
    return change;
}

} // namespace Lifeboat
