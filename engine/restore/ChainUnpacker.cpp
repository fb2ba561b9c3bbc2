// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ChainUnpacker.h"

#include <QFileInfo>
#include <backup/BackupChain.h>

namespace Lifeboat {

bool ChainUnpacker::unpack(HostFiles &files, const QString &archive, const BackupPart &part,
    const QString &prefix, const QString &target, const HostFiles::Callbacks &callbacks,
    HostFiles::Extracted *extracted, QString *error)
{
    QList<BackupChain::Piece> older;
    if (!BackupChain::olderPieces(QFileInfo(archive).absolutePath(), part, prefix, &older, error))
        return false;
    if (older.isEmpty())
        return files.extract(
            archive, part, prefix, target, HostFiles::ExtractMode::Whole, callbacks, extracted, error);

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
        if (!files.extract(piece.archive, piece.part, prefix, target, HostFiles::ExtractMode::OlderPiece,
                pieceCallbacks, &got, error)) {
            *error = tr("In the older set %1: %2").arg(piece.setId, *error);
            (void)files.removeOwnTree(target, nullptr);
            return false;
        }
        add(got);
    }
    HostFiles::Extracted own;
    if (!files.extract(archive, BackupChain::ownPiece(part), prefix, target,
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
