// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSetLayout.h"

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
constexpr QLatin1StringView partFileSuffix(".part.json");
}

QString BackupSetLayout::staging(const QString &backupRoot, const QString &setId)
{
    return QDir(backupRoot).filePath(u'.' + setId + QStringLiteral(".partial"));
}

QString BackupSetLayout::final(const QString &backupRoot, const QString &setId)
{
    return QDir(backupRoot).filePath(setId);
}

QString BackupSetLayout::workDirectory(const QString &staging)
{
    return QDir(staging).filePath(QStringLiteral("work"));
}

QString BackupSetLayout::partFile(const QString &staging, const QString &partName)
{
    return QDir(staging).filePath(partName + partFileSuffix);
}

QString BackupSetLayout::partOfFile(const QString &sidecar)
{
    const QString name = QFileInfo(sidecar).fileName();
    return name.endsWith(partFileSuffix) ? name.chopped(partFileSuffix.size()) : QString();
}

QString BackupSetLayout::chainListFile(const QString &partName, const QString &setId)
{
    return partName + QStringLiteral(".from-") + setId + QStringLiteral(".list");
}

QByteArray BackupSetLayout::chainList(const BackupPart &part, const QString &setId)
{
    QByteArray list;
    for (const BackupPart::File &file : part.files) {
        if (file.storedIn == setId)
            list += file.path.toUtf8() + '\0';
    }
    return list;
}

} // namespace Lifeboat
