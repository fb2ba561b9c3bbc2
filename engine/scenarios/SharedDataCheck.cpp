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
QStringList missingFromGds(const ClusterProfile &profile, const QStringList &references)
{
    QList<HostFiles::Entry> entries;
    if (!Hosts::of(profile)->files(profile.gdsPlace()).listTree(profile.gds, &entries, nullptr))
        return {}; // a GDS that cannot be listed is for the host checks and the scenario's own to report
    QSet<QString> present;
    for (const HostFiles::Entry &entry : std::as_const(entries))
        present.insert(QDir::cleanPath(entry.path));
    QStringList missing;
    for (const QString &reference : references) {
        if (!present.contains(QDir::cleanPath(QDir(profile.gds).filePath(reference))))
            missing.append(reference);
    }
    return missing;
}

QStringList referencesIn(QSqlDatabase &db, const QString &query, bool *ok)
{
    QSqlQuery documents(db);
    QStringList references;
    *ok = documents.exec(query);
    while (*ok && documents.next())
        references.append(documents.value(0).toString());
    return references;
}

// A running cluster writes and collects documents while the check looks (a
// new document's file before its row, an expired one's row before its
// file), so a document seen missing once is asked about again: it is
// missing only if the database still refers to it and it is still absent.
int stillMissing(const ClusterProfile &profile, QSqlDatabase &db, const QString &query, QStringList missing)
{
    bool ok = false;
    const QStringList now = referencesIn(db, query, &ok);
    const QSet<QString> referenced(now.begin(), now.end());
    HostFiles &gds = Hosts::of(profile)->files(profile.gdsPlace());
    missing.removeIf([&](const QString &reference) {
        HostFiles::Entry entry;
        return !referenced.contains(reference)
            || (gds.stat(QDir(profile.gds).filePath(reference), &entry, nullptr) && entry.exists());
    });
    return int(missing.size());
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
            bool read = false;
            const QStringList references = found.isEmpty() && !database.gdsReferenceQuery.isEmpty()
                ? referencesIn(db, database.gdsReferenceQuery, &read) : QStringList();
            const QStringList seenMissing = read ? missingFromGds(profile, references) : QStringList();
            if (!seenMissing.isEmpty()) {
                const int missing = stillMissing(profile, db, database.gdsReferenceQuery, seenMissing);
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
