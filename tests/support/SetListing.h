// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <backup/BackupPart.h>

namespace Lifeboat::Testing {

// What a backup set holds, as two sets of the same strategy made from the
// same data must agree on: the set's file names; every archive's members
// (path, size, mode, SHA-256, read from the archive itself); the manifest's
// strategy, topology, patch levels and parts with their files; the names in
// SHA256SUMS (each hash checked against its file); the verification's
// result. Left out, because they differ between any two sets: the set id,
// label, times and duration, the profile's name, the hosts and source paths
// the manifest records, and the archives' own bytes (they carry mtimes).
//
// `Rules` name the members whose bytes differ for a reason outside the
// backup ("PART:PATH", * as a wildcard): compared as text with its times,
// ports and process ids masked, as rows of an SQLite database, or by path only.
struct SetRules
{
    QStringList masked; // text with times, ports and process ids in it (see maskedText)
    QStringList sqliteRows; // a database whose rows carry times: compared by SetListing::sqliteQuery
    QStringList pathOnly; // present, whatever it holds

    // Two sandboxes built with the same --seed and --size-mb: their ports,
    // start times and process ids differ, and so do the times and labels
    // their databases record.
    static SetRules sameSeed();
};

class SetListing
{
public:
    static SetListing of(const QString &setDirectory, const SetRules &rules);

    // The forms database's rows without their times and labels.
    static QString sqliteQuery();
    // `text` with every ISO time, every "pid N" and "port N", and the port
    // of every "address:port" masked; node names and the rest kept.
    static QString maskedText(QString text);

    // "key: value" for what differs, at most `lines` of them.
    static QStringList differences(const SetListing &expected, const SetListing &actual, int lines = 30);

    const QMap<QString, QString> &entries() const { return m_entries; }
    // What could not be read, or what the set says of itself that is not
    // so (a member that does not match the manifest, a wrong SHA256SUMS line).
    const QStringList &problems() const { return m_problems; }

private:
    void listFiles(const QString &directory);
    void listManifest(const QString &directory, const SetRules &rules);
    void listArchive(
        const QString &directory, const QString &part, const QString &file, const SetRules &rules);
    QString memberValue(
        const QString &archive, const BackupPart::File &file, const QString &key, const SetRules &rules);

    QMap<QString, QString> m_entries;
    QStringList m_problems;
    QMap<QString, QString>
        m_manifestFiles; // "PART:PATH" -> "size mode sha256", to check the archives against
};

} // namespace Lifeboat::Testing
