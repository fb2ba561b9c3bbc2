// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <backup/BackupPart.h>

namespace Lifeboat {

class BackupSetManifest;

// Where the files of an incremental set's part really are. A file the set
// references (BackupPart::File::storedIn) is in an older set's archive of
// the same part, and that set is always the one holding the bytes, so the
// chain is one hop deep: the set's own archive plus one archive from each
// older set it names. The older sets live beside the set, under the same
// backup root; each one's summary (or, without one, its manifest) names its
// archive of the part.
//
// A restore unpacks the older pieces first and the set's own archive last
// (it holds every directory); a verification checks each piece. Every
// older set is named when it is missing or unreadable, with what to do.
class BackupChain
{
    Q_DECLARE_TR_FUNCTIONS(BackupChain)

public:
    BackupChain() = delete;

    // One older set's share of a part.
    struct Piece
    {
        QString setId;
        QString setDirectory;
        QString archiveFile; // the older set's archive of the part, its name in that set
        QString archive; // and its path
        // The part as the NEWER set records it, with only the files taken
        // from this archive (their sizes and SHA-256s are what a restore
        // checks) and no directories.
        BackupPart part;
        qint64 bytes() const;
    };

    // The older pieces of `part` of the set in `setDirectory`, oldest set
    // first, with only their files below `prefix`; none for a full set's
    // part. False, with an error naming the older set and saying what to
    // do, when one is missing, unreadable or lacks the part.
    [[nodiscard]] static bool olderPieces(const QString &setDirectory, const BackupPart &part,
        const QString &prefix, QList<Piece> *pieces, QString *error);
    [[nodiscard]] static bool olderPieces(
        const BackupSetManifest &manifest, const BackupPart &part, QList<Piece> *pieces, QString *error);
    // The piece of one older set, `olderSetId`, alone (a verification
    // reports each older set it cannot read, and goes on with the others).
    [[nodiscard]] static bool olderPiece(const QString &setDirectory, const BackupPart &part,
        const QString &olderSetId, const QString &prefix, Piece *piece, QString *error);
    // The part with only the files of the set's own archive (and every
    // directory).
    static BackupPart ownPiece(const BackupPart &part);
    // Where an older set is: beside the set in `setDirectory`.
    static QString olderSetDirectory(const QString &setDirectory, const QString &olderSetId);
};

} // namespace Lifeboat
