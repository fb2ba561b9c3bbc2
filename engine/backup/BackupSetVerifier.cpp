// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSetVerifier.h"

#include <support/HashingDevice.h>
#include <support/Sha256.h>
#include <backup/TarStreamReader.h>

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <backup/ArchiveFormat.h>
#include <backup/BackupChain.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/ManifestRules.h>
#include <backup/SetPathRules.h>
#include <backup/ZstdWriter.h>

#include <lifeboat/Version.h>

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <memory>

namespace Lifeboat {

namespace {
constexpr qint64 chunkSize = 1024 * 1024;
// Enough of a zstd archive's start for ZstdWriter::checksummed().
constexpr qint64 zstdHeaderPeek = 5;

// Reads `device` to its end; false when it breaks on the way.
bool drained(QIODevice *device, QByteArray *buffer)
{
    qint64 got = 0;
    while ((got = device->read(buffer->data(), buffer->size())) > 0) {
    }
    return got == 0;
}

// Every file entry below `directory`, by its path inside the archive; and
// every entry a restore would refuse, with why (see SetPathRules).
void collectFiles(const KArchiveDirectory *directory, const QString &prefix, QMap<QString, const KArchiveFile *> *files,
                  QMap<QString, QString> *unsafe)
{
    for (const QString &name : directory->entries()) {
        const KArchiveEntry *entry = directory->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        TarStreamReader::Entry asRead;
        asRead.path = path;
        asRead.linkTarget = entry->symLinkTarget();
        asRead.type = !asRead.linkTarget.isEmpty() ? '2' : entry->isDirectory() ? '5' : '0';
        if (const QString problem = SetPathRules::entryProblem(asRead); !problem.isEmpty())
            unsafe->insert(path, problem);
        else if (entry->isDirectory())
            collectFiles(static_cast<const KArchiveDirectory *>(entry), path, files, unsafe);
        else if (entry->isFile())
            files->insert(path, static_cast<const KArchiveFile *>(entry));
    }
}

} // namespace

BackupSetVerifier::BackupSetVerifier(QString setDirectory)
    : m_directory(std::move(setDirectory))
{
}

QString BackupSetVerifier::problemSummary(int count) const
{
    QStringList texts;
    for (const Problem &found : m_problems.mid(0, count))
        texts.append(found.text());
    return texts.join(QStringLiteral("; "));
}

QString BackupSetVerifier::refusalToRestore() const
{
    return tr("The backup set %1 is damaged, so nothing was restored and every node is as it was: %2. "
              "Choose another set (see 'lifeboat backups').").arg(m_directory, problemSummary());
}

void BackupSetVerifier::problem(const QString &archive, const QString &path, const QString &message)
{
    const QMutexLocker lock(&m_mutex);
    m_problems.append({archive, path, message});
}

QHash<QString, QByteArray> BackupSetVerifier::readChecksums(const QString &directory, const QString &label)
{
    QHash<QString, QByteArray> sums;
    QFile file(QDir(directory).filePath(BackupSetLayout::checksumFile()));
    if (!QFileInfo::exists(file.fileName()) && !QFileInfo(file.fileName()).isSymLink()) {
        problem(label, {}, tr("is missing or unreadable, so no archive can be checked as a whole"));
        return sums;
    }
    if (!openRegular(&file, label))
        return sums;
    // sha256sum's format: "<64 hex digits>  <name>" (" *<name>" in binary mode).
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QByteArray sum = line.left(64).toLower();
        QByteArray name = line.mid(64).trimmed();
        if (name.startsWith('*'))
            name.remove(0, 1);
        if (sum.size() != 64 || QByteArray::fromHex(sum).toHex() != sum || name.isEmpty() || line.at(64) != ' ') {
            problem(label, {}, tr("line %1 is not \"<SHA-256>  <archive>\"").arg(lineNumber));
            continue;
        }
        sums.insert(QString::fromUtf8(name), sum);
    }
    return sums;
}

