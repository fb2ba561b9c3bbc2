// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/DatabaseProfile.h>

#include <QString>

namespace Lifeboat {

class HostFiles;

// Where a restore unpacks a part before it swaps it in: a hidden directory
// beside the location it restores, so on the same file system, and the swap
// is a rename. A scratch copy is only a copy of the backup, so discarding it
// loses nothing.
class RestoreScratch
{
public:
    RestoreScratch() = delete;

    static QString folderPrefix() { return QStringLiteral(".lifeboat-restore-"); }
    // Lifeboat's own scratch and quarantine folders, never part of what is
    // restored or replaced.
    static bool isLifeboatFolder(const QString &name);
    static QString directory(HostFiles &files, const QString &location, const QString &runId);
    // The complete unpacked copy for `location` ("…/crx-repository"). A file
    // inside a restored area (a node's cluster_node.id) names that area as
    // `scope`, so that the scratch goes beside the area, not inside it.
    static QString copyFor(HostFiles &files, const QString &location, const QString &runId, const QString &scope = {});
    // Written first, renamed to copyFor() once whole.
    static QString partialFor(HostFiles &files, const QString &location, const QString &runId, const QString &scope = {});
    // Present while a swap moves the copy's entries into place.
    static QString swapMarkerFor(HostFiles &files, const QString &location, const QString &runId);
    // The place, below the backup root, whose scratch copy holds the dump of
    // a server database (MariaDB/MySQL, PostgreSQL) to load.
    static QString databaseLocation(const QString &backupRoot, const DatabaseProfile &database);
};

} // namespace Lifeboat
