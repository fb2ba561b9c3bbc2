// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiscardRestoreScratchStep.h"

#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

DiscardRestoreScratchStep::DiscardRestoreScratchStep(QList<HostPath> locations)
    : m_locations(std::move(locations))
{
}

ChangeList DiscardRestoreScratchStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const HostPath &location : m_locations) {
        HostFiles &files = context.hosts().files(location);
        changes.append({Change::Kind::Delete, files.describe(RestoreScratch::directory(files, location.path, context.runIdForPreview())),
                        tr("if left over")});
    }
    return changes;
}

bool DiscardRestoreScratchStep::run(StepContext &context)
{
    // A cleanup: it goes through every host it can reach, and says which it could not.
    bool allGone = true;
    for (const HostPath &location : m_locations) {
        HostFiles &files = context.hosts().files(location);
        const QString scratch = RestoreScratch::directory(files, location.path, context.runId());
        HostFiles::Entry entry;
        QString error;
        if (!files.stat(scratch, &entry, &error) || (entry.exists() && !files.removeOwnTree(scratch, &error))) {
            context.warn(error);
            allGone = false;
            continue;
        }
        if (entry.exists())
            context.recordChange({Change::Kind::Delete, files.describe(scratch), tr("scratch copy")});
    }
    return allGone || context.fail(tr("Some scratch copies could not be removed; see the warnings above."));
}

} // namespace Lifeboat
