// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Restores one small file from a part of the set (a node's cluster_node.id,
// a secondary's bootstrap properties): unpacks the files below `prefix`,
// checked against the manifest (see ScratchCopy), then puts `fileInPart` in
// place of `target`, the file there now going to the quarantine (see
// FileReplacement).
class RestoreFileStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFileStep)

public:
    // `scope`: the area `target` lies in (the node's crx-repository, its
    // application server folder); scratch and quarantine go beside it.
    RestoreFileStep(QString setDirectory, BackupPart part, QString fileInPart, HostPath target, QString scope, QString title,
                    QString confirmationWord = {});

    QString kind() const override { return StepKinds::restoreFile; }
    QString title() const override { return m_title; }
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_confirmationWord; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_setDirectory;
    BackupPart m_part;
    QString m_fileInPart;
    HostPath m_target;
    QString m_scope;
    QString m_title;
    QString m_confirmationWord;
};

} // namespace Lifeboat
