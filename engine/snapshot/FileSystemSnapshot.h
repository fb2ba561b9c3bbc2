// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <hosts/HostFiles.h>
#include <snapshot/SnapshotMethod.h>

namespace Lifeboat {

// Frozen copies of a path, made by the kernel of the host that holds it:
// LocalHostFiles calls this on Lifeboat's own machine and lifeboat-agent on
// a node's host, so a production host needs no btrfs-progs.
//
// The rules it keeps:
// - It makes and removes only paths with a ".lifeboat-" folder or file in
//   them, so that it can never be pointed at the cluster's own files.
// - A btrfs snapshot is read-only (BTRFS_IOC_SNAP_CREATE_V2 with
//   BTRFS_SUBVOL_RDONLY) and is removed as a subvolume (BTRFS_IOC_SNAP_DESTROY),
//   never file by file, which a read-only tree refuses.
// - A reflink copy clones every file (FICLONE) and keeps owners (when run as
//   root), modes, modification times and links as links; a special file, or
//   any file that cannot be cloned, fails the copy, and what was copied so
//   far is removed: a failed snapshot leaves nothing behind.
// - Every call is bounded: a file system that stops answering (a stuck
//   transaction, a dying disk) gives an error after the time limit instead
//   of hanging the backup; work that finishes after its caller gave up
//   removes what it made.
class FileSystemSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(FileSystemSnapshot)

public:
    FileSystemSnapshot() = delete;

    // The time limits, for a btrfs snapshot (one ioctl) and for a reflink
    // copy or its removal (one ioctl per file: minutes for millions of files).
    static constexpr int subvolumeSeconds = 120;
    static constexpr int treeSeconds = 3600;

    // What the file system holding `path` offers; false only when `path`
    // cannot be looked at (it does not exist).
    [[nodiscard]] static bool support(
        const QString &path, HostFiles::SnapshotSupport *support, QString *error);
    // See HostFiles::createSnapshot.
    [[nodiscard]] static bool create(
        const QString &path, SnapshotMethod method, const QString &snapshotPath, QString *error);
    // See HostFiles::removeSnapshot.
    [[nodiscard]] static bool remove(const QString &snapshotPath, QString *error);

    // The file system type of the mount that holds `path`, as the kernel
    // names it in /proc/self/mountinfo ("btrfs", "xfs", "ext4", "tmpfs").
    static QString fileSystemOf(const QString &path);
};

} // namespace Lifeboat
