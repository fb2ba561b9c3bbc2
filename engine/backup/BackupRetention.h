// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QList>
#include <QStringList>
#include <backup/BackupSetCatalog.h>

namespace Lifeboat {

// Which backup sets `lifeboat prune --keep N` keeps: the N newest, and
// every older set that a kept set still takes files from (an incremental
// set is whole only with them), and in turn what those take files from, so
// that no kept set is left incomplete. Everything else may go.
class BackupRetention
{
public:
    BackupRetention() = delete;

    struct Decision
    {
        BackupSetCatalog::Set set;
        bool keep = false;
        // For a set kept beyond the N newest: the kept sets that take
        // files from it. Empty for one of the N newest, or one that goes.
        QStringList holdsFilesOf;
    };

    // `sets` newest first, as BackupSetCatalog::list() gives them; the
    // decisions in the same order.
    static QList<Decision> decide(const QList<BackupSetCatalog::Set> &sets, int keep);
};

} // namespace Lifeboat
