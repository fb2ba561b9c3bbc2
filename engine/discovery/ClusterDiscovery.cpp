// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ClusterDiscovery.h"

#include <discovery/ControlTemplates.h>
#include <discovery/DataSourceReader.h>
#include <discovery/FolderSearch.h>
#include <discovery/JavaProcesses.h>
#include <discovery/StoreDiscovery.h>
#include <hosts/Hosts.h>
#include <hosts/SshConnection.h>
#include <profile/SecretStore.h>
#include <support/DisplayWords.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Lifeboat {

namespace {
QString describe(const DatabaseProfile &database)
{
    if (database.kind == DatabaseKind::Sqlite)
        return QStringLiteral("sqlite %1").arg(database.path);
    return QStringLiteral("%1 %2 on %3:%4").arg(toString(database.kind), database.database, database.host).arg(database.port);
}

QString secretReference(const char *name)
{
    return QStringLiteral("{secret:%1}").arg(QLatin1String(name));
}
} // namespace

std::optional<HostProfile> ClusterDiscovery::parseHost(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:([A-Za-z0-9_.-]+)=)?([A-Za-z0-9_.:-]+?)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    HostProfile host;
    host.address = match.captured(2);
    host.name = match.captured(1).isEmpty() ? host.address : match.captured(1);
    if (!match.captured(3).isEmpty())
        host.port = match.captured(3).toInt();
    if (host.port < 1 || host.port > 65535)
        return std::nullopt;
    return host;
}

ClusterDiscovery::ClusterDiscovery(ClusterProfile draft)
    : m_draft(std::move(draft))
{
}

void ClusterDiscovery::run(const QStringList &places, const std::function<void(const QString &)> &progress)
{
    StoreDiscovery stores;
    QStringList nodeHosts;
    for (const HostProfile &host : std::as_const(m_draft.hosts)) {
        if (progress)
            progress(tr("Looking on %1…").arg(host.displayName()));
        lookOn(host, places, &nodeHosts, &stores);
    }
    QSet<QString> appServers;
    QList<NodeDiscovery::Found> authors;
    for (const NodeDiscovery::Found &found : std::as_const(m_found)) {
        if (found.appServer)
            appServers.insert(toString(*found.appServer));
        if (found.role != NodeRole::Publish)
            authors.append(found);
    }
    // One application server for the cluster: the profile has one.
    if (appServers.size() == 1)
        appServerKindFromString(*appServers.cbegin(), &m_draft.appServer);
    else if (appServers.size() > 1)
        m_notes.append(tr("The nodes run different application servers (%1); a profile has one. Choose it by hand.")
                           .arg(QStringList(appServers.cbegin(), appServers.cend()).join(QStringLiteral(", "))));
    fillBackupMode(authors);
    stores.setNodeHosts(nodeHosts);
    QStringList hostOrder;
    for (const HostProfile &host : std::as_const(m_draft.hosts))
        hostOrder.append(host.name);
    stores.fill(&m_draft, hostOrder);
    m_notes.append(stores.notes());
    const auto store = [this](const QString &what, const QString &host, const QString &path) {
        if (!path.isEmpty())
            m_findings.append(tr("%1: %2 in %3").arg(host, what, path));
    };
    using Kind = StoreDiscovery::Kind;
    store(StoreDiscovery::kindName(Kind::Gds), m_draft.gdsHost, m_draft.gds);
    store(StoreDiscovery::kindName(Kind::ContentStorageRoot), m_draft.contentStorageRootHost, m_draft.contentStorageRoot);
    store(StoreDiscovery::kindName(Kind::Connectors), m_draft.connectorsHost, m_draft.connectors);
    for (const QString &fonts : std::as_const(m_draft.fonts))
        store(StoreDiscovery::kindName(Kind::Fonts), m_draft.fontsHost, fonts);
}

void ClusterDiscovery::lookOn(const HostProfile &host, const QStringList &places, QStringList *nodeHosts, StoreDiscovery *stores)
{
    const std::shared_ptr<Hosts> hosts = Hosts::of(m_draft);
    HostFiles &files = hosts->files(host.name);
    NodeDiscovery nodes(files, host.name, host.address);
    FolderSearch search(files, host.name);
    // An installation outside the usual places still runs a JVM near it.
    const QStringList running = JavaProcesses::searchPlaces(files, places);
    for (const QString &place : running)
        m_findings.append(tr("%1: also looked below %2, where a running Java process was started.").arg(host.displayName(), place));
    search.walk(places + running, [&](const QString &folder, const QList<HostFiles::Entry> &entries) {
        return nodes.visit(folder, entries) + stores->visit(host.name, folder, entries);
    });
    const QList<NodeDiscovery::Found> found = nodes.describeAll();
    m_notes.append(search.notes());
    m_notes.append(nodes.notes());
    if (found.isEmpty())
        m_findings.append(tr("%1: no AEM Forms node below %2.").arg(host.displayName(), places.join(QStringLiteral(", "))));
    else
        nodeHosts->append(host.name);
    for (qsizetype i = 0; i < found.size(); ++i)
        addNode(files, host, found.at(i), int(i), int(found.size()));
}

