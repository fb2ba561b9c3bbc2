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
    QStringList brokenPublish;
    int publishCount = 0;
    bool primaryLost = false;
    for (const NodeStatus &status : statuses) {
        const bool staleLock = !status.running && status.lock == RepositoryLock::State::Stale;
        const bool broken = !status.present || status.repositoryUnsync || staleLock;
        QString finding;
        if (!status.present)
            finding = tr("%1 has no repository.").arg(status.name);
        else if (status.repositoryUnsync)
            finding = tr("%1 reports repository unsync.").arg(status.name);
        else if (staleLock)
            finding = tr("%1 is not running and left a stale lock.").arg(status.name);
        else if (status.silentButAlive())
            finding = tr("%1 does not answer, but its process (pid %2) holds its repository's lock: it is starting, "
                         "shutting down or hung. Wait for it before anything else.").arg(status.name).arg(status.pid);
        else if (!status.running)
            finding = tr("%1 is not running.").arg(status.name);
        // Stopped cleanly, nothing damaged: starting it is all it needs.
        if (!broken && status.stopped() && status.hostError.isEmpty())
            advice.toStart.append(status.name);
        if (status.role == NodeRole::Publish) {
            ++publishCount;
            if (broken)
                brokenPublish.append(status.name);
        } else if (broken) {
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
    } else if (!brokenPublish.isEmpty() && brokenPublish.size() == publishCount && publishCount > 1) {
        advice.scenario = ScenarioIds::recoverPublishCluster;
    } else if (!brokenPublish.isEmpty()) {
        advice.scenario = ScenarioIds::recoverPublishNode;
        advice.node = brokenPublish.first();
    }
    return advice;
}

} // namespace Lifeboat
