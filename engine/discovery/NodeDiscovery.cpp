// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeDiscovery.h"

#include <discovery/DataSourceReader.h>
#include <discovery/HttpListenerReader.h>
#include <discovery/ServerConfigurationFiles.h>
#include <hosts/HostFiles.h>
#include <profile/AemPaths.h>

namespace Lifeboat {

namespace {
// Enough for the installation folders of a server; a search that reaches it
// says so instead of walking a whole disk.
constexpr int maxDirectories = 20000;
} // namespace

QStringList NodeDiscovery::usualPlaces()
{
    return {QStringLiteral("/opt"), QStringLiteral("/srv"), QStringLiteral("/u01"), QStringLiteral("/app"),
            QStringLiteral("/apps"), QStringLiteral("/var/lib")};
}

NodeDiscovery::NodeDiscovery(HostFiles &files, QString host, QString address)
    : m_files(files)
    , m_host(std::move(host))
    , m_address(address.isEmpty() ? QStringLiteral("127.0.0.1") : std::move(address))
{
}

QList<NodeDiscovery::Found> NodeDiscovery::find(const QStringList &places)
{
    QList<Found> found;
    for (const QString &place : places) {
        HostFiles::Entry entry;
        QString error;
        if (!m_files.stat(place, &entry, &error)) {
            m_notes.append(error);
            continue;
        }
        if (!entry.exists())
            continue; // not every host has every usual place
        if (!entry.isDirectory()) {
            m_notes.append(tr("%1: %2 is not a folder; not searched.").arg(m_host, place));
            continue;
        }
        search(place, 0, &found);
    }
    return found;
}

void NodeDiscovery::search(const QString &directory, int depth, QList<Found> *found)
{
    if (++m_visited == maxDirectories)
        m_notes.append(tr("%1: the search stopped after %2 folders; name the installation folder to search.")
                           .arg(m_host)
                           .arg(maxDirectories));
    if (m_visited >= maxDirectories)
        return;
    QList<HostFiles::Entry> entries;
    QString error;
    if (!m_files.list(directory, &entries, &error)) {
        m_notes.append(error);
        return;
    }
    for (const HostFiles::Entry &entry : entries) {
        if (!entry.isDirectory() || entry.name().startsWith(u'.'))
            continue; // links are not followed: a folder is found once, where it is
        if (entry.name() == AemPaths::crxRepository)
            found->append(describe(entry.path));
        else if (depth + 1 < searchDepth)
            search(entry.path, depth + 1, found);
    }
}

bool NodeDiscovery::isFile(const QString &path)
{
    HostFiles::Entry entry;
    QString error;
    return m_files.stat(path, &entry, &error) && entry.isFile();
}

void NodeDiscovery::findAppServer(Found *node)
{
    const QString crxBootstrap = QStringLiteral("/crx-bootstrap.properties");
    const auto found = [&](AppServerKind kind, const QString &server, const QString &bootstrapFolder) {
        node->appServer = kind;
        node->appServerDir = server;
        if (isFile(bootstrapFolder + crxBootstrap))
            node->bootstrapProperties = bootstrapFolder + crxBootstrap;
        if (isFile(server + QStringLiteral("/adobe/patch-level.txt")))
            node->patchLevelFile = server + QStringLiteral("/adobe/patch-level.txt");
        DataSourceReader dataSources(m_files);
        node->formsDatabase = dataSources.formsDatabase(kind, server);
        if (!node->formsDatabase)
            m_notes.append(tr("%1: the forms database of %2 was not found: %3.").arg(m_host, server, dataSources.why()));
        HttpListenerReader listeners(m_files);
        node->httpUrl = listeners.httpUrl(kind, server, m_address);
        if (!node->httpUrl)
            m_notes.append(tr("%1: where %2 takes HTTP requests was not found: %3.").arg(m_host, server, listeners.why()));
    };
    const QString installation = node->repository.section(u'/', 0, -2);
    for (const QString &server : ServerConfigurationFiles::foldersIn(m_files, installation)) {
        if (isFile(server + QStringLiteral("/bin/standalone.sh"))) {
            found(AppServerKind::JBoss, server, server + QStringLiteral("/bin"));
            return;
        }
        for (const QString &domain : ServerConfigurationFiles::foldersIn(m_files, server + QStringLiteral("/user_projects/domains"))) {
            if (isFile(domain + QStringLiteral("/config/config.xml"))) {
                found(AppServerKind::WebLogic, server, domain);
                return;
            }
        }
        for (const QString &profile : ServerConfigurationFiles::foldersIn(m_files, server + QStringLiteral("/profiles"))) {
            if (isFile(profile + QStringLiteral("/bin/startServer.sh"))) {
                found(AppServerKind::WebSphere, server, profile);
                return;
            }
        }
    }
    if (node->role != NodeRole::Publish)
        m_notes.append(tr("%1: no application server beside %2 (JBoss's bin/standalone.sh, a WebLogic domain's "
                          "config/config.xml, a WebSphere profile's bin/startServer.sh); fill in its folder.")
                           .arg(m_host, node->repository));
}

NodeDiscovery::Found NodeDiscovery::describe(const QString &repository)
{
    Found node = describeRole(repository);
    findAppServer(&node);
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
