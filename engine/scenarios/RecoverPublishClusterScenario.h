// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/RestoreScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// The seed's "Recover a cluster" for Correspondence Management: shut the
// cluster down, restore the publish node(s), then start the author primary,
// the author secondaries, and the publish nodes.
class RecoverPublishClusterScenario final : public RestoreScenario
{
    Q_DECLARE_TR_FUNCTIONS(RecoverPublishClusterScenario)

public:
    QString id() const override { return ScenarioIds::recoverPublishCluster; }
    QString title() const override;
    QString description() const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

protected:
    QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const override;
    QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
