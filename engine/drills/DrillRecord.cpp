// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillRecord.h"

#include <support/DataPaths.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Lifeboat {

namespace {
bool writeWhole(const QString &path, const QJsonObject &json, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(json).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

std::optional<DrillRecord> readRecord(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    if (json.value(QLatin1String("drill")).toString().isEmpty())
        return std::nullopt;
    return DrillRecord::fromJson(json);
}
} // namespace

QJsonObject DrillRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("drill"), drillId},
                     {QStringLiteral("seed"), qint64(seed)},
                     {QStringLiteral("sandbox"), sandbox},
                     {QStringLiteral("nodes"), QJsonArray::fromStringList(nodes)},
                     {QStringLiteral("goodSet"), goodSet},
                     {QStringLiteral("damagedSet"), damagedSet},
                     {QStringLiteral("damagedArchive"), damagedArchive},
                     {QStringLiteral("damagedOffset"), damagedOffset},
                     {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)}};
    if (finishedAt.isValid())
        json.insert(QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs));
    if (score)
        json.insert(QStringLiteral("score"), score->toJson());
    return json;
}

DrillRecord DrillRecord::fromJson(const QJsonObject &json)
{
    DrillRecord record;
    record.drillId = json.value(QLatin1String("drill")).toString();
    record.seed = quint32(json.value(QLatin1String("seed")).toInteger());
    record.sandbox = json.value(QLatin1String("sandbox")).toString();
    for (const QJsonValue &node : json.value(QLatin1String("nodes")).toArray())
        record.nodes.append(node.toString());
    record.goodSet = json.value(QLatin1String("goodSet")).toString();
    record.damagedSet = json.value(QLatin1String("damagedSet")).toString();
    record.damagedArchive = json.value(QLatin1String("damagedArchive")).toString();
    record.damagedOffset = json.value(QLatin1String("damagedOffset")).toInteger(-1);
    record.startedAt = QDateTime::fromString(json.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(json.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
    if (json.contains(QLatin1String("score")))
        record.score = DrillScore::fromJson(json.value(QLatin1String("score")).toObject());
    return record;
}

QString DrillRecord::directory()
{
    return QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("drills"));
}

QString DrillRecord::currentFile(const QString &sandbox)
{
    const QByteArray where = QDir::cleanPath(QFileInfo(sandbox).absoluteFilePath()).toUtf8();
    return QDir(directory()).filePath(
        QStringLiteral("current-%1.json")
            .arg(QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16))));
}

std::optional<DrillRecord> DrillRecord::current(const QString &sandbox)
{
    return readRecord(currentFile(sandbox));
}

bool DrillRecord::saveCurrent(QString *error) const
{
    return writeWhole(currentFile(sandbox), toJson(), error);
}

QString DrillRecord::historyFile(const QString &suffix) const
{
    return QDir(directory()).filePath(
        QStringLiteral("history/%1-%2%3").arg(startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), drillId, suffix));
}

bool DrillRecord::archive(QString *error) const
{
    if (!writeWhole(historyFile(QStringLiteral(".json")), toJson(), error))
        return false;
    QFile::remove(currentFile(sandbox));
    return true;
}

void DrillRecord::discardCurrent() const
{
    QFile::remove(currentFile(sandbox));
}

QList<DrillRecord> DrillRecord::history()
{
    QList<DrillRecord> records;
    const QDir folder(QDir(directory()).filePath(QStringLiteral("history")));
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (const auto record = readRecord(folder.filePath(name)))
            records.append(*record);
    }
    return records;
}

} // namespace Lifeboat
