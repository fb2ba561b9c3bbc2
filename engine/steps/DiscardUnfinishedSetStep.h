// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Cleanup for a backup that did not finish (a failed step, a cancel): removes
// the hidden staging directory of this run's set. After a successful run it
// is already gone (renamed into place), so the step does nothing. After a
// crash the staging stays for resume, which finishes the set.
class DiscardUnfinishedSetStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DiscardUnfinishedSetStep)

public:
    QString kind() const override { return StepKinds::discardUnfinishedSet; }
    QString title() const override { return tr("Remove the unfinished backup set, if any"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;
};

} // namespace Lifeboat
