// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <restore/Quarantine.h>
#include <run/Scenario.h>
#include <scenarios/ScenarioIds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Undoes a restore from its quarantine: stops the nodes whose files the
// restore's undo log holds (every node when it holds shared data: the GDS, a
// database, the Content Storage Root), takes away what the restore put in
// place and puts back what it moved aside, in reverse order, and starts again
// exactly the nodes it stopped. Nodes it did not touch keep running.
class RollbackRestoreScenario final : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRestoreScenario)

public:
    QString id() const override { return ScenarioIds::rollbackRestore; }
    ScenarioCategory category() const override { return ScenarioCategory::Rollback; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

    // The nodes owning a path of `undoLog`, or every node when one of its
    // paths belongs to no single node.
    static QStringList touchedNodes(const ClusterProfile &profile, const QList<Quarantine::Entry> &undoLog);
};

} // namespace Lifeboat
