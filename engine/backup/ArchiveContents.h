// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QCoreApplication>
#include <QList>

namespace Lifeboat {

// Reads an archive written by Lifeboat or by AEM (tar with zstd, gzip or xz,
// or zip) and lists every file with its size, mode and SHA-256, reading each
// file's data in chunks so that memory stays flat; a link is listed as a
// link (its target, never followed).
class ArchiveContents
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveContents)

public:
    [[nodiscard]] static bool read(const QString &archivePath, QList<BackupPart::File> *files, QString *error);
};

} // namespace Lifeboat
