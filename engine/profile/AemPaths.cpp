// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AemPaths.h"

namespace Lifeboat {

QStringList AemPaths::clusterNodeFolders()
{
    return { QStringLiteral("clusterNode/repository"), QStringLiteral("clusterNode/shared"),
        QStringLiteral("clusterNode/version"), QStringLiteral("clusterNode/workspaces") };
}

QStringList AemPaths::runtimeFiles()
{
    return { revisionLog, lock, systemId, everyListenerProperties };
}

QStringList AemPaths::contentStores()
{
    return { QStringLiteral("audit.contentstore"), QStringLiteral("contentstore"),
        QStringLiteral("contentstore.deleted") };
}

QStringList AemPaths::contentStorageRootFolders()
{
    return contentStores() + QStringList{ backupLuceneIndexes, luceneIndexes };
}

QString AemPaths::at(const QString &crxRepositoryPath, QLatin1StringView relative)
{
    return crxRepositoryPath + u'/' + relative;
}

} // namespace Lifeboat
