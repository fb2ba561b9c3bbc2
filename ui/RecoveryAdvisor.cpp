// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RecoveryAdvisor.h"

#include <scenarios/ScenarioIds.h>

namespace Lifeboat {

RecoveryAdvisor::Advice RecoveryAdvisor::advise(const QList<NodeStatus> &statuses, const QStringList &sharedDamage)
{
    Advice advice;
    advice.findings = sharedDamage;
    QStringList brokenAuthors;
    QStringList downPublish;
    int publishCount = 0;
    bool primaryLost = false;
    for (const NodeStatus &status : statuses) {
        const bool staleLock = !status.running && status.lock == RepositoryLock::State::Stale;
        QString finding;
        if (!status.present)
            finding = tr("%1 has no repository.").arg(status.name);
        else if (status.repositoryUnsync)
            finding = tr("%1 reports repository unsync.").arg(status.name);
        else if (staleLock)
            finding = tr("%1 is not running and left a stale lock.").arg(status.name);
        else if (!status.running)
            finding = tr("%1 is not running.").arg(status.name);
        if (status.role == NodeRole::Publish) {
            ++publishCount;
            if (!finding.isEmpty())
                downPublish.append(status.name);
        } else if (!status.present || status.repositoryUnsync || staleLock) {
            // A cleanly stopped author node is only stopped, not damaged.
            brokenAuthors.append(status.name);
            primaryLost |= status.role == NodeRole::Primary && !status.present;
        }
        if (!finding.isEmpty())
            advice.findings.append(finding);
    }
    if (!sharedDamage.isEmpty() || primaryLost || brokenAuthors.size() > 1) {
        advice.scenario = ScenarioIds::restoreCluster;
    } else if (brokenAuthors.size() == 1) {
        advice.scenario = ScenarioIds::restoreNode;
        advice.node = brokenAuthors.first();
    } else if (!downPublish.isEmpty() && downPublish.size() == publishCount && publishCount > 1) {
        advice.scenario = ScenarioIds::recoverPublishCluster;
    } else if (!downPublish.isEmpty()) {
        advice.scenario = ScenarioIds::recoverPublishNode;
        advice.node = downPublish.first();
    }
    return advice;
}

} // namespace Lifeboat
