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
    switch (firstStep) {
    case FirstStep::InstallServicePack:
        return tr("Install the service pack the set was made at first ('lifeboat sandbox patch DIR --node %1'): the "
                  "restore refuses a node at another patch level. Then: %2")
            .arg(node, command);
    case FirstStep::MakeRoom:
        return tr("Make room first: the crash left a heap dump (heapdumps/*.hprof beside the crx-repository of %1) "
                  "that fills the disk, and the restore refuses to start without room for what it unpacks. Move it "
                  "where there is room, or delete it once the JVM team has it. Then: %2")
            .arg(node, command);
    case FirstStep::None:
        break;
    }
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
    case Mistake::QuarantinePurged:
        return tr("the quarantine of a restore purged before the drill ended (it is what a rollback needs, and what a "
                  "restore replaced)");
    case Mistake::SecondaryFirst:
        return tr("a secondary started while the primary was down (the sandbox refused it; a real AEM secondary "
                  "started first takes the cluster over)");
    }
    return {};
}

} // namespace Lifeboat
