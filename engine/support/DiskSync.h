// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// What must reach the disk before a power cut may come: a file's data before
// the rename that publishes it, and the directory after a rename or a new
// entry in it. The one owner of fsync and syncfs in the engine, so that the
// order (data, rename, directory) is kept the same everywhere.
class DiskSync
{
public:
    DiskSync() = delete;
    // The file's data and size (fsync). False when it cannot be opened or synced.
    static bool file(const QString &path);
    // The directory's entries: a rename into it, or a file made in it.
    static bool directory(const QString &path);
    // Every file of the file system that holds `path` (syncfs): for a whole
    // tree about to be renamed into place, where one fsync per file would
    // cost more than one flush of the file system.
    static bool fileSystemOf(const QString &path);
    // Starts writing the data of the open file `fd` to the disk and returns
    // at once (sync_file_range): a file written long before its fsync is
    // then mostly on the disk when the fsync comes. No promise by itself.
    static void beginWriting(int fd);
};

} // namespace Lifeboat
