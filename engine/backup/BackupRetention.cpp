// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupRetention.h"

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

} // namespace Lifeboat
