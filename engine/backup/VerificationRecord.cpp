// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "VerificationRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lifeboat {

QString VerificationRecord::Problem::text() const
{
    return path.isEmpty() ? QStringLiteral("%1: %2").arg(archive, message)
                          : QStringLiteral("%1: %2: %3").arg(archive, path, message);
}

QJsonObject VerificationRecord::toJson() const
{
    QJsonArray problemArray;
    for (const Problem &problem : problems) {
        // "text" is for people and tools reading the file; it is derived, so
        // it is not read back.
        problemArray.append(QJsonObject{ { QStringLiteral("archive"), problem.archive },
            { QStringLiteral("path"), problem.path }, { QStringLiteral("message"), problem.message },
            { QStringLiteral("text"), problem.text() } });
    }
    QJsonObject json { { QStringLiteral("setId"), setId }, { QStringLiteral("time"), time.toString(Qt::ISODate) },
        { QStringLiteral("result"), result }, { QStringLiteral("archivesChecked"), archivesChecked },
        { QStringLiteral("filesChecked"), filesChecked },
        { QStringLiteral("lifeboatVersion"), lifeboatVersion }, { QStringLiteral("problems"), problemArray } };
    // Only where a verification said something of it: older records are written back as they were.
    if (!signature.isEmpty())
        json.insert(QStringLiteral("signature"), signature);
    return json;
}

VerificationRecord VerificationRecord::fromJson(const QJsonObject &json)
{
    VerificationRecord record;
    record.setId = json.value(QLatin1String("setId")).toString();
    record.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODate);
    record.result = json.value(QLatin1String("result")).toString();
    record.archivesChecked = json.value(QLatin1String("archivesChecked")).toInt();
    record.filesChecked = json.value(QLatin1String("filesChecked")).toInt();
    record.lifeboatVersion = json.value(QLatin1String("lifeboatVersion")).toString();
    record.signature = json.value(QLatin1String("signature")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("problems")).toArray()) {
        record.problems.append({ value[QLatin1String("archive")].toString(),
            value[QLatin1String("path")].toString(), value[QLatin1String("message")].toString() });
    }
    return record;
}

std::optional<VerificationRecord> VerificationRecord::load(const QString &setDirectory)
{
    QFile file(QDir(setDirectory).filePath(fileName()));
    if (!QFileInfo(file.fileName()).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

bool VerificationRecord::save(const QString &setDirectory, QString *error) const
{
    const QByteArray data = QJsonDocument(toJson()).toJson();
    QSaveFile file(QDir(setDirectory).filePath(fileName()));
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace Lifeboat
