// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/BackupScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// "Back up the bootstrap properties file": the file the app server keeps for
// every secondary node, needed to recover a secondary.
class BackupBootstrapScenario final : public BackupScenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupBootstrapScenario)

public:
    QString id() const override { return ScenarioIds::backupBootstrap; }
    QString title() const override;
    QString description() const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
