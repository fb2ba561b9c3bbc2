// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <hosts/HostFiles.h>
#include <snapshot/SnapshotMethod.h>

namespace Lifeboat {

// Which method a path's snapshot will use, given what the profile asks for
// and what the path's file system offers (HostFiles::snapshotSupport).
class SnapshotPlanner
{
public:
    SnapshotPlanner() = delete;

    // Auto becomes btrfs where the path is a subvolume, else reflink where
    // its file system clones files, else none. A btrfs snapshot or a reflink
    // copy asked for where the file system cannot make it becomes None, and
    // *whyNot says why, naming the path and its file system: a failed
    // precondition. Command and None stay as they are.
    static SnapshotMethod resolve(
        SnapshotMethod wanted, const HostFiles::SnapshotSupport &support, QString *whyNot);
};

} // namespace Lifeboat