// Read a piece at a time, hashed on the way: a manifest can be hundreds of
// MB. When the same bytes were parsed already (a restore loads its set for
// the plan, then verifies it), that manifest is taken instead of a second.
std::optional<BackupSetManifest> BackupSetVerifier::readManifest(QFile *file, QByteArray *sha256, QJsonObject *withoutFiles,
                                                                 QString *reason) const
{
    if (BackupSetManifest::isParsed(m_directory)) {
        Sha256 hash;
        if (!hash.addData(file)) {
            *reason = file->errorString();
            return std::nullopt;
        }
        *sha256 = hash.hexResult();
        if (std::optional<BackupSetManifest> parsed = BackupSetManifest::parsedFrom(m_directory, *sha256, withoutFiles))
            return parsed;
        if (!file->seek(0)) {
            *reason = file->errorString();
            return std::nullopt;
        }
    }
    return BackupSetManifest::readHashed(file, reason, withoutFiles, sha256);
}

QByteArray BackupSetVerifier::listedSha256(const QString &setDirectory, const QString &name)
{
    BackupSetVerifier reader(setDirectory);
    return reader.readChecksums(setDirectory, BackupSetLayout::checksumFile()).value(name);
}

bool BackupSetVerifier::openRegular(QFile *file, const QString &label)
{
    if (!QFileInfo(file->fileName()).isFile()) {
        problem(label, {}, tr("is not a regular file, so it was not read"));
        return false;
    }
    if (!file->open(QIODevice::ReadOnly)) {
        problem(label, {}, tr("cannot be read (%1)").arg(file->errorString()));
        return false;
    }
    return true;
}

// SHA256SUMS lists the manifest and every archive, so its signature covers
// the whole set.
void BackupSetVerifier::checkSignature()
{
    m_signature = SetSignature::check(m_directory, m_signing.allowedSigners);
    if (m_signature.state == SetSignature::State::Bad)
        problem(SetSignature::fileName(), {}, m_signature.text());
    else if (m_signing.required && m_signature.state != SetSignature::State::Signed)
        problem(BackupSetLayout::checksumFile(), {},
                tr("is not signed by an allowed signer, and the profile requires it (\"signing\": \"required\")"));
}

