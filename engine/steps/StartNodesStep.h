// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

struct NodeProfile;

// Starts nodes in the order given (the primary first) and waits until each is
// up before the next, as the seed demands. Nodes already running are left
// alone, so repeating the step is safe. A node that does not answer while a
// live process holds its repository's lock is not started a second time: it
// is starting or shutting down, and the step waits until it has done either.
class StartNodesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StartNodesStep)

public:
    enum class Purpose {
        // A step of the procedure: every listed node that is down is started.
        Start,
        // Only the listed nodes this run stopped (its UndoRecord); a node
        // that was down before the run stays down. A cleanup's purpose, and
        // a backup's own start once its snapshots are taken or its copy made.
        UndoStop,
        // A restore's cleanup: as UndoStop, but once the run has moved
        // anything to the quarantine no node starts (a half-restored
        // cluster must not run).
        UndoStopUnlessRestoreBegan,
    };

    explicit StartNodesStep(QStringList nodes, Purpose purpose = Purpose::Start);

    QString kind() const override { return StepKinds::startNodes; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;
    QString leftToDo(const StepContext &context) const override;

private:
    bool waitUntilUp(StepContext &context, const NodeProfile &node) const;
    // Until it answers (true) or no live process holds its lock (false).
    bool waitWhileSilentButAlive(StepContext &context, const NodeProfile &node, bool *running) const;

    static bool restoreBegan(const StepContext &context);

    QStringList m_nodes;
    Purpose m_purpose = Purpose::Start;
};

} // namespace Lifeboat
