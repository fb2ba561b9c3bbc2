// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/ArchiveFormat.h>
#include <backup/BackupPart.h>
#include <restore/PartExtractor.h>
#include <snapshot/SnapshotMethod.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Lifeboat {

// Everything Lifeboat does to the files of one host: a node's crx-repository,
// its bootstrap properties and error.log, the GDS, fonts, connectors, the
// Content Storage Root. Steps, preconditions and status queries get the
// HostFiles of the host a path lives on (see Hosts) and never touch a node's
// paths with QFile or QDir themselves, so the same code restores a node on
// this machine (LocalHostFiles) and on another host (RemoteHostFiles, which
// asks Lifeboat's helper there over ssh and runs this same code on that host).
//
// Every call blocks, may come from any worker thread, and may run at the same
// time as others on the same object. Each returns true when the host answered
// and the operation succeeded; on false, *error says what went wrong, naming
// the host and the path (an unreachable host is an error, never a "missing"
// file). Paths are absolute paths on that host.
class HostFiles
{
public:
    enum class Type { Missing, File, Directory, Link, Other };

    struct Entry
    {
        QString path;
        Type type = Type::Missing;
        qint64 size = 0;      // files: bytes; links: not followed
        int mode = 0;         // permission bits (07777)
        QDateTime modified;
        QString owner;
        QString group;
        qint64 uid = -1;
        qint64 gid = -1;
        QString linkTarget;   // links only: the target as stored (relative or absolute)
        qint64 device = -1;   // the file system it is on, to compare two paths

        bool exists() const { return type != Type::Missing; }
        bool isDirectory() const { return type == Type::Directory; }
        bool isFile() const { return type == Type::File; }
        bool isLink() const { return type == Type::Link; }
        QString name() const;
    };

    struct Usage
    {
        qint64 files = 0;
        qint64 bytes = 0;
        // What a backup cannot hold (see DiskUsage): pipes, sockets and
        // devices, and links that lead out of the measured path.
        QStringList special;
        QStringList linksOutside;
    };

    // How a long operation reports and learns it should stop.
    struct Callbacks
    {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<bool()> cancelled;
        std::function<void(const QString &)> warn;
    };

    virtual ~HostFiles() = default;

    // The profile's name of the host; empty for the machine Lifeboat runs on.
    virtual QString host() const = 0;
    bool isLocal() const { return host().isEmpty(); }
    // "node2:/opt/…/crx-repository", or the bare path on this machine: how
    // messages, previews and logs name a place.
    QString describe(const QString &path) const;

