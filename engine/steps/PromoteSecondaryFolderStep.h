// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

class HostFiles;

// The seed's rule for a failed primary: the restored copy came from a
// secondary, whose own repository lives in crx-repository/crx.NNNN (see
// SecondaryFolder); its
// contents go into crx-repository/repository (files there that they replace
// move to the quarantine), and the emptied folder goes to the quarantine.
// (The seed's note for the whole cluster does not say to remove the folder;
// a primary holding a secondary's folder would look like a secondary, so
// Lifeboat removes it in both cases, to the quarantine, losing nothing.)
class PromoteSecondaryFolderStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(PromoteSecondaryFolderStep)

public:
    PromoteSecondaryFolderStep(QString node, QString repository, bool removeFolder);

    QString kind() const override { return StepKinds::promoteSecondaryFolder; }
    QString title() const override;
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_node; }
    bool onlyRenames() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    HostFiles &filesOf(const StepContext &context) const;

    QString m_node;
    QString m_repository;
    bool m_removeFolder;
};

} // namespace Lifeboat
