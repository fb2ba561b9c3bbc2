// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A hostile part archive with a manifest that agrees with it (whoever can
// write the archive can write the manifest and SHA256SUMS too): unpacked as a
// restore unpacks it. Whatever the archive holds, nothing may land outside
// the target, and no link left inside may lead out of it.

#include "FuzzScratch.h"

#include <backup/BackupPart.h>
#include <backup/TarStreamReader.h>
#include <restore/PartExtractor.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>

#include <cstdlib>
#include <filesystem>

using namespace Lifeboat;
namespace fs = std::filesystem;

namespace {

// The manifest's view of the archive: every file with its size and SHA-256.
BackupPart partListing(QByteArray &bytes)
{
    BackupPart part;
    part.name = QStringLiteral("fuzzed");
    part.kind = QStringLiteral("gds");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TarStreamReader reader(&buffer);
    TarStreamReader::Entry entry;
    char chunk[4096];
    for (int entries = 0; entries < 2000 && reader.next(&entry); ++entries) {
        if (entry.isDirectory()) {
            part.directories.append({entry.path, {}});
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        for (qint64 got; (got = reader.read(chunk, sizeof chunk)) > 0; size += got)
            hash.addData(QByteArrayView(chunk, got));
        if (entry.isFile())
            part.files.append({entry.path, size, entry.mode & 07777, QString::fromLatin1(hash.result().toHex()), {}, {}});
    }
    return part;
}

// Makes every directory below `root` listable and removable again.
void openUp(const fs::path &root)
{
    std::error_code ignored;
    fs::permissions(root, fs::perms::owner_all, fs::perm_options::add, ignored);
    for (auto it = fs::recursive_directory_iterator(root, ignored); it != fs::recursive_directory_iterator();
         it.increment(ignored)) {
        if (it->is_directory(ignored) && !it->is_symlink(ignored))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
}

void checkContained(const fs::path &base, const fs::path &target)
{
    std::error_code error;
    for (const fs::directory_entry &entry : fs::directory_iterator(base, error)) {
        if (entry.path() != target)
            std::abort(); // written beside the target
    }
    const fs::path realTarget = fs::canonical(target, error);
    for (auto it = fs::recursive_directory_iterator(target, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
        if (!it->is_symlink())
            continue;
        const fs::path resolved = fs::weakly_canonical(it->path(), error);
        const auto [end, ignored] = std::mismatch(realTarget.begin(), realTarget.end(), resolved.begin(), resolved.end());
        if (end != realTarget.end())
            std::abort(); // a link inside that leads out
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = FuzzScratch::bytes(data, size);
    const BackupPart part = partListing(bytes);
    const fs::path base = fs::path(FuzzScratch::directory().toStdString()) / "extract";
    const fs::path target = base / "target";
    std::error_code ignored;
    openUp(base);
    fs::remove_all(base, ignored);
    fs::create_directories(target);

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PartExtractor extractor(&buffer, QStringLiteral("fuzzed.tar"), part);
    (void)extractor.extractTo(QString::fromStdString(target.string()));
    openUp(base);
    checkContained(base, target);
    return 0;
}
