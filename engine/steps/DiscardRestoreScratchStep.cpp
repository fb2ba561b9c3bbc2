// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiscardRestoreScratchStep.h"

#include <restore/RestoreScratch.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

DiscardRestoreScratchStep::DiscardRestoreScratchStep(QStringList locations)
    : m_locations(std::move(locations))
{
}

ChangeList DiscardRestoreScratchStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const QString &location : m_locations)
        changes.append({Change::Kind::Delete, RestoreScratch::directory(location, context.runIdForPreview()), tr("if left over")});
    return changes;
}

bool DiscardRestoreScratchStep::run(StepContext &context)
{
    for (const QString &location : m_locations) {
        const QString scratch = RestoreScratch::directory(location, context.runId());
        if (QFileInfo::exists(scratch) && QDir(scratch).removeRecursively())
            context.recordChange({Change::Kind::Delete, scratch, tr("scratch copy")});
    }
    return true;
}

} // namespace Lifeboat
