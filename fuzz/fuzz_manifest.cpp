// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A backup set's manifest.json, as anyone with write access to the backup
// store may have left it: loaded as a restore loads it, and what loads must
// write back and load again the same. Its text, written file by file
// (JsonText), must be QJsonDocument's byte for byte, whatever the strings.

#include "FuzzScratch.h"

#include <backup/BackupSetManifest.h>

#include <QJsonDocument>

#include <cstdlib>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzScratch::write(QStringLiteral("manifest.json"), data, size);
    QString error;
    const std::optional<BackupSetManifest> manifest = BackupSetManifest::load(FuzzScratch::directory(), &error);
    if (!manifest)
        return 0;
    const QJsonObject written = manifest->toJson();
    QString again;
    if (!BackupSetManifest::fromJson(written, &again))
        std::abort(); // what Lifeboat writes, Lifeboat must read
    const BackupSetManifest::Files files = manifest->files();
    if (files.manifest != QJsonDocument(written).toJson()
        || files.summary != QJsonDocument(BackupSetManifest::summaryOf(written, manifest->needs())).toJson())
        std::abort();
    return 0;
}
