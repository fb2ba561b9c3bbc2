// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/ArchiveFormat.h>
#include <backup/BackupPart.h>
#include <hosts/HostFiles.h>
#include <run/Change.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lifeboat {

class StepContext;

// The backup set a run is writing: its staging directory under the backup
// root (see BackupSetLayout), named by the run's "setId" option, and its parts
// archived there in the format of the run's "compression" option. A part's
// sidecar "<part>.part.json", with every file's SHA-256, is written last: a
// part without its sidecar is not done, and the set is published only from
// the sidecars.
class StagedSet
{
    Q_DECLARE_TR_FUNCTIONS(StagedSet)

public:
    StagedSet() = delete;

    static QString directory(const StepContext &context);
    static ArchiveFormat format(const StepContext &context);
    // What archiving `part` would write: its archive, with the files and
    // bytes its sources hold now.
    static Change preview(const StepContext &context, const BackupPart &part);
    // Archives `part` into the staging directory and writes its sidecar.
    [[nodiscard]] static bool archive(StepContext &context, BackupPart part);
    // Writes `part`'s archive into the set, read and compressed on the host
    // of its sources; small files of several hosts (node identities,
    // bootstrap properties) are fetched first and archived here.
    [[nodiscard]] static bool write(StepContext &context, BackupPart &part, const HostFiles::Callbacks &callbacks, QString *error);
    // Gives `part` its base when the run builds an incremental set (the
    // run's "base" option): the same part of that set, whose unchanged files
    // are referenced rather than archived again.
    static void attachBase(StepContext &context, BackupPart &part);
    // Where `part` is read, for people: empty when on this machine alone;
    // "node2:/opt/…/crx-repository" for one source; else the hosts' names.
    static QString origin(const BackupPart &part);
    // Writes the sidecar that marks `part` (already in the staging
    // directory) as done, and records the change.
    [[nodiscard]] static bool record(StepContext &context, const BackupPart &part);
    // The part whose sidecar is `path`, as record() wrote it (with its
    // archive's SHA-256); nothing when it cannot be read.
    static std::optional<BackupPart> recorded(const QString &path);
    // Every part of the staging directory that is done, by name.
    static QStringList sidecars(const QString &staging);
};

} // namespace Lifeboat
