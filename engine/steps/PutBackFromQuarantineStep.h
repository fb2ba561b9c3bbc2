#pragma once

#include <run/Step.h>

#include <QCoreApplication>

namespace Lifeboat {

// Rolls a restore back: walks that run's undo log (see Quarantine) newest
// first; what the restore put in place moves to this run's own quarantine,
// and what it moved aside goes back where it was. Nothing is deleted, and a
// repeat skips what is already back.
class PutBackFromQuarantineStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(PutBackFromQuarantineStep)

public:
    explicit PutBackFromQuarantineStep(QString restoreRunId);

    QString kind() const override { return QStringLiteral("put-back-from-quarantine"); }
    QString title() const override;
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_restoreRunId;
};

} // namespace Lifeboat
