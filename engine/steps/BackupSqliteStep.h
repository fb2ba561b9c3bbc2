// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Backs up an SQLite database while it is in use: `VACUUM INTO` writes a
// consistent copy, the copy must pass `PRAGMA integrity_check`, and the copy
// becomes the database part of the set. A damaged database fails the step
// instead of producing a backup that cannot be restored.
class BackupSqliteStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupSqliteStep)

public:
    explicit BackupSqliteStep(DatabaseProfile database);

    QString kind() const override { return StepKinds::backupSqlite; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool copyConsistently(StepContext &context, const QString &copy) const;

    DatabaseProfile m_database;
};

} // namespace Lifeboat
