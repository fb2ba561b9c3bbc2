// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RenameGdsBackupStep.h"

#include <hosts/Hosts.h>
#include <restore/Quarantine.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

RenameGdsBackupStep::RenameGdsBackupStep(QString gds)
    : m_gds(std::move(gds))
{
}

ChangeList RenameGdsBackupStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(context.profile().gdsPlace());
    const QDir gds(m_gds);
    ChangeList changes;
    HostFiles::Entry restore;
    if (files.stat(gds.filePath(QStringLiteral("restore")), &restore, nullptr) && restore.exists())
        changes.append({Change::Kind::Move, files.describe(restore.path), tr("to the quarantine")});
    changes.append({Change::Kind::Move, files.describe(gds.filePath(QStringLiteral("backup"))),
                    tr("renamed to %1").arg(gds.filePath(QStringLiteral("restore")))});
    return changes;
}

bool RenameGdsBackupStep::run(StepContext &context)
{
    HostFiles &files = context.hosts().files(context.profile().gdsPlace());
    const QDir gds(m_gds);
    const QString backup = gds.filePath(QStringLiteral("backup"));
    const QString restore = gds.filePath(QStringLiteral("restore"));
    HostFiles::Entry backupEntry, restoreEntry;
    QString error;
    if (!files.stat(backup, &backupEntry, &error) || !files.stat(restore, &restoreEntry, &error))
        return context.fail(error);
    if (!backupEntry.isDirectory()) {
        context.info(restoreEntry.isDirectory() ? tr("%1 is already in place.").arg(files.describe(restore))
                                                : tr("The restored GDS has no backup folder; nothing to rename."));
        return true;
    }
    Quarantine quarantine(files, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    const QString anchor = Quarantine::anchorFor(files, m_gds);
    if (!quarantine.move(restore, anchor) || !quarantine.recordPlaced(restore, anchor))
        return context.fail(quarantine.errorString());
    if (!files.rename(backup, restore, &error))
        return context.fail(tr("Cannot rename %1 to %2.").arg(files.describe(backup), restore) + u' ' + error);
    context.recordChange({Change::Kind::Move, files.describe(backup), tr("renamed to %1").arg(restore)});
    return true;
}

} // namespace Lifeboat
