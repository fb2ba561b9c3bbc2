// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Backs up a PostgreSQL database while it is in use: pg_dump writes a
// consistent snapshot in its custom format (compressed, restorable table by
// table with pg_restore), pg_restore must be able to read it back, and the
// dump becomes the database part of the set.
// The programs get the password as PostgresClient passes it: never on a
// command line.
class BackupPostgresStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupPostgresStep)

public:
    explicit BackupPostgresStep(DatabaseProfile database);

    QString kind() const override { return StepKinds::backupPostgreSql; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    DatabaseProfile m_database;
};

} // namespace Lifeboat
