// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <database/DatabaseCallbacks.h>
#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

class StepContext;

// Replaces the contents of a MariaDB/MySQL or PostgreSQL database with a dump
// (from a backup set, or kept by an earlier restore), losing nothing: first
// the database's current contents are dumped into the run's quarantine under
// the backup root and recorded in its index, then the dump is loaded with
// the database's own client. A repeat after a crash keeps the first dump of
// the previous contents and loads again; a rollback loads the kept dump the
// same way.
class DatabaseReplacement
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseReplacement)

public:
    DatabaseReplacement() = delete;

    // "custom_pg (PostgreSQL database custom_pg on 127.0.0.1:5432)", for
    // quarantine listings and previews.
    static QString describe(const DatabaseProfile &database);
    // Where this run keeps the database's current contents.
    static QString quarantineFolder(const ClusterProfile &profile, const QString &runId);
    static QString dumpFileName(const DatabaseProfile &database);

    [[nodiscard]] static bool replace(StepContext &context, const DatabaseProfile &database, const QString &dumpToLoad);

private:
    static DatabaseCallbacks callbacks(StepContext &context);
    static bool keepCurrent(StepContext &context, const DatabaseProfile &database);
    static bool dumpInto(StepContext &context, const DatabaseProfile &database, const QString &file);
    static bool load(StepContext &context, const DatabaseProfile &database, const QString &dumpFile);
};

} // namespace Lifeboat
