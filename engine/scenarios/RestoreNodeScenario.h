// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/RestoreScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// The seed's "Restoring a single node": stop it (the whole cluster when it
// is the primary), the system image and patch level, and, when the
// repository must be restored (asked for, or the node shows "repository
// unsync", or its repository is gone), the repository steps in the seed's
// order, then its own cluster_node.id and bootstrap properties, and a start
// with the primary first.
class RestoreNodeScenario final : public RestoreScenario
{
    Q_DECLARE_TR_FUNCTIONS(RestoreNodeScenario)

public:
    QString id() const override { return ScenarioIds::restoreNode; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

    // Why the node's repository must be restored, or empty when it need not.
    static QString repositoryReason(const ClusterProfile &profile, const NodeProfile &node);

protected:
    QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const override;
    QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const override;
    QList<Precondition> ownPreconditions(const ClusterProfile &profile, const NodeController &nodes,
                                         const QVariantMap &options) const override;

private:
    // The unpacking into `staging`, the swap into `plan`.
    void addRepositoryRestore(Plan &staging, Plan &plan, const ClusterProfile &profile, const NodeProfile &node,
                              const BackupSetManifest &manifest) const;
};

} // namespace Lifeboat
