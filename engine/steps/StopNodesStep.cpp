// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StopNodesStep.h"

#include <cluster/NodeController.h>
#include <hosts/Hosts.h>
#include <run/UndoRecord.h>

#include <QDeadlineTimer>
#include <QThread>

namespace Lifeboat {

StopNodesStep::StopNodesStep(QStringList nodes)
    : m_nodes(std::move(nodes))
{
}

QString StopNodesStep::title() const
{
    return tr("Stop %1").arg(m_nodes.join(QStringLiteral(", ")));
}

QString StopNodesStep::details() const
{
    return tr("Users of these nodes lose service until they are started again.");
}

ChangeList StopNodesStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const QString &name : m_nodes) {
        const NodeStatus status = context.nodes().status(*context.profile().node(name));
        // A node already stopped is kept as it is: nothing to confirm for it.
        changes.append(status.stopped()
                ? Change{ Change::Kind::Keep, name, tr("already stopped; left alone"), 0, 0 }
                : Change{ Change::Kind::StopNode, name, tr("running now"), 0, 0 });
    }
    return changes;
}

// A stop command may return before the node has ended (AEM's own stop
// script does, and a JVM can take minutes to close its repository): the
// node is stopped only once it no longer answers and no live process holds
// its repository's lock. Until then nothing of it may be copied or replaced.
bool StopNodesStep::waitUntilStopped(StepContext &context, const NodeProfile &node) const
{
    const QDeadlineTimer deadline{std::chrono::seconds(node.controlTimeoutSeconds)};
    NodeStatus status = context.nodes().status(node);
    while (!status.stopped()) {
        if (deadline.hasExpired()) {
            const QString lock = context.hosts().files(context.profile().hostOf(node)).describe(RepositoryLock::path(node.repository));
            return context.fail(status.running
                ? tr("%1 still answers %2 seconds after it was told to stop. Nothing of %1 was touched. Stop it "
                     "yourself, then run 'lifeboat resume' to go on.").arg(node.name).arg(node.controlTimeoutSeconds)
                : tr("%1 did not stop within %2 seconds: its process (pid %3) still holds %4. Nothing of %1 was "
                     "touched. Wait until that process has ended (or end it yourself), then run 'lifeboat resume' to go on.")
                      .arg(node.name).arg(node.controlTimeoutSeconds).arg(status.pid).arg(lock));
        }
        if (context.isCancelled())
            return context.failCancelled();
        QThread::msleep(250);
        status = context.nodes().status(node);
    }
    return true;
}

// A node that refused to stop and still serves was never down.
void StopNodesStep::endDowntimeIfAnswering(StepContext &context, const NodeProfile &node)
{
    if (context.nodes().status(node).running)
        context.nodeAnswering(node.name);
}

bool StopNodesStep::run(StepContext &context)
{
    UndoRecord undo(context.runDirectory());
    for (const QString &name : m_nodes) {
        const NodeProfile &node = *context.profile().node(name);
        const NodeStatus status = context.nodes().status(node);
        if (status.stopped()) {
            context.info(tr("%1 is already stopped.").arg(name));
            continue;
        }
        // Noted before the stop: whatever happens next, the cleanup starts it again.
        QString error;
        if (!undo.noteStopping(name, &error))
            return context.fail(error);
        if (status.silentButAlive())
            context.warn(tr("%1 does not answer, but its process (pid %2) holds its repository's lock; telling it to stop.")
                             .arg(name).arg(status.pid));
        context.info(tr("Stopping %1...").arg(name));
        // Its downtime counts from the stop command: from then on its users may lose service.
        context.nodeGoingDown(name);
        const NodeController::Result result = context.nodes().stop(node);
        if (!result.ok) {
            endDowntimeIfAnswering(context, node);
            return context.fail(tr("Could not stop %1: %2").arg(name, result.error));
        }
        if (!result.output.trimmed().isEmpty())
            context.info(tr("The stop command of %1 printed: \"%2\"").arg(name, result.output.trimmed()));
        if (!waitUntilStopped(context, node)) {
            endDowntimeIfAnswering(context, node);
            return false;
        }
        context.recordChange({Change::Kind::StopNode, name, {}, 0, 0});
        context.info(tr("%1 has stopped: it does not answer and its repository is not locked.").arg(name));
    }
    return true;
}


QStringList StopNodesStep::missingRequirements(const StepContext &context) const
{
    QStringList missing;
    for (const QString &name : m_nodes) {
        if (const NodeProfile *node = context.profile().node(name))
            missing.append(context.nodes().missingCommand(node->stop, context.nodes().placeholders(*node), tr("stop %1").arg(name)));
    }
    missing.removeAll(QString());
    return missing;
}

} // namespace Lifeboat
