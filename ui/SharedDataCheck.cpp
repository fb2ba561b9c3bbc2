// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SharedDataCheck.h"

#include <hosts/Hosts.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Lifeboat {

namespace {
// Asked of the GDS's own host, in one listing: on a cluster with hosts the
// GDS is not on this machine, where every document would seem gone.
int missingFromGds(const ClusterProfile &profile, const QStringList &references)
{
    QList<HostFiles::Entry> entries;
    if (!Hosts::of(profile)->files(profile.gdsPlace()).listTree(profile.gds, &entries, nullptr))
        return 0; // a GDS that cannot be listed is for the host checks and the scenario's own to report
    QSet<QString> present;
    for (const HostFiles::Entry &entry : std::as_const(entries))
        present.insert(QDir::cleanPath(entry.path));
    int missing = 0;
    for (const QString &reference : references)
        missing += present.contains(QDir::cleanPath(QDir(profile.gds).filePath(reference))) ? 0 : 1;
    return missing;
}

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
                QStringList references;
                while (documents.next())
                    references.append(documents.value(0).toString());
                const int missing = missingFromGds(profile, references);
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
