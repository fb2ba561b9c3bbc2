// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// The seed's "copy all files of the restored cluster node to all other
// cluster nodes": the restored crx-repository is copied into each other
// node's scratch, then swapped in (see ContentSwap): their current contents
// to the quarantine.
class HostFiles;

class CopyRestoredFilesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CopyRestoredFilesStep)

public:
    // `title`: when it copies something other than a node's repository.
    // Source and targets on one host: the copy is made there. (Where hosts
    // differ, the scenario unpacks the set on each host instead.)
    CopyRestoredFilesStep(QString sourceNode, HostPath source, QStringList targetNodes, QList<HostPath> targets, QString title = {});

    QString kind() const override { return StepKinds::copyRestoredFiles; }
    QString title() const override;
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool copyTree(StepContext &context, HostFiles &files, const QString &to) const;

    QString m_sourceNode;
    HostPath m_source;
    QStringList m_targetNodes;
    QList<HostPath> m_targets;
    QString m_title;
};

} // namespace Lifeboat
