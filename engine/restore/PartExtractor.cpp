// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PartExtractor.h"

#include "FileWriterThread.h"

#include <backup/SetPathRules.h>

#include <support/FileAttributes.h>

#include <support/LinkTarget.h>
#include <support/ReadAheadDevice.h>
#include <support/Sha256.h>
#include <backup/TarStreamReader.h>

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace Lifeboat {

namespace {
constexpr qint64 chunkSize = 1024 * 1024;

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + u'/');
}
} // namespace

PartExtractor::PartExtractor(QString archivePath, const BackupPart &part, QString prefix)
    : m_archivePath(std::move(archivePath))
    , m_archiveName(QFileInfo(m_archivePath).fileName())
    , m_prefix(std::move(prefix))
{
    m_files = part.files;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const BackupPart::File &file = m_files.at(i); // at(): no detach
        if (file.path.startsWith(m_prefix)) {
            m_expected.insert(file.path, {i});
            m_total += file.size;
        }
    }
    m_directories = part.directories;
    m_directoryIndex.reserve(m_directories.size());
    for (qsizetype i = 0; i < m_directories.size(); ++i)
        m_directoryIndex.insert(m_directories.at(i).path, i);
}

PartExtractor::PartExtractor(QIODevice *device, QString archiveName, const BackupPart &part, QString prefix)
    : PartExtractor(std::move(archiveName), part, std::move(prefix))
{
    m_device = device;
}

bool PartExtractor::refuse(const QString &archivePath, const QString &why)
{
    m_error = tr("%1 holds the entry \"%2\", which %3. Lifeboat refuses this archive; nothing was written outside the "
                 "restore's scratch directory. Use another backup set.")
                  .arg(m_archiveName, archivePath, why);
    return false;
}

bool PartExtractor::wanted(const QString &archivePath, QString *relative)
{
    if (!SetPathRules::isSafeEntryPath(archivePath))
        return refuse(archivePath, SetPathRules::landsOutside());
    if (!m_prefix.isEmpty() && !archivePath.startsWith(m_prefix) && archivePath + u'/' != m_prefix) {
        relative->clear();
        return true;
    }
    *relative = archivePath.mid(m_prefix.size());
    return true;
}

bool PartExtractor::checkedDestination(const QString &target, const QString &relative, QString *destination)
{
    *destination = QDir(target).filePath(relative);
    const QString parent = QDir::cleanPath(QFileInfo(*destination).absolutePath());
    if (m_checkedDirectories.contains(parent))
        return true;
    if (m_root.isEmpty()) {
        m_root = QDir::cleanPath(QFileInfo(target).absoluteFilePath());
        m_realTarget = QFileInfo(target).canonicalFilePath();
    }
    const QString &root = m_root;
    const QString &realTarget = m_realTarget;
    // The nearest directory on the way that exists must be that very
    // directory, never where a link leads: a link made by an earlier entry
    // never lets a later entry write through it, inside the target or out.
    QString existing = parent;
    while (existing.size() > root.size() && !QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink())
        existing = QFileInfo(existing).path();
    const QString real = QFileInfo(existing).canonicalFilePath();
    if (real.isEmpty() || real != realTarget + existing.mid(root.size()))
        return refuse(m_prefix + relative, isInside(real, realTarget) && !real.isEmpty()
                                               ? tr("would be written through a link, which a restore never follows")
                                               : tr("would be written through a link that leads outside the target"));
    if (!QDir().mkpath(parent)) {
        m_error = tr("Cannot create the directory %1. Check the permissions and the free space.").arg(parent);
        return false;
    }
    constexpr qsizetype remembered = 16;
    if (m_checkedDirectories.size() >= remembered)
        m_checkedDirectories.removeFirst();
    m_checkedDirectories.append(parent);
    return true;
}

bool PartExtractor::writeFile(const QString &archivePath, const QString &destination, int mode,
                              const std::function<qint64(char *, qint64)> &read)
{
    const auto found = m_expected.find(archivePath);
    if (found == m_expected.end()) {
        m_error = tr("%1 holds %2, which its manifest does not list. The set is not the one its manifest describes; "
                     "use another backup set.").arg(m_archiveName, archivePath);
        return false;
    }
    if (QFileInfo(destination).isSymLink())
        return refuse(archivePath, tr("would be written through a link, which a restore never follows"));
    if (found->written)
        return refuse(archivePath, tr("comes a second time"));
    const BackupPart::File *expected = &m_files.at(found->index);
    FileWriterThread &writer = *m_writer;
    const int out = writer.open(destination);
    if (out < 0)
        return writerFailed();
    // Each chunk is hashed here and written on the writer's thread meanwhile.
    Sha256 hash;
    qint64 size = 0;
    for (QByteArray buffer = writer.takeBuffer();; buffer = writer.takeBuffer()) {
        if (m_cancelled && m_cancelled()) {
            m_error = tr("Cancelled by the user.");
            return false;
        }
        if (writer.failed())
            return writerFailed();
        const qint64 got = read(buffer.data(), chunkSize);
        if (got <= 0)
            writer.giveBack(std::move(buffer));
        if (got < 0) {
            m_error = tr("%1 is damaged: %2 cannot be read to its end.").arg(m_archiveName, archivePath);
            return false;
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), got));
        writer.write(out, destination, std::move(buffer), got);
        size += got;
        m_done += got;
        if (m_progress)
            m_progress(m_done, m_total);
    }
    if (size != expected->size || Sha256Digest::fromHex(hash.hexResult()) != expected->sha256) {
        m_error = tr("%1: %2 does not match the manifest (size or SHA-256 differs). The set is damaged; verify it with "
                     "'lifeboat verify' and use another one.").arg(m_archiveName, archivePath);
        return false;
    }
    FileAttributes attributes = expected->restoredAttributes();
    if (!attributes.mode)
        attributes.mode = mode;
    writer.close(out, destination, attributes);
    found->written = true;
    ++m_filesWritten;
    return true;
}

