// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupBootstrapScenario.h"

namespace Lifeboat {

QString BackupBootstrapScenario::title() const
{
    return tr("Back up the bootstrap properties files");
}

QString BackupBootstrapScenario::description() const
{
    return tr("Copies the bootstrap properties file of every secondary node from where its application server keeps "
              "it. No downtime. Needed to recover a secondary node.");
}

std::unique_ptr<Plan> BackupBootstrapScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    auto plan = std::make_unique<Plan>(id(), options);
    addBootstrapProperties(*plan, profile);
    addPublish(*plan);
    return plan;
}

} // namespace Lifeboat
