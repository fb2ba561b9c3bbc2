// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Backs up a MariaDB or MySQL database while it is in use: mariadb-dump (or
// mysqldump) with --single-transaction writes a consistent SQL dump with the
// routines, triggers and events, and the dump becomes the database part of
// the set. When the server writes a binary log, the dump also records the log
// position it matches, the starting point for a point-in-time recovery.
// The clients get the password as MariaDbClient passes it: never on a
// command line.
class BackupMariaDbStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupMariaDbStep)

public:
    explicit BackupMariaDbStep(DatabaseProfile database);

    QString kind() const override { return StepKinds::backupMariaDb; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    void logBinaryLogPosition(StepContext &context, const QString &dumpFile) const;

    DatabaseProfile m_database;
};

} // namespace Lifeboat
