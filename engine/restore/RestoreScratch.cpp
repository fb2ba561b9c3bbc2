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

QString RestoreScratch::directory(const QString &location, const QString &runId)
{
    return QDir(Quarantine::anchorFor(location)).filePath(folderPrefix() + runId);
}

QString RestoreScratch::copyFor(const QString &location, const QString &runId, const QString &scope)
{
    return QDir(directory(scope.isEmpty() ? location : scope, runId)).filePath(QFileInfo(QDir::cleanPath(location)).fileName());
}

QString RestoreScratch::partialFor(const QString &location, const QString &runId, const QString &scope)
{
    return copyFor(location, runId, scope) + QStringLiteral(".partial");
}

QString RestoreScratch::swapMarkerFor(const QString &location, const QString &runId)
{
    return copyFor(location, runId) + QStringLiteral(".swapping");
}

QString RestoreScratch::databaseLocation(const QString &backupRoot, const DatabaseProfile &database)
{
    return QDir(backupRoot).filePath(QStringLiteral("database-") + database.name);
}

} // namespace Lifeboat
