// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SnapshotPlanner.h"

namespace Lifeboat {

SnapshotMethod SnapshotPlanner::resolve(
    SnapshotMethod wanted, const HostFiles::SnapshotSupport &support, QString *whyNot)
{
    switch (wanted) {
    case SnapshotMethod::Auto:
        if (support.subvolume)
            return SnapshotMethod::Btrfs;
        return support.reflink ? SnapshotMethod::Reflink : SnapshotMethod::None;
    case SnapshotMethod::Btrfs:
        if (support.subvolume)
            return SnapshotMethod::Btrfs;
        if (whyNot)
            *whyNot = support.whyNoSubvolume;
        return SnapshotMethod::None;
    case SnapshotMethod::Reflink:
        if (support.reflink)
            return SnapshotMethod::Reflink;
        if (whyNot)
            *whyNot = support.whyNoReflink;
        return SnapshotMethod::None;
    case SnapshotMethod::Command:
    case SnapshotMethod::None:
        break;
    }
    return wanted;
}

} // namespace Lifeboat
