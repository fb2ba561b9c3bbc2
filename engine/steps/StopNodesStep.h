// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Stops nodes in the order given (the scenario passes secondaries before the
// primary). A node that is already down is left alone, so repeating the step
// is safe.
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
    QStringList m_nodes;
};

} // namespace Lifeboat
