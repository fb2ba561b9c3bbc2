// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ChainUnpacker.h"

#include <QFileInfo>
#include <backup/BackupChain.h>

namespace Lifeboat {

// HostFiles::extract, and the checksum of every .tar.* archive it read,
// taken in that read: the caller checks it against SHA256SUMS, and the
// verification before a restore leaves that check to the unpacking. An
// archive read without one fails here rather than go unchecked.
bool ChainUnpacker::extract(HostFiles &files, const QString &archive, const BackupPart &part, const QString &prefix,
                            const QString &target, HostFiles::ExtractMode mode, const HostFiles::Callbacks &callbacks,
                            HostFiles::Extracted *extracted, QString *error)
{
    if (!files.extract(archive, part, prefix, target, mode, callbacks, extracted, error))
        return false;
    if (archive.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) || extracted->archiveSha256.contains(archive))
        return true;
    *error = tr("The checksum of %1 could not be taken as it was unpacked, so it was not checked against SHA256SUMS. "
                "Nothing was swapped in; verify the set with 'lifeboat verify' and try again.").arg(archive);
    (void)files.removeOwnTree(target, nullptr);
    return false;
}

bool ChainUnpacker::unpack(HostFiles &files, const QString &archive, const BackupPart &part,
    const QString &prefix, const QString &target, const HostFiles::Callbacks &callbacks,
    HostFiles::Extracted *extracted, QString *error)
{
    QList<BackupChain::Piece> older;
    if (!BackupChain::olderPieces(QFileInfo(archive).absolutePath(), part, prefix, &older, error))
        return false;
    if (older.isEmpty()) {
        HostFiles::Extracted whole;
        if (!extract(files, archive, part, prefix, target, HostFiles::ExtractMode::Whole, callbacks, &whole, error))
            return false;
        if (extracted)
            *extracted = whole;
        return true;
    }

    HostFiles::Entry existing;
    if (!files.stat(target, &existing, error))
        return false;
    if (existing.exists()) {
        *error = tr("Cannot unpack into %1: it already exists.").arg(files.describe(target));
        return false;
    }
    qint64 total = 0;
    for (const BackupPart::File &file : part.files) {
        if (file.path.startsWith(prefix))
            total += file.size;
    }
    // Each piece reports its own progress; the caller sees the whole part's.
    qint64 offset = 0;
    HostFiles::Callbacks pieceCallbacks = callbacks;
    if (callbacks.progress)
        pieceCallbacks.progress = [&](qint64 done, qint64) { callbacks.progress(offset + done, total); };
    HostFiles::Extracted sum;
    auto add = [&sum, &offset](const HostFiles::Extracted &piece) {
        sum.files += piece.files;
        sum.bytes += piece.bytes;
        sum.ownersNotSet += piece.ownersNotSet;
        sum.archiveSha256.insert(piece.archiveSha256);
        offset += piece.bytes;
    };
    for (const BackupChain::Piece &piece : std::as_const(older)) {
        HostFiles::Extracted got;
        if (!extract(files, piece.archive, piece.part, prefix, target, HostFiles::ExtractMode::OlderPiece,
                pieceCallbacks, &got, error)) {
            *error = tr("In the older set %1: %2").arg(piece.setId, *error);
            (void)files.removeOwnTree(target, nullptr);
            return false;
        }
        add(got);
    }
    HostFiles::Extracted own;
    if (!extract(files, archive, BackupChain::ownPiece(part), prefix, target,
            HostFiles::ExtractMode::NewestPiece, pieceCallbacks, &own, error)) {
        (void)files.removeOwnTree(target, nullptr);
        return false;
    }
    add(own);
    if (extracted)
        *extracted = sum;
    return true;
}

} // namespace Lifeboat
