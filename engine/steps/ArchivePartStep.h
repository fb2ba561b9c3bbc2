// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

namespace Lifeboat {

// Archives one part of a backup set (the GDS, a node's repository, ...) into
// the set's staging directory (see StagedSet).
class ArchivePartStep final : public Step
{
public:
    ArchivePartStep(BackupPart part, QString title);

    QString kind() const override { return StepKinds::archivePart; }
    QString title() const override { return m_title; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    BackupPart m_part;
    QString m_title;
};

} // namespace Lifeboat
