// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <scenarios/RestoreScenario.h>
#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

// The seed's "Restoring the entire cluster": every author node stopped, the
// system images and patch levels, the databases, the GDS (with its backup
// folder renamed to restore), connectors and the other shared data, then the
// repository: the clusterNode directories of every node cleared, the backup
// restored to the primary and copied to every other node, each node's
// runtime files removed and its own cluster_node.id restored, the
// secondary folder copied on the primary, clustered.txt removed, and the
// primary started first.
class RestoreClusterScenario final : public RestoreScenario
{
    Q_DECLARE_TR_FUNCTIONS(RestoreClusterScenario)

public:
    QString id() const override { return ScenarioIds::restoreCluster; }
    QString title() const override;
    QString description() const override;
    QList<ScenarioOption> options() const override;
    std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const override;

    // Adds the restore-cluster steps from the system image on (used by the
    // rehearsal on a sandbox copy as well): the checks and the unpacking to
    // `staging`, the swap to `plan` (see RestoreScenario's plan pieces).
    static void addRestore(Plan &staging, Plan &plan, const ClusterProfile &profile, const BackupSetManifest &manifest,
                           const QStringList &keptDatabases = {});
    static QList<HostPath> scratchLocations(const ClusterProfile &profile);
    static void addRepositoryRestores(Plan &staging, Plan &plan, const ClusterProfile &profile,
                                      const BackupSetManifest &manifest, const QStringList &authors);
    // A set made by backup-rolling or backup-online: its database records rolling backup mode.
    static bool madeInRollingBackupMode(const QString &strategy);

protected:
    // The databases the person chose to leave as they are (--keep-databases).
    static QStringList keptDatabases(const QVariantMap &options);
    static QStringList databaseNames(const ClusterProfile &profile);

    QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const override;
    QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const override;
    QList<Precondition> ownPreconditions(const ClusterProfile &profile, const NodeController &nodes,
                                         const QVariantMap &options) const override;
};

} // namespace Lifeboat
