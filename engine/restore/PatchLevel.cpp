// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PatchLevel.h"

#include <hosts/Hosts.h>

#include <support/TextFile.h>

namespace Lifeboat {


QString PatchLevel::mismatch(const ClusterProfile &profile, const QString &nodeName, const QString &recorded)
{
    const NodeProfile *node = profile.node(nodeName);
    const QString path = node ? node->patchLevelFile : QString();
    bool readable = false;
    const QString current = node ? Hosts::of(profile)->files(profile.hostOf(*node)).readText(path, &readable) : QString();
    if (!readable)
        return tr("%1's patch level cannot be read from %2.").arg(nodeName, node ? profile.onNode(*node, path).display() : path);
    if (current == recorded.trimmed())
        return {};
    return tr("%1 is at \"%2\", but the backup was made at \"%3\".")
        .arg(nodeName, current.section(u'\n', 0, 0), recorded.trimmed().section(u'\n', 0, 0));
}

} // namespace Lifeboat