bool BackupSetVerifier::verify()
{
    m_problems.clear();
    m_signature = {};
    m_archivesChecked.storeRelaxed(0);
    m_filesChecked.storeRelaxed(0);
    m_verified = false;
    m_time = QDateTime::currentDateTimeUtc();
    const QFileInfo info(m_directory);
    m_setId = info.fileName();
    if (!info.isDir()) {
        m_error = tr("%1 is not a directory. Give a backup set directory (see 'lifeboat backups').").arg(m_directory);
        return false;
    }
    // A staging directory may already hold its manifest just before the
    // rename; it is still not a backup.
    if (!m_acceptStaged && m_setId.startsWith(u'.') && m_setId.endsWith(QLatin1String(".partial"))) {
        m_error = tr("%1 is an unfinished backup set (it was never published), so there is nothing to verify. Resume its "
                     "run, or verify a complete set (see 'lifeboat backups').").arg(m_directory);
        return false;
    }
    QFile manifestFile(QDir(m_directory).filePath(BackupSetLayout::manifestFile()));
    m_verified = true;
    m_manifestCovered = false;
    // A set folder without its manifest is a damaged set, not a wrong argument.
    if (!manifestFile.exists()) {
        problem(BackupSetLayout::manifestFile(), {}, tr("is missing, so nothing in the set can be checked or restored"));
        return true;
    }
    if (!openRegular(&manifestFile, BackupSetLayout::manifestFile()))
        return true;
    QString reason;
    QJsonObject manifestJson;
    QByteArray manifestSha256;
    const std::optional<BackupSetManifest> manifest = readManifest(&manifestFile, &manifestSha256, &manifestJson, &reason);
    const QHash<QString, QByteArray> sums = readChecksums(m_directory, BackupSetLayout::checksumFile());
    checkSignature();
    // The manifest decides what a restore does, so its checksum is checked
    // first; a set made before SHA256SUMS listed it is reported, not damaged.
    if (sums.contains(BackupSetLayout::manifestFile())) {
        m_manifestCovered = true;
        if (sums.value(BackupSetLayout::manifestFile()) != manifestSha256)
            problem(BackupSetLayout::manifestFile(), {}, tr("SHA-256 differs from SHA256SUMS (the file was changed or damaged)"));
    }
    if (!manifest) {
        problem(BackupSetLayout::manifestFile(), {}, tr("cannot be parsed (%1), so nothing in the set can be checked").arg(reason));
        return true;
    }
    const QList<BackupPart> &parts = manifest->parts;
    if (parts.isEmpty())
        problem(BackupSetLayout::manifestFile(), {}, tr("lists no parts"));
    // The manifest must not lead the verifier, or a restore, outside the set.
    const QStringList breaches = ManifestRules::breaches(*manifest);
    for (const QString &breach : breaches)
        problem(BackupSetLayout::manifestFile(), {}, breach);
    if (!breaches.isEmpty())
        return true;

    QStringList archives{BackupSetLayout::manifestFile()};
    checkSummary(manifestJson, *manifest, sums, &archives);
    QList<const BackupPart *> toCheck;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const BackupPart &part = parts[i];
        if (!m_onlyParts.isEmpty() && !m_onlyParts.contains(part.name)) {
            archives.append(part.archiveFile);
            for (const QString &set : part.storedInOtherSets())
                archives.append(BackupSetLayout::chainListFile(part.name, set));
            continue;
        }
        if (m_onArchive && !readWhenUnpacked(part))
            m_onArchive(part.archiveFile, int(i) + 1, int(parts.size()));
        archives.append(part.archiveFile);
        toCheck.append(&part);
        checkChainLists(part, sums, &archives);
    }
    // An incremental set is whole only with what it takes from older sets.
    QHash<QString, QHash<QString, QByteArray>> olderSums;
    const QList<BackupChain::Piece> pieces = olderPieces(toCheck, &olderSums);
    // Archives are independent: check them at once, one per core, the
    // largest first, so that no core is left with a large one at the end.
    QList<std::pair<qint64, std::function<void()>>> checks;
    for (const BackupPart *part : std::as_const(toCheck))
        checks.append({QFileInfo(QDir(m_directory).filePath(part->archiveFile)).size(),
                       [this, part, &sums] { checkArchive(*part, sums); }});
    // Pieces checked by their records are checked an older set at a time:
    // one read of its manifest for all of them.
    QMap<QString, QList<const BackupChain::Piece *>> byRecord;
    for (const BackupChain::Piece &piece : pieces) {
        if (m_olderByRecord || m_checkedWhenUnpacked.contains(piece.part.name))
            byRecord[piece.setId].append(&piece);
        else
            checks.append({QFileInfo(piece.archive).size(),
                           [this, &piece, &olderSums] { checkOlderPiece(piece, olderSums.value(piece.setId)); }});
    }
    for (const QList<const BackupChain::Piece *> &sameSet : std::as_const(byRecord)) {
        // As large as the manifest it reads, so that it starts early too.
        const qint64 size = QFileInfo(QDir(sameSet.first()->setDirectory).filePath(BackupSetLayout::manifestFile())).size();
        checks.append({size, [this, &sameSet, &olderSums] { checkOlderRecords(sameSet, olderSums.value(sameSet.first()->setId)); }});
    }
    std::stable_sort(checks.begin(), checks.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QtConcurrent::blockingMap(&pool, checks, [](const auto &check) { check.second(); });
    // By archive, each one's problems as a whole (its checksum) before its files'.
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        return a.archive != b.archive ? a.archive < b.archive : a.path.isEmpty() && !b.path.isEmpty();
    });
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (!archives.contains(it.key()))
            problem(BackupSetLayout::checksumFile(), {}, tr("lists %1, which the manifest does not").arg(it.key()));
    }
    return true;
}

