// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <restore/Quarantine.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Rolls a restore back: walks that run's undo log (see Quarantine) newest
// first; what the restore put in place moves to this run's own quarantine,
// and what it moved aside goes back where it was; a database gets the
// contents it had back from its kept dump (its restored contents kept in
// turn). Nothing is deleted, and a repeat skips what is already back.
class PutBackFromQuarantineStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(PutBackFromQuarantineStep)

public:
    explicit PutBackFromQuarantineStep(QString restoreRunId);

    QString kind() const override { return StepKinds::putBackFromQuarantine; }
    QString title() const override;
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool putBack(StepContext &context, Quarantine &quarantine, const Quarantine::Entry &entry) const;
    bool putBackDatabase(StepContext &context, const Quarantine::Entry &entry) const;

    QString m_restoreRunId;
};

} // namespace Lifeboat
