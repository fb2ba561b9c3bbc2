// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Plan.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

#include <functional>

namespace Lifeboat {

// Runs a plan against a sandbox cluster that only exists once an earlier step
// built it (the rehearsal's copy): the plan comes from `build` for the
// sandbox's profile, and its steps run in the order of every run (see
// PlanWalk: its armed cleanup steps too), with their log lines passed on.
// Only the sandbox changes, so nothing asks for confirmation.
// Every inner step is safe to repeat, so a repeat of this step after a
// crash runs them again. A timed one records how long it took: the
// rehearsal's measured recovery time.
class SandboxPlanStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(SandboxPlanStep)

public:
    using PlanBuilder = std::function<std::unique_ptr<Plan>(const ClusterProfile &sandbox)>;

    SandboxPlanStep(QString title, QString sandboxDirectory, PlanBuilder build, bool timed);

    QString kind() const override { return StepKinds::sandboxPlan; }
    QString title() const override { return m_title; }
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_title;
    QString m_directory;
    PlanBuilder m_build;
    bool m_timed;
};

} // namespace Lifeboat
