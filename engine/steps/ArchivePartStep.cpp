// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ArchivePartStep.h"

#include <backup/StagedSet.h>

namespace Lifeboat {

ArchivePartStep::ArchivePartStep(BackupPart part, QString title)
    : m_part(std::move(part))
    , m_title(std::move(title))
{
}

ChangeList ArchivePartStep::preview(const StepContext &context) const
{
    return {StagedSet::preview(context, m_part)};
}

bool ArchivePartStep::run(StepContext &context)
{
    return StagedSet::archive(context, m_part);
}

} // namespace Lifeboat
