// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <profile/HostPath.h>
#include <snapshot/SnapshotMethod.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

class ClusterProfile;
class HostFiles;
class StepContext;

// One path a backup reads from a frozen copy instead of the live files (a
// node's crx-repository, the GDS, the Content Storage Root): which path,
// how it is frozen, and where the copy is read. Adobe's guidance for large
// repositories: stop, snapshot, start, then copy from the snapshot while the
// nodes serve again; the nodes are down for the snapshot, not for the copy.
//
// The copy's place is known when the plan is made, from the set's id, so a
// preview can show it and a resumed run finds it again:
// <anchor>/.lifeboat-snapshot-<set>/<name of the path>, the anchor being the
// path's folder, or the path itself when it is a mount point (a snapshot must
// be on the file system it copies). A command template's snapshot is where
// the profile's snapshots.mountPath says.
class PathSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(PathSnapshot)

public:
    QString name;      // "repository", "gds" or "contentStorageRoot"
    QString node;      // whose repository, for "repository"
    HostPath place;    // the live path
    SnapshotMethod method = SnapshotMethod::None;
    QString snapshotPath; // where the frozen copy is read; empty for None
    QString whyNot;    // None although asked for (or found by auto): why
    SnapshotMethod asked = SnapshotMethod::Auto; // what the profile asks for

    // How the path is copied, in the user's words (the Plan page's line).
    QString describe() const;
    // "node2's repository (btrfs snapshot)": what and how, for a title.
    QString shortDescription() const;
    bool isSnapshot() const { return method != SnapshotMethod::None; }
    // The profile asks for a method this path cannot have.
    bool isImpossible() const { return !isSnapshot() && asked != SnapshotMethod::Auto && asked != SnapshotMethod::None; }

    // The snapshots a backup of `setId` uses: the repositories of
    // `repositoryNodes` and, with `sharedStores`, the GDS and the Content
    // Storage Root, each with the method the profile asks for (auto: the
    // best the file system offers). Paths the profile does not have are
    // left out.
    static QList<PathSnapshot> forBackup(const ClusterProfile &profile, const QStringList &repositoryNodes, const QString &setId,
                                         bool sharedStores);
    // Those that are snapshots.
    static QList<PathSnapshot> taken(const QList<PathSnapshot> &snapshots);
    // `part` with every source below a snapshot read from the snapshot.
    static BackupPart readFromSnapshots(BackupPart part, const QList<PathSnapshot> &snapshots);
    // True when a source of `part` lies below one of `snapshots`.
    static bool readsFrom(const BackupPart &part, const QList<PathSnapshot> &snapshots);

    // Makes the snapshot; a stale one from an interrupted run is removed
    // first (the nodes are still stopped, so the new one is whole).
    [[nodiscard]] bool create(StepContext &context, QString *error) const;
    // Removes it; one that is not there is done.
    [[nodiscard]] bool remove(StepContext &context, QString *error) const;

private:
    bool runCommand(StepContext &context, bool creating, QString *error) const;
};

} // namespace Lifeboat
