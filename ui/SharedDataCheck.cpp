// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SharedDataCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Lifeboat {

namespace {
QStringList checkSqlite(const ClusterProfile &profile, const DatabaseProfile &database)
{
    QStringList found;
    if (!QFileInfo::exists(database.path))
        return {SharedDataCheck::tr("The forms database %1 is missing.").arg(database.path)};
    const QString connection = QStringLiteral("shared-data-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database.path);
        // Read-only: looking must never change what a restore would need.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            found.append(SharedDataCheck::tr("The forms database %1 cannot be opened.").arg(database.path));
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() || check.value(0).toString() != QLatin1String("ok"))
                found.append(SharedDataCheck::tr("The forms database %1 fails its integrity check.").arg(database.path));
            QSqlQuery documents(db);
            if (found.isEmpty() && !database.gdsReferenceQuery.isEmpty() && documents.exec(database.gdsReferenceQuery)) {
                int missing = 0;
                while (documents.next())
                    missing += QFileInfo::exists(QDir(profile.gds).filePath(documents.value(0).toString())) ? 0 : 1;
                if (missing > 0)
                    found.append(SharedDataCheck::tr("%n document(s) the database refers to are missing from the GDS.", nullptr, missing));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}
} // namespace

QStringList SharedDataCheck::damage(const ClusterProfile &profile)
{
    QStringList found;
    for (const DatabaseProfile &database : profile.databases) {
        if (database.kind == DatabaseKind::Sqlite)
            found += checkSqlite(profile, database);
    }
    return found;
}

} // namespace Lifeboat
