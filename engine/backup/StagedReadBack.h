// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <backup/BackupSetVerifier.h>

#include <QHash>
#include <QString>

#include <optional>

namespace Lifeboat {

// Reads each archive of a staged set back as soon as it is written, on
// threads of the lowest priority (nice 19), while the backup goes on: the
// other parts are archived meanwhile and the nodes start again, and
// publishing, which must not publish a set before it was read back, then
// finds most of that work done instead of starting it after the nodes are
// up. On a busy machine these threads only take what the backup leaves;
// on an idle core they cost nothing. Within one process only: a resumed
// run reads its archives back when it publishes, as before.
class StagedReadBack
{
public:
    StagedReadBack() = delete;

    // Starts reading back `part`'s archive at `archivePath` (a .tar.*; a zip
    // is left to publishing).
    static void start(const QString &archivePath, const BackupPart &part);
    // The part `partName` of `staging` as start() was given it (without an
    // incremental's base, which the manifest does not hold), while its
    // archive is as it was then; publishing takes it instead of parsing the
    // part's sidecar, which at 300,000 files is seconds and a second list
    // of every file beside the one the read-back holds. nullopt in another
    // process (a resumed run), or once finish() or abandon() took it.
    static std::optional<BackupPart> recorded(const QString &staging, const QString &partName);
    // Waits for the read-backs of the archives in `staging` and gives each
    // one's result, by archive file name, for those whose file has not
    // changed (size, time, inode) since its read-back started.
    static QHash<QString, BackupSetVerifier::ArchiveCheck> finish(const QString &staging);
    // Stops the read-backs of `staging` (the set will not be published) and
    // forgets them.
    static void abandon(const QString &staging);
};

} // namespace Lifeboat
