// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Restores a MariaDB/MySQL or PostgreSQL database from the dump unpacked
// from the backup set (see ExtractPartStep and DatabaseReplacement): its
// current contents are dumped into the quarantine first, then the backup's
// dump is loaded.
class RestoreDatabaseStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RestoreDatabaseStep)

public:
    // `scratchLocation`: where ExtractPartStep unpacked the part (see
    // RestoreScratch::databaseLocation); `dumpBytes`: the dump's size in the
    // set, an estimate of what keeping the current contents takes.
    RestoreDatabaseStep(DatabaseProfile database, QString scratchLocation, QString fileInCopy, qint64 dumpBytes);

    QString kind() const override { return StepKinds::restoreDatabase; }
    QString title() const override;
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    DatabaseProfile m_database;
    qint64 m_dumpBytes = 0;
    QString m_scratchLocation;
    QString m_fileInCopy;
};

} // namespace Lifeboat
