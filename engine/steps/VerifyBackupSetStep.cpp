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
    QStringList readBack = m_parts;
    for (const QString &part : m_checkedWhenUnpacked)
        readBack.removeAll(part);
    QString text = readBack.isEmpty() && !m_parts.isEmpty()
        ? tr("Checks the manifest of the set against SHA256SUMS and that SHA256SUMS lists the archives of the parts this "
             "restore uses (%1).").arg(m_parts.join(QStringLiteral(", ")))
        : tr("Reads back the parts this restore uses (%1) and checks every file against the manifest.")
              .arg((readBack.isEmpty() ? m_parts : readBack).join(QStringLiteral(", ")));
    if (!m_checkedWhenUnpacked.isEmpty())
        text += u' ' + tr("The archives of %1 and every file in them are checked against SHA256SUMS and the manifest as "
                          "they are unpacked, before anything changes.").arg(m_checkedWhenUnpacked.join(QStringLiteral(", ")));
    return text + u' ' + tr("Nothing changes; a damaged set stops the restore before any node is touched.");
}

ChangeList VerifyBackupSetStep::preview(const StepContext &) const
{
    return {};
}

bool VerifyBackupSetStep::run(StepContext &context)
{
    BackupSetVerifier verifier(m_setDirectory);
    verifier.onlyParts(m_parts);
    verifier.checkedWhenUnpacked(m_checkedWhenUnpacked);
    verifier.trustSigners(context.profile().signing);
    verifier.onArchive([&context](const QString &archive, int index, int count) {
        context.progress(index - 1, count);
        context.info(tr("Reading %1 (%2 of %3)...").arg(archive).arg(index).arg(count));
    });
    if (!verifier.verify())
        return context.failDamaged(verifier.errorString());
    if (!verifier.intact())
        return context.failDamaged(verifier.refusalToRestore());
    if (m_checkedWhenUnpacked.isEmpty() || verifier.archivesChecked() > 0)
        context.info(tr("Read back %n file(s); every one matches the manifest.", nullptr, verifier.filesChecked()));
    if (!m_checkedWhenUnpacked.isEmpty())
        context.info(tr("The archives of %1 and every file in them are checked as they are unpacked, before anything changes.")
                         .arg(m_checkedWhenUnpacked.join(QStringLiteral(", "))));
    context.info(tr("The set is %1.").arg(verifier.signature().text()));
    return true;
}

} // namespace Lifeboat
