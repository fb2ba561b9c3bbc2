// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <snapshot/PathSnapshot.h>
#include <steps/StepKinds.h>

namespace Lifeboat {

// Removes the snapshots TakeSnapshotsStep made: a cleanup step, so that it
// runs however the backup ended, and again when an interrupted run is
// resumed. A snapshot that is not there is done.
class RemoveSnapshotsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSnapshotsStep)

public:
    explicit RemoveSnapshotsStep(QList<PathSnapshot> snapshots);

    QString kind() const override { return StepKinds::removeSnapshots; }
    QString title() const override { return tr("Remove the snapshots"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QList<PathSnapshot> m_snapshots;
};

} // namespace Lifeboat
