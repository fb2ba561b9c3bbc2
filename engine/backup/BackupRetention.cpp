// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupRetention.h"

#include <QDir>
#include <QFile>
#include <backup/BackupSetLayout.h>

namespace Lifeboat {

QList<BackupRetention::Decision> BackupRetention::decide(const QList<BackupSetCatalog::Set> &sets, int keep)
{
    QList<Decision> decisions;
    for (qsizetype i = 0; i < sets.size(); ++i)
        decisions.append({ sets[i], i < keep, {} });
    // What a kept set needs is kept, and what that needs in turn.
    QList<qsizetype> toVisit;
    for (qsizetype i = 0; i < decisions.size() && i < keep; ++i)
        toVisit.append(i);
    while (!toVisit.isEmpty()) {
        const qsizetype i = toVisit.takeFirst();
        for (const QString &needed : std::as_const(decisions[i].set.needs)) {
            for (qsizetype j = keep; j < decisions.size(); ++j) {
                Decision &older = decisions[j];
                if (j == i || older.set.id != needed || older.holdsFilesOf.contains(decisions[i].set.id))
                    continue;
                older.holdsFilesOf.append(decisions[i].set.id);
                if (!older.keep)
                    toVisit.append(j);
                older.keep = true;
            }
        }
    }
    return decisions;
}

QStringList BackupRetention::holdersOf(const QList<BackupSetCatalog::Set> &sets, const QString &id)
{
    QStringList holders;
    for (const BackupSetCatalog::Set &set : sets) {
        if (set.id != id && set.needs.contains(id))
            holders.append(set.id);
    }
    return holders;
}

bool BackupRetention::remove(const QString &directory, QString *error)
{
    const QString manifest = QDir(directory).filePath(BackupSetLayout::manifestFile());
    if (QFile::exists(manifest) && !QFile::remove(manifest)) {
        *error = tr("Cannot delete %1. Check the permissions of the backup root, or delete the set by hand.")
                     .arg(manifest);
        return false;
    }
    if (!QDir(directory).removeRecursively()) {
        *error = tr("Could not delete all of %1. Check its permissions and delete what is left by hand.")
                     .arg(directory);
        return false;
    }
    return true;
}

} // namespace Lifeboat
