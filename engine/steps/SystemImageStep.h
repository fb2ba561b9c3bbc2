// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// The seed's "re-create the physical system from a system image" and
// "apply the patches since the image": only a person can do it on a real
// cluster, so the run stops and asks; going on means it is done, or not
// needed (the machine itself survived). On the training sandbox Lifeboat
// plays the image: a node whose system is gone gets its patch-level file
// and application server folder back.
class SystemImageStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(SystemImageStep)

public:
    explicit SystemImageStep(QStringList nodes);

    QString kind() const override { return StepKinds::systemImage; }
    QString title() const override;
    QString details() const override;
    bool needsConfirmation() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QStringList m_nodes;
};

} // namespace Lifeboat
