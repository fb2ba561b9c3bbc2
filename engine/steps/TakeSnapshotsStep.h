// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <snapshot/PathSnapshot.h>
#include <steps/StepKinds.h>

namespace Lifeboat {

// Freezes the paths a backup copies (see PathSnapshot) while the nodes are
// stopped, so that they can start again at once and the copy is made from
// the snapshots while they serve. Its preview is where the Plan page says
// how each path is copied and for how long the nodes are down.
class TakeSnapshotsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(TakeSnapshotsStep)

public:
    // `all`: every path the set reads, snapshots or not (the preview names
    // how each one is copied); only the snapshots are taken. `stopped`: the
    // nodes the plan starts right after, whose downtime the preview states.
    TakeSnapshotsStep(QList<PathSnapshot> all, QStringList stopped);

    QString kind() const override { return StepKinds::takeSnapshots; }
    QString title() const override;
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QList<PathSnapshot> m_all;
    QStringList m_stopped;
};

} // namespace Lifeboat
