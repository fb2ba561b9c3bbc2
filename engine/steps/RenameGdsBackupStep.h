// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Adobe's last GDS restore step: DocumentStorage/backup becomes
// DocumentStorage/restore, which the server reads at start. A restore
// folder already there is kept in the quarantine first.
class RenameGdsBackupStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RenameGdsBackupStep)

public:
    explicit RenameGdsBackupStep(QString gds);

    QString kind() const override { return StepKinds::renameGdsBackup; }
    QString title() const override { return tr("Rename DocumentStorage/backup to DocumentStorage/restore in the GDS"); }
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_gds;
};

} // namespace Lifeboat
