// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Unpacks one part of the backup set into the scratch copy beside the
// location it will restore, checking every file against the manifest on the
// way (see ScratchCopy). It changes nothing the cluster uses: the copy is
// swapped in by a later step. Given several locations (the same repository
// for every author host of restore-cluster), it streams the part to all of
// them at once; a location that fails does not stop the others, whose
// finished copies a resumed run keeps.
class ExtractPartStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ExtractPartStep)

public:
    ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, HostPath location, QString title);
    ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, QList<HostPath> locations, QString title);

    QString kind() const override { return StepKinds::unpackPart; }
    QString title() const override { return m_title; }
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

    const BackupPart &part() const { return m_part; }
    // Set by the plan when nothing changes before this step: a failure is
    // then read as the verification would read it, and a damaged set ends
    // the run as a failed verification does (exit code 3).
    void setBeforeAnyChange() { m_beforeAnyChange = true; }
    // Every file it unpacks starts with this (empty: the whole part).
    const QString &prefix() const { return m_prefix; }

private:
    bool unpackEverywhere(StepContext &context, const QString &archive) const;
    bool failIfDamaged(StepContext &context) const;

    QString m_setDirectory;
    BackupPart m_part;
    QString m_prefix;
    QList<HostPath> m_locations;
    QString m_title;
    bool m_beforeAnyChange = false;
};

} // namespace Lifeboat