bool PartExtractor::writerFailed()
{
    m_error = m_writer->errorString();
    return false;
}

bool PartExtractor::makeLink(const QString &archivePath, const QString &relative, const QString &destination,
                             const QString &linkTarget)
{
    // Only links that stay inside the part, by the rule the backup keeps
    // (LinkTarget): no absolute target, ".." only first and never above
    // the part's root, so no chain of links can lead out either.
    if (!LinkTarget::staysInside(relative, linkTarget))
        return refuse(archivePath, tr("is a link to \"%1\", outside the target").arg(linkTarget));
    const auto found = m_expected.find(archivePath);
    if (found == m_expected.end() || m_files.at(found->index).linkTarget != linkTarget) {
        m_error = tr("%1 holds the link %2 to \"%3\", which its manifest does not list. The set is not the one its "
                     "manifest describes; use another backup set.").arg(m_archiveName, archivePath, linkTarget);
        return false;
    }
    // Never in place of something an earlier entry wrote: a link there
    // would redirect whatever comes next.
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return refuse(archivePath, tr("would replace what an earlier entry wrote"));
    if (!QFile::link(linkTarget, destination)) {
        m_error = tr("Cannot create the link %1.").arg(destination);
        return false;
    }
    if (!setAttributes(destination, m_files.at(found->index).restoredAttributes()))
        return false;
    found->written = true;
    ++m_filesWritten; // a link is one of the part's files, as its manifest lists it
    return true;
}

bool PartExtractor::setAttributes(const QString &destination, const FileAttributes &attributes)
{
    bool ownerSet = false;
    if (!FileAttributes::apply(destination, attributes, &ownerSet, &m_error))
        return false;
    if (attributes.hasOwner() && !ownerSet)
        ++m_ownersNotSet;
    return true;
}

void PartExtractor::noteDirectory(const QString &archivePath)
{
    if (const auto recorded = m_directoryIndex.constFind(archivePath); recorded != m_directoryIndex.constEnd())
        m_directoriesMade.append(*recorded);
}

bool PartExtractor::setDirectoryAttributes()
{
    // Deepest first: setting a directory's time before its children are
    // done would not last, and a read-only directory would refuse them.
    std::sort(m_directoriesMade.begin(), m_directoriesMade.end(), [this](qsizetype a, qsizetype b) {
        return m_directories.at(a).path.size() > m_directories.at(b).path.size();
    });
    for (const qsizetype index : std::as_const(m_directoriesMade)) {
        const BackupPart::Directory &directory = m_directories.at(index);
        // The prefix's own directory is the target; the others lie below it.
        const QString destination = directory.path + u'/' == m_prefix
            ? m_target
            : QDir::cleanPath(QDir(m_target).filePath(directory.path.mid(m_prefix.size())));
        if (QFileInfo(destination).isDir() && !setAttributes(destination, directory.attributes))
            return false;
    }
    return true;
}

bool PartExtractor::checkAllWritten()
{
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (!it->written) {
            m_error = tr("%1 lacks %2, which its manifest lists. The set is incomplete; use another backup set.")
                          .arg(m_archiveName, it.key());
            return false;
        }
    }
    return true;
}

bool PartExtractor::extractTo(const QString &target)
{
    if (!QDir().mkpath(target)) {
        m_error = tr("Cannot create %1. Check the permissions and the free space.").arg(target);
        return false;
    }
    // A pipe in place of the archive would block the read for ever.
    if (!m_device && !QFileInfo(m_archivePath).isFile()) {
        m_error = tr("%1 is not a regular file.").arg(m_archivePath);
        return false;
    }
    for (Expected &expected : m_expected)
        expected.written = false;
    m_directoriesMade.clear();
    m_target = target;
    m_root.clear();
    m_realTarget.clear();
    m_checkedDirectories.clear();
    m_done = 0;
    m_filesWritten = 0;
    m_ownersNotSet = 0;
    FileWriterThread writer(chunkSize);
    m_writer = &writer;
    const bool ok = m_archiveName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? extractZip(target) : extractTar(target);
    // Every file given to the writer is written and closed, even when the
    // unpacking stopped: what it leaves is what it checked. Then the
    // directories' times.
    const bool finished = writer.finish();
    const bool written = ok && (finished || writerFailed());
    m_ownersNotSet += writer.ownersNotSet();
    m_writer = nullptr;
    return written && checkAllWritten() && setDirectoryAttributes();
}

