// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Downtime.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// The backup sets under a backup root, read from disk each time: a complete
// set is a directory holding a manifest.json (PublishBackupSetStep renames
// it into place only once whole); the hidden ".<setId>.partial" staging
// directories are unfinished and never count as backups.
class BackupSetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupSetCatalog)

public:
    BackupSetCatalog() = delete;

    struct Set
    {
        QString id;
        QString directory;
        QDateTime time;      // when the backup started
        QDateTime completed; // when it was published, to the millisecond where known
        // What a person restores to: the moment of the copy (see
        // BackupSetManifest::restorePoint), else `time`.
        QDateTime restorePoint;
        QString strategy;
        QString label;
        QString profileName; // the cluster profile's name when it was made
        qint64 archiveBytes = 0; // this set's own archives on disk, as stored
        qint64 restoreBytes = 0; // every file the set restores, wherever it is stored
        QString base;            // an incremental set's base; empty for a full set
        QStringList needs;       // the older sets holding files of this one
        int partCount = 0;
        bool manifestReadable = false;
        // The last `lifeboat verify`, from verification.json; invalid time if never.
        QDateTime verifiedAt;
        QString verificationResult; // VerificationRecord::ok or ::damaged
        QString signature;          // who signed it, as that verification found ("signed by …", "unsigned")
        Downtime downtime; // from the manifest; open intervals end at `completed`
    };

    struct Unfinished
    {
        QString directory;
        QDateTime lastChanged; // the newest modification time of anything in it
    };

    // The complete sets, newest first.
    static QList<Set> list(const QString &backupRoot);
    // One set directory; manifestReadable is false if its manifest.json is
    // missing or cannot be parsed.
    static Set load(const QString &setDirectory);
    // The staging directories of sets that were never published.
    static QList<Unfinished> unfinished(const QString &backupRoot);

private:
    static QDateTime timeFromId(const QString &id);
    static QDateTime newestChange(const QString &directory);
};

} // namespace Lifeboat
