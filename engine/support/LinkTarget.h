// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// The one rule for symbolic links that a backup keeps and a restore
// recreates: a link stays inside its part when its target, read as text,
// is relative, all its ".." come first, and they never climb above the
// part's root. A ".." after a name is outside even when it would land
// inside, since that name may itself be a link and the kernel would climb
// from wherever it leads; an absolute target is outside, since a restore
// elsewhere (a rehearsal) would make it point at the live files.
class LinkTarget
{
public:
    // `linkPath`: where the link is, relative to the part's root ("a/b/link").
    static bool staysInside(const QString &linkPath, const QString &target);
};

} // namespace Lifeboat
