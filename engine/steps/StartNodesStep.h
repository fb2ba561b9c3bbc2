// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Starts nodes in the order given (the primary first) and waits until each is
// up before the next, as the seed demands. Nodes already running are left
// alone, so repeating the step is safe.
class StartNodesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StartNodesStep)

public:
    // A restore's cleanup passes `leaveRestoredStopped`: once the run has
    // moved anything to the quarantine, a stopped node stays stopped (a
    // half-restored cluster must not start).
    explicit StartNodesStep(QStringList nodes, bool leaveRestoredStopped = false);

    QString kind() const override { return StepKinds::startNodes; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool waitUntilUp(StepContext &context, const QString &name) const;

    static bool restoreBegan(const StepContext &context);

    QStringList m_nodes;
    bool m_leaveRestoredStopped = false;
};

} // namespace Lifeboat
