// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Lifeboat {

// How an offline backup freezes a path (a crx-repository, the GDS, the
// Content Storage Root) so that the nodes can start again before its files
// are archived: a read-only btrfs snapshot of a subvolume, a reflink copy of
// the tree, the profile's own snapshot commands (LVM, ZFS, a storage array),
// or none: the files are copied while the nodes are stopped. Auto picks the
// first of btrfs, reflink and none that the path's file system offers (see
// SnapshotPlanner).
enum class SnapshotMethod
{
    Auto,
    Btrfs,
    Reflink,
    Command,
    None
};

// The method's name in profiles, journals and reports: "auto", "btrfs",
// "reflink", "command", "none".
QString snapshotMethodName(SnapshotMethod method);
// The method a name stands for; nullopt for a name that is none of them.
std::optional<SnapshotMethod> snapshotMethodFromName(const QString &name);

// The methods as people read them.
class SnapshotMethods
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMethods)

public:
    SnapshotMethods() = delete;

    // "btrfs snapshot", "reflink copy", "snapshot command", "copy while
    // stopped"; Auto, not yet resolved, reads "automatic".
    static QString displayName(SnapshotMethod method);
};

} // namespace Lifeboat
