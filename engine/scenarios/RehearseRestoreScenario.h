// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/RestoreScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// Tests a backup the way support engineers should: restores the set into a
// fresh sandbox copy of the topology it recorded (never into production),
// starts it, checks it (nodes up, database and GDS consistent, repositories
// equal to the set) and reports how long the restore took. The sandbox
// copy is stopped at the end and kept for a look.
class RehearseRestoreScenario final : public RestoreScenario
{
    Q_DECLARE_TR_FUNCTIONS(RehearseRestoreScenario)

public:
    QString id() const override { return ScenarioIds::rehearseRestore; }
    ScenarioCategory category() const override { return ScenarioCategory::Rehearsal; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

protected:
    QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const override;
    QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const override;

private:
    static std::unique_ptr<Plan> restorePlan(const ClusterProfile &sandbox, const BackupSetManifest &manifest, const QVariantMap &options);
};

} // namespace Lifeboat
