// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// The places Adobe's backup and recovery procedure names, spelled once: the
// files and folders inside a node's crx-repository (paths relative to
// NodeProfile::repository) and the folders of the Content Storage Root. The
// scenarios, the steps, the sandbox that fakes a cluster and the sandbox's
// node agent all name them from here.
namespace AemPaths {

// The folder a node's repository lives in; a repository part's files sit
// below this name in their archive.
inline constexpr QLatin1StringView crxRepository{ "crx-repository" };

// Inside a node's crx-repository.
inline constexpr QLatin1StringView repository{ "repository" };
inline constexpr QLatin1StringView clusterNodeId{ "repository/cluster_node.id" };
inline constexpr QLatin1StringView systemId{ "repository/system.id" };
// The primary's marker.
inline constexpr QLatin1StringView clustered{ "repository/clustered.txt" };
inline constexpr QLatin1StringView revisionLog{ "clusterNode/revision.log" };
inline constexpr QLatin1StringView lock{ ".lock" };
inline constexpr QLatin1StringView logs{ "logs" };
inline constexpr QLatin1StringView errorLog{ "logs/error.log" };
// A pattern: every listener.properties at any depth.
inline constexpr QLatin1StringView everyListenerProperties{ "**/listener.properties" };

// clusterNode/repository, shared, version and workspaces: emptied on every
// author node before its repository is restored.
QStringList clusterNodeFolders();
// What a restored author repository must not keep from the copy it came
// from: clusterNode/revision.log, .lock, repository/system.id and every
// listener.properties.
QStringList runtimeFiles();

// The Content Storage Root's folders. Of the two Lucene index folders a
// backup takes backup-lucene-indexes when it exists, else lucene-indexes.
inline constexpr QLatin1StringView backupLuceneIndexes{ "backup-lucene-indexes" };
inline constexpr QLatin1StringView luceneIndexes{ "lucene-indexes" };
// audit.contentstore, contentstore and contentstore.deleted.
QStringList contentStores();
// The content stores and both index folders.
QStringList contentStorageRootFolders();

// AEM's repository MBean below a node's URL, where an online backup starts
// and reports.
inline constexpr QLatin1StringView repositoryJmx{"/system/console/jmx/com.adobe.granite:type=Repository"};
// Oak's repository management MBean, which reports whether a data store
// garbage collection (DataStoreGCStatus) or a revision cleanup
// (RevisionGCStatus) runs.
inline constexpr QLatin1StringView repositoryManagementJmx{
    "/system/console/jmx/org.apache.jackrabbit.oak:name=repository manager,type=RepositoryManagement"};

// `relative` (one of the above) inside the crx-repository folder `crxRepositoryPath`.
QString at(const QString &crxRepositoryPath, QLatin1StringView relative);

} // namespace AemPaths

} // namespace Lifeboat
