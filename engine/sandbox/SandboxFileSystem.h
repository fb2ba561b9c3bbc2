// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// A sandbox's storage on a file system of its own (`sandbox create
// --filesystem btrfs|xfs`), so that snapshots can be tried on one machine:
// an image file inside the sandbox directory (storage.img), made with
// mkfs.btrfs or mkfs.xfs (with reflinks), loop-mounted at `storage/`, where
// the sandbox keeps its nodes and its shared storage. On btrfs each node's
// crx-repository, the GDS and the Content Storage Root are subvolumes of
// their own, as on a production host set up for snapshots.
//
// Mounting needs root. The mount is the sandbox's while its nodes run:
// `sandbox stop` unmounts it (which detaches its loop device) and `sandbox
// start` mounts it again; every mount and unmount is bounded in time.
class SandboxFileSystem
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFileSystem)

public:
    enum class Kind
    {
        None,
        Btrfs,
        Xfs
    };

    // "btrfs", "xfs"; "" for None.
    static QString name(Kind kind);
    // false for anything but "btrfs", "xfs" and "none".
    static bool fromName(const QString &name, Kind *kind);

    static QString imageFile() { return QStringLiteral("storage.img"); }
    static QString mountDirectory() { return QStringLiteral("storage"); }

    // Why a sandbox on `kind` cannot be made here (not root, no mkfs tool);
    // empty when it can.
    static QString whyNot(Kind kind);
    // Makes the image in `sandboxDirectory` (about `sizeMb` of data, with
    // room to spare), its file system, and mounts it at storage/.
    [[nodiscard]] static bool create(const QString &sandboxDirectory, Kind kind, int sizeMb, QString *error);
    // A btrfs subvolume at `path` (whose parent exists), made with the
    // kernel's ioctl: no btrfs-progs needed.
    [[nodiscard]] static bool createSubvolume(const QString &path, QString *error);

    // Whether storage/ of the sandbox is a mount point now.
    static bool isMounted(const QString &sandboxDirectory);
    // Mounts the image at storage/; done when it is mounted already.
    [[nodiscard]] static bool mount(const QString &sandboxDirectory, QString *error);
    // Unmounts storage/, which detaches its loop device; done when it is not mounted.
    [[nodiscard]] static bool unmount(const QString &sandboxDirectory, QString *error);
};

} // namespace Lifeboat
