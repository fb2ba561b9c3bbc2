// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QByteArray>
#include <QString>

namespace Lifeboat {

// Where a backup set lives while it is written and once it is complete. The
// staging directory's name starts with a dot and ends in ".partial", so a
// half-written set never looks like a backup.
class BackupSetLayout
{
public:
    BackupSetLayout() = delete;

    static QString staging(const QString &backupRoot, const QString &setId);
    static QString final(const QString &backupRoot, const QString &setId);
    static QString workDirectory(const QString &staging);
    static QString partFile(const QString &staging, const QString &partName);
    // The part a sidecar of partFile() records, from its path.
    static QString partOfFile(const QString &sidecar);
    static QString manifestFile() { return QStringLiteral("manifest.json"); }
    static QString checksumFile() { return QStringLiteral("SHA256SUMS"); }
    // What the list of sets reads instead of the manifest (BackupSetManifest::summaryBytes).
    static QString summaryFile() { return QStringLiteral("summary.json"); }
    // In an incremental set: the archive paths of `partName` whose data is in
    // the older set `setId`, NUL-separated, for `tar --null -T` by hand.
    static QString chainListFile(const QString &partName, const QString &setId);
    // That file's contents: the archive paths of `part`'s files stored in
    // `setId`, each ended by a NUL.
    static QByteArray chainList(const BackupPart &part, const QString &setId);
};

} // namespace Lifeboat
