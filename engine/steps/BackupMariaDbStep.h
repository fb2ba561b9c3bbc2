#pragma once

#include <DatabaseProfile.h>
#include <run/Step.h>

#include <QCoreApplication>

class QProcess;

namespace Lifeboat {

// Backs up a MariaDB or MySQL database while it is in use: mariadb-dump (or
// mysqldump) with --single-transaction writes a consistent SQL dump with the
// routines, triggers and events, and the dump becomes the database part of
// the set. When the server writes a binary log, the dump also records the log
// position it matches, the starting point for a point-in-time recovery.
//
// The password never appears on a command line, where `ps` would show it: it
// goes to the clients in an option file only this user can read, in the
// set's work directory, deleted as soon as the clients are done.
class BackupMariaDbStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupMariaDbStep)

public:
    explicit BackupMariaDbStep(DatabaseProfile database);

    QString kind() const override { return QStringLiteral("backup-mariadb"); }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    struct Tools
    {
        QString dump;   // mariadb-dump or mysqldump
        QString client; // mariadb or mysql
    };
    enum class Ended { Finished, Cancelled, TimedOut };

    static Tools findTools();
    static Ended waitFor(QProcess &process, const StepContext &context, int timeoutMs);
    QStringList connectionArguments(const QString &optionFile) const;
    bool writeOptionFile(StepContext &context, const QString &path) const;
    bool queryBinaryLogging(StepContext &context, const Tools &tools, const QString &optionFile, bool *on) const;
    bool dump(StepContext &context, const Tools &tools, const QString &optionFile, bool binaryLogging,
              const QString &dumpFile) const;
    void logBinaryLogPosition(StepContext &context, const QString &dumpFile) const;

    DatabaseProfile m_database;
};

} // namespace Lifeboat
