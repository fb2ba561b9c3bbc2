// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileReplacement.h"

#include <restore/Quarantine.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

bool FileReplacement::replace(StepContext &context, const QString &source, const QString &target, const QStringList &companionSuffixes,
                              const QString &scope)
{
    if (!QFileInfo::exists(source)) {
        if (QFileInfo::exists(target)) {
            context.info(tr("%1 is already in place.").arg(target));
            return true;
        }
        return context.fail(tr("The unpacked copy %1 is missing, so %2 cannot be restored. Run the restore again.").arg(source, target));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return context.fail(tr("Cannot create %1. Check the permissions.").arg(QFileInfo(target).absolutePath()));
    const QString anchor = Quarantine::anchorFor(scope.isEmpty() ? target : scope);
    Quarantine quarantine(context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    for (const QString &suffix : QStringList{QString()} + companionSuffixes) {
        Quarantine::Entry moved;
        if (!quarantine.move(target + suffix, anchor, &moved))
            return context.fail(quarantine.errorString());
        if (!moved.stored.isEmpty())
            context.recordChange({Change::Kind::Move, target + suffix, tr("to %1").arg(moved.stored), 1, QFileInfo(moved.stored).size()});
    }
    if (!quarantine.recordPlaced(target, anchor))
        return context.fail(quarantine.errorString());
    if (!QFile::rename(source, target))
        return context.fail(tr("Cannot move %1 to %2.").arg(source, target));
    context.recordChange({Change::Kind::Write, target, tr("restored from the backup"), 1, QFileInfo(target).size()});
    context.info(tr("Restored %1.").arg(target));
    return true;
}

} // namespace Lifeboat
