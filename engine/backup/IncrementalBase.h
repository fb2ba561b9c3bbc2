// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QCoreApplication>
#include <QString>

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
    // `part`'s base in `base` (a loaded manifest): that set's files of the
    // part with the same name, each naming the set that holds its data.
    // Empty when the base has no such part, holds it as a zip (AEM's own
    // online backup file), or read it from other places.
    static BackupPart::Base of(const BackupSetManifest &base, const BackupPart &part);
};

} // namespace Lifeboat
