#pragma once

#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QProcess;

namespace Lifeboat {

class StepContext;

// The MariaDB/MySQL client programs for one database of the profile:
// mariadb-dump (or mysqldump) to dump it, mariadb (or mysql) to query it and
// to load a dump back into it.
//
// The password never appears on a command line, where `ps` would show it: it
// goes to the clients in an option file only this user can read, written by
// open() into a work directory and deleted when the client is destroyed.
class MariaDbClient
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbClient)

public:
    explicit MariaDbClient(DatabaseProfile database);
    ~MariaDbClient();
    MariaDbClient(const MariaDbClient &) = delete;
    MariaDbClient &operator=(const MariaDbClient &) = delete;

    // "mariadb-dump" or "mysqldump", whichever is installed, for previews.
    static QString dumpToolName();
    // Empty when the client programs are installed, else what to install.
    static QString missingTools();

    // Finds the programs and writes the option file into `workDirectory`.
    bool open(StepContext &context, const QString &workDirectory);
    bool queryBinaryLogging(StepContext &context, bool *on) const;
    // A consistent dump of the whole database with its routines, triggers and
    // events, which creates and selects the database when it is loaded.
    bool dump(StepContext &context, bool binaryLogging, const QString &dumpFile) const;
    // Replaces the database with the one in `dumpFile` (made by dump()): the
    // database is dropped and the dump re-creates it, so that it holds what
    // the dump holds and nothing else.
    bool load(StepContext &context, const QString &dumpFile) const;

private:
    enum class Ended { Finished, Cancelled, TimedOut };
    static Ended waitFor(QProcess &process, const StepContext &context, int timeoutMs);
    QStringList connectionArguments() const;
    bool execute(StepContext &context, const QString &statement, const QString &failure) const;

    DatabaseProfile m_database;
    QString m_dump;   // mariadb-dump or mysqldump
    QString m_client; // mariadb or mysql
    QString m_optionFile;
};

} // namespace Lifeboat