// summary.json, which listing the sets reads instead of the manifest: as
// SHA256SUMS has it, and saying what the manifest says, or prune and the
// choice of an incremental's base would go by something else. A set made
// before summaries has none.
void BackupSetVerifier::checkSummary(const QJsonObject &manifestJson, const BackupSetManifest &manifest,
                                     const QHash<QString, QByteArray> &sums, QStringList *names)
{
    const QString name = BackupSetLayout::summaryFile();
    QFile file(QDir(m_directory).filePath(name));
    if (!QFileInfo::exists(file.fileName()) && !QFileInfo(file.fileName()).isSymLink()) {
        if (sums.contains(name))
            problem(name, {}, tr("is missing, though SHA256SUMS lists it"));
        return;
    }
    names->append(name);
    if (!openRegular(&file, name))
        return;
    const QByteArray bytes = file.readAll();
    Sha256 hash;
    hash.addData(bytes);
    if (!sums.contains(name))
        problem(name, {}, tr("is not listed in SHA256SUMS"));
    else if (sums.value(name) != hash.hexResult())
        problem(name, {}, tr("SHA-256 differs from SHA256SUMS (the file was changed or damaged)"));
    else if (QJsonDocument::fromJson(bytes).object() != BackupSetManifest::summaryOf(manifestJson, manifest.needs()))
        problem(name, {}, tr("does not say what manifest.json says (the list of sets would show the set wrongly)"));
}

// An incremental set's lists of what it takes from each older set: present,
// as SHA256SUMS says, and naming exactly the files the manifest stores there.
void BackupSetVerifier::checkChainLists(const BackupPart &part, const QHash<QString, QByteArray> &sums, QStringList *names)
{
    for (const QString &set : part.storedInOtherSets()) {
        const QString name = BackupSetLayout::chainListFile(part.name, set);
        names->append(name);
        QFile file(QDir(m_directory).filePath(name));
        if (!QFileInfo::exists(file.fileName()) && !QFileInfo(file.fileName()).isSymLink()) {
            problem(name, {}, tr("is missing (part %1 takes files from %2)").arg(part.name, set));
            continue;
        }
        if (!openRegular(&file, name))
            continue;
        const QByteArray list = file.readAll();
        Sha256 hash;
        hash.addData(list);
        if (sums.value(name) != hash.hexResult())
            problem(name, {}, tr("SHA-256 differs from SHA256SUMS (the file was changed or damaged)"));
        else if (list != BackupSetLayout::chainList(part, set))
            problem(name, {}, tr("does not list the files the manifest stores in %1").arg(set));
    }
}

// The older sets' archives that the checked parts take files from, each
// with its set's SHA256SUMS. An older set that cannot be found or read is a
// problem named after it.
QList<BackupChain::Piece> BackupSetVerifier::olderPieces(const QList<const BackupPart *> &parts,
                                                         QHash<QString, QHash<QString, QByteArray>> *sums)
{
    QList<BackupChain::Piece> pieces;
    for (const BackupPart *part : parts) {
        for (const QString &set : part->storedInOtherSets()) {
            BackupChain::Piece piece;
            QString error;
            if (!BackupChain::olderPiece(m_directory, *part, set, {}, &piece, &error)) {
                problem(set, {}, error);
                continue;
            }
            if (!sums->contains(set))
                sums->insert(set, readChecksums(piece.setDirectory, set + u'/' + BackupSetLayout::checksumFile()));
            pieces.append(piece);
        }
    }
    return pieces;
}

