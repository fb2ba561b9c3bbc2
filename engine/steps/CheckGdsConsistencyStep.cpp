// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CheckGdsConsistencyStep.h"

#include <backup/StagedSet.h>

#include <backup/BackupPart.h>
#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Lifeboat {

namespace {
constexpr int namedAtMost = 10;
}

ChangeList CheckGdsConsistencyStep::preview(const StepContext &) const
{
    return {};
}

bool CheckGdsConsistencyStep::run(StepContext &context)
{
    const QString staging = StagedSet::directory(context);
    const std::optional<BackupPart> gds = StagedSet::recorded(BackupSetLayout::partFile(staging, QStringLiteral("gds")));
    if (!gds)
        return context.fail(tr("The GDS part of %1 is missing, so the backup cannot be checked.").arg(staging));
    QHash<QString, Sha256Digest> documents;
    for (const BackupPart::File &file : gds->files)
        documents.insert(file.path, file.sha256);

    for (const DatabaseProfile &database : context.profile().databases) {
        if (database.gdsReferenceQuery.isEmpty())
            continue;
        if (database.kind != DatabaseKind::Sqlite) {
            context.info(tr("The %1 database is not checked against the GDS here (only SQLite copies are).").arg(database.name));
            continue;
        }
        const QString copy = QDir(BackupSetLayout::workDirectory(staging)).filePath(database.name + QStringLiteral(".sqlite"));
        const QString connection = QUuid::createUuid().toString();
        QStringList missing;
        qint64 references = 0;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(copy);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(db);
            if (!db.open() || !query.exec(database.gdsReferenceQuery))
                error = query.lastError().text() + db.lastError().text();
            while (query.next()) {
                ++references;
                const QString path = QStringLiteral("DocumentStorage/") + query.value(0).toString();
                if (documents.value(path) != Sha256Digest(query.value(1).toString()))
                    missing.append(query.value(0).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!error.isEmpty())
            return context.fail(tr("Cannot run the GDS reference query of the %1 database: %2. Check \"gdsReferenceQuery\" "
                                   "in the profile.").arg(database.name, error));
        if (!missing.isEmpty())
            return context.fail(tr("The backup is inconsistent: %n document(s) that the %1 database refers to are missing "
                                   "from the GDS backup or differ: %2. Back up inside a backup mode, or offline.",
                                   nullptr, int(missing.size()))
                                    .arg(database.name, missing.mid(0, namedAtMost).join(QStringLiteral(", "))));
        context.info(tr("All %n GDS reference(s) of the %1 database resolve in the GDS backup.", nullptr, int(references))
                         .arg(database.name));
    }
    return true;
}

} // namespace Lifeboat
