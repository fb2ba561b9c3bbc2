// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StopNodesStep.h"

#include <cluster/NodeController.h>

namespace Lifeboat {

namespace {
// A node that does not answer may only be slow (a loaded host): it is
// stopped once nothing holds its repository's lock. Left alone while it
// still runs, it would be backed up or restored under its feet.
bool isStopped(const NodeStatus &status)
{
    return !status.running && status.lock != RepositoryLock::State::Held;
}
} // namespace

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
        changes.append({Change::Kind::StopNode, name, isStopped(status) ? tr("already stopped; left alone") : tr("running now"), 0, 0});
    }
    return changes;
}

bool StopNodesStep::run(StepContext &context)
{
    for (const QString &name : m_nodes) {
        const NodeProfile &node = *context.profile().node(name);
        if (isStopped(context.nodes().status(node))) {
            context.info(tr("%1 is already stopped.").arg(name));
            continue;
        }
        context.info(tr("Stopping %1...").arg(name));
        const NodeController::Result result = context.nodes().stop(node);
        if (!result.ok)
            return context.fail(tr("Could not stop %1: %2").arg(name, result.error));
        context.recordChange({Change::Kind::StopNode, name, {}, 0, 0});
        context.info(result.output);
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
