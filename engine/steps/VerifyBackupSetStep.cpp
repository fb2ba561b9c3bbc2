// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "VerifyBackupSetStep.h"

#include <backup/BackupSetVerifier.h>

#include <QFileInfo>

namespace Lifeboat {

VerifyBackupSetStep::VerifyBackupSetStep(QString setDirectory, QStringList parts)
    : m_setDirectory(std::move(setDirectory))
    , m_parts(std::move(parts))
{
}

QString VerifyBackupSetStep::title() const
{
    return tr("Verify the backup set %1").arg(QFileInfo(m_setDirectory).fileName());
}

QString VerifyBackupSetStep::details() const
{
    return tr("Reads back the parts this restore uses (%1) and checks every file against the manifest. Nothing "
              "changes; a damaged set stops the restore here.").arg(m_parts.join(QStringLiteral(", ")));
}

ChangeList VerifyBackupSetStep::preview(const StepContext &) const
{
    return {};
}

bool VerifyBackupSetStep::run(StepContext &context)
{
    BackupSetVerifier verifier(m_setDirectory);
    verifier.onlyParts(m_parts);
    verifier.trustSigners(context.profile().signing);
    verifier.onArchive([&context](const QString &archive, int index, int count) {
        context.progress(index - 1, count);
        context.info(tr("Reading %1 (%2 of %3)...").arg(archive).arg(index).arg(count));
    });
    if (!verifier.verify())
        return context.fail(verifier.errorString());
    if (!verifier.intact()) {
        return context.fail(tr("The backup set %1 is damaged, so nothing was restored and every node is as it was: %2. "
                               "Choose another set (see 'lifeboat backups').")
                                .arg(m_setDirectory, verifier.problemSummary()));
    }
    context.info(tr("Read back %n file(s); every one matches the manifest.", nullptr, verifier.filesChecked()));
    context.info(tr("The set is %1.").arg(verifier.signature().text()));
    return true;
}

} // namespace Lifeboat
