// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A backup set's manifest.json, as anyone with write access to the backup
// store may have left it: loaded as a restore loads it, and what loads must
// write back and load again the same. Its text, written file by file
// (JsonText), must be QJsonDocument's byte for byte, whatever the strings.
// And the reader that takes the text a piece at a time (JsonStreamReader)
// must accept what QJsonDocument accepts whole, and read the same, however
// the text is cut.

#include "FuzzScratch.h"

#include <backup/BackupSetManifest.h>
#include <support/JsonStreamReader.h>

#include <QBuffer>
#include <QJsonDocument>

#include <cstdlib>

using namespace Lifeboat;

namespace {
// Read as BackupSetManifest::read() reads, one byte at a time, each
// element parsed on its own.
std::optional<BackupSetManifest> readByBytes(QByteArrayView text, QJsonObject *withoutFiles)
{
    BackupPart::Lists lists;
    JsonStreamReader reader = BackupSetManifest::listReader(&lists, 1);
    for (const char c : text) {
        if (!reader.add(QByteArrayView(&c, 1)))
            return std::nullopt;
    }
    if (!reader.finish())
        return std::nullopt;
    *withoutFiles = reader.skeleton();
    QString error;
    return BackupSetManifest::fromJson(reader.skeleton(), &error, &lists);
}

void compareWithTheWholeDocument(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError{};
    const QJsonObject whole = QJsonDocument::fromJson(text, &parseError).object();
    QString error;
    const std::optional<BackupSetManifest> expected
        = parseError.error == QJsonParseError::NoError ? BackupSetManifest::fromJson(whole, &error) : std::nullopt;
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    QJsonObject withoutFiles;
    const std::optional<BackupSetManifest> streamed = BackupSetManifest::read(&buffer, &error, &withoutFiles);
    QJsonObject withoutFilesByBytes;
    const std::optional<BackupSetManifest> byBytes = readByBytes(text, &withoutFilesByBytes);
    if (expected.has_value() != streamed.has_value() || expected.has_value() != byBytes.has_value())
        std::abort();
    if (!expected)
        return;
    const QJsonObject json = expected->toJson();
    const QJsonObject summary = BackupSetManifest::summaryOf(whole, expected->needs());
    if (streamed->toJson() != json || byBytes->toJson() != json
        || BackupSetManifest::summaryOf(withoutFiles, streamed->needs()) != summary
        || BackupSetManifest::summaryOf(withoutFilesByBytes, byBytes->needs()) != summary)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    compareWithTheWholeDocument(data, size);
    FuzzScratch::write(QStringLiteral("manifest.json"), data, size);
    QString error;
    const std::optional<BackupSetManifest> manifest = BackupSetManifest::load(FuzzScratch::directory(), &error);
    if (!manifest)
        return 0;
    const QJsonObject written = manifest->toJson();
    QString again;
    if (!BackupSetManifest::fromJson(written, &again))
        std::abort(); // what Lifeboat writes, Lifeboat must read
    // The writer that publishing uses, a piece at a time, must give the
    // same text as the whole document, and the summary likewise.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!manifest->write(&buffer, nullptr) || buffer.data() != QJsonDocument(written).toJson()
        || manifest->summaryText() != QJsonDocument(BackupSetManifest::summaryOf(written, manifest->needs())).toJson())
        std::abort();
    return 0;
}
