// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Scenario.h>
#include <scenarios/ScenarioIds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Undoes a restore from its quarantine: stops the nodes, takes away what the
// restore put in place and puts back what it moved aside, in reverse order.
// The nodes are left stopped: the cluster is as it was before the restore,
// which was usually broken, and a person decides what comes next.
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
};

} // namespace Lifeboat
