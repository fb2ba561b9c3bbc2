// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupSetManifest.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Finishes a backup set: gathers the parts, records the topology (which node
// is primary, each node's cluster node id) and every node's patch level in
// manifest.json, writes SHA256SUMS over the archives by reading each one back,
// and only then renames the staging directory to the set's name. Until that
// rename nothing looks like a complete backup.
class PublishBackupSetStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(PublishBackupSetStep)

public:
    QString kind() const override { return StepKinds::publishBackupSet; }
    QString title() const override { return tr("Verify the backup set and make it available"); }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    static bool writeManifest(StepContext &context, const QString &staging);
    static bool writeChainLists(StepContext &context, const QString &staging, const BackupPart &part, QByteArray *sums);
    [[nodiscard]] static bool syncStaged(StepContext &context, const QString &staging);
    static bool sign(StepContext &context, const QString &staging);
    static bool verify(StepContext &context, const QString &staging);
    static QList<BackupSetManifest::Node> topology(const StepContext &context);
    static QHash<QString, QString> patchLevels(const StepContext &context);
    static QByteArray fileSha256(const QString &path, bool *ok);
};

} // namespace Lifeboat
