// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RenameGdsBackupStep.h"

#include <restore/Quarantine.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

RenameGdsBackupStep::RenameGdsBackupStep(QString gds)
    : m_gds(std::move(gds))
{
}

ChangeList RenameGdsBackupStep::preview(const StepContext &) const
{
    const QDir gds(m_gds);
    ChangeList changes;
    if (gds.exists(QStringLiteral("restore")))
        changes.append({Change::Kind::Move, gds.filePath(QStringLiteral("restore")), tr("to the quarantine")});
    changes.append({Change::Kind::Move, gds.filePath(QStringLiteral("backup")), tr("renamed to %1").arg(gds.filePath(QStringLiteral("restore")))});
    return changes;
}

bool RenameGdsBackupStep::run(StepContext &context)
{
    const QDir gds(m_gds);
    const QString backup = gds.filePath(QStringLiteral("backup"));
    const QString restore = gds.filePath(QStringLiteral("restore"));
    if (!QFileInfo(backup).isDir()) {
        context.info(QFileInfo(restore).isDir() ? tr("%1 is already in place.").arg(restore)
                                                : tr("The restored GDS has no backup folder; nothing to rename."));
        return true;
    }
    Quarantine quarantine(context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    if (!quarantine.move(restore, Quarantine::anchorFor(m_gds)) || !quarantine.recordPlaced(restore, Quarantine::anchorFor(m_gds)))
        return context.fail(quarantine.errorString());
    if (!QDir().rename(backup, restore))
        return context.fail(tr("Cannot rename %1 to %2.").arg(backup, restore));
    context.recordChange({Change::Kind::Move, backup, tr("renamed to %1").arg(restore)});
    return true;
}

} // namespace Lifeboat