// The files each piece takes from one older set, against that set's
// records of them, its manifest read once for all the pieces and a file at
// a time, never held (at 300,000 files it is 190 MB parsed). Each of its
// lists says, for each file of each piece, whether it records the file as
// this set does, its last record of the path counting; which list is which
// part is known at the end.
void BackupSetVerifier::checkOlderRecords(const QList<const BackupChain::Piece *> &sameSet,
                                          const QHash<QString, QByteArray> &sums)
{
    QList<const BackupChain::Piece *> pieces;
    for (const BackupChain::Piece *piece : sameSet) {
        if (olderArchiveListed(*piece, sums))
            pieces.append(piece);
    }
    if (pieces.isEmpty())
        return;
    const QString setId = pieces.first()->setId;
    QList<QHash<QString, qsizetype>> wanted(pieces.size());
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        const QList<BackupPart::File> &files = pieces[p]->part.files;
        wanted[p].reserve(files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            wanted[p].insert(files[i].path, i);
    }
    QHash<std::pair<int, qsizetype>, QList<bool>> alike; // by list and piece
    const auto compare = [&](int list, const BackupPart::File &recorded) {
        if (!recorded.storedIn.isEmpty())
            return;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const auto it = wanted[p].constFind(recorded.path);
            if (it == wanted[p].cend())
                continue;
            const BackupPart::File &file = pieces[p]->part.files[*it];
            QList<bool> &same = alike[{list, p}];
            same.resize(pieces[p]->part.files.size());
            same[*it] = recorded.size == file.size && recorded.sha256 == file.sha256;
        }
    };
    const QString manifestName = setId + u'/' + BackupSetLayout::manifestFile();
    QFile manifestFile(QDir(pieces.first()->setDirectory).filePath(BackupSetLayout::manifestFile()));
    if (!openRegular(&manifestFile, manifestName))
        return;
    QString reason;
    QHash<QString, int> lists;
    if (!BackupSetManifest::readEachFile(&manifestFile, &reason, compare, &lists)) {
        problem(manifestName, {}, tr("cannot be parsed (%1), so the files this set takes from %2 cannot be checked")
                                      .arg(reason, setId));
        return;
    }
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        const BackupChain::Piece &piece = *pieces[p];
        if (!lists.contains(piece.part.name)) {
            problem(setId, {}, tr("has no part %1").arg(piece.part.name));
            continue;
        }
        const QList<bool> same = alike.value({lists.value(piece.part.name), p});
        const QString name = setId + u'/' + piece.archiveFile;
        for (qsizetype i = 0; i < piece.part.files.size(); ++i) {
            if (i < same.size() && same[i])
                m_filesChecked.fetchAndAddRelaxed(1);
            else
                problem(name, piece.part.files[i].path, tr("is not in this archive as the set records it"));
        }
    }
}

// A piece checked by its records: its archive must be one that can hold
// files of a newer set, and be listed in that set's SHA256SUMS (which the
// unpacking, when there was one, checked it against).
bool BackupSetVerifier::olderArchiveListed(const BackupChain::Piece &piece, const QHash<QString, QByteArray> &sums)
{
    const QString name = piece.setId + u'/' + piece.archiveFile;
    ArchiveFormat format;
    if (!archiveFormatOfFile(piece.archiveFile, &format) || format == ArchiveFormat::Zip) {
        problem(name, {}, tr("is not a .tar.zst, .tar.gz or .tar.xz archive, so it cannot hold files of a newer set"));
        return false;
    }
    if (!sums.contains(piece.archiveFile)) {
        problem(name, {}, tr("is not listed in the SHA256SUMS of %1, the older set this set takes %n file(s) from",
                             nullptr, int(piece.part.files.size())).arg(piece.setId));
        return false;
    }
    return true;
}

// An older set's archive, as that set's SHA256SUMS has it, and in it every
// file this set takes from it, as THIS set's manifest records it. Its other
// files (changed since) are that set's own business.
void BackupSetVerifier::checkOlderPiece(const BackupChain::Piece &piece, const QHash<QString, QByteArray> &sums)
{
    const QString name = piece.setId + u'/' + piece.archiveFile;
    const int files = int(piece.part.files.size());
    ArchiveFormat format;
    if (!archiveFormatOfFile(piece.archiveFile, &format) || format == ArchiveFormat::Zip) {
        if (checkArchiveFile(piece.archive, name, sums, piece.setId, files))
            problem(name, {}, tr("is not a .tar.zst, .tar.gz or .tar.xz archive, so it cannot hold files of a newer set"));
        return;
    }
    m_archivesChecked.fetchAndAddRelaxed(1);
    QByteArray actual;
    checkTar(piece.part, piece.archive, format, name, true, &actual);
    if (!actual.isEmpty() || hashFile(piece.archive, name, &actual))
        compareWithSums(actual, name, sums, piece.setId, files);
}

BackupSetVerifier::ArchiveCheck BackupSetVerifier::readBack(const BackupPart &whole, const QString &path,
                                                            const std::function<bool()> &cancelled)
{
    BackupSetVerifier verifier(QFileInfo(path).path());
    verifier.m_cancelled = cancelled;
    verifier.contentsByArchiveChecksum();
    ArchiveFormat format;
    ArchiveCheck check;
    if (!archiveFormatOfFile(path, &format) || format == ArchiveFormat::Zip)
        return check;
    const BackupPart part = BackupChain::ownPiece(whole);
    verifier.checkTar(part, path, format, part.archiveFile, false, &check.sha256);
    check.problems = verifier.m_problems;
    check.filesChecked = verifier.filesChecked();
    return check;
}

