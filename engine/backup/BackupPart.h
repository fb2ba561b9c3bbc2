// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <support/FileAttributes.h>
#include <support/JsonStreamReader.h>
#include <support/JsonText.h>
#include <support/Sha256Digest.h>

#include <functional>
#include <memory>

namespace Lifeboat {

class BaseFiles;

// A file of a part, as a manifest or a sidecar lists it.
struct PartFile
{
    QString path;
    qint64 size = 0;
    int mode = 0;
    Sha256Digest sha256; // held as bytes, written in lower case (a set's upper-case digits read the same)
    // Owner, group and time; `mode` above is the one that counts.
    FileAttributes attributes;
    // The set whose archive of this part holds the file's data, when that
    // is an older set (an incremental set references what did not change);
    // empty when this set's own archive holds it.
    QString storedIn;
    // A symbolic link's target, as text (a link is kept as a link, never
    // followed); empty for a file. A link's sha256 is that of its target
    // text, its size 0; it is always in this set's own archive.
    QString linkTarget;

    bool isLink() const { return !linkTarget.isEmpty(); }
    FileAttributes restoredAttributes() const;
    // One element of a part's "files", as the manifest and a sidecar hold it.
    static PartFile fromJson(const QJsonValue &value);
};

// A folder of a part, as a manifest or a sidecar lists it.
struct PartDirectory
{
    QString path; // inside the archive
    FileAttributes attributes;
};

} // namespace Lifeboat

// A list of 300,000 files grows by moving its bytes (every member may be
// moved so: QString, QDateTime, std::shared_ptr), in place where it can,
// instead of copying each file into a new block beside the old one (three
// times the list's size for a moment).
Q_DECLARE_TYPEINFO(Lifeboat::PartFile, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Lifeboat::PartDirectory, Q_RELOCATABLE_TYPE);

namespace Lifeboat {

// One part of a backup set: what it holds (files or whole directories, each
// under a name inside the archive) and, once written, every file's path,
// size, mode and SHA-256, and every file's and directory's owner, group and
// modification time (sets made before these were recorded lack them).
struct BackupPart
{
    struct Source
    {
        QString path;        // a file or a directory on disk
        QString archivePath; // where it lands inside the archive
        QString host;        // the host it is read on (empty: this machine); not in the manifest
        QString readFrom;    // a frozen copy of `path` to read instead (a snapshot); not in the manifest
        const QString &readPath() const { return readFrom.isEmpty() ? path : readFrom; }
    };
    // Each file and folder of a part, as written and listed (PartFile,
    // PartDirectory, below, at namespace scope so that QList knows them as
    // relocatable before it holds them).
    using File = PartFile;
    using Directory = PartDirectory;

    QString name;  // also the archive's base name: "gds", "repository-node3"
    QString kind;  // "database", "gds", "connectors", "fonts", "content-storage-root",
                   // "node-identity", "repository", "bootstrap-properties"
    QString node;  // the node it belongs to, if any
    QList<Source> sources;
    QStringList excluded; // archive paths left out, with everything below them

    // An incremental backup's starting point for this part (not in the
    // manifest): the set it builds on, when that set started, and that
    // set's files of this part, found by archive path, each with the set
    // holding its data (none: `setId`). A file found unchanged is
    // referenced, not archived again.
    struct Base
    {
        QString setId;
        QDateTime started;
        // Shared by every copy of the part (IncrementalBase hands each
        // part its own once); null when there is no base.
        std::shared_ptr<const BaseFiles> files;
    };
    Base base;

    // Filled in when written.
    QString archiveFile;
    QList<File> files;
    QList<Directory> directories;
    qint64 bytes = 0;
    // The hex SHA-256 of the archive file as it was written, while the set
    // is staged (its sidecar, not the manifest: SHA256SUMS holds it there);
    // empty when it was not taken on the way (a zip), and then read anew.
    QByteArray archiveSha256;

    // The sets other than this one that hold files of this part.
    QStringList storedInOtherSets() const;
    // The bytes of the files this set's own archive holds.
    qint64 ownBytes() const;

    // The lists of files and directories of parts read element by element
    // (JsonStreamReader), by the number of the array that held them.
    struct Lists
    {
        QHash<int, QList<File>> files;
        QHash<int, QList<Directory>> directories;
        // Owners, groups and the sets that hold files repeat on every line:
        // each is kept once and shared (a quarter of a large manifest).
        QSet<QString> words;
        // When set, each file is given here as it is read, with the number
        // of its list, and no list is kept (nor are the directories): for a
        // reader that looks at every file once and must not hold them all.
        std::function<void(int array, const File &file)> eachFile;
    };
    // A reader that puts the lists of the part objects at `part` (empty:
    // the text's top object is the part) into `lists`.
    static JsonStreamReader listReader(Lists *lists, const JsonStreamReader::Path &part = {},
                                       qsizetype batchBytes = JsonStreamReader::defaultBatchBytes);

    QJsonObject toJson() const;
    // `lists`: where `json`, a skeleton of JsonStreamReader, has an array's
    // number in place of the list of files or directories, the list.
    static BackupPart fromJson(const QJsonObject &json, Lists *lists = nullptr);
    // toJson() without "files" and "directories".
    QJsonObject withoutFiles() const;
    // QJsonDocument's text of toJson() with the keys of `more` added, made
    // one file at a time (JsonText): a part can list hundreds of thousands.
    // All of it in memory (for small parts and tests); write() is the one
    // that sidecars use.
    QByteArray text(QJsonDocument::JsonFormat format, const QJsonObject &more = {}) const;
    // The same text written to `device` a piece at a time; false when the
    // device took less than it was given.
    [[nodiscard]] bool write(QIODevice *device, QJsonDocument::JsonFormat format, const QJsonObject &more = {}) const;
    // toJson() with placeholders for the lists of files and directories,
    // their keys, and what fills them in (JsonText): toJson() and text()
    // are both made from these.
    QJsonObject skeleton() const;
    static QList<QLatin1StringView> arrays();
    JsonText::Fill fill() const;
};

} // namespace Lifeboat
