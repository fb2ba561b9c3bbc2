// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/RestoreScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// The seed's "Recover a single publisher node": stop it, hold publishing
// until it is back, restore its repository from the set, start it.
class RecoverPublishNodeScenario final : public RestoreScenario
{
    Q_DECLARE_TR_FUNCTIONS(RecoverPublishNodeScenario)

public:
    QString id() const override { return ScenarioIds::recoverPublishNode; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

protected:
    QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const override;
    QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const override;
};

} // namespace Lifeboat
