// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/NodeStatus.h>
#include <drills/Drill.h>
#include <drills/DrillRecord.h>
#include <drills/DrillScore.h>
#include <profile/ClusterProfile.h>
#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QList>

namespace Lifeboat {

// Judges a finished drill from what is there to see: the nodes' state, the
// data on disk against the set the model answer restores from, the runs the
// trainee made since the clock started (their journals), and the time
// taken. Five things, 100 points in all, each with the reason in the
// trainee's words:
//   every node up (30), the cluster healthy (10), the data the set's (20),
//   a sound procedure (20), the time against the drill's target (20).
class DrillJudge
{
    Q_DECLARE_TR_FUNCTIONS(DrillJudge)

public:
    DrillJudge(const Drill &drill, const DrillRecord &record, const ClusterProfile &profile);

    // `runs`: the runs of this sandbox's profile (any order; those before
    // the drill are ignored). `statuses`: the nodes now. Reads the disk.
    DrillScore judge(const QList<RunRecord> &runs, const QList<NodeStatus> &statuses, const QStringList &sharedDamage,
                     const QDateTime &finishedAt) const;

private:
    QList<RunRecord> recoveries(const QList<RunRecord> &runs) const;
    DrillScore::Point nodesUp(const QList<NodeStatus> &statuses) const;
    DrillScore::Point healthy(const QList<NodeStatus> &statuses) const;
    DrillScore::Point data(const QList<RunRecord> &recoveries, const QStringList &sharedDamage) const;
    DrillScore::Point procedure(const QList<RunRecord> &recoveries) const;
    DrillScore::Point time(const QDateTime &finishedAt) const;
    QStringList nodesToCompare() const;
    static int breadth(const QString &scenario);
    bool secondaryStartedFirst() const;
    bool quarantinePurged(const QList<RunRecord> &recoveries) const;

    const Drill &m_drill;
    const DrillRecord &m_record;
    const ClusterProfile &m_profile;
};

} // namespace Lifeboat
