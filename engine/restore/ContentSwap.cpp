// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ContentSwap.h"

#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <run/FailPoint.h>
#include <run/StepContext.h>
#include <support/DiskUsage.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

QStringList ContentSwap::entriesOf(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &name) { return RestoreScratch::isLifeboatFolder(name); });
    return names;
}

bool ContentSwap::swapIn(StepContext &context, const QString &location)
{
    const QString copy = RestoreScratch::copyFor(location, context.runId());
    const QString marker = RestoreScratch::swapMarkerFor(location, context.runId());
    if (!QFileInfo(copy).isDir() && !QFileInfo::exists(marker)) {
        context.info(tr("%1 already holds the backup's copy.").arg(location));
        return true;
    }
    if (!QDir().mkpath(location))
        return context.fail(tr("Cannot create %1. Check the permissions.").arg(location));
    const QString anchor = Quarantine::anchorFor(location);
    Quarantine quarantine(context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    if (!QFileInfo::exists(marker)) {
        const DiskUsage before = DiskUsage::of(location);
        for (const QString &name : entriesOf(location)) {
            if (!quarantine.move(QDir(location).filePath(name), anchor))
                return context.fail(quarantine.errorString());
        }
        QFile file(marker);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(tr("Cannot write %1.").arg(marker));
        context.recordChange({Change::Kind::Move, location, tr("its contents, to %1").arg(Quarantine::directory(anchor, context.runId())),
                              before.files, before.bytes});
    }
    for (const QString &name : entriesOf(copy)) {
        const QString target = QDir(location).filePath(name);
        if (!quarantine.move(target, anchor) || !quarantine.recordPlaced(target, anchor)
            || !QDir().rename(QDir(copy).filePath(name), target))
            return context.fail(tr("Cannot move %1 into %2. %3").arg(name, location, quarantine.errorString()));
        FailPoint::hit(QStringLiteral("placed:") + name);
    }
    QDir().rmdir(copy);
    QFile::remove(marker);
    const DiskUsage after = DiskUsage::of(location);
    context.recordChange({Change::Kind::Overwrite, location, tr("restored from the backup"), after.files, after.bytes});
    context.info(tr("%1 now holds the backup's %n file(s).", nullptr, int(after.files)).arg(location));
    return true;
}

} // namespace Lifeboat
