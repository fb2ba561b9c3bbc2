// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <backup/BackupPart.h>
#include <hosts/HostFiles.h>

namespace Lifeboat {

// Unpacks one part of a backup set into a new directory on a host, whole
// even when the set is incremental: first each older set's archive of the
// part (only the files the set takes from it; see BackupChain), then the
// set's own archive, which holds every directory, whose attributes are set
// at the very end. Every piece goes through HostFiles::extract, so every
// file is checked against THIS set's manifest as it is written, a file
// listed but not written is an error, and on any failure nothing is left at
// the target. A part of a full set is one whole extraction, as before.
// Every .tar.* archive comes with its checksum, taken as it was read
// (HostFiles::Extracted::archiveSha256), for the caller to check.
class ChainUnpacker
{
    Q_DECLARE_TR_FUNCTIONS(ChainUnpacker)

public:
    ChainUnpacker() = delete;

    // `archive` is the set's own archive of `part` on this machine; the
    // older sets are found beside its set.
    [[nodiscard]] static bool unpack(HostFiles &files, const QString &archive, const BackupPart &part,
        const QString &prefix, const QString &target, const HostFiles::Callbacks &callbacks,
        HostFiles::Extracted *extracted, QString *error);

private:
    [[nodiscard]] static bool extract(HostFiles &files, const QString &archive, const BackupPart &part, const QString &prefix,
        const QString &target, HostFiles::ExtractMode mode, const HostFiles::Callbacks &callbacks,
        HostFiles::Extracted *extracted, QString *error);
};

} // namespace Lifeboat
