// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// A secondary author node keeps its own copy of the cluster's repository in
// a folder crx.NNNN inside its crx-repository; a primary has none. A primary
// restored from a secondary's copy brings the folder along, and the seed's
// procedure moves its files into repository/ (PromoteSecondaryFolderStep;
// RestoredTree::promoteSecondaryFolder says what that leaves).
class HostFiles;

class SecondaryFolder
{
public:
    SecondaryFolder() = delete;

    // The crx.NNNN folder in `repository` (a node's crx-repository, on the
    // host of `files`), or empty when there is none or the host cannot be asked.
    static QString in(HostFiles &files, const QString &repository);
    // Whether `name` is such a folder's name.
    static bool isName(const QString &name);
};

} // namespace Lifeboat
