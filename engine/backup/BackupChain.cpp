// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupChain.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <backup/BackupSetManifest.h>

namespace Lifeboat {

namespace {
// A set's id as the manifest gives it is untrusted: it must name a
// directory beside the set, never lead anywhere else.
bool isSetName(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(u'.') && !id.contains(u'/') && !id.contains(u'\\')
        && !id.contains(QChar(0));
}

bool isArchiveName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(u'.') && !name.contains(u'/') && !name.contains(u'\\');
}
} // namespace

qint64 BackupChain::Piece::bytes() const
{
    qint64 total = 0;
    for (const BackupPart::File &file : part.files)
        total += file.size;
    return total;
}

QString BackupChain::olderSetDirectory(const QString &setDirectory, const QString &olderSetId)
{
    return QDir::cleanPath(QFileInfo(QDir::cleanPath(setDirectory)).absoluteDir().filePath(olderSetId));
}

BackupPart BackupChain::ownPiece(const BackupPart &part)
{
    // A full set's part shares its list; an incremental's gets a list of its
    // own files only. removeIf() on a copy first copied the whole list
    // (60 MB at 300,000 files, for each part checked at once).
    BackupPart own = part;
    const auto stored = [](const BackupPart::File &file) { return !file.storedIn.isEmpty(); };
    if (std::none_of(part.files.cbegin(), part.files.cend(), stored))
        return own;
    // A new list: clear() or "= {}" on a shared list makes a copy as large as
    // the old one, empty (QList keeps its capacity): 67 MB at 300,000 files.
    own.files = QList<BackupPart::File>();
    for (const BackupPart::File &file : part.files) {
        if (!stored(file))
            own.files.append(file);
    }
    return own;
}

bool BackupChain::olderPieces(
    const BackupSetManifest &manifest, const BackupPart &part, QList<Piece> *pieces, QString *error)
{
    return olderPieces(manifest.directory, part, {}, pieces, error);
}

bool BackupChain::olderPieces(const QString &setDirectory, const BackupPart &part, const QString &prefix,
    QList<Piece> *pieces, QString *error)
{
    pieces->clear();
    // Set ids start with the time they were made: sorted, the oldest first.
    QStringList sets;
    for (const BackupPart::File &file : part.files) {
        if (!file.storedIn.isEmpty() && file.path.startsWith(prefix) && !sets.contains(file.storedIn))
            sets.append(file.storedIn);
    }
    sets.sort();
    for (const QString &older : std::as_const(sets)) {
        Piece piece;
        if (!olderPiece(setDirectory, part, older, prefix, &piece, error))
            return false;
        pieces->append(piece);
    }
    return true;
}

bool BackupChain::olderPiece(const QString &setDirectory, const BackupPart &part, const QString &olderSetId,
    const QString &prefix, Piece *piece, QString *error)
{
    // Counted first: most of an incremental's files come from older sets,
    // and a list grown one file at a time takes up to twice the room.
    const auto taken = [&](const BackupPart::File &file) { return file.storedIn == olderSetId && file.path.startsWith(prefix); };
    QList<BackupPart::File> files;
    files.reserve(std::count_if(part.files.cbegin(), part.files.cend(), taken));
    for (const BackupPart::File &file : part.files) {
        if (taken(file))
            files.append(file);
    }
    const QString setId = QFileInfo(QDir::cleanPath(setDirectory)).fileName();
    const QString root = QFileInfo(QDir::cleanPath(setDirectory)).absolutePath();
    const int count = int(files.size());
    if (!isSetName(olderSetId)) {
        *error = tr(
            "The manifest of %1 says %n file(s) of %2 are in \"%3\", which is not the name of a backup set. "
            "The manifest is damaged; verify the set with 'lifeboat verify' and restore from another one.",
            nullptr, count)
                     .arg(setId, part.name, olderSetId);
        return false;
    }
    piece->setId = olderSetId;
    piece->setDirectory = olderSetDirectory(setDirectory, olderSetId);
    if (!QFileInfo(piece->setDirectory).isDir()) {
        *error = tr(
            "The backup set %1 takes %n file(s) of %2 from the older set %3, which is not in %4 (it was "
            "deleted or moved). Put %3 back into %4, or restore from another set (see 'lifeboat backups').",
            nullptr, count)
                     .arg(setId, part.name, olderSetId, root);
        return false;
    }
    // Only the name of the older set's archive is needed: its summary, as
    // its SHA256SUMS has it, gives it without reading every file of every
    // part (at 300,000 files a manifest is 3 s and 190 MB, kept in load()'s
    // cache for the rest of a restore). A set without a summary, or with
    // one that does not check, is read whole as before.
    QString why;
    std::optional<BackupSetManifest> olderManifest = BackupSetManifest::loadSummary(piece->setDirectory);
    if (!olderManifest)
        olderManifest = BackupSetManifest::load(piece->setDirectory, &why);
    if (!olderManifest) {
        *error = tr(
            "The backup set %1 takes %n file(s) of %2 from the older set %3, whose manifest cannot be read: "
            "%4 Verify %3 with 'lifeboat verify', or restore from another set (see 'lifeboat backups').",
            nullptr, count)
                     .arg(setId, part.name, olderSetId, why);
        return false;
    }
    const auto olderPart = std::find_if(olderManifest->parts.cbegin(), olderManifest->parts.cend(),
        [&part](const BackupPart &p) { return p.name == part.name; });
    piece->archiveFile.clear();
    if (olderPart != olderManifest->parts.cend() && isArchiveName(olderPart->archiveFile))
        piece->archiveFile = olderPart->archiveFile;
    piece->archive = QDir(piece->setDirectory).filePath(piece->archiveFile);
    if (piece->archiveFile.isEmpty() || !QFileInfo(piece->archive).isFile()) {
        *error = tr(
            "The backup set %1 takes %n file(s) of %2 from the older set %3, whose archive of %2 is missing. "
            "Verify %3 with 'lifeboat verify', or restore from another set (see 'lifeboat backups').",
            nullptr, count)
                     .arg(setId, part.name, olderSetId);
        return false;
    }
    piece->part = part;
    piece->part.files = files;
    piece->part.directories = QList<BackupPart::Directory>(); // not clear(): see ownPiece()
    return true;
}

} // namespace Lifeboat
