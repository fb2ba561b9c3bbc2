// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Lifeboat {

// AEM Forms must come back at the patch level it had when the set was made.
// Compares each node's patch level with the level the set recorded (see
// PatchLevel), after the person has re-created the system from its image and
// applied the patches, and before anything in the repository is touched.
class CheckPatchLevelStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CheckPatchLevelStep)

public:
    CheckPatchLevelStep(QStringList nodes, QHash<QString, QString> recorded);

    QString kind() const override { return StepKinds::checkPatchLevel; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QStringList m_nodes;
    QHash<QString, QString> m_recorded;
};

} // namespace Lifeboat
