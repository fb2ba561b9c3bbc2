// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/BackupScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// Back up Correspondence Management publish nodes. A publish node has no
// primary/secondary relationship; nobody may publish while it is copied, so
// the plan begins by asking the user to hold publishing.
class BackupPublishScenario final : public BackupScenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupPublishScenario)

public:
    QString id() const override { return ScenarioIds::backupPublish; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

private:
    static QStringList publishNodes(const ClusterProfile &profile, const QVariantMap &options);
};

} // namespace Lifeboat
