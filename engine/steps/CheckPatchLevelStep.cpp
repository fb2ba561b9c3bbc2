// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CheckPatchLevelStep.h"

#include <restore/PatchLevel.h>

namespace Lifeboat {

CheckPatchLevelStep::CheckPatchLevelStep(QStringList nodes, QHash<QString, QString> recorded)
    : m_nodes(std::move(nodes))
    , m_recorded(std::move(recorded))
{
}

QString CheckPatchLevelStep::title() const
{
    return tr("Check that %1 is at the patch level recorded in the backup").arg(m_nodes.join(QStringLiteral(", ")));
}

ChangeList CheckPatchLevelStep::preview(const StepContext &) const
{
    return {};
}

bool CheckPatchLevelStep::run(StepContext &context)
{
    for (const QString &node : m_nodes) {
        const QString problem = PatchLevel::mismatch(context.profile(), node, m_recorded.value(node));
        if (!problem.isEmpty())
            return context.fail(problem + u' ' + tr("Apply the patches recorded in the backup (or remove newer ones) so the "
                                                    "levels match, then run the restore again. Nothing was restored yet."));
        context.info(tr("%1 is at the recorded patch level.").arg(node));
    }
    return true;
}


QStringList CheckPatchLevelStep::missingRequirements(const StepContext &context) const
{
    QStringList missing;
    for (const QString &name : m_nodes) {
        const NodeProfile *node = context.profile().node(name);
        if (node && node->patchLevelFile.isEmpty())
            missing.append(tr("%1 has no \"patchLevelFile\" in the profile, so its patch level cannot be compared with the "
                              "backup's. Add the path of the file that records it.").arg(name));
    }
    return missing;
}

} // namespace Lifeboat
