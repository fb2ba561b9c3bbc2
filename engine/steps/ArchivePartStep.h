#pragma once

#include <backup/ArchiveFormat.h>
#include <backup/BackupPart.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Archives one part of a backup set (the GDS, a node's repository, ...) into
// the set's staging directory, with every file's SHA-256 in a sidecar
// "<part>.part.json" written last: a part without its sidecar is not done.
class ArchivePartStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePartStep)

public:
    ArchivePartStep(BackupPart part, QString title);

    QString kind() const override { return StepKinds::archivePart; }
    QString title() const override { return m_title; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

    // Shared with the database step: archive `part` and write its sidecar.
    static bool archive(StepContext &context, BackupPart part);
    // Writes the sidecar that marks `part` (already in the staging
    // directory) as done, and records the change.
    static bool record(StepContext &context, const BackupPart &part);
    static QString stagingOf(const StepContext &context);
    static Change previewOf(const StepContext &context, const BackupPart &part);
    static ArchiveFormat formatOf(const StepContext &context);

private:
    BackupPart m_part;
    QString m_title;
};

} // namespace Lifeboat
