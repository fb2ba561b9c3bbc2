// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/ArchiveFormat.h>
#include <backup/BackupChain.h>
#include <backup/BackupPart.h>
#include <backup/SetSignature.h>
#include <backup/VerificationRecord.h>
#include <profile/SigningSettings.h>

#include <QCoreApplication>
#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Lifeboat {

class BackupSetManifest;

// Checks a complete backup set against its own records, reading every archive
// back with KArchive: each archive file against SHA256SUMS, and every file in
// it against the manifest (present, size, SHA-256), plus files the manifest
// does not know. An incremental set is checked whole: every file it takes
// from an older set is read back from that set's archive (checked against
// that set's SHA256SUMS), so a damaged or missing base makes the set fail,
// with problems that name the base. File data is streamed in chunks, so memory stays flat
// whatever the size; a truncated or corrupted archive is reported, never
// trusted. The manifest is untrusted input: it is checked against SHA256SUMS
// and ManifestRules before anything it names is read, and every archive entry
// against SetPathRules (no entry a restore would refuse passes). A folder
// without manifest.json is a damaged set. Nothing in the set is changed
// except verification.json.
class BackupSetVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupSetVerifier)

public:
    // In an archive, or in manifest.json / SHA256SUMS; in one file of it
    // when `path` is set.
    using Problem = VerificationRecord::Problem;

    explicit BackupSetVerifier(QString setDirectory);
    // Publishing verifies the staged set before renaming it into place.
    void acceptStagedSet() { m_acceptStaged = true; }
    // Publishing checks what an incremental set takes from older sets by
    // their records only (listed in their SHA256SUMS, the same size and
    // SHA-256 in their manifests): their data was read back when they were
    // published, and reading it all again would make every incremental
    // backup as slow as a full one. `lifeboat verify` and every restore read it.
    void olderSetsByRecord() { m_olderByRecord = true; }
    // Publishing, which reads back the archives it has just written: the
    // content of a .tar.zst whose frame ends with zstd's checksum (every
    // ZstdWriter's does) is checked by that checksum, which is compared as
    // the archive is decompressed to its end, instead of by hashing every
    // file in it again. The archiver hashes and compresses the same bytes,
    // and the archive file's SHA-256 is still taken in the same read and
    // compared with the one taken as it was written (SHA256SUMS), so the
    // archive is still bound to each file's SHA-256 in the manifest; every
    // entry is still checked, and every file found at its size. `lifeboat
    // verify` and every restore still hash every file.
    void contentsByArchiveChecksum() { m_byArchiveChecksum = true; }
    // A restore reads back only the parts it will restore.
    void onlyParts(QStringList names) { m_onlyParts = std::move(names); }
    // Parts the restore unpacks whole to a scratch location before it changes
    // anything, where every file is checked against the manifest, every
    // entry this verifier would refuse is refused (PartExtractor), and each
    // .tar.* archive (and the older sets' it takes files from) is checked
    // as a whole against its SHA256SUMS in the same read (ScratchCopy):
    // here only that SHA256SUMS lists their archives, and the older sets'
    // records, so that the archives are read once, by the unpacking. A zip
    // is still read here as a whole.
    void checkedWhenUnpacked(QStringList names) { m_checkedWhenUnpacked = std::move(names); }
    // Whose signatures to trust (the profile's "signing"): a bad signature
    // is always a problem; a set not signed by an allowed signer is one when
    // signatures are required.
    void trustSigners(SigningSettings signing) { m_signing = std::move(signing); }

    // One archive read back: what was wrong in it, how many files matched,
    // and the archive file's own SHA-256 (empty when it could not be read
    // to its end).
    struct ArchiveCheck
    {
        QList<Problem> problems;
        int filesChecked = 0;
        QByteArray sha256;
    };
    // Reads back `whole`'s own archive at `path`, a .tar.* of a staged set,
    // as verify() does, but on its own (see StagedReadBack); `cancelled` is
    // asked between chunks.
    static ArchiveCheck readBack(const BackupPart &whole, const QString &path, const std::function<bool()> &cancelled);
    // Archives of this set already read back, by archive file name: verify()
    // takes their result instead of reading them again, and still checks
    // their checksums against SHA256SUMS.
    void alreadyReadBack(QHash<QString, ArchiveCheck> checks) { m_readBack = std::move(checks); }

    // The hex SHA-256 that the SHA256SUMS in `setDirectory` lists for the
    // file `name`; empty when it lists none or cannot be read.
    static QByteArray listedSha256(const QString &setDirectory, const QString &name);

    // Called before each archive is read, for progress output.
    void onArchive(std::function<void(const QString &archive, int index, int count)> callback) { m_onArchive = std::move(callback); }

    // False only if the directory is not a backup set at all (see
    // errorString()); a damaged set verifies "successfully" with problems().
    [[nodiscard]] bool verify();
    bool intact() const { return m_problems.isEmpty(); }
    const QList<Problem> &problems() const { return m_problems; }
    // The first `count` problems, "; "-separated, for a message.
    QString problemSummary(int count = 10) const;
    // How a restore that found the set damaged ends, before any change:
    // the set and its problems named, and what to do.
    QString refusalToRestore() const;
    // Whether SHA256SUMS lists manifest.json (sets made before it did are
    // read as before, their manifest unchecked: say so).
    bool manifestCovered() const { return m_manifestCovered; }
    // Who signed the set, as checked by the last verify().
    const SetSignature::Check &signature() const { return m_signature; }
    int archivesChecked() const { return m_archivesChecked.loadRelaxed(); }
    int filesChecked() const { return m_filesChecked.loadRelaxed(); }

    // Writes verification.json into the set (time, result, problems), for
    // `lifeboat backups`.
    [[nodiscard]] bool record();

    QString errorString() const { return m_error; }

