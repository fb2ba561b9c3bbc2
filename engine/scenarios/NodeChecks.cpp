// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeChecks.h"

#include <cluster/NodeController.h>

namespace Lifeboat {

Precondition NodeChecks::noSilentButAliveNode(const ClusterProfile &profile, const NodeController &nodes)
{
    return { tr("Every node is either answering or stopped"), [&profile, &nodes] {
                QStringList silent;
                QList<const NodeProfile *> every;
                for (const NodeProfile &node : profile.nodes)
                    every.append(&node);
                for (const NodeStatus &status : nodes.statusOf(every)) {
                    if (status.silentButAlive())
                        silent.append(tr("%1 (pid %2)").arg(status.name).arg(status.pid));
                }
                if (silent.isEmpty())
                    return PreconditionResult::pass(tr("No node is half-way between running and stopped."));
                return PreconditionResult::fail(
                    tr("Not answering, but a live process still holds the repository's lock: %1.")
                        .arg(silent.join(QStringLiteral(", "))),
                    tr("The node is starting, shutting down or hung. Wait until it answers or has stopped; "
                       "if it is hung, stop "
                       "it (its stop command, or end the process), then check again. Nothing was changed."));
            } };
}

Precondition NodeChecks::otherAuthorsRunning(
    const ClusterProfile &profile, const NodeController &nodes, const QString &stoppedForBackup)
{
    return { tr("The other author nodes are running"), [&profile, &nodes, stoppedForBackup] {
                QStringList down;
                QStringList serving;
                QList<const NodeProfile *> others;
                for (const NodeProfile *node :
                    profile.nodesWithRole(NodeRole::Primary) + profile.nodesWithRole(NodeRole::Secondary)) {
                    if (node->name != stoppedForBackup)
                        others.append(node);
                }
                for (const NodeStatus &status : nodes.statusOf(others))
                    (status.running ? serving : down).append(status.name);
                if (down.isEmpty())
                    return PreconditionResult::pass(
                        tr("Serving during the backup: %1.").arg(serving.join(QStringLiteral(", "))));
                return PreconditionResult::warn(serving.isEmpty()
                        ? tr("Already down: %1. During the backup no author node serves the cluster.")
                              .arg(down.join(QStringLiteral(", ")))
                        : tr("Already down: %1. During the backup only these serve the cluster: %2.")
                              .arg(down.join(QStringLiteral(", ")), serving.join(QStringLiteral(", "))),
                    tr("Start or recover %1 first (the recovery wizard recommends how), or go on knowing "
                       "that one more failure "
                       "takes the service down.")
                        .arg(down.join(QStringLiteral(", "))));
            } };
}

} // namespace Lifeboat
