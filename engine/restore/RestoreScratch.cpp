// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreScratch.h"

#include <restore/Quarantine.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

bool RestoreScratch::isLifeboatFolder(const QString &name)
{
    return name == Quarantine::folderName() || name.startsWith(folderPrefix());
}

QString RestoreScratch::directory(HostFiles &files, const QString &location, const QString &runId)
{
    return QDir(Quarantine::anchorFor(files, location)).filePath(folderPrefix() + runId);
}

QString RestoreScratch::copyFor(HostFiles &files, const QString &location, const QString &runId, const QString &scope)
{
    return QDir(directory(files, scope.isEmpty() ? location : scope, runId)).filePath(QFileInfo(QDir::cleanPath(location)).fileName());
}

QString RestoreScratch::partialFor(HostFiles &files, const QString &location, const QString &runId, const QString &scope)
{
    return copyFor(files, location, runId, scope) + QStringLiteral(".partial");
}

QString RestoreScratch::swapMarkerFor(HostFiles &files, const QString &location, const QString &runId)
{
    return copyFor(files, location, runId) + QStringLiteral(".swapping");
}

QString RestoreScratch::databaseLocation(const QString &backupRoot, const DatabaseProfile &database)
{
    return QDir(backupRoot).filePath(QStringLiteral("database-") + database.name);
}

} // namespace Lifeboat