void ClusterDiscovery::addNode(HostFiles &files, const HostProfile &host, const NodeDiscovery::Found &found, int index, int count)
{
    NodeProfile node;
    node.name = count == 1 ? host.name : QStringLiteral("%1-%2").arg(host.name).arg(index + 1);
    node.host = host.name;
    node.role = found.role;
    node.repository = found.repository;
    node.errorLog = found.errorLog;
    node.appServerDir = found.appServerDir;
    node.bootstrapProperties = found.bootstrapProperties;
    node.patchLevelFile = found.patchLevelFile;
    node.indexRoot = found.indexRoot;
    node.tempDirectories = found.tempDirectories;
    if (found.httpUrl) {
        node.httpUrl = *found.httpUrl;
        node.httpUser = QLatin1String(adminUser);
        node.httpPassword = secretReference(adminSecret);
        node.statusPath = node.consoleUrl(QLatin1String(statusPath)).path();
    }
    if (found.formsDatabase && m_draft.databases.isEmpty()) {
        DatabaseProfile forms = *found.formsDatabase;
        forms.name = QStringLiteral("forms");
        m_draft.databases.append(forms);
    }
    m_findings.append(tr("%1: %2, %3 node (%4), cluster node id %5")
                          .arg(host.displayName(), found.repository, DisplayWords::role(found.role),
                               found.evidence.isEmpty() ? tr("not told by its files") : found.evidence,
                               found.clusterNodeId.isEmpty() ? tr("none") : found.clusterNodeId));
    if (found.appServer)
        m_findings.append(QStringLiteral("  ") + tr("%1 in %2").arg(toString(*found.appServer), found.appServerDir));
    if (found.httpUrl)
        m_findings.append(QStringLiteral("  ") + tr("HTTP: %1").arg(found.httpUrl->toString()));
    if (found.formsDatabase)
        m_findings.append(QStringLiteral("  ") + tr("forms database: %1").arg(describe(*found.formsDatabase)));
    if (const auto control = ControlTemplates::forNode(files, found, host, m_draft.knownHostsFile)) {
        node.start = control->start;
        node.stop = control->stop;
        m_findings.append(QStringLiteral("  ") + tr("started and stopped with %1").arg(control->source));
    } else {
        m_notes.append(tr("%1: how to start and stop %2 was not found (no systemd unit, no server scripts); fill in "
                          "its commands.")
                           .arg(host.displayName(), node.name));
    }
    m_draft.nodes.append(node);
    m_found.append(found);
}

void ClusterDiscovery::fillBackupMode(const QList<NodeDiscovery::Found> &authors)
{
    const NodeDiscovery::Found *primary = nullptr;
    for (const NodeDiscovery::Found &found : authors) {
        if (found.role == NodeRole::Primary || !primary)
            primary = &found;
    }
    if (!primary || !primary->httpUrl) {
        m_notes.append(tr("Backup mode: no author node with an HTTP address was found; fill in the backup-mode server."));
        return;
    }
    BackupModeControl &mode = m_draft.backupMode;
    mode.host = primary->httpUrl->host();
    mode.port = primary->httpUrl->port(80);
    mode.user = QLatin1String(adminUser);
    mode.password = secretReference(adminSecret);
    if (primary->backupModeTool.isEmpty()) {
        m_notes.append(tr("Backup mode: %1 was not found below the primary's installation; fill in the commands "
                          "that enter and leave backup mode.")
                           .arg(NodeDiscovery::backupModeToolPath()));
        return;
    }
    const HostProfile *host = m_draft.host(primary->host);
    const auto command = [&](const QString &action, bool entering) {
        QStringList remote{SshConnection::quoted(primary->backupModeTool), action, QStringLiteral("-host={host}"),
                           QStringLiteral("-port={port}"), QStringLiteral("-user={user}"), QStringLiteral("-password={password}")};
        if (entering)
            remote << QStringLiteral("-label={label}") << QStringLiteral("-timeout={timeout}");
        return CommandTemplate(host ? ControlTemplates::overSsh(*host, m_draft.knownHostsFile, remote) : remote);
    };
    mode.enterSnapshot = command(QStringLiteral("enter"), true);
    mode.leaveSnapshot = command(QStringLiteral("leave"), false);
    mode.enterRolling = command(QStringLiteral("enterContinuousCoverage"), true);
    mode.leaveRolling = command(QStringLiteral("leaveContinuousCoverage"), false);
    m_findings.append(tr("Backup mode: %1 on %2").arg(primary->backupModeTool, primary->host));
}

QStringList ClusterDiscovery::secrets() const
{
    QStringList names;
    for (const QString &reference : {m_draft.backupMode.password, m_draft.databases.value(0).password}) {
        if (reference.startsWith(QLatin1String("{secret:")) && reference.endsWith(u'}')) {
            const QString name = reference.mid(8, reference.size() - 9);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QList<ProfileProblem> ClusterDiscovery::problems() const
{
    ClusterProfile withoutSecrets = m_draft;
    withoutSecrets.secretsFile.clear(); // secrets are given later: not checked here
    QList<ProfileProblem> problems;
    ClusterProfile::fromJson(withoutSecrets.toJson(), QFileInfo(m_draft.filePath).absolutePath(), &problems);
    QList<ProfileProblem> errors;
    for (const ProfileProblem &problem : std::as_const(problems)) {
        if (problem.isError())
            errors.append(problem);
    }
    return errors;
}

} // namespace Lifeboat
