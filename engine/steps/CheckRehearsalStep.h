// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// The rehearsal's verdict on the restored sandbox: every node up, every GDS
// document the forms database refers to present with its SHA-256, and each
// node's repository equal to the set (leaving out the files a node rewrites
// at start and those the seed's procedure deletes).
class CheckRehearsalStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CheckRehearsalStep)

public:
    CheckRehearsalStep(QString sandboxDirectory, QString setDirectory);

    QString kind() const override { return StepKinds::checkRehearsal; }
    QString title() const override { return tr("Check the rehearsal cluster: nodes up, database and GDS consistent, repositories equal to the set"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QStringList checkNodes(const ClusterProfile &sandbox) const;
    QStringList checkGdsReferences(const ClusterProfile &sandbox) const;
    QStringList checkRepositories(const ClusterProfile &sandbox) const;

    QString m_directory;
    QString m_setDirectory;
};

} // namespace Lifeboat
