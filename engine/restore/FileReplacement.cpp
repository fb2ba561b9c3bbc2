// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileReplacement.h"

#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

bool FileReplacement::replace(StepContext &context, const QString &source, const HostPath &place, const QStringList &companionSuffixes,
                              const QString &scope)
{
    HostFiles &files = context.hosts().files(place);
    const QString target = place.path;
    HostFiles::Entry sourceEntry, targetEntry;
    QString error;
    if (!files.stat(source, &sourceEntry, &error) || !files.stat(target, &targetEntry, &error))
        return context.fail(error);
    if (!sourceEntry.exists()) {
        if (targetEntry.exists()) {
            context.info(tr("%1 is already in place.").arg(place.display()));
            return true;
        }
        return context.fail(tr("The unpacked copy %1 is missing, so %2 cannot be restored. Run the restore again.")
                                .arg(files.describe(source), place.display()));
    }
    if (!files.makeDirectory(QFileInfo(target).absolutePath(), nullptr))
        return context.fail(tr("Cannot create %1. Check the permissions.").arg(files.describe(QFileInfo(target).absolutePath())));
    const QString anchor = Quarantine::anchorFor(files, scope.isEmpty() ? target : scope);
    Quarantine quarantine(files, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    for (const QString &suffix : QStringList{QString()} + companionSuffixes) {
        Quarantine::Entry moved;
        if (!quarantine.move(target + suffix, anchor, &moved))
            return context.fail(quarantine.errorString());
        if (!moved.stored.isEmpty()) {
            HostFiles::Entry stored;
            (void)files.stat(moved.stored, &stored, nullptr);
            context.recordChange({Change::Kind::Move, files.describe(target + suffix), tr("to %1").arg(files.describe(moved.stored)), 1, stored.size});
        }
    }
    if (!quarantine.recordPlaced(target, anchor))
        return context.fail(quarantine.errorString());
    if (!files.rename(source, target, &error))
        return context.fail(tr("Cannot move %1 to %2.").arg(files.describe(source), target));
    context.recordChange({Change::Kind::Write, place.display(), tr("restored from the backup"), 1, sourceEntry.size});
    context.info(tr("Restored %1.").arg(place.display()));
    return true;
}

} // namespace Lifeboat
