// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Lifeboat {

// Builds the fresh training-sandbox copy a rehearsal restores into: the
// topology the set recorded (its node names, primary first, then the
// secondaries and publish nodes), the production profile's application
// server, each node at the patch level the set recorded, and a quiet cluster
// (no forms activity), so that what the rehearsal checks is the restore.
class CreateRehearsalSandboxStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(CreateRehearsalSandboxStep)

public:
    CreateRehearsalSandboxStep(QString directory, QStringList authors, QStringList publish, AppServerKind appServer,
                               QHash<QString, QString> patchLevels, QString clusterName);

    QString kind() const override { return StepKinds::createRehearsalSandbox; }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool adopt(StepContext &context) const;

    QString m_directory;
    QStringList m_authors;
    QStringList m_publish;
    AppServerKind m_appServer;
    QHash<QString, QString> m_patchLevels;
    QString m_clusterName;
};

} // namespace Lifeboat
