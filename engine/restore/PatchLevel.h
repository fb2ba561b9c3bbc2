// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// AEM Forms must come back at the patch level it had when the set was made.
// A node's patch-level file (the profile's patchLevelFile) holds its level as
// text; a backup set records it per node, and a restore compares the two,
// white space around them left out. Messages quote only the first lines.
class PatchLevel
{
    Q_DECLARE_TR_FUNCTIONS(PatchLevel)

public:
    PatchLevel() = delete;

    // Empty when `node`'s level now is `recorded`, else what differs (or
    // that the level cannot be read).
    static QString mismatch(const ClusterProfile &profile, const QString &node, const QString &recorded);
};

} // namespace Lifeboat
