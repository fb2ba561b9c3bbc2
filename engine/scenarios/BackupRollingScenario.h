// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/BackupScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// "Offline backup with no downtime": enter rolling backup mode, stop one
// secondary, back up (its repository among the rest), start it again and
// leave backup mode.
class BackupRollingScenario final : public BackupScenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupRollingScenario)

public:
    QString id() const override { return ScenarioIds::backupRolling; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
