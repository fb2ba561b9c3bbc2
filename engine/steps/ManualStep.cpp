// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ManualStep.h"

namespace Lifeboat {

ManualStep::ManualStep(QString kind, QString title, QString instructions)
    : m_kind(std::move(kind))
    , m_title(std::move(title))
    , m_instructions(std::move(instructions))
{
}

ChangeList ManualStep::preview(const StepContext &) const
{
    return {{Change::Kind::Manual, m_title, m_instructions, 0, 0}};
}

bool ManualStep::run(StepContext &context)
{
    // The confirmation before this step is the person saying it is done.
    context.recordChange({Change::Kind::Manual, m_title, tr("confirmed done by the user"), 0, 0});
    context.info(tr("Confirmed: %1").arg(m_title));
    return true;
}

} // namespace Lifeboat
