// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// What a restored location must hold, worked out from a part of a backup set
// (path below the location -> SHA-256), and what it holds on disk: the
// rehearsal's proof that a restore brought the set back, and the tests'.
// The comparison leaves out only the files a node rewrites at start and the
// ones the seed's procedure deletes.
class RestoredTree
{
public:
    using Digests = QMap<QString, QString>;

    RestoredTree() = delete;

    // The part's files below `prefix`, with the prefix taken off.
    static Digests expected(const BackupPart &part, const QString &prefix);
    // Every file below `root` now (hidden ones too), Lifeboat's own folders left out.
    static Digests actual(const QString &root);
    // What stands for a link in a Digests: its target, never what it leads to.
    static QString linkDigest(const QString &target);
    // Drops paths matching a pattern: "a/b" exactly, "**/name" anywhere, "dir/" and all below.
    static Digests without(Digests digests, const QStringList &patterns);
    // The seed's rule for a primary: crx.NNNN's files land in repository/,
    // and the folder itself goes.
    static Digests promoteSecondaryFolder(const Digests &digests);
    // What differs, a line each (at most `lines`), for messages.
    static QStringList difference(const Digests &expected, const Digests &actual, int lines = 15);

    // Files a node writes at start, and those the seed deletes from a
    // restored node (cluster_node.id comes back from the node's own record).
    static QStringList authorRuntimeFiles();
};

} // namespace Lifeboat