bool BackupSetVerifier::readWhenUnpacked(const BackupPart &part) const
{
    ArchiveFormat format;
    return m_checkedWhenUnpacked.contains(part.name) && archiveFormatOfFile(part.archiveFile, &format)
        && format != ArchiveFormat::Zip;
}

void BackupSetVerifier::checkArchive(const BackupPart &whole, const QHash<QString, QByteArray> &sums)
{
    // This set's own archive holds only the files not referenced elsewhere.
    const BackupPart part = BackupChain::ownPiece(whole);
    const QString name = part.archiveFile;
    const QString path = QDir(m_directory).filePath(name);
    if (!QFileInfo(path).isFile()) {
        problem(name, {}, tr("the archive is missing (%n file(s) of part %1 lost)", nullptr, int(part.files.size())).arg(part.name));
        return;
    }
    ArchiveFormat format;
    const bool known = archiveFormatOfFile(name, &format);
    if (readWhenUnpacked(whole)) {
        // Read once, by the unpacking, which checks it as a whole against
        // SHA256SUMS in the same read (ScratchCopy): here only that it is listed.
        if (!sums.contains(name))
            problem(name, {}, tr("is not listed in SHA256SUMS"));
        return;
    }
    m_archivesChecked.fetchAndAddRelaxed(1);
    if (const auto earlier = m_readBack.constFind(name); earlier != m_readBack.constEnd() && !earlier->sha256.isEmpty()) {
        for (const Problem &found : earlier->problems)
            problem(found.archive, found.path, found.message);
        m_filesChecked.fetchAndAddRelaxed(earlier->filesChecked);
        compareWithSums(earlier->sha256, name, sums, {}, 0);
        return;
    }

    // The archive as a whole, against SHA256SUMS: catches any flipped byte,
    // even one that the decompressor would not notice. A tar's checksum is
    // taken in the same read that decompresses it; a zip, which the
    // unpacking reads by seeking, is hashed here even when it unpacks it.
    if (!known || format == ArchiveFormat::Zip) {
        if (!checkArchiveFile(path, name, sums, {}, 0) || m_checkedWhenUnpacked.contains(whole.name))
            return;
        if (!known)
            problem(name, {}, tr("is not a .tar.zst, .tar.gz, .tar.xz or .zip archive"));
        else
            checkZip(part, path);
        return;
    }
    QByteArray actual;
    checkTar(part, path, format, name, false, &actual);
    if (!actual.isEmpty() || hashFile(path, name, &actual))
        compareWithSums(actual, name, sums, {}, 0);
}

// `listedIn`: the older set whose SHA256SUMS `sums` is (empty: this set's),
// which takes `files` of this set's files.
bool BackupSetVerifier::checkArchiveFile(const QString &path, const QString &name, const QHash<QString, QByteArray> &sums,
                                         const QString &listedIn, int files)
{
    QByteArray actual;
    if (!hashFile(path, name, &actual))
        return false;
    compareWithSums(actual, name, sums, listedIn, files);
    return true;
}

bool BackupSetVerifier::hashFile(const QString &path, const QString &name, QByteArray *sha256)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        problem(name, {}, tr("cannot be read (%1)").arg(file.errorString()));
        return false;
    }
    *sha256 = hash.hexResult();
    return true;
}

void BackupSetVerifier::compareWithSums(const QByteArray &actual, const QString &name, const QHash<QString, QByteArray> &sums,
                                        const QString &listedIn, int files)
{
    const QString key = listedIn.isEmpty() ? name : name.mid(listedIn.size() + 1);
    if (listedIn.isEmpty()) {
        if (!sums.contains(key))
            problem(name, {}, tr("is not listed in SHA256SUMS"));
        else if (sums.value(key) != actual)
            problem(name, {}, tr("SHA-256 of the archive differs from SHA256SUMS (the archive file was changed or damaged)"));
    } else if (!sums.contains(key)) {
        problem(name, {}, tr("is not listed in the SHA256SUMS of %1, the older set this set takes %n file(s) from", nullptr, files)
                              .arg(listedIn));
    } else if (sums.value(key) != actual) {
        problem(name, {}, tr("SHA-256 of the archive differs from the SHA256SUMS of %1, the older set this set takes "
                             "%n file(s) from (the archive file was changed or damaged)", nullptr, files).arg(listedIn));
    }
}

