// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <backup/BackupSetCatalog.h>

namespace Lifeboat {

// Which backup sets `lifeboat prune --keep N` keeps: the N newest, and
// every older set that a kept set still takes files from (an incremental
// set is whole only with them), and in turn what those take files from, so
// that no kept set is left incomplete. Everything else may go. The same
// rule holds for one set deleted by hand (the Backups view): a set that
// another set takes files from stays. remove() is the one way a set is
// deleted, for prune and the view alike.
class BackupRetention
{
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)

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

    // The sets among `sets` that take files from the set `id`: while there
    // is one, deleting `id` would leave it incomplete.
    static QStringList holdersOf(const QList<BackupSetCatalog::Set> &sets, const QString &id);

    // Deletes one set directory (complete or unfinished), its manifest first:
    // should the rest fail half-way, what is left no longer passes for a
    // complete set.
    [[nodiscard]] static bool remove(const QString &directory, QString *error);
};

} // namespace Lifeboat
