// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ContentSwap.h"

#include <backup/BackupPart.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <restore/SecondaryFolder.h>
#include <run/FailPoint.h>
#include <run/StepContext.h>
#include <restore/PathPatterns.h>
#include <hosts/Hosts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

bool ContentSwap::entriesOf(HostFiles &files, const QString &directory, QStringList *names, QString *error)
{
    QList<HostFiles::Entry> entries;
    if (!files.list(directory, &entries, error))
        return false;
    names->clear();
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (!RestoreScratch::isLifeboatFolder(entry.name()))
            names->append(entry.name());
    }
    return true;
}

ContentSwap::Contents ContentSwap::contentsOf(const BackupPart &part, const QString &prefix, const QStringList &leftOut)
{
    Contents contents;
    for (const BackupPart::File &file : part.files) {
        if (!file.path.startsWith(prefix))
            continue;
        const QString relative = file.path.mid(prefix.size());
        if (PathPatterns::names(relative, leftOut))
            continue;
        Size &size = contents[relative.section(u'/', 0, 0)];
        ++size.files;
        size.bytes += file.size;
    }
    return contents;
}

bool ContentSwap::stays(const Kept &kept, const QString &name)
{
    return kept.names.contains(name) || (kept.ownSecondaryFolder && SecondaryFolder::isName(name));
}

bool ContentSwap::swapIn(StepContext &context, const HostPath &place, const Kept &kept, const std::optional<Contents> &copied)
{
    HostFiles &files = context.hosts().files(place);
    const QString location = place.path;
    const QString copy = RestoreScratch::copyFor(files, location, context.runId());
    const QString marker = RestoreScratch::swapMarkerFor(files, location, context.runId());
    HostFiles::Entry copyEntry, markerEntry;
    QString error;
    if (!files.stat(copy, &copyEntry, &error) || !files.stat(marker, &markerEntry, &error))
        return context.fail(error);
    if (!copyEntry.isDirectory() && !markerEntry.exists()) {
        context.info(tr("%1 already holds the backup's copy.").arg(place.display()));
        return true;
    }
    if (!files.makeDirectory(location, nullptr))
        return context.fail(tr("Cannot create %1. Check the permissions.").arg(place.display()));
    const QString anchor = Quarantine::anchorFor(files, location);
    Quarantine quarantine(files, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    QStringList names, staying;
    if (!entriesOf(files, location, &names, &error))
        return context.fail(error);
    for (const QString &name : std::as_const(names)) {
        if (stays(kept, name))
            staying.append(name);
    }
    // With the node's own secondary folder staying, no other one comes in.
    const bool ownFolderStays = std::any_of(staying.begin(), staying.end(), [](const QString &name) { return SecondaryFolder::isName(name); });
    const auto comesIn = [&](const QString &name) {
        return !kept.names.contains(name) && !(ownFolderStays && SecondaryFolder::isName(name));
    };
    if (!markerEntry.exists()) {
        for (const QString &name : std::as_const(names)) {
            if (!staying.contains(name) && !quarantine.move(QDir(location).filePath(name), anchor))
                return context.fail(quarantine.errorString());
        }
        if (!files.writeFile(marker, {}, 0644, nullptr))
            return context.fail(tr("Cannot write %1.").arg(files.describe(marker)));
        context.recordChange({Change::Kind::Move, place.display(),
                              tr("its contents, to %1").arg(Quarantine::directory(anchor, context.runId()))});
    }
    if (!entriesOf(files, copy, &names, &error))
        return context.fail(error);
    for (const QString &name : std::as_const(names)) {
        if (!comesIn(name))
            continue; // left in the scratch copy, which is removed below
        const QString target = QDir(location).filePath(name);
        if (!quarantine.move(target, anchor) || !quarantine.recordPlaced(target, anchor)
            || !files.rename(QDir(copy).filePath(name), target, &error))
            return context.fail(tr("Cannot move %1 into %2. %3").arg(name, place.display(), quarantine.errorString() + error));
        FailPoint::hit(QStringLiteral("placed:") + name);
    }
    // The place itself as the backup had it: its owner above all, which a
    // place made anew (a lost repository) would otherwise take from the
    // restoring user.
    if (!files.copyAttributes(copy, location, &error))
        context.warn(error);
    if (!files.removeOwnTree(copy, &error) || !files.removeOwnTree(marker, &error))
        context.warn(error);
    Size placed;
    if (copied) {
        // The whole copy, also what an attempt cut short had already placed.
        for (auto it = copied->cbegin(); it != copied->cend(); ++it) {
            if (comesIn(it.key())) {
                placed.files += it->files;
                placed.bytes += it->bytes;
            }
        }
    } else {
        HostFiles::Usage after;
        if (!files.usage(location, &after, &error))
            return context.fail(error);
        placed = {after.files, after.bytes};
    }
    context.recordChange({Change::Kind::Overwrite, place.display(), tr("restored from the backup"), placed.files, placed.bytes});
    if (!staying.isEmpty())
        context.recordChange({Change::Kind::Keep, place.display(), tr("%1 left in place").arg(staying.join(QStringLiteral(", ")))});
    context.info(tr("%1 now holds the backup's %n file(s).", nullptr, int(placed.files)).arg(place.display()));
    return true;
}

} // namespace Lifeboat
