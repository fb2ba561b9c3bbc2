#include "RestoreScratch.h"

#include <restore/Quarantine.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

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

} // namespace Lifeboat
