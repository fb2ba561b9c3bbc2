// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/BackupModeState.h>
#include <run/Step.h>

#include <QCoreApplication>

namespace Lifeboat {

// Enters or leaves LCBackupMode (snapshot or rolling) through the profile's
// LCBackupMode commands. Entering when the cluster is already in that mode
// under this run's label, or leaving when it is not in it, does nothing, so
// repeating the step is safe. Rolling mode is continuous coverage: a cluster
// already kept in it is not entered again, and a backup's cleanup
// (LeaveIfEntered) leaves only a mode that this run entered (its
// UndoRecord), so a cluster is left in the mode it was found in.
class BackupModeStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(BackupModeStep)

public:
    enum class Direction { Enter, Leave, LeaveIfEntered };

    BackupModeStep(Direction direction, BackupModeState::Mode mode, QString label = {}, int timeoutMinutes = 0);

    QString kind() const override;
    QString title() const override;
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;
    QString leftToDo(const StepContext &context) const override;

private:
    QString modeName() const;

    Direction m_direction;
    BackupModeState::Mode m_mode;
    QString m_label;
    int m_timeoutMinutes;
};

} // namespace Lifeboat
