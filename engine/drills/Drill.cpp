// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Drill.h"

namespace Lifeboat {

QString Drill::modelAnswerText(const QString &node, const QString &set) const
{
    if (answer.isEmpty())
        return tr(manualAnswer);
    QString command = QStringLiteral("lifeboat run --scenario %1").arg(answer);
    if (answerForNode)
        command += QStringLiteral(" --node %1").arg(node);
    command += QStringLiteral(" --backup-set %1").arg(set);
    return damagesNewestSet ? tr("%1 (the set before the newest, which is damaged)").arg(command) : command;
}

int Drill::cost(Mistake mistake) const
{
    for (const Cost &cost : costs) {
        if (cost.mistake == mistake)
            return cost.points;
    }
    return 0;
}

QString Drill::mistakeText(Mistake mistake)
{
    switch (mistake) {
    case Mistake::WiderScenario:
        return tr("a recovery wider than needed, which took more of the cluster down than the fault did");
    case Mistake::DamagedSet:
        return tr("a restore from the damaged backup set");
    case Mistake::NeedlessRestore:
        return tr("a restore of a repository that was intact, which threw its newer data away");
    }
    return {};
}

} // namespace Lifeboat
