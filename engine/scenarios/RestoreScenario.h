// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupSetManifest.h>
#include <restore/ContentSwap.h>
#include <run/Scenario.h>

#include <QCoreApplication>

#include <optional>

namespace Lifeboat {

// What the recovery scenarios share. The backup set is chosen once per run
// (the newest set that holds what the restore needs, unless one is given)
// and fixed in the options. Before anything changes, the checks prove the
// set is this cluster's, holds the parts the plan needs, matches the nodes'
// patch levels, fits on the disks, and that the topology found on disk is
// the profile's. Every plan starts by reading back the parts it restores,
// and everything it replaces goes to the quarantine (see Quarantine).
class RestoreScenario : public Scenario
{
    Q_DECLARE_TR_FUNCTIONS(RestoreScenario)

public:
    ScenarioCategory category() const override { return ScenarioCategory::Recovery; }
    QList<ScenarioOption> options() const override;
    QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const override;
    QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                      const QVariantMap &options) const override;

    // One part the plan takes from the set.
    struct Need
    {
        QString kind;
        QString node; // "" for any; "*author" for the author repository
        bool required = true;
        QString part; // one part by its name ("database-forms"), when not any of its kind
    };

protected:
    virtual QList<Need> needs(const ClusterProfile &profile, const QVariantMap &options) const = 0;
    // The nodes whose patch level must be the set's.
    virtual QStringList restoredNodes(const ClusterProfile &profile, const QVariantMap &options) const = 0;
    // Checks of the scenario's own (the node chosen, ...).
    virtual QList<Precondition> ownPreconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                 const QVariantMap &options) const;

    static std::optional<BackupSetManifest> manifestOf(const QVariantMap &options, QString *error = nullptr);
    static const BackupPart *find(const BackupSetManifest &manifest, const Need &need);
    // A profile database's own dump.
    static Need databaseNeed(const DatabaseProfile &database);
    QStringList partNames(const BackupSetManifest &manifest, const ClusterProfile &profile, const QVariantMap &options) const;
    // The path prefix of a part's files inside its archive ("crx-repository/"),
    // or nothing for the zip an online backup wrote.
    static QString prefixOf(const BackupPart &part);

    // Plan pieces. Those that take a `staging` and a `swap` plan put what
    // can be done while the nodes still serve (unpacking to scratch, which
    // checks every file) into `staging`, and what changes the cluster into
    // `swap`: restore-node and restore-cluster stop the nodes between the
    // two, so that a node is down only for the swap. A plan that stops
    // nothing in between passes the same plan twice.
    std::unique_ptr<Plan> startPlan(const ClusterProfile &profile, const QVariantMap &options, const BackupSetManifest &manifest,
                                    const QList<HostPath> &scratchLocations) const;
    // The last touch of every restore plan: a part the plan unpacks whole
    // before its first step that changes anything is checked by that
    // unpacking, file by file and each archive as a whole, so the
    // verification at the start checks only the records, and every archive
    // is read once, not twice. A failed unpacking there reads the part
    // back to tell a damaged set (ExtractPartStep::setBeforeAnyChange).
    static void readEachFileOnce(Plan &plan);
    // When the set cannot be read, the plan is its verification, which fails
    // with the reason (the checks have said so already).
    std::unique_ptr<Plan> unreadableSetPlan(const QVariantMap &options) const;
    static void addUnpackAndReplace(Plan &staging, Plan &swap, const BackupSetManifest &manifest, const BackupPart &part,
                                    const HostPath &location, const QString &what, const QString &confirmationWord = {});
    // The two halves of addUnpackAndReplace: unpacking (to several
    // locations at once, when given several) and the swap of one location.
    static void addUnpack(Plan &plan, const BackupSetManifest &manifest, const BackupPart &part,
                          const QList<HostPath> &locations, const QString &what);
    // `part`: what the scratch copy was unpacked from; `leftOut`: what
    // addRuntimeFileLeaveOut() took out of it.
    static void addReplace(Plan &plan, const BackupPart &part, const HostPath &location, const QString &what,
                           const QString &confirmationWord = {}, const ContentSwap::Kept &kept = {},
                           const QStringList &leftOut = {});
    // Each profile database from its own dump ("database-<name>"), never from
    // another's; those in `kept` are left as they are.
    static void addDatabaseRestores(Plan &staging, Plan &swap, const ClusterProfile &profile, const BackupSetManifest &manifest,
                                    const QStringList &kept = {});
    static void addSharedDataRestores(Plan &staging, Plan &swap, const ClusterProfile &profile, const BackupSetManifest &manifest);
    static void addNodeFiles(Plan &plan, const ClusterProfile &profile, const NodeProfile &node, const BackupSetManifest &manifest);
    // The seed's "delete clusterNode/revision.log, .lock, repository/system.id
    // and **/listener.properties": first out of the unpacked copies, while
    // the nodes serve (a search of a whole repository takes seconds), then,
    // once swapped in, out of what `stayed` in place and what the secondary
    // folder brought in.
    static void addRuntimeFileLeaveOut(Plan &staging, const QList<HostPath> &locations, const QString &what);
    static void addRuntimeFileRemoval(Plan &plan, const ClusterProfile &profile, const NodeProfile &node, const KeptInPlace &stayed);
    // "Delete AEM forms temporary files (java.io.tmpdir, Adobe temp) before start."
    static void addTemporaryFileRemoval(Plan &plan, const ClusterProfile &profile, const NodeProfile &node);
    // The Content Storage Root's Lucene indexes into each node's Index Root.
    static void addIndexRootRestores(Plan &staging, Plan &swap, const ClusterProfile &profile,
                                     const BackupSetManifest &manifest, const QStringList &nodes);
    static QList<HostPath> sharedDataLocations(const ClusterProfile &profile);
    // Where scratch and quarantine of a node's bootstrap properties go.
    static QString bootstrapScope(const NodeProfile &node);

private:
    QString chooseSet(const ClusterProfile &profile, const QVariantMap &options, QString *error) const;
    bool holdsNeeds(const BackupSetManifest &manifest, const ClusterProfile &profile, const QVariantMap &options,
                    QStringList *missing) const;
    static PreconditionResult checkFreeSpace(const Scenario &scenario, const ClusterProfile &profile, const NodeController &nodes,
                                             const QVariantMap &options);
    static bool sharesIdentity(const ClusterProfile &profile, const BackupSetManifest &manifest);
    static PreconditionResult checkTopology(const ClusterProfile &profile, const BackupSetManifest &manifest);
    static PreconditionResult signatureCheck(const ClusterProfile &profile, const QString &setDirectory);
};

} // namespace Lifeboat
