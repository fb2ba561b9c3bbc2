// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/BackupScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// "Online backup with no downtime but delay in response": rolling backup
// mode, no node stopped, the repository copied with AEM's online backup on a
// secondary, everything else as in the other strategies.
class BackupOnlineScenario final : public BackupScenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupOnlineScenario)

public:
    QString id() const override { return ScenarioIds::backupOnline; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
