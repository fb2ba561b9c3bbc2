// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeDiscovery.h"

#include <discovery/DataSourceReader.h>
#include <discovery/FolderSearch.h>
#include <discovery/HttpListenerReader.h>
#include <discovery/ServerConfigurationFiles.h>
#include <hosts/HostFiles.h>
#include <profile/AemPaths.h>

#include <QRegularExpression>

namespace Lifeboat {

QStringList NodeDiscovery::usualPlaces()
{
    return {QStringLiteral("/opt"), QStringLiteral("/srv"), QStringLiteral("/u01"), QStringLiteral("/app"),
            QStringLiteral("/apps"), QStringLiteral("/var/lib"), QStringLiteral("/mnt"), QStringLiteral("/data")};
}

QString NodeDiscovery::backupModeToolPath()
{
    return QStringLiteral("sdk/misc/Foundation/BackupRestoreCommandline/LCBackupMode.sh");
}

NodeDiscovery::NodeDiscovery(HostFiles &files, QString host, QString address)
    : m_files(files)
    , m_host(std::move(host))
    , m_address(address.isEmpty() ? QStringLiteral("127.0.0.1") : std::move(address))
{
}

QList<NodeDiscovery::Found> NodeDiscovery::find(const QStringList &places)
{
    FolderSearch search(m_files, m_host);
    search.walk(places, [this](const QString &folder, const QList<HostFiles::Entry> &entries) { return visit(folder, entries); });
    m_notes.append(search.notes());
    return describeAll();
}

QSet<QString> NodeDiscovery::visit(const QString &, const QList<HostFiles::Entry> &entries)
{
    for (const HostFiles::Entry &entry : entries) {
        if (entry.isDirectory() && entry.name() == AemPaths::crxRepository) {
            if (!m_repositories.contains(entry.path))
                m_repositories.append(entry.path);
            return {entry.name()};
        }
    }
    return {};
}

QList<NodeDiscovery::Found> NodeDiscovery::describeAll()
{
    QList<Found> found;
    for (const QString &repository : std::as_const(m_repositories))
        found.append(describe(repository));
    m_repositories.clear();
    return found;
}

bool NodeDiscovery::isFile(const QString &path)
{
    HostFiles::Entry entry;
    QString error;
    return m_files.stat(path, &entry, &error) && entry.isFile();
}

bool NodeDiscovery::isFolder(const QString &path)
{
    HostFiles::Entry entry;
    QString error;
    return m_files.stat(path, &entry, &error) && entry.isDirectory();
}

void NodeDiscovery::readAppServer(Found *node, AppServerKind kind, const QString &server, const QString &home)
{
    node->appServer = kind;
    node->appServerDir = server;
    node->serverHome = home;
    const QString crxBootstrap = home + QStringLiteral("/crx-bootstrap.properties");
    if (isFile(crxBootstrap))
        node->bootstrapProperties = crxBootstrap;
    if (isFile(server + QStringLiteral("/adobe/patch-level.txt")))
        node->patchLevelFile = server + QStringLiteral("/adobe/patch-level.txt");
    if (isFolder(server + QStringLiteral("/adobe/index-root")))
        node->indexRoot = server + QStringLiteral("/adobe/index-root");
    // java.io.tmpdir where each server keeps it.
    for (const QString &temp : {server + QStringLiteral("/tmp"), server + QStringLiteral("/standalone/tmp"), home + QStringLiteral("/temp")}) {
        if (isFolder(temp) && !node->tempDirectories.contains(temp))
            node->tempDirectories.append(temp);
    }
    DataSourceReader dataSources(m_files);
    node->formsDatabase = dataSources.formsDatabase(kind, server);
    if (!node->formsDatabase)
        m_notes.append(tr("%1: the forms database of %2 was not found: %3.").arg(m_host, server, dataSources.why()));
    HttpListenerReader listeners(m_files);
    node->httpUrl = listeners.httpUrl(kind, server, m_address);
    if (!node->httpUrl)
        m_notes.append(tr("%1: where %2 takes HTTP requests was not found: %3.").arg(m_host, server, listeners.why()));
}

void NodeDiscovery::findAppServer(Found *node)
{
    const QString installation = node->repository.section(u'/', 0, -2);
    for (const QString &server : ServerConfigurationFiles::foldersIn(m_files, installation)) {
        if (isFile(server + QStringLiteral("/bin/standalone.sh"))) {
            readAppServer(node, AppServerKind::JBoss, server, server + QStringLiteral("/bin"));
            return;
        }
        for (const QString &domain : ServerConfigurationFiles::foldersIn(m_files, server + QStringLiteral("/user_projects/domains"))) {
            if (isFile(domain + QStringLiteral("/config/config.xml"))) {
                readAppServer(node, AppServerKind::WebLogic, server, domain);
                return;
            }
        }
        for (const QString &profile : ServerConfigurationFiles::foldersIn(m_files, server + QStringLiteral("/profiles"))) {
            if (isFile(profile + QStringLiteral("/bin/startServer.sh"))) {
                readAppServer(node, AppServerKind::WebSphere, server, profile);
                return;
            }
        }
    }
    if (node->role != NodeRole::Publish)
        m_notes.append(tr("%1: no application server beside %2 (JBoss's bin/standalone.sh, a WebLogic domain's "
                          "config/config.xml, a WebSphere profile's bin/startServer.sh); fill in its folder.")
                           .arg(m_host, node->repository));
}

// What the installation folder itself keeps: the patch level file, the
// backup-mode tool, an instance's own start and stop scripts.
void NodeDiscovery::findInstallationFiles(Found *node)
{
    const QString installation = node->repository.section(u'/', 0, -2);
    if (node->patchLevelFile.isEmpty() && isFile(installation + QStringLiteral("/patch-level.txt")))
        node->patchLevelFile = installation + QStringLiteral("/patch-level.txt");
    if (node->role != NodeRole::Publish && isFile(installation + u'/' + backupModeToolPath()))
        node->backupModeTool = installation + u'/' + backupModeToolPath();
    if (isFile(installation + QStringLiteral("/bin/start")) && isFile(installation + QStringLiteral("/bin/stop"))) {
        node->startScript = installation + QStringLiteral("/bin/start");
        node->stopScript = installation + QStringLiteral("/bin/stop");
        if (!node->httpUrl)
            node->httpUrl = listenerOfStartScript(node->startScript);
    }
}

// AEM's bin/start sets where the instance listens: CQ_PORT, and CQ_HOST
// when it listens on one address only.
std::optional<QUrl> NodeDiscovery::listenerOfStartScript(const QString &script)
{
    QByteArray text;
    QString error;
    if (!m_files.readFile(script, ServerConfigurationFiles::maxBytes, &text, &error))
        return std::nullopt;
    static const QRegularExpression setting(QStringLiteral("^\\s*(CQ_PORT|CQ_HOST)=[\"']?([A-Za-z0-9_.:-]+)"),
                                            QRegularExpression::MultilineOption);
    QString host = m_address;
    int port = 0;
    for (auto match = setting.globalMatch(QString::fromUtf8(text)); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        if (found.captured(1) == QLatin1String("CQ_PORT"))
            port = found.captured(2).toInt();
        else
            host = found.captured(2);
    }
    if (port <= 0 || port > 65535)
        return std::nullopt;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    return url;
}

NodeDiscovery::Found NodeDiscovery::describe(const QString &repository)
{
    Found node = describeRole(repository);
    findAppServer(&node);
    findInstallationFiles(&node);
    return node;
}

NodeDiscovery::Found NodeDiscovery::describeRole(const QString &repository)
{
    Found node;
    node.host = m_host;
    node.repository = repository;
    HostFiles::Entry entry;
    QString error;
    const QString errorLog = AemPaths::at(repository, AemPaths::errorLog);
    if (m_files.stat(errorLog, &entry, &error) && entry.isFile())
        node.errorLog = errorLog;
    QByteArray id;
    if (m_files.stat(AemPaths::at(repository, AemPaths::clusterNodeId), &entry, &error) && entry.isFile()
        && m_files.readFile(entry.path, 4096, &id, &error))
        node.clusterNodeId = QString::fromUtf8(id).trimmed();
    const QString clustered = AemPaths::at(repository, AemPaths::clustered);
    if (m_files.stat(clustered, &entry, &error) && entry.isFile()) {
        node.role = NodeRole::Primary;
        node.evidence = clustered;
        return node;
    }
    QList<HostFiles::Entry> inside;
    if (m_files.list(repository, &inside, &error)) {
        for (const HostFiles::Entry &copy : inside) {
            if (copy.isDirectory() && copy.name().startsWith(QLatin1String("crx.")) && copy.name().size() > 4) {
                node.role = NodeRole::Secondary;
                node.evidence = copy.path;
                return node;
            }
        }
    }
    if (node.clusterNodeId.isEmpty()) {
        node.role = NodeRole::Publish;
        node.evidence = tr("no %1").arg(QString(AemPaths::clusterNodeId));
        return node;
    }
    // An author without either mark: a cluster of one, or a secondary whose
    // copy is gone. Not guessed.
    node.role = NodeRole::Secondary;
    node.evidence.clear();
    m_notes.append(tr("%1: %2 belongs to an author node, but neither %3 nor a crx.NNNN folder says whether it is the "
                      "primary; check its role.")
                       .arg(m_host, repository, QString(AemPaths::clustered)));
    return node;
}

} // namespace Lifeboat
