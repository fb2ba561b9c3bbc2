// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/NodeProfile.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

class HttpClient;

// Copies a running node's repository with AEM's online backup:
// POST .../com.adobe.granite:type=Repository/op/startBackup/java.lang.String?target=...
// after setting BackupDelay, then waits on BackupInProgress / BackupProgress
// and checks BackupResult. A directory copy is archived as the node's
// repository part; a zip made by AEM becomes the part's archive as it is.
class OnlineRepositoryBackupStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(OnlineRepositoryBackupStep)

public:
    OnlineRepositoryBackupStep(QString node, bool zipTarget, int delayMs);

    QString kind() const override { return StepKinds::onlineRepositoryBackup; }
    QString title() const override;
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString target(const StepContext &context) const;
    bool waitUntilIdle(StepContext &context, const HttpClient &client, const NodeProfile &node, bool cancellable) const;
    bool storeZip(StepContext &context, const QString &zip) const;

    QString m_node;
    bool m_zip;
    int m_delayMs;
};

} // namespace Lifeboat
