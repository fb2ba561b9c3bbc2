// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScratchCopy.h"

#include <backup/BackupSetVerifier.h>
#include <hosts/Hosts.h>
#include <restore/ChainUnpacker.h>
#include <restore/RestoreScratch.h>
#include <run/StepContext.h>

#include <QDir>

#include <algorithm>
#include <QFileInfo>

namespace Lifeboat {

void ScratchCopy::previewOwners(HostFiles &files, const BackupPart &part, const HostPath &location, ChangeList *changes)
{
    const bool recorded = std::any_of(part.files.begin(), part.files.end(),
                                      [](const BackupPart::File &file) { return file.attributes.hasOwner(); });
    HostFiles::Identity identity;
    if (!recorded || !files.identity(&identity, nullptr) || identity.canChangeOwners())
        return;
    changes->append({Change::Kind::Manual, location.display(),
                     tr("Lifeboat runs there as %1, not as root, so the restored files cannot get the owners the backup "
                        "records and will belong to %1. If AEM runs as another user, give them to it (chown) after the "
                        "restore.").arg(identity.user)});
}

// The copy's own directory is given the attributes of the place it will be
// swapped into (see ContentSwap). A set that records them gave it the
// backup's already; for an older one, the place's own are the right ones,
// not those of a directory the restoring user just made.
void ScratchCopy::keepPlaceAttributes(HostFiles &files, const BackupPart &part, const QString &prefix, const QString &place,
                                      const QString &copy)
{
    const bool recorded = std::any_of(part.directories.begin(), part.directories.end(), [&prefix](const BackupPart::Directory &d) {
        return d.path + u'/' == prefix && d.attributes.hasOwner();
    });
    HostFiles::Entry existing;
    if (!recorded && files.stat(place, &existing, nullptr) && existing.isDirectory())
        (void)files.copyAttributes(place, copy, nullptr);
}

// Each archive as a whole, against the SHA256SUMS of its set, by the
// checksum taken while it was unpacked: a changed byte that no file shows
// (in a tar header, or past the archive's end) still makes the set damaged.
bool ScratchCopy::checkArchives(StepContext &context, const QHash<QString, QByteArray> &read)
{
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        const QFileInfo archive(it.key());
        if (BackupSetVerifier::listedSha256(archive.absolutePath(), archive.fileName()) == it.value())
            continue;
        return context.failDamaged(tr("%1/%2: the SHA-256 of the archive differs from the SHA256SUMS of its set, or that file "
                                      "does not list it (the archive file was changed or damaged). Nothing was swapped in; "
                                      "verify the set with 'lifeboat verify' and choose another one.")
                                       .arg(QFileInfo(archive.absolutePath()).fileName(), archive.fileName()));
    }
    return true;
}

QString ScratchCopy::ownersNotSetWarning(HostFiles &files, const QString &copy, int count)
{
    HostFiles::Identity identity;
    (void)files.identity(&identity, nullptr);
    return tr("Owners not set for %1 file(s) in %2: the backup records other owners, and only root can give files "
              "away, so they belong to %3. If AEM runs as another user, give them to it (chown), or run the restore "
              "as root.")
        .arg(QString::number(count), files.describe(copy), identity.user.isEmpty() ? tr("the restoring user") : identity.user);
}

QString ScratchCopy::unpack(StepContext &context, const QString &archive, const BackupPart &part, const QString &prefix,
                            const HostPath &location, const QString &scope,
                            const std::function<void(qint64 done, qint64 total)> &progress)
{
    HostFiles &files = context.hosts().files(location);
    const QString copy = RestoreScratch::copyFor(files, location.path, context.runId(), scope);
    HostFiles::Entry existing;
    QString error;
    if (!files.stat(copy, &existing, &error)) {
        context.fail(error);
        return {};
    }
    if (existing.isDirectory()) {
        context.info(tr("%1 is already unpacked.").arg(files.describe(copy)));
        return copy;
    }
    const QString partial = RestoreScratch::partialFor(files, location.path, context.runId(), scope);
    HostFiles::Extracted extracted;
    if (!files.removeOwnTree(partial, &error) || !files.makeDirectory(QFileInfo(partial).absolutePath(), &error)
        || !ChainUnpacker::unpack(files, archive, part, prefix, partial,
                                  {[&context, &progress](qint64 done, qint64 total) {
                                       if (progress)
                                           progress(done, total);
                                       else
                                           context.progress(done, total);
                                   },
                                   [&context] { return context.isCancelled(); }, {}},
                                  &extracted, &error)) {
        context.fail(error);
        return {};
    }
    // A restore that restored less than its plan said is a failure, never a
    // success: the files the manifest lists below the prefix, all of them.
    const auto planned = std::count_if(part.files.cbegin(), part.files.cend(),
                                       [&prefix](const BackupPart::File &file) { return file.path.startsWith(prefix); });
    if (extracted.files != planned) {
        context.fail(tr("Unpacked %1 of the %2 files of part %3 that the plan restores into %4. Nothing was swapped in; "
                        "verify the set with 'lifeboat verify' and choose another one.")
                         .arg(extracted.files).arg(planned).arg(part.name, files.describe(location.path)));
        return {};
    }
    if (!checkArchives(context, extracted.archiveSha256))
        return {};
    keepPlaceAttributes(files, part, prefix, location.path, partial);
    if (!files.rename(partial, copy, &error)) {
        context.fail(tr("Cannot rename %1 to %2.").arg(files.describe(partial), copy));
        return {};
    }
    context.recordChange({Change::Kind::Write, files.describe(copy), tr("scratch copy, checked against the manifest"), extracted.files,
                          extracted.bytes});
    context.info(tr("Unpacked %n file(s) into %1; every one matches the manifest.", nullptr, extracted.files).arg(files.describe(copy)));
    if (extracted.ownersNotSet > 0)
        context.warn(ownersNotSetWarning(files, copy, extracted.ownersNotSet));
    return copy;
}

} // namespace Lifeboat
