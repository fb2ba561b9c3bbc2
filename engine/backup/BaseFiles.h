// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <support/Sha256Digest.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// One part's files in an incremental backup's base set, with as much of
// each as tells whether the file changed since: its size, modification time,
// SHA-256 and the set that holds its data, found by its archive path. An
// incremental backup compares every file it lists with these; holding the
// base's whole manifest for it (every part's files and folders with their
// owners, paths as UTF-16) was 190 MB at 300,000 files, beside the set being
// made. Here a file is a 64-byte record and its path in UTF-8: about 37 MB.
class BaseFiles
{
public:
    // A file as the base records it.
    struct Found
    {
        qint64 size = 0;
        QDateTime modified; // invalid when the base did not record it
        Sha256Digest sha256;
        QString storedIn;   // the set that holds its data; empty: the base set
        // A link, or a file without a valid SHA-256: never taken as unchanged.
        bool comparable = false;
    };

    BaseFiles() = default;
    // From a base's list of a part's files (its own and those it references).
    explicit BaseFiles(const QList<BackupPart::File> &files);

    // The record of `path` (its last one, as a restore unpacks the last), or nullopt.
    std::optional<Found> find(const QString &path) const;
    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }
    // Every record as a part's file (path, size, time, SHA-256, storedIn;
    // a record that is not comparable has no SHA-256), in path order: what
    // goes to a host's helper, which compares its files there.
    QList<BackupPart::File> files() const;

private:
    struct Record
    {
        Sha256Digest::Bytes sha256{};
        qint64 size = 0;
        qint64 modified = 0; // ms since the epoch, when `timed`
        quint32 pathAt = 0;  // in m_paths
        quint32 pathSize = 0;
        qint32 storedIn = -1; // in m_sets; -1: the base set
        bool comparable = false;
        bool timed = false;
    };

    QByteArrayView pathOf(const Record &record) const { return QByteArrayView(m_paths).sliced(record.pathAt, record.pathSize); }

    QByteArray m_paths; // every path in UTF-8, one after the other
    QList<Record> m_records; // sorted by path (stable: the last of equal paths is the part's last)
    QStringList m_sets;
};

} // namespace Lifeboat
