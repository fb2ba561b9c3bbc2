// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// The first step of every restore: reads back every archive the plan will
// restore, each against SHA256SUMS and each file in it against the manifest,
// before any node is touched. A damaged or incomplete set ends the run here,
// with every node as it was. The archives of parts that the plan unpacks
// before it changes anything are read once, by the unpacking, which checks
// them as this step would and ends the run the same way (ExtractPartStep).
class VerifyBackupSetStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(VerifyBackupSetStep)

public:
    VerifyBackupSetStep(QString setDirectory, QStringList parts);
    // Parts the plan unpacks whole before it changes anything, which check
    // their archives and every file as they go (BackupSetVerifier::checkedWhenUnpacked).
    void setCheckedWhenUnpacked(QStringList parts) { m_checkedWhenUnpacked = std::move(parts); }
    const QStringList &parts() const { return m_parts; }


    QString kind() const override { return StepKinds::verifyBackupSet; }
    QString title() const override;
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_setDirectory;
    QStringList m_parts;
    QStringList m_checkedWhenUnpacked;
};

} // namespace Lifeboat
