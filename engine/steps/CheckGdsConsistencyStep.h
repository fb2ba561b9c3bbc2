// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Proves that a backup's database and GDS belong together: every GDS
// document the database backup refers to (the profile's gdsReferenceQuery)
// must be in the GDS part, with the same SHA-256. A reference that does not
// resolve fails the backup, naming the documents: such a set would restore a
// database that points at files the GDS backup does not have.
class CheckGdsConsistencyStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CheckGdsConsistencyStep)

public:
    QString kind() const override { return StepKinds::checkGdsConsistency; }
    QString title() const override { return tr("Check that the database and GDS backups agree"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;
};

} // namespace Lifeboat