void BackupSetVerifier::checkTar(const BackupPart &part, const QString &path, ArchiveFormat format, const QString &name,
                                 bool onlyListed, QByteArray *archiveSha256)
{
    // One pass through the decompressed stream, each file hashed as it
    // passes: never a seek, never a temporary file. The archive file itself
    // is hashed on its way into the decompressor.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // the caller's hashFile() says why
    HashingDevice raw(&file);
    raw.open(QIODevice::ReadOnly);
    const auto takeChecksum = qScopeGuard([this, &raw, archiveSha256] {
        if (!(m_cancelled && m_cancelled()) && raw.readToEnd() && raw.whole())
            *archiveSha256 = raw.hexResult();
    });
    const bool byChecksum = m_byArchiveChecksum && format == ArchiveFormat::TarZstd
        && ZstdWriter::checksummed(file.peek(zstdHeaderPeek));
    const std::unique_ptr<KCompressionDevice> device = decompressingDevice(&raw, format);
    if (!device->open(QIODevice::ReadOnly)) {
        problem(name, {}, tr("cannot be opened as an archive (%1); none of its %n file(s) can be checked", nullptr,
                             int(part.files.size())).arg(device->errorString()));
        return;
    }
    // Each listed file and whether the archive held it, under the
    // manifest's own path: no second string per file of a large part.
    struct Listed
    {
        const BackupPart::File *file = nullptr;
        bool seen = false;
    };
    QHash<QString, Listed> expected;
    for (const BackupPart::File &file : part.files)
        expected.insert(file.path, {&file});
    const auto see = [&expected](const QString &path) -> const BackupPart::File * {
        const auto found = expected.find(path);
        if (found == expected.end())
            return nullptr;
        found->seen = true;
        return found->file;
    };
    const auto seen = [&expected](const BackupPart::File &file) { return expected.value(file.path).seen; };
    TarStreamReader tar(device.get());
    TarStreamReader::Entry entry;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    bool broken = false;
    while (!broken && tar.next(&entry)) {
        // Every entry, wanted or not, as a restore would meet it: an unsafe
        // one must stop the restore here, before any node is touched.
        if (const QString unsafe = SetPathRules::entryProblem(entry, &part); !unsafe.isEmpty()) {
            problem(name, entry.path, unsafe);
            continue;
        }
        if (entry.type == '2' && !onlyListed) {
            // A link is checked by its target, as the manifest records it.
            const BackupPart::File *link = see(entry.path);
            if (!link || link->linkTarget != entry.linkTarget)
                problem(name, entry.path, tr("is a link in the archive that the manifest does not list as this link"));
            else
                m_filesChecked.fetchAndAddRelaxed(1);
            continue;
        }
        if (!entry.isFile() || (onlyListed && !expected.contains(entry.path)))
            continue;
        Sha256 hash;
        qint64 size = 0;
        for (qint64 got; (got = tar.read(buffer.data(), chunkSize)) != 0;) {
            if (got < 0 || (m_cancelled && m_cancelled())) {
                broken = true;
                break;
            }
            if (!byChecksum)
                hash.addData(QByteArrayView(buffer.constData(), got));
            size += got;
        }
        const BackupPart::File *file = see(entry.path);
        if (broken)
            problem(name, entry.path, tr("cannot be read to its end (the archive is damaged or truncated here)"));
        else if (!file)
            problem(name, entry.path, tr("is in the archive but not in the manifest"));
        else if (size != file->size)
            problem(name, entry.path, tr("size is %1 bytes, the manifest says %2").arg(size).arg(file->size));
        else if (!byChecksum && Sha256Digest::fromHex(hash.hexResult()) != file->sha256)
            problem(name, entry.path, tr("SHA-256 differs"));
        else
            m_filesChecked.fetchAndAddRelaxed(1);
    }
    const qsizetype unchecked = part.files.size() - std::count_if(part.files.cbegin(), part.files.cend(),
                                                                  seen);
    if (!tar.errorString().isEmpty()) {
        problem(name, {}, tr("cannot be read past %1 (%2); %n more file(s) not checked", nullptr, int(unchecked))
                              .arg(entry.path, tar.errorString()));
        return;
    }
    for (const BackupPart::File &file : part.files) {
        if (!seen(file))
            problem(name, file.path, tr("missing from the archive"));
    }
    // The tar stream may end before the frame does, and zstd compares its
    // checksum only where the frame ends.
    if (byChecksum && !broken && !(m_cancelled && m_cancelled()) && !drained(device.get(), &buffer))
        problem(name, {}, tr("cannot be decompressed to its end: the archive is damaged"));
}

