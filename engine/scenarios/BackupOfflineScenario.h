// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/BackupScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// "Offline backup with downtime": stop the whole cluster (secondaries first),
// back everything up, start it again (the primary first).
class BackupOfflineScenario final : public BackupScenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupOfflineScenario)

public:
    QString id() const override { return ScenarioIds::backupOffline; }
    QString title() const override;
    QString description() const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
