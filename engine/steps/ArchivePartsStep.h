// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QList>

namespace Lifeboat {

// Archives several parts of a backup set at once, one per core, in the order
// given for starting (the GDS first). Each file is still read once and
// hashed on the way; memory grows with the number of threads, not the data.
// Parts already done (their sidecar exists) are skipped on a repeat.
class ArchivePartsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePartsStep)

public:
    ArchivePartsStep(QList<BackupPart> parts, QString title);

    QString kind() const override { return StepKinds::archiveParts; }
    QString title() const override { return m_title; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    int threadsFor(const QList<int> &pending) const;

    QList<BackupPart> m_parts;
    QString m_title;
};

} // namespace Lifeboat