void BackupSetVerifier::checkZip(const BackupPart &part, const QString &path)
{
    const QString name = part.archiveFile;
    auto archive = std::make_unique<KZip>(path);
    if (!archive->open(QIODevice::ReadOnly)) {
        problem(name, {}, tr("cannot be opened as an archive (%1); none of its %n file(s) can be checked", nullptr,
                             int(part.files.size())).arg(archive->errorString()));
        return;
    }

    QMap<QString, const KArchiveFile *> entries;
    QMap<QString, QString> unsafe;
    collectFiles(archive->directory(), {}, &entries, &unsafe);
    for (auto it = unsafe.cbegin(); it != unsafe.cend(); ++it)
        problem(name, it.key(), it.value());

    QList<std::pair<const BackupPart::File *, const KArchiveFile *>> toRead;
    QSet<QString> expected;
    for (const BackupPart::File &file : part.files) {
        expected.insert(file.path);
        const KArchiveFile *entry = entries.value(file.path);
        if (!entry)
            problem(name, file.path, tr("missing from the archive"));
        else if (entry->size() != file.size)
            problem(name, file.path, tr("size is %1 bytes, the manifest says %2").arg(entry->size()).arg(file.size));
        else
            toRead.append({&file, entry});
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!expected.contains(it.key()))
            problem(name, it.key(), tr("is in the archive but not in the manifest"));
    }

    std::sort(toRead.begin(), toRead.end(), [](const auto &a, const auto &b) { return a.second->position() < b.second->position(); });
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < toRead.size(); ++i) {
        const auto &[file, entry] = toRead[i];
        std::unique_ptr<QIODevice> device(entry->createDevice());
        Sha256 hash;
        qint64 left = file->size;
        while (device && left > 0) {
            const qint64 read = device->read(buffer.data(), std::min(left, chunkSize));
            if (read <= 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), read));
            left -= read;
        }
        if (left > 0) {
            // The files of a zip are compressed one by one: the others can still be checked.
            problem(name, file->path, tr("cannot be read to its end (the archive is damaged or truncated here)"));
            continue;
        }
        m_filesChecked.fetchAndAddRelaxed(1);
        if (Sha256Digest::fromHex(hash.hexResult()) != file->sha256)
            problem(name, file->path, tr("SHA-256 differs"));
    }
    archive->close();
}

bool BackupSetVerifier::record()
{
    if (!m_verified) {
        m_error = tr("There is no verification to record for %1.").arg(m_directory);
        return false;
    }
    // A folder without a manifest is no set that 'lifeboat backups' lists.
    if (!QFileInfo::exists(QDir(m_directory).filePath(BackupSetLayout::manifestFile())))
        return true;
    const VerificationRecord record{.setId = m_setId,
                                    .time = m_time,
                                    .result = intact() ? VerificationRecord::ok : VerificationRecord::damaged,
                                    .archivesChecked = m_archivesChecked.loadRelaxed(),
                                    .filesChecked = m_filesChecked.loadRelaxed(),
                                    .lifeboatVersion = QString::fromLatin1(versionString),
                                    .signature = m_signature.text(),
                                    .problems = m_problems};
    QString error;
    if (!record.save(m_directory, &error)) {
        m_error = tr("Cannot write %1: %2. The result above stands, but 'lifeboat backups' will not show it; "
                     "check the permissions and free space of the set directory.")
                      .arg(QDir(m_directory).filePath(VerificationRecord::fileName()), error);
        return false;
    }
    return true;
}

} // namespace Lifeboat
