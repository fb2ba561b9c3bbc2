// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Cleanup after a restore, whatever happened: removes the run's scratch
// copies beside each location. They hold only copies of the backup set, so
// nothing is lost; what the restore replaced stays in the quarantine.
class DiscardRestoreScratchStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(DiscardRestoreScratchStep)

public:
    explicit DiscardRestoreScratchStep(QList<HostPath> locations);

    QString kind() const override { return StepKinds::discardRestoreScratch; }
    QString title() const override { return tr("Remove the restore's scratch copies"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QList<HostPath> m_locations;
};

} // namespace Lifeboat
