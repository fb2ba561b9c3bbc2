#pragma once

#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace Lifeboat {

class StepContext;

// The PostgreSQL client programs for one database of the profile: pg_dump to
// dump it in the custom format, pg_restore to read a dump back and to load
// it into the database.
//
// The password never appears on a command line, where `ps` would show it:
// the programs get it in their own environment (PGPASSWORD) and never prompt.
class PostgresClient
{
    Q_DECLARE_TR_FUNCTIONS(PostgresClient)

public:
    explicit PostgresClient(DatabaseProfile database);

    // pg_dump or pg_restore: on the PATH, else the newest under /usr/lib/postgresql.
    static QString findTool(const QString &name);
    // Empty when pg_dump and pg_restore are installed, else what to install.
    static QString missingTools();

    // Finds the programs and resolves the password.
    bool open(StepContext &context);
    bool dump(StepContext &context, const QString &dumpFile) const;
    // Proves that `dumpFile` is a whole custom-format archive.
    bool verify(StepContext &context, const QString &dumpFile) const;
    // Replaces every object of the dump in the database in one transaction
    // (pg_restore --clean --single-transaction): it all happens, or nothing.
    bool load(StepContext &context, const QString &dumpFile) const;

private:
    enum class Ended { Finished, Cancelled };
    static Ended waitFor(QProcess &process, const StepContext &context);
    QStringList connectionArguments() const;

    DatabaseProfile m_database;
    QString m_pgDump;
    QString m_pgRestore;
    QProcessEnvironment m_environment;
};

} // namespace Lifeboat