private:
    void checkArchive(const BackupPart &whole, const QHash<QString, QByteArray> &sums);
    // A .tar.* archive of a part checked when unpacked: the unpacking reads it, not this.
    bool readWhenUnpacked(const BackupPart &part) const;
    // The archive file against SHA256SUMS; false when it cannot be read.
    bool checkArchiveFile(const QString &path, const QString &name, const QHash<QString, QByteArray> &sums, const QString &listedIn,
                          int files);
    // The hex SHA-256 of the file `path`; false (a problem for `name`) when
    // it cannot be read.
    bool hashFile(const QString &path, const QString &name, QByteArray *sha256);
    // `actual`, the archive's checksum, against SHA256SUMS (of the older set
    // `listedIn`, when given, which takes `files` files from it).
    void compareWithSums(const QByteArray &actual, const QString &name, const QHash<QString, QByteArray> &sums,
                         const QString &listedIn, int files);
    void checkChainLists(const BackupPart &part, const QHash<QString, QByteArray> &sums, QStringList *names);
    void checkSummary(const QJsonObject &manifestJson, const BackupSetManifest &manifest, const QHash<QString, QByteArray> &sums,
                      QStringList *names);
    QList<BackupChain::Piece> olderPieces(const QList<const BackupPart *> &parts,
                                          QHash<QString, QHash<QString, QByteArray>> *sums);
    // Pieces of one older set, by their records there (publishing; and a
    // restore's, read once by the unpacking, which checks each archive
    // against that set's SHA256SUMS in the same read: ScratchCopy).
    void checkOlderRecords(const QList<const BackupChain::Piece *> &sameSet, const QHash<QString, QByteArray> &sums);
    bool olderArchiveListed(const BackupChain::Piece &piece, const QHash<QString, QByteArray> &sums);
    void checkOlderPiece(const BackupChain::Piece &piece, const QHash<QString, QByteArray> &sums);
    // `name` names the archive in problems; `onlyListed`: the files `part`
    // does not list are skipped (an older set's archive). The archive file's
    // own SHA-256, taken in the same read, goes to `archiveSha256` (empty
    // when the file could not be read to its end).
    void checkTar(const BackupPart &part, const QString &path, ArchiveFormat format, const QString &name, bool onlyListed,
                  QByteArray *archiveSha256);
    void checkZip(const BackupPart &part, const QString &path);
    QHash<QString, QByteArray> readChecksums(const QString &directory, const QString &label);
    void checkSignature();
    // Opens a small file of the set for reading, only when it is a regular
    // file: a FIFO or a device there would hang the verifier or never end.
    bool openRegular(QFile *file, const QString &label);
    // The manifest in `file`, and the SHA-256 (hex) of all its bytes.
    std::optional<BackupSetManifest> readManifest(QFile *file, QByteArray *sha256, QJsonObject *withoutFiles, QString *reason) const;
    void problem(const QString &archive, const QString &path, const QString &message);

    QString m_directory;
    QString m_setId;
    QDateTime m_time;
    QList<Problem> m_problems;
    QMutex m_mutex; // problems come from several archives at once
    QAtomicInt m_archivesChecked = 0;
    QAtomicInt m_filesChecked = 0;
    bool m_verified = false;
    bool m_manifestCovered = false;
    bool m_acceptStaged = false;
    bool m_olderByRecord = false;
    bool m_byArchiveChecksum = false;
    QStringList m_onlyParts;
    QStringList m_checkedWhenUnpacked;
    SigningSettings m_signing;
    SetSignature::Check m_signature;
    QString m_error;
    std::function<void(const QString &, int, int)> m_onArchive;
    QHash<QString, ArchiveCheck> m_readBack;
    std::function<bool()> m_cancelled;
};

} // namespace Lifeboat
