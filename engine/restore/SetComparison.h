// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupSetManifest.h>
#include <profile/NodeProfile.h>
#include <restore/RestoredTree.h>

#include <QStringList>

namespace Lifeboat {

// Whether a place holds what a backup set says it holds after a restore
// from that set: a node's repository, the GDS. What differs comes back a
// line each, named after the place ("node2: …", "GDS: …"); nothing when they
// agree. The one owner of these rules, for the rehearsal's proof, the
// drills' judge and the tests.
class SetComparison
{
public:
    SetComparison() = delete;

    // `actual`: what the node's repository holds now (RestoredTree::actual).
    // An author's repository is the set's author repository (promoted on
    // the primary); a publish node's, its own part. Files a node rewrites at
    // start are left out, and a secondary restored alone keeps its own
    // crx.NNNN folder.
    static QStringList repository(const NodeProfile &node, const BackupSetManifest &set,
                                  const RestoredTree::Digests &actual, int lines = 15);
    // `actual`: what the GDS holds now. The set's backup/ folder comes back
    // as restore/ (Adobe's rule).
    static QStringList gds(const BackupSetManifest &set, const RestoredTree::Digests &actual, int lines = 15);

private:
    static QStringList difference(const RestoredTree::Digests &expected, const RestoredTree::Digests &actual,
                                  const QString &what, int lines);
};

} // namespace Lifeboat
