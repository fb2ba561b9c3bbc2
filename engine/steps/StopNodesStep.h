// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/NodeProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Stops nodes in the order given (the scenario passes secondaries before the
// primary) and waits, each within its control timeout, until it is down for
// good: not answering, and no live process holding its repository's lock. A
// node that is already down is left alone, so repeating the step is safe;
// a node it stops is noted in the run's UndoRecord first, so the cleanup
// starts that one and no other.
class StopNodesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StopNodesStep)

public:
    explicit StopNodesStep(QStringList nodes);

    QString kind() const override { return StepKinds::stopNodes; }
    QString title() const override;
    QString details() const override;
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_nodes.size() == 1 ? m_nodes.first() : QString(); }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool waitUntilStopped(StepContext &context, const NodeProfile &node) const;
    static void endDowntimeIfAnswering(StepContext &context, const NodeProfile &node);

    QStringList m_nodes;
};

} // namespace Lifeboat
