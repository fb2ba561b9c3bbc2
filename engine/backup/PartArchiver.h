// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/ArchiveFormat.h>
#include <backup/BackupPart.h>

#include <QCoreApplication>

#include <functional>
#include <optional>

class KArchive;
class QIODevice;

namespace Lifeboat {

// What PartArchiver lists of each file and folder before it writes any:
// a repository lists hundreds of thousands, all held while the part is
// written, so an entry is kept small (48 bytes; 80 before, which was 50
// MB at 300,000 files and as many folders): its path on disk is made
// again from its source's (path()), and the rare link's target is kept
// beside the list (PartArchiver::Listing).
struct ListedEntry
{
    enum class Kind : quint8 { File, Directory, Link, Special };

    QString archivePath;
    qint64 size = 0; // a file's, when it was listed
    qint32 linkTarget = -1; // links only: its position in Listing::linkTargets
    quint32 sourceIndex = 0; // of the part's sources
    Kind kind = Kind::File;
    // A source itself: it may be a link that the profile names, which is
    // followed, so its permissions are those of what it points to.
    bool isSource = false;

    bool directory() const { return kind == Kind::Directory; }
    // Where it is read: its source's path and what follows the
    // source's archive path.
    QString path(const BackupPart &part) const;
};

} // namespace Lifeboat

// A listing grows by moving its bytes (QString may be moved so), in place
// where it can, instead of copying 665,000 entries into a new block.
Q_DECLARE_TYPEINFO(Lifeboat::ListedEntry, Q_RELOCATABLE_TYPE);

namespace Lifeboat {

// Writes one backup part into one archive with KArchive. Every file is read
// once, in chunks, and hashed (SHA-256) on the way into the archive, so
// memory stays flat whatever the size. The archive is written under a
// temporary name and renamed when whole; a repeat simply writes it again.
// Or it is written into a device (lifeboat-agent's output stream), so that a
// node host compresses and hashes its own files and keeps nothing on disk.
class PartArchiver
{
    Q_DECLARE_TR_FUNCTIONS(PartArchiver)

public:
    // How an archiver reports and learns it should stop; several archivers
    // may run at once, each with its own callbacks.
    struct Callbacks
    {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<bool()> cancelled;
        std::function<void(const QString &)> warn;
    };

    PartArchiver(ArchiveFormat format, Callbacks callbacks);

    [[nodiscard]] bool write(BackupPart &part, const QString &directory);
    // Writes the archive into `device`, open for writing (a zip closes it at
    // its end, as KArchive does). The tar formats only ever write forwards, so `device` may be a pipe; a
    // zip needs a device that can seek (KZip goes back to fill in headers).
    [[nodiscard]] bool write(BackupPart &part, QIODevice *device);
    QString errorString() const { return m_error; }

private:
    using Kind = ListedEntry::Kind;
    using Entry = ListedEntry;
    // Every entry of a part in the order they are written (by archive
    // path), and the targets of its links, as text.
    struct Listing
    {
        QList<Entry> entries;
        QStringList linkTargets;

        QString linkTarget(const Entry &entry) const { return entry.linkTarget < 0 ? QString() : linkTargets.at(entry.linkTarget); }
    };

    Listing collect(const BackupPart &part) const;
    // The access and creation times, which only a zip holds: KTar writes the
    // modification time alone, so a tar is spared a stat of every entry.
    struct OtherTimes
    {
        QDateTime accessed;
        QDateTime created;
    };
    OtherTimes otherTimes(const QString &source) const;
    // Why the part cannot be archived as it is: each pipe, socket or
    // device (never opened: a pipe would block for ever) and each link
    // that leads out of its source (see LinkTarget); empty when it can.
    static QStringList unarchivable(const BackupPart &part, const Listing &listing);
    bool sourcesExist(const BackupPart &part);
    // A .tar.* archive into the file `path`, its SHA-256 taken on the way.
    bool writeTar(BackupPart &part, const QString &path);
    // Writes every entry into `archive`, open for writing, and closes it;
    // `tar` is the device a KTar writes into (for the pax headers that
    // carry numeric owners), null for a zip; `name` is how messages call
    // the archive.
    bool writeEntries(BackupPart &part, KArchive &archive, QIODevice *tar, const QString &name);
    // A link as a link (its target as text), listed in the part's files.
    bool writeLink(BackupPart &part, KArchive &archive, QIODevice *tar, const Entry &entry, const QString &target,
                   const QString &source, const FileAttributes &attributes);
    // The base's record of the file at `entry`, when its data has not
    // changed since the base was made (see BackupPart::Base); null when it
    // must be archived. May read the file to compare SHA-256s.
    std::optional<BackupPart::File> unchanged(const BackupPart &part, const Entry &entry, qint64 size,
                                              const FileAttributes &attributes);
    // The SHA-256 of `path`, read in chunks; empty when it cannot be read or
    // the user cancelled.
    QString hashOf(const QString &path);
    bool fail(const QString &message);

    ArchiveFormat m_format;
    Callbacks m_callbacks;
    QString m_error;
};

} // namespace Lifeboat
