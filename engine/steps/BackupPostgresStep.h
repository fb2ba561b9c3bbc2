#pragma once

#include <DatabaseProfile.h>
#include <run/Step.h>

#include <QCoreApplication>

class QProcess;

namespace Lifeboat {

// Backs up a PostgreSQL database while it is in use: pg_dump writes a
// consistent snapshot in its custom format (compressed, restorable table by
// table with pg_restore), pg_restore must be able to read it back, and the
// dump becomes the database part of the set.
//
// The password never appears on a command line, where `ps` would show it:
// pg_dump gets it in its own environment (PGPASSWORD) and never prompts.
class BackupPostgresStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupPostgresStep)

public:
    explicit BackupPostgresStep(DatabaseProfile database);

    QString kind() const override { return QStringLiteral("backup-postgresql"); }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    enum class Ended { Finished, Cancelled };

    // pg_dump or pg_restore: on the PATH, else the newest under /usr/lib/postgresql.
    static QString findTool(const QString &name);
    static Ended waitFor(QProcess &process, const StepContext &context);
    QStringList connectionArguments() const;
    bool dump(StepContext &context, const QString &pgDump, const QString &dumpFile) const;
    bool verify(StepContext &context, const QString &pgRestore, const QString &dumpFile) const;

    DatabaseProfile m_database;
};

} // namespace Lifeboat
