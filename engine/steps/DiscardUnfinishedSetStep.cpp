// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiscardUnfinishedSetStep.h"

#include <backup/StagedReadBack.h>
#include <backup/StagedSet.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

ChangeList DiscardUnfinishedSetStep::preview(const StepContext &context) const
{
    return {{Change::Kind::Delete, StagedSet::directory(context), tr("only if the backup did not finish"), 0, 0}};
}

bool DiscardUnfinishedSetStep::run(StepContext &context)
{
    const QString staging = StagedSet::directory(context);
    StagedReadBack::abandon(staging);
    if (!QFileInfo::exists(staging))
        return true;
    if (!QDir(staging).removeRecursively())
        return context.fail(tr("Cannot remove the unfinished backup set %1; remove it by hand.").arg(staging));
    context.recordChange({Change::Kind::Delete, staging, tr("unfinished backup set"), 0, 0});
    return true;
}

} // namespace Lifeboat
