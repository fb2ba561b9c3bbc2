// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TakeSnapshotsStep.h"

#include <cluster/NodeController.h>
#include <run/StepContext.h>

namespace Lifeboat {

TakeSnapshotsStep::TakeSnapshotsStep(QList<PathSnapshot> all, QStringList stopped)
    : m_all(std::move(all))
    , m_stopped(std::move(stopped))
{
}

QString TakeSnapshotsStep::title() const
{
    QStringList places;
    for (const PathSnapshot &snapshot : PathSnapshot::taken(m_all))
        places.append(snapshot.shortDescription());
    return tr("Take snapshots: %1").arg(places.join(QStringLiteral(", ")));
}

QString TakeSnapshotsStep::details() const
{
    return tr("The nodes are down only until the snapshots are taken, usually seconds whatever the size; "
              "the copy is then made from the snapshots while the nodes serve.");
}

ChangeList TakeSnapshotsStep::preview(const StepContext &) const
{
    ChangeList changes;
    for (const PathSnapshot &snapshot : m_all) {
        if (snapshot.isSnapshot())
            changes.append({Change::Kind::Write, snapshot.place.at(snapshot.snapshotPath).display(), snapshot.describe()});
        else
            changes.append({Change::Kind::Keep, snapshot.place.display(), snapshot.describe()});
    }
    // The downtime to expect, where the Plan page shows it.
    changes.append({Change::Kind::StartNode, m_stopped.join(QStringLiteral(", ")),
                    tr("right after the snapshots: the nodes are down for seconds, whatever the size; the copy is made "
                       "from the snapshots while they serve")});
    return changes;
}

QStringList TakeSnapshotsStep::missingRequirements(const StepContext &context) const
{
    QStringList missing;
    const ClusterProfile &profile = context.profile();
    for (const PathSnapshot &snapshot : PathSnapshot::taken(m_all)) {
        if (snapshot.method != SnapshotMethod::Command)
            continue;
        const QString create = context.nodes().missingCommand(profile.snapshots.create, {}, tr("take a snapshot of %1").arg(snapshot.place.display()));
        const QString remove = context.nodes().missingCommand(profile.snapshots.remove, {}, tr("remove the snapshot of %1").arg(snapshot.place.display()));
        for (const QString &problem : {create, remove}) {
            if (!problem.isEmpty() && !missing.contains(problem))
                missing.append(problem);
        }
    }
    return missing;
}

bool TakeSnapshotsStep::run(StepContext &context)
{
    for (const PathSnapshot &snapshot : PathSnapshot::taken(m_all)) {
        if (context.isCancelled())
            return context.failCancelled();
        QString error;
        if (!snapshot.create(context, &error))
            return context.fail(tr("Could not take a snapshot of %1: %2").arg(snapshot.place.display(), error));
        context.recordChange({Change::Kind::Write, snapshot.place.at(snapshot.snapshotPath).display(), snapshot.describe()});
        context.info(tr("Snapshot of %1 taken.").arg(snapshot.place.display()));
    }
    return true;
}

} // namespace Lifeboat
