// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DatabaseReplacement.h"

#include <hosts/Hosts.h>
#include <restore/Quarantine.h>

#include <cluster/NodeController.h>
#include <database/DatabaseDump.h>
#include <database/MariaDbClient.h>
#include <database/PostgresClient.h>
#include <run/FailPoint.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

QString DatabaseReplacement::describe(const DatabaseProfile &database)
{
    return tr("%1 (%2 database %3 on %4)").arg(database.name, toString(database.kind), database.database, DatabaseDump::server(database));
}

QString DatabaseReplacement::quarantineFolder(const ClusterProfile &profile, const QString &runId)
{
    return Quarantine::directory(Quarantine::databaseAnchor(profile).path, runId);
}

QString DatabaseReplacement::dumpFileName(const DatabaseProfile &database)
{
    return database.name + (database.kind == DatabaseKind::PostgreSql ? QStringLiteral(".dump") : QStringLiteral(".sql"));
}

bool DatabaseReplacement::replace(StepContext &context, const DatabaseProfile &database, const QString &dumpToLoad)
{
    if (!QFileInfo::exists(dumpToLoad))
        return context.fail(tr("The dump %1 is missing, so the %2 database cannot be restored. Run the restore again.")
                                .arg(dumpToLoad, database.name));
    if (!keepCurrent(context, database) || !load(context, database, dumpToLoad))
        return false;
    context.recordChange({Change::Kind::Overwrite, describe(database), tr("loaded from %1").arg(dumpToLoad), 1, QFileInfo(dumpToLoad).size()});
    return true;
}

bool DatabaseReplacement::keepCurrent(StepContext &context, const DatabaseProfile &database)
{
    const QString anchor = Quarantine::databaseAnchor(context.profile()).path;
    if (anchor.isEmpty() || !QDir().mkpath(anchor))
        return context.fail(tr("Cannot keep the current contents of the %1 database: the profile's backup root \"%2\" cannot "
                               "be created. Set \"backupRoot\" in the profile to a directory with room for a dump.")
                                .arg(database.name, anchor));
    Quarantine quarantine(context.hosts().local(), context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    Quarantine::Entry entry;
    if (!quarantine.reserveDatabaseDump(database.name, describe(database), anchor, dumpFileName(database), &entry))
        return context.fail(quarantine.errorString());
    if (QFileInfo::exists(entry.stored)) {
        context.info(tr("The contents the %1 database had before this restore are already kept in %2.").arg(database.name, entry.stored));
        return true;
    }
    // Written under another name and renamed once whole: a dump that exists is complete.
    const QString partial = entry.stored + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!dumpInto(context, database, partial))
        return false;
    if (!QFile::rename(partial, entry.stored))
        return context.fail(tr("Cannot rename %1 to %2. Check the permissions there.").arg(partial, entry.stored));
    context.recordChange({Change::Kind::Write, entry.stored, tr("the contents of the %1 database before the restore").arg(database.name), 1,
                          QFileInfo(entry.stored).size()});
    context.info(tr("Kept the current contents of the %1 database in %2.").arg(database.name, entry.stored));
    FailPoint::hit(QStringLiteral("kept:") + database.name);
    return true;
}

DatabaseCallbacks DatabaseReplacement::callbacks(StepContext &context)
{
    return {[&context](const QString &message) { context.info(message); },
            [&context](const QString &message) { context.warn(message); },
            [&context] { return context.isCancelled(); }};
}

bool DatabaseReplacement::dumpInto(StepContext &context, const DatabaseProfile &database, const QString &file)
{
    const SecretStore &secrets = context.nodes().secrets();
    if (database.kind == DatabaseKind::MariaDb) {
        MariaDbClient client(database, callbacks(context));
        if (!client.open(secrets, QFileInfo(file).absolutePath()) || !client.dump(false, file))
            return context.fail(client.errorString());
        return true;
    }
    PostgresClient client(database, callbacks(context));
    if (!client.open(secrets) || !client.dump(file) || !client.verify(file))
        return context.fail(client.errorString());
    return true;
}

bool DatabaseReplacement::load(StepContext &context, const DatabaseProfile &database, const QString &dumpFile)
{
    const SecretStore &secrets = context.nodes().secrets();
    if (database.kind == DatabaseKind::MariaDb) {
        MariaDbClient client(database, callbacks(context));
        if (!client.open(secrets, quarantineFolder(context.profile(), context.runId())) || !client.load(dumpFile))
            return context.fail(client.errorString());
        return true;
    }
    PostgresClient client(database, callbacks(context));
    if (!client.open(secrets) || !client.load(dumpFile))
        return context.fail(client.errorString());
    return true;
}

} // namespace Lifeboat
