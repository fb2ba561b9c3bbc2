// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <run/Scenario.h>
#include <snapshot/PathSnapshot.h>

#include <QCoreApplication>

namespace Lifeboat {

// What the backup strategies share: their options (label, compression), the
// set id fixed once per run, the parts of a complete backup in the seed's
// order (databases first and finished before the GDS, then the GDS, then
// repositories), and the checks before anything changes.
class BackupScenario : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(BackupScenario)

public:
    ScenarioCategory category() const override { return ScenarioCategory::Backup; }
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;

protected:
    // Databases, GDS, connectors, each node's identity files, the repository
    // of `repositoryNode`, fonts, Content Storage Root, bootstrap properties.
    // `repositoryStep` replaces the offline copy of the node's repository
    // (the online strategy copies it through AEM instead).
    void addCompleteBackup(Plan &plan, const ClusterProfile &profile, const QString &repositoryNode,
                           std::unique_ptr<Step> repositoryStep = nullptr) const;
    // The same from snapshots, for a strategy that stopped `stopped`: the
    // databases and any shared store no snapshot covers are copied while
    // they are stopped, then the paths in `snapshots` are frozen, the nodes
    // started, and the frozen copies and the configuration (connectors,
    // fonts, bootstrap properties, identity files) archived while they
    // serve (see PathSnapshot). With no snapshot among
    // `snapshots`, the same as addCompleteBackup followed by the start. The
    // start, as the cleanup's, starts only what the run stopped.
    void addCompleteBackupFromSnapshots(Plan &plan, const ClusterProfile &profile, const QString &repositoryNode,
                                        const QList<PathSnapshot> &snapshots, const QStringList &stopped) const;
    // The snapshots a backup of `repositoryNode`'s files would take, as
    // the profile asks for them.
    // "Snapshots as the profile asks": fails when the profile asks for a
    // method a path cannot have (btrfs where it is no subvolume, reflink on
    // a file system without), naming the path and why; passes with how
    // each path will be copied.
    // `snapshots` is called when the check runs (it asks the hosts).
    static Precondition snapshotsCheck(std::function<QList<PathSnapshot>()> snapshots);
    static QList<PathSnapshot> plannedSnapshots(const ClusterProfile &profile, const QString &repositoryNode, const QVariantMap &options);
    // The cluster must be up, and not already in a backup mode other than
    // rolling, to enter one; an author other than `stoppedForBackup` that
    // is already down is a warning that names it.
    static QList<Precondition> rollingModePreconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                        const QString &stoppedForBackup = {});
    static PreconditionResult secretsOffCommandLines(const ClusterProfile &profile);
    void addBootstrapProperties(Plan &plan, const ClusterProfile &profile) const;
    static BackupPart bootstrapPart(const ClusterProfile &profile);
    // Every part of a complete backup but the databases; the repository
    // of `repositoryNode`, unless empty.
    static QList<BackupPart> completeParts(const ClusterProfile &profile, const QString &repositoryNode);
    // A dump step per database; false when there is none.
    static bool addDatabaseDumps(Plan &plan, const ClusterProfile &profile);
    void addPublish(Plan &plan) const;
    // Adds a step that writes into the set; the first one also arms the
    // cleanup that discards an unfinished set.
    static void addPartStep(Plan &plan, std::unique_ptr<Step> step);
    QString chosenSecondary(const ClusterProfile &profile, const QVariantMap &options) const;
    // What a complete backup reads, each on its host.
    static QList<HostPath> backedUpPlaces(const ClusterProfile &profile);
    // What those places hold, walked once for the checks of one round that
    // need it: a walk of every tree, on each host, is seconds on production.
    class PlacesUsage;
    static PreconditionResult spaceCheck(const ClusterProfile &profile, PlacesUsage &usage);
    // Fails naming every pipe, socket or device in what a backup reads (a
    // pipe would block the archiver for ever, with the nodes stopped) and
    // every link that leads out of its part (a restore could not recreate
    // it safely): a set that silently lacked them would not be the truth.
    static PreconditionResult archivableCheck(PlacesUsage &usage);
    static PreconditionResult signingCheck(const ClusterProfile &profile);
    // The options the strategies that enter backup mode or copy one
    // secondary share.
    static ScenarioOption secondaryNodeOption(const QString &description);
    static ScenarioOption timeoutOption();
};

} // namespace Lifeboat
