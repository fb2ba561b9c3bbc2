// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <profile/NodeProfile.h>

#include <hosts/HostFiles.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace Lifeboat {

// What one host holds of AEM Forms, found by reading only: every
// crx-repository folder below the places searched, and what its files say
// about the node it belongs to. The role comes from the disk, as an
// administrator would tell it: repository/clustered.txt marks the cluster's
// primary, a crx.NNNN copy of the cluster's repository a secondary, and a
// repository without a cluster_node.id a publish instance. What cannot be
// read or told apart is said (notes()), never guessed.
class NodeDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(NodeDiscovery)

public:
    struct Found
    {
        QString host;       // the host's name, as the profile will use it
        QString repository; // the crx-repository folder
        NodeRole role = NodeRole::Publish;
        QString evidence;   // what told the role: the file or folder that says so
        QString clusterNodeId;
        QString errorLog;   // logs/error.log in it, when there is one
        // The application server installed beside the crx-repository, when
        // one is: its kind and folder, its crx-bootstrap.properties (a
        // secondary's), and the patch level file Lifeboat's installations keep.
        std::optional<AppServerKind> appServer;
        QString appServerDir;
        // Where the server's own scripts are: JBoss's folder, a WebLogic
        // domain, a WebSphere profile (it holds the bootstrap properties).
        QString serverHome;
        QString bootstrapProperties;
        QString patchLevelFile;
        QString indexRoot;           // Content Services' Index Root, in the server's adobe folder
        QStringList tempDirectories; // the server's temporary files
        // LCBackupMode.sh in the installation's SDK, which enters and leaves
        // backup mode (an author's).
        QString backupModeTool;
        // An instance's own start and stop scripts (bin/start, bin/stop
        // beside its crx-repository), as a publish instance has them.
        QString startScript;
        QString stopScript;
        // The forms database its application server's data source names.
        std::optional<DatabaseProfile> formsDatabase;
        // Where its application server takes HTTP requests.
        std::optional<QUrl> httpUrl;
    };

    // Where AEM Forms is installed on the hosts administrators keep it on.
    static QStringList usualPlaces();
    // Where the backup-mode tool is below an installation folder.
    static QString backupModeToolPath();

    // `address`: how the host is reached, for a server that listens on
    // every address.
    NodeDiscovery(HostFiles &files, QString host, QString address = {});

    // Every node below `places` (a place that does not exist is skipped; one
    // that is not a folder, or cannot be read, is said in notes()).
    QList<Found> find(const QStringList &places);
    // The same in two halves, for a walk that looks for more than nodes
    // (FolderSearch::Visitor): visit() records each crx-repository in a
    // folder, which the walk must not enter; describeAll() then reads what
    // each one's files say.
    QSet<QString> visit(const QString &folder, const QList<HostFiles::Entry> &entries);
    QList<Found> describeAll();
    QStringList notes() const { return m_notes; }
    // What the disk says of the node whose crx-repository this is: its
    // role (and what tells it), cluster node id and error.log.
    Found roleOnDisk(const QString &repository) { return describeRole(repository); }

private:
    Found describe(const QString &repository);
    Found describeRole(const QString &repository);
    // The application server in the folder that holds the crx-repository:
    // JBoss (bin/standalone.sh), WebLogic (a domain's config/config.xml
    // below user_projects/domains) or WebSphere (a profile's
    // bin/startServer.sh below profiles).
    void findAppServer(Found *node);
    void readAppServer(Found *node, AppServerKind kind, const QString &server, const QString &home);
    void findInstallationFiles(Found *node);
    std::optional<QUrl> listenerOfStartScript(const QString &script);
    bool isFile(const QString &path);
    bool isFolder(const QString &path);

    HostFiles &m_files;
    QString m_host;
    QString m_address;
    QStringList m_notes;
    QStringList m_repositories;
};

} // namespace Lifeboat
