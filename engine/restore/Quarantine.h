// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <profile/HostPath.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lifeboat {

class HostFiles;

// Where a restore keeps everything it deletes or replaces: moved, never
// copied and never deleted, into
//   <anchor>/.lifeboat-quarantine/<run id>/<n>/<path below the anchor>
// with an index (quarantine.json) written whole before each move. The
// anchor of a location (a node's crx-repository, the GDS, a database file…)
// is its parent directory, or the location itself when it is a mount point,
// so that every move is a rename on one file system: instant, and nothing to
// run out of space for. What is quarantined stays until the user purges it
// (`lifeboat quarantine purge`), and a restore can be rolled back from it.
// Each host keeps its own quarantines, next to what they hold; a Quarantine
// works on one host's files.
class Quarantine
{
    Q_DECLARE_TR_FUNCTIONS(Quarantine)

public:
    // A path the run moved aside (stored), or a path it put in place from the
    // backup (placed, with no stored copy): together, in order, the run's
    // undo log.
    struct Entry
    {
        QString original;
        QString stored; // empty for a placed path
        // A database's previous contents, kept as a dump (see DatabaseReplacement):
        // the profile's name of the database; `original` then describes it.
        QString database;
        QString runId;
        QString scenario;
        QDateTime time;
        qint64 sequence = 0; // orders the entries of one run across anchors and hosts
        QString host;        // where original and stored are; empty: this machine
        // Whether the stored path (or a placed original) is still there.
        bool exists(HostFiles &files) const;
        bool isPlaced() const { return stored.isEmpty(); }
    };

    // Everything one run quarantined, wherever it went.
    struct Run
    {
        QString runId;
        QString scenario;
        QDateTime time;
        QList<HostPath> directories; // <anchor>/.lifeboat-quarantine/<run id>
        QList<Entry> entries;     // newest first
        qint64 bytes = 0;
    };

    Quarantine(HostFiles &files, QString runId, QString scenario);

    // Moves `path` into the quarantine of `anchor`. A path that does not
    // exist is already out of the way: nothing to do, and true.
    [[nodiscard]] bool move(const QString &path, const QString &anchor, Entry *moved = nullptr);
    // Records, before it happens, that the run puts `path` in place from the
    // backup, so that a rollback knows to take it away again.
    [[nodiscard]] bool recordPlaced(const QString &path, const QString &anchor);
    // Reserves, in the index, where the previous contents of `database` are
    // kept as a dump named `fileName`; the caller writes the dump there. When
    // this run has reserved it before (a repeat after a crash), returns that
    // entry again, so that a half-restored database never overwrites it.
    [[nodiscard]] bool reserveDatabaseDump(const QString &database, const QString &description, const QString &anchor,
                                           const QString &fileName, Entry *entry);
    QString errorString() const { return m_error; }

    static QString folderName() { return QStringLiteral(".lifeboat-quarantine"); }
    static QString anchorFor(HostFiles &files, const QString &location);
    static QString directory(const QString &anchor, const QString &runId);

    // Where the dumps of a server database's previous contents are kept: the
    // backup root, which has room for dumps.
    static HostPath databaseAnchor(const ClusterProfile &profile) { return {{}, profile.backupRoot}; }
    // The anchors of every location a restore of this profile touches, on their hosts.
    static QList<HostPath> anchors(const ClusterProfile &profile);
    // Every quarantine kept for the profile, newest first.
    static QList<Run> list(const ClusterProfile &profile);
    static QList<Entry> entries(HostFiles &files, const QString &quarantineDirectory);
    // The whole undo log of one run, stored and placed paths, newest first.
    static QList<Entry> undoLog(const ClusterProfile &profile, const QString &runId);
    // Deletes quarantine directories (Run::directories) for good, each on its
    // host, and the .lifeboat-quarantine folder above it once empty. Returns
    // how many went; `problems` gets one line for each that did not. The one
    // purge, for `lifeboat quarantine purge` and the Quarantine view.
    static int purge(const ClusterProfile &profile, const QList<HostPath> &directories, QStringList *problems);

private:
    bool appendToIndex(const QString &directory, const Entry &entry);

    HostFiles &m_files;
    QString m_runId;
    QString m_scenario;
    QString m_error;
};

} // namespace Lifeboat
