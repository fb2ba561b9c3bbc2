// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StartNodesStep.h"

#include <cluster/NodeController.h>
#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <run/UndoRecord.h>

#include <QDeadlineTimer>
#include <QThread>

namespace Lifeboat {

StartNodesStep::StartNodesStep(QStringList nodes, Purpose purpose)
    : m_nodes(std::move(nodes))
    , m_purpose(purpose)
{
}

bool StartNodesStep::restoreBegan(const StepContext &context)
{
    for (const HostPath &anchor : Quarantine::anchors(context.profile())) {
        HostFiles::Entry entry;
        if (context.hosts().files(anchor).stat(Quarantine::directory(anchor.path, context.runId()), &entry, nullptr) && entry.exists())
            return true;
    }
    return false;
}

QString StartNodesStep::title() const
{
    return tr("Start %1").arg(m_nodes.join(QStringLiteral(", ")));
}

ChangeList StartNodesStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const QString &name : m_nodes) {
        if (m_purpose == Purpose::Start) {
            changes.append({Change::Kind::StartNode, name, tr("waits until it is up before the next"), 0, 0});
            continue;
        }
        // Before the run, what the run will stop is what runs now.
        const bool runsNow = !context.nodes().status(*context.profile().node(name)).stopped();
        changes.append({Change::Kind::StartNode, name,
                        runsNow ? tr("started again if this run stopped it")
                                : tr("stays stopped: it was not running before this run"),
                        0, 0});
    }
    return changes;
}

bool StartNodesStep::waitUntilUp(StepContext &context, const NodeProfile &node) const
{
    const QDeadlineTimer deadline{std::chrono::seconds(node.controlTimeoutSeconds)};
    while (!deadline.hasExpired()) {
        if (context.nodes().status(node).running)
            return true;
        QThread::msleep(200);
    }
    return false;
}

bool StartNodesStep::waitWhileSilentButAlive(StepContext &context, const NodeProfile &node, bool *running) const
{
    const QDeadlineTimer deadline{std::chrono::seconds(node.controlTimeoutSeconds)};
    NodeStatus status = context.nodes().status(node);
    while (status.silentButAlive()) {
        if (deadline.hasExpired())
            return context.fail(tr("%1 does not answer, but its process (pid %2) has held its repository's lock for %3 "
                                   "seconds: it is starting, shutting down or hung. Look at its error.log; once it "
                                   "answers or has ended, run 'lifeboat resume'.")
                                    .arg(node.name).arg(status.pid).arg(node.controlTimeoutSeconds));
        QThread::msleep(250);
        status = context.nodes().status(node);
    }
    *running = status.running;
    return true;
}

bool StartNodesStep::run(StepContext &context)
{
    const bool undo = m_purpose != Purpose::Start;
    const bool leaveStopped = m_purpose == Purpose::UndoStopUnlessRestoreBegan && restoreBegan(context);
    const QStringList stoppedByRun = undo ? UndoRecord(context.runDirectory()).stoppedNodes() : QStringList();
    for (const QString &name : m_nodes) {
        const NodeProfile &node = *context.profile().node(name);
        bool running = false;
        if (!waitWhileSilentButAlive(context, node, &running))
            return false;
        if (running) {
            context.nodeAnswering(name); // started by someone else: down until now
            context.info(tr("%1 is already running.").arg(name));
            continue;
        }
        if (undo && !stoppedByRun.contains(name)) {
            context.info(tr("%1 stays stopped: this run did not stop it.").arg(name));
            continue;
        }
        if (leaveStopped) {
            // Whether resume can finish it depends on how the run ends (a
            // cancelled run cannot be resumed): the run's last lines say.
            context.warn(tr("%1 stays stopped: the restore changed files and did not finish. The run's last lines and "
                            "its report say how to finish it or put back what it replaced.").arg(name));
            continue;
        }
        context.info(tr("Starting %1...").arg(name));
        const NodeController::Result result = context.nodes().start(node);
        if (!result.ok)
            return context.fail(tr("Could not start %1: %2").arg(name, result.error));
        if (!waitUntilUp(context, node))
            return context.fail(tr("%1 did not come up within %2 seconds.").arg(name).arg(node.controlTimeoutSeconds));
        context.nodeAnswering(name);
        context.recordChange({Change::Kind::StartNode, name, {}, 0, 0});
        // The command's own words (a JBoss or systemd script's, in its
        // language), quoted so that nobody takes them for Lifeboat's.
        if (!result.output.trimmed().isEmpty())
            context.info(tr("The start command of %1 printed: \"%2\"").arg(name, result.output.trimmed()));
    }
    return true;
}

QString StartNodesStep::leftToDo(const StepContext &context) const
{
    const bool undo = m_purpose != Purpose::Start;
    const QStringList stoppedByRun = undo ? UndoRecord(context.runDirectory()).stoppedNodes() : QStringList();
    QStringList todo;
    for (const QString &name : m_nodes) {
        const NodeProfile &node = *context.profile().node(name);
        if (undo && !stoppedByRun.contains(name))
            continue;
        const NodeStatus status = context.nodes().status(node);
        const QString start = node.start.display(context.nodes().placeholders(node));
        if (status.silentButAlive())
            todo.append(tr("%1 does not answer, but its process (pid %2) still holds its repository's lock: wait until "
                           "it has ended (or end it), then start it by hand with %3, and check that it answers.")
                            .arg(name).arg(status.pid).arg(start));
        else if (!status.running)
            todo.append(tr("%1 is stopped: start it by hand with %2, and check that it answers.").arg(name, start));
    }
    return todo.join(u' ');
}

QStringList StartNodesStep::missingRequirements(const StepContext &context) const
{
    QStringList missing;
    for (const QString &name : m_nodes) {
        if (const NodeProfile *node = context.profile().node(name))
            missing.append(context.nodes().missingCommand(node->start, context.nodes().placeholders(*node), tr("start %1").arg(name)));
    }
    missing.removeAll(QString());
    return missing;
}

} // namespace Lifeboat
