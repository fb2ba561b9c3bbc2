// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <run/Downtime.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Lifeboat {

class Sha256;

// What a complete backup set says about itself (its manifest.json): when and
// how it was made, for which cluster, the topology and patch levels at that
// time, and every part with its files. Recovery plans are built from it.
//
// The one owner of the format: every reader and the writer go through
// toJson()/fromJson(), and no other file spells its keys. A field a set
// does not hold reads as empty (sets are kept for years, and an older
// release may not have written it); what is written now carries every field.
class BackupSetManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupSetManifest)

public:
    struct Node
    {
        QString name;
        QString role; // as the profile spells it: "primary", "secondary", "publish"
        QString host;
        QString clusterNodeId;
        QString systemId;

        bool operator==(const Node &) const = default;
    };

    QString directory; // where it was loaded from; not part of the file
    QString setId;
    QDateTime time;      // when the backup started, to the second
    QDateTime completed; // when it was published, to the second
    // The moment whose data the set holds, to the second: when the nodes were
    // stopped (offline), when the online backup started, when the snapshot
    // was taken. Invalid in older sets: restorePointOrTime() then gives `time`.
    QDateTime restorePoint;
    qint64 durationMs = 0; // from the start to publishing; 0 where unknown
    QString strategy;
    QString label;
    QString lifeboatVersion;
    QString profileName;
    QString primary;
    QList<Node> nodes;
    QHash<QString, QString> patchLevels; // node name -> the recorded patch level text
    QList<BackupPart> parts;
    // An incremental set's base: the set it was compared with when it was
    // made. Empty for a full set, whose own archives hold every file.
    QString base;
    // The nodes' downtime while the set was made, as far as it was known when
    // it was published: a node started again only after publishing has an
    // open interval, counted up to `completed`. Empty in older sets and
    // where no node was stopped; then the file has no "downtime" at all.
    Downtime downtime;

    QJsonObject toJson() const;
    // Fails only on an object that holds nothing of a manifest. `lists`: as
    // BackupPart::fromJson() takes them.
    static std::optional<BackupSetManifest> fromJson(const QJsonObject &json, QString *error,
                                                     BackupPart::Lists *lists = nullptr);
    // The same from a manifest.json's text, read from `device` a piece at a
    // time (JsonStreamReader): the lists of files are parsed as they come,
    // and the text is never held, nor parsed, whole. What it accepts and
    // reads is what QJsonDocument::fromJson() and fromJson() would. On
    // success `withoutFiles`, when given, gets the object without the
    // parts' lists (what summaryOf() needs), and `seen` is given each piece
    // of the text as it is read (for its checksum).
    static std::optional<BackupSetManifest> read(QIODevice *device, QString *error, QJsonObject *withoutFiles = nullptr,
                                                 const std::function<void(QByteArrayView)> &seen = {});
    // read() without keeping the lists: each file of each part is given to
    // `file` as it is read, with the number of its list, and the manifest
    // lists no files nor directories. `lists` gets the number of each
    // part's list, by the part's name (which list is which is known only at
    // the end of the text). For a reader that compares every file once:
    // at 300,000 files, a manifest held is 190 MB.
    static std::optional<BackupSetManifest> readEachFile(QIODevice *device, QString *error,
                                                         const std::function<void(int list, const BackupPart::File &file)> &file,
                                                         QHash<QString, int> *lists);
    // read(), with the SHA-256 (hex) of all the device's bytes, also those
    // after where the reading stopped.
    static std::optional<BackupSetManifest> readHashed(QIODevice *device, QString *error, QJsonObject *withoutFiles, QByteArray *sha256);
    // The reader read() uses, for a text given a piece at a time: its
    // skeleton() and `lists` then go to fromJson().
    static JsonStreamReader listReader(BackupPart::Lists *lists,
                                       qsizetype batchBytes = JsonStreamReader::defaultBatchBytes);

    // The manifest of a complete set, for a restore: an unreadable, damaged
    // or part-less manifest, or one that breaks a rule of ManifestRules, is
    // an error that says what to do. `problem`, when given, gets what is
    // wrong without a restore's advice (a backup that cannot build on the
    // set says what it does instead).
    static std::optional<BackupSetManifest> load(const QString &setDirectory, QString *error, QString *problem = nullptr);
    // The same for the list of sets (BackupSetCatalog): a manifest without
    // parts is listed too. Both keep the last few manifests parsed, so that
    // listing the sets and then loading one reads it once.
    static std::optional<BackupSetManifest> loadListed(const QString &setDirectory, QString *error, QString *problem = nullptr);
    // For the verifier, which must read the file's bytes again (they may
    // have changed) but not parse them a second time: whether the cache of
    // load() holds a manifest of `setDirectory`, and the one parsed from a
    // file whose SHA-256 was `sha256` (hex), with read()'s `withoutFiles`.
    // The same bytes read the same; at 300,000 files a second parse is
    // about 3 s and 230 MB more while a restore checks its set.
    // Drops the manifest of `setDirectory` from load()'s cache, for a reader
    // that took what it needs from it (an incremental backup's base: the
    // cache would hold every file of the set for the rest of the run).
    static void forget(const QString &setDirectory);
    static bool isParsed(const QString &setDirectory);
    static std::optional<BackupSetManifest> parsedFrom(const QString &setDirectory, const QByteArray &sha256, QJsonObject *withoutFiles);
    // That the manifest.json just written (and committed) into
    // `setDirectory`, whose bytes hashed to `sha256`, holds this manifest:
    // publishing verifies the set at once, and the verifier then takes it
    // from parsedFrom() when the bytes it reads hash the same, instead of
    // parsing them (3 s and 190 MB more at 300,000 files).
    void remember(const QString &setDirectory, const QByteArray &sha256) const;
    // The file's contents, as write() writes them, all in memory (for tests
    // and small sets; publishing writes a piece at a time).
    QByteArray bytes() const;

    // summary.json, written beside the manifest when the set is published
    // and listed in SHA256SUMS: the manifest without its parts' lists of
    // files and directories, plus the older sets it needs. Listing the sets
    // (BackupSetCatalog: every backup, `lifeboat backups`, prune) reads it
    // instead of the manifest, which holds every file of every part: a few
    // kilobytes per set instead of megabytes.
    QByteArray summaryText() const;
    // bytes() written to `device` a piece at a time, and added to `hash`
    // on the way (when given): the text of a manifest of 300,000 files is
    // about 280 MB, never all in memory. False when the device took less
    // than it was given.
    [[nodiscard]] bool write(QIODevice *device, Sha256 *hash) const;
    // The summary that `manifest`, a manifest.json as parsed, must have
    // (what the verifier compares summary.json with).
    static QJsonObject summaryOf(const QJsonObject &manifest, const QStringList &needs);
    // The summary of the complete set in `setDirectory`, as a manifest whose
    // parts list no files (needs() answers from the summary): only when
    // SHA256SUMS lists it with its checksum and it breaks no rule of
    // ManifestRules; else nullopt, and the caller reads the manifest (a set
    // made before summaries were written has none).
    static std::optional<BackupSetManifest> loadSummary(const QString &setDirectory);
    // Read from summary.json: the parts list no files.
    bool isSummary() const { return m_summary; }
    // Written whole (QSaveFile) into `setDirectory`; on failure `error` gets
    // the file's error text.
    [[nodiscard]] bool save(const QString &setDirectory, QString *error) const;

    QDateTime restorePointOrTime() const { return restorePoint.isValid() ? restorePoint : time; }
    const Node *node(const QString &name) const;
    // The first part of `kind` (for `node`, when given).
    const BackupPart *part(const QString &kind, const QString &node = {}) const;
    // The author repository the set holds (the copy of one secondary, or of
    // the primary on a one-node cluster).
    const BackupPart *authorRepository() const;
    bool hasPart(const QString &name) const;
    QString archivePath(const BackupPart &part) const;
    qint64 unpackedBytes(const QStringList &partNames) const;
    // The older sets whose archives hold files of this set, sorted; empty
    // for a full set.
    QStringList needs() const;

private:
    // toJson() with a placeholder for the parts, and what fills it in
    // (JsonText): toJson() and bytes() are both made from these.
    QJsonObject skeleton() const;
    JsonText::Fill fillParts() const;
    // toJson() without the parts' lists of files and directories.
    QJsonObject withoutLists() const;

    bool m_summary = false;
    QStringList m_summaryNeeds;
};

} // namespace Lifeboat