bool PartExtractor::extractTar(const QString &target)
{
    const auto type = m_archiveName.endsWith(QLatin1String(".zst")) ? KCompressionDevice::Zstd
                    : m_archiveName.endsWith(QLatin1String(".xz"))  ? KCompressionDevice::Xz
                                                                    : KCompressionDevice::GZip;
    const auto device = m_device ? std::make_unique<KCompressionDevice>(m_device, false, type)
                                 : std::make_unique<KCompressionDevice>(m_archivePath, type);
    if (!device->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(m_archivePath, device->errorString());
        return false;
    }
    // Decompressing on a thread of its own, while this one parses and writes
    // and a third hashes.
    ReadAheadDevice ahead(device.get());
    if (!ahead.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(m_archivePath, ahead.errorString());
        return false;
    }
    TarStreamReader reader(&ahead);
    TarStreamReader::Entry entry;
    while (reader.next(&entry)) {
        // Every entry, wanted or not, by the rules the verifier applies.
        if (const QString problem = SetPathRules::entryProblem(entry); !problem.isEmpty())
            return refuse(entry.path, problem);
        QString relative;
        if (!wanted(entry.path, &relative))
            return false;
        // An older set's archive gives only the files taken from it; the
        // newest archive has every directory and link.
        if (m_mode == Mode::OlderPiece && !(entry.isFile() && m_expected.contains(entry.path)))
            continue;
        if (entry.isDirectory() && entry.path + u'/' == m_prefix)
            noteDirectory(entry.path);
        if (relative.isEmpty())
            continue;
        if (entry.isDirectory()) {
            QString destination;
            if (!checkedDestination(target, relative + QStringLiteral("/."), &destination) || !QDir().mkpath(destination))
                return false;
            noteDirectory(entry.path);
            continue;
        }
        QString destination;
        if (!checkedDestination(target, relative, &destination))
            return false;
        if (entry.type == '2') {
            if (!makeLink(entry.path, relative, destination, entry.linkTarget))
                return false;
            continue;
        }
        if (!writeFile(entry.path, destination, entry.mode, [&reader](char *data, qint64 maximum) { return reader.read(data, maximum); }))
            return false;
    }
    if (!reader.errorString().isEmpty()) {
        m_error = tr("%1 is damaged (%2). Verify the set with 'lifeboat verify' and use another one.")
                      .arg(m_archiveName, reader.errorString());
        return false;
    }
    return true;
}

bool PartExtractor::extractZip(const QString &target)
{
    const auto zip = m_device ? std::make_unique<KZip>(m_device) : std::make_unique<KZip>(m_archivePath);
    if (!zip->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(m_archivePath, zip->errorString());
        return false;
    }
    return extractZipDirectory(zip->directory(), {}, target);
}

bool PartExtractor::extractZipDirectory(const KArchiveDirectory *directory, const QString &path, const QString &target)
{
    QStringList names = directory->entries();
    names.sort();
    for (const QString &name : names) {
        const KArchiveEntry *entry = directory->entry(name);
        const QString archivePath = path.isEmpty() ? name : path + u'/' + name;
        QString relative;
        if (!wanted(archivePath, &relative))
            return false;
        if (entry->isDirectory()) {
            // An older piece's directories come with the newest piece.
            if (m_mode != Mode::OlderPiece && (archivePath + u'/' == m_prefix || !relative.isEmpty()))
                noteDirectory(archivePath);
            if (!extractZipDirectory(static_cast<const KArchiveDirectory *>(entry), archivePath, target))
                return false;
            continue;
        }
        if (relative.isEmpty() || (m_mode == Mode::OlderPiece && (!entry->isFile() || !m_expected.contains(archivePath))))
            continue;
        QString destination;
        if (!checkedDestination(target, relative, &destination))
            return false;
        if (!entry->symLinkTarget().isEmpty()) {
            if (!makeLink(archivePath, relative, destination, entry->symLinkTarget()))
                return false;
            continue;
        }
        const auto *file = static_cast<const KArchiveFile *>(entry);
        std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly))) {
            m_error = tr("%1 is damaged: %2 cannot be read.").arg(m_archiveName, archivePath);
            return false;
        }
        if (!writeFile(archivePath, destination, int(file->permissions() & 07777),
                       [&device](char *data, qint64 maximum) { return device->read(data, maximum); }))
            return false;
    }
    return true;
}

} // namespace Lifeboat
