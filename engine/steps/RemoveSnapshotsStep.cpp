// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RemoveSnapshotsStep.h"

#include <run/StepContext.h>

namespace Lifeboat {

RemoveSnapshotsStep::RemoveSnapshotsStep(QList<PathSnapshot> snapshots)
    : m_snapshots(std::move(snapshots))
{
}

ChangeList RemoveSnapshotsStep::preview(const StepContext &) const
{
    ChangeList changes;
    for (const PathSnapshot &snapshot : m_snapshots)
        changes.append({Change::Kind::Delete, snapshot.place.at(snapshot.snapshotPath).display(), tr("the snapshot of %1").arg(snapshot.place.display())});
    return changes;
}

bool RemoveSnapshotsStep::run(StepContext &context)
{
    // Every one is tried, whatever happened to the one before.
    QStringList failures;
    for (const PathSnapshot &snapshot : m_snapshots) {
        QString error;
        if (snapshot.remove(context, &error)) {
            context.recordChange({Change::Kind::Delete, snapshot.place.at(snapshot.snapshotPath).display(), tr("the snapshot of %1").arg(snapshot.place.display())});
            continue;
        }
        failures.append(tr("%1 (remove it by hand: %2)").arg(error, snapshot.place.at(snapshot.snapshotPath).display()));
    }
    return failures.isEmpty() || context.fail(failures.join(u' '));
}

} // namespace Lifeboat