    // --- Looking: never changes anything -----------------------------------
    // A path that does not exist is an answer (type Missing), not an error.
    [[nodiscard]] virtual bool stat(const QString &path, Entry *entry, QString *error) = 0;
    // The entries of a directory, hidden ones too, sorted by name, without
    // "." and "..". A directory that does not exist is an error.
    [[nodiscard]] virtual bool list(const QString &directory, QList<Entry> *entries, QString *error) = 0;
    // Everything below `root`, at any depth (links not followed), sorted by
    // path, parents before their children.
    [[nodiscard]] virtual bool listTree(const QString &root, QList<Entry> *entries, QString *error) = 0;
    // How many files and bytes a file or a tree holds (links counted, not followed).
    [[nodiscard]] virtual bool usage(const QString &path, Usage *usage, QString *error) = 0;
    // The space available to Lifeboat on the file system that holds `path`
    // (or would hold it: its nearest existing ancestor).
    [[nodiscard]] virtual bool freeSpace(const QString &path, qint64 *bytes, QString *error) = 0;
    // A small file whole (bootstrap properties, patch level, pid, cluster_node.id);
    // a file larger than `maxBytes` is an error.
    [[nodiscard]] virtual bool readFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) = 0;
    // The last `maxBytes` of a file at most (error.log).
    [[nodiscard]] virtual bool readTail(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) = 0;
    // A file's SHA-256 (hex), read where it lives. Special files are refused.
    [[nodiscard]] virtual bool hashFile(const QString &path, QString *sha256, QString *error) = 0;
    // Every file or directory named `name` below `root` (links not followed),
    // sorted; for the files AEM scatters through a repository
    // (listener.properties).
    [[nodiscard]] virtual bool findByName(const QString &root, const QString &name, QStringList *paths, QString *error) = 0;
    // Who the process that reads and changes this host's files runs as. Only
    // root may give files to another owner: a restore by anyone else leaves
    // the files it restores to that user.
    struct Identity
    {
        qint64 uid = -1;
        QString user;
        bool canChangeOwners() const { return uid == 0; }
    };
    [[nodiscard]] virtual bool identity(Identity *identity, QString *error) = 0;
    // Who holds a lock file (a repository's .lock): asked on the host itself,
    // since a lock held there is invisible from anywhere else; a flock and a
    // POSIX record lock (fcntl, Java's FileLock) both count as held.
    struct Lock
    {
        enum class State { Absent, Held, Stale };
        State state = State::Absent;
        qint64 pid = 0; // as written in the file
    };
    [[nodiscard]] virtual bool inspectLock(const QString &lockFile, Lock *lock, QString *error) = 0;
    // Whether this host's user may create, rename and remove entries in the
    // directory `path` (or, where it does not exist yet, in its nearest
    // existing ancestor): asked on the host itself, since only the host
    // knows its read-only mounts and its user's groups. *whyNot stays empty
    // when it may; otherwise it names the place, the user and the reason.
    [[nodiscard]] virtual bool checkWritable(const QString &path, QString *whyNot, QString *error) = 0;
    // An exclusive lock on `lockFile` on this host (see LockFile), saying
    // `record`, held for as long as the returned object lives: on a remote
    // host, by a session of its own, so that the lock goes when this process
    // goes, however it ends. Null when another process holds it (`*holder`
    // gets its record, `*error` stays empty) or when it cannot be taken
    // (`*error` says why).
    class HeldLock
    {
    public:
        virtual ~HeldLock() = default;
    };
    virtual std::unique_ptr<HeldLock> holdLock(const QString &lockFile, const QByteArray &record, QByteArray *holder,
                                               QString *error) = 0;
    // The record of the live process that holds `lockFile` on this host;
    // nullopt in *holder when nobody does.
    [[nodiscard]] virtual bool lockHolder(const QString &lockFile, std::optional<QByteArray> *holder, QString *error) = 0;

    // A small text file (cluster_node.id, a patch level), trimmed; empty when
    // it is missing or unreadable, which `readable` tells apart from empty.
    QString readText(const QString &path, bool *readable = nullptr);
    // `path`, or its nearest ancestor that exists: the file system something
    // not yet created will be on (its device, its free space).
    Entry nearestExisting(QString path);

    // --- Changing ------------------------------------------------------------
    // Writes a small file whole (QSaveFile, fsync) with `mode` (-1: 0644 for a
    // new file, else the file's own); the directory must exist.
    [[nodiscard]] virtual bool writeFile(const QString &path, const QByteArray &data, int mode, QString *error) = 0;
    // Creates a directory and its missing parents.
    [[nodiscard]] virtual bool makeDirectory(const QString &path, QString *error) = 0;
    // Renames on one file system; refuses when `to` exists. Syncs the
    // directories, so the rename survives a power cut.
    [[nodiscard]] virtual bool rename(const QString &from, const QString &to, QString *error) = 0;
    // Copies a file or a tree (owners, modes and times kept, links copied
    // as links) to `to`, which must not exist. For the Content Storage
    // Root's Index Root.
    [[nodiscard]] virtual bool copy(const QString &from, const QString &to, QString *error) = 0;
    // Gives `to` the owner, group, mode and modification time of `from`
    // (a restored directory's, once its contents are swapped into the
    // place the cluster uses). An owner only root may give is skipped.
    [[nodiscard]] virtual bool copyAttributes(const QString &from, const QString &to, QString *error) = 0;
    // Deletes a file or a tree, but only one of Lifeboat's own: a path with a
    // folder or file named ".lifeboat-…" in it (a restore's scratch copy, a
    // swap marker, a quarantine the user purges). Anything else is refused:
    // what a restore replaces is moved, never deleted. A missing path is done.
    [[nodiscard]] virtual bool removeOwnTree(const QString &path, QString *error) = 0;

    // --- Snapshots: made by the kernel of the host that holds the path -------
    // What snapshots the file system holding `path` offers (see SnapshotMethod).
    struct SnapshotSupport
    {
        QString fileSystem;     // "btrfs", "xfs", "ext4", ... as the kernel names it
        bool subvolume = false; // `path` is a btrfs subvolume: a read-only snapshot is possible
        bool reflink = false;   // files can be cloned (FICLONE) on that file system
        QString whyNoSubvolume; // translated reasons, for a failed precondition
        QString whyNoReflink;
    };
    [[nodiscard]] virtual bool snapshotSupport(const QString &path, SnapshotSupport *support, QString *error) = 0;
    // Makes `snapshotPath` (which must not exist and must have ".lifeboat-" in it, on the same file system)
    // a frozen copy of `path`: a read-only btrfs snapshot (method Btrfs) or a reflink copy of the tree,
    // owners, modes, times and links kept (method Reflink). Fails, leaving nothing at snapshotPath, when the
    // method is not possible there.
    [[nodiscard]] virtual bool createSnapshot(const QString &path, SnapshotMethod method, const QString &snapshotPath,
                                              QString *error) = 0;
    // Removes what createSnapshot made (a subvolume, or a reflinked tree); a missing path is done; refuses any
    // path without ".lifeboat-" in it.
    [[nodiscard]] virtual bool removeSnapshot(const QString &snapshotPath, QString *error) = 0;

    // --- Moving data: it is read, compressed and hashed where it lives -------
    // Writes `part`'s archive into `localDirectory` on the machine Lifeboat
    // runs on, reading the part's sources on this host, and fills in the
    // part's files, sizes, modes and SHA-256s (see PartArchiver).
    [[nodiscard]] virtual bool archive(BackupPart &part, ArchiveFormat format, const QString &localDirectory,
                                       const Callbacks &callbacks, QString *error) = 0;
    // Unpacks the entries of `localArchive` (a file on the machine Lifeboat
    // runs on) below `prefix` into `target` on this host, with every check
    // of PartExtractor: unsafe entries refused, every file's size and
    // SHA-256 checked against `part`, and every file's recorded owner, mode
    // and time set. On failure, nothing is left at `target`.
    //
    // An incremental set's part is unpacked in pieces (see BackupChain):
    // `mode` says which piece this archive is. `part` lists the files this
    // archive must give, and every one of them must be in it.
    //
    // The archive file's SHA-256 is taken in the same read (a .tar.*; a zip
    // is read by seeking), so that the caller can check it against
    // SHA256SUMS without reading the archive once more.
    using ExtractMode = PartExtractor::Mode;
    struct Extracted
    {
        int files = 0;
        qint64 bytes = 0;
        int ownersNotSet = 0; // recorded owners this host's user could not give
        // Each archive read whole, front to back: its path on the machine
        // Lifeboat runs on -> the hex SHA-256 of its bytes.
        QHash<QString, QByteArray> archiveSha256;
    };
    [[nodiscard]] virtual bool extract(const QString &localArchive, const BackupPart &part, const QString &prefix,
                                       const QString &target, ExtractMode mode, const Callbacks &callbacks,
                                       Extracted *extracted, QString *error) = 0;
    // Copies a file of this host to `localPath` on the machine Lifeboat runs
    // on (an online backup that AEM wrote on its own host), written whole.
    [[nodiscard]] virtual bool fetch(const QString &path, const QString &localPath, const Callbacks &callbacks,
                                     QString *error) = 0;
};

} // namespace Lifeboat
