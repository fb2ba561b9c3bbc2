// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lifeboat {

class BackupSetManifest;

// What an incremental backup builds on. The base is the newest complete set
// of the same cluster and strategy that verified intact, unless the profile's
// `fullEvery` says a full set is due: a chain stays short, so that one
// damaged set costs little and a restore reads few sets.
class IncrementalBase
{
    Q_DECLARE_TR_FUNCTIONS(IncrementalBase)

public:
    IncrementalBase() = delete;

    // The set a new backup of `strategy` should build on, or empty for a
    // full one; `why` says which and why, for the plan.
    static QString choose(const QString &backupRoot, const QString &profileName, const QString &strategy, int fullEvery,
                          QString *why);
    // How many sets `setId` builds on, down to a full one (0: it is full).
    static int depth(const QString &backupRoot, const QString &setId);
    // `part`'s base in the complete set `baseDirectory`: that set's files of
    // the part with the same name, each naming the set that holds its data.
    // Without files when the base has no such part, holds it as a zip
    // (AEM's own online backup file), or read it from other places. choose()
    // read the base's manifest with the plan, before any node stopped, and
    // kept every part's files compactly (BaseFiles), not the manifest; each
    // part's are handed over once. Asked for a set not kept, or for the same
    // part again (a retry), it reads the manifest anew. nullopt, with
    // `error`, when the manifest cannot be read.
    static std::optional<BackupPart::Base> of(const QString &baseDirectory, const BackupPart &part, QString *error);
};

} // namespace Lifeboat
