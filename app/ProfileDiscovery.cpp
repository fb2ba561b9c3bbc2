// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileDiscovery.h"

#include "Console.h"
#include "CheckCommand.h"
#include "ExitCode.h"
#include "HostTrust.h"

#include <discovery/DataSourceReader.h>
#include <discovery/NodeDiscovery.h>
#include <hosts/Hosts.h>
#include <profile/ClusterProfile.h>
#include <profile/SecretStore.h>
#include <run/Precondition.h>
#include <run/Scenario.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Lifeboat {

namespace {
int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << ProfileDiscovery::tr("Run 'lifeboat profile --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}

// "[NAME=]ADDRESS[:PORT]"; the name defaults to the address.
std::optional<HostProfile> parseHost(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:([A-Za-z0-9_.-]+)=)?([A-Za-z0-9_.:-]+?)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    HostProfile host;
    host.address = match.captured(2);
    host.name = match.captured(1).isEmpty() ? host.address : match.captured(1);
    if (!match.captured(3).isEmpty())
        host.port = match.captured(3).toInt();
    return host;
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

QString describe(const DatabaseProfile &database)
{
    if (database.kind == DatabaseKind::Sqlite)
        return QStringLiteral("sqlite %1").arg(database.path);
    return QStringLiteral("%1 %2 on %3:%4").arg(toString(database.kind), database.database, database.host).arg(database.port);
}

QString roleName(NodeRole role)
{
    switch (role) {
    case NodeRole::Primary:
        return ProfileDiscovery::tr("primary");
    case NodeRole::Secondary:
        return ProfileDiscovery::tr("secondary");
    case NodeRole::Publish:
        return ProfileDiscovery::tr("publish");
    }
    return {};
}
} // namespace

QList<QCommandLineOption> ProfileDiscovery::options()
{
    return {
        {QStringLiteral("host"), tr("discover: a host to look on, as [NAME=]ADDRESS[:PORT] (repeat for each)."), tr("host")},
        {QStringLiteral("user"), tr("discover: the ssh user on every host (default: ssh's)."), tr("user")},
        {QStringLiteral("identity"), tr("discover: the ssh private key (default: ssh-agent and ssh's keys)."), tr("file")},
        {QStringLiteral("ssh-config"), tr("discover: an ssh_config file for every host."), tr("file")},
        {QStringLiteral("agent-path"), tr("discover: where Lifeboat's helper is on the hosts."), tr("path")},
        {QStringLiteral("known-hosts"), tr("discover: the known_hosts file the profile will use (default: known_hosts beside "
                                           "--output)."),
         tr("file")},
        {QStringLiteral("search"), tr("discover: a folder to look below (repeat; default: %1).")
                                       .arg(NodeDiscovery::usualPlaces().join(QStringLiteral(", "))),
         tr("dir")},
        {QStringLiteral("output"), tr("discover: the profile to write (it must not exist yet)."), tr("file")},
        {HostTrust::optionName(), tr("discover: trust HOST's key with this fingerprint without asking (repeat for each)."),
         tr("host=SHA256:…")},
    };
}

int ProfileDiscovery::run(const QCommandLineParser &parser)
{
    const QString output = absolute(parser.value(QStringLiteral("output")));
    if (output.isEmpty() || parser.values(QStringLiteral("host")).isEmpty())
        return usageError(tr("'profile discover' needs --host for each host to look on, and --output FILE."));
    if (QFileInfo::exists(output))
        return usageError(tr("%1 exists already; discovery never writes over a profile. Choose another --output.").arg(output));
    ClusterProfile draft;
    draft.name = QFileInfo(output).completeBaseName();
    draft.filePath = output;
    draft.knownHostsFile = parser.isSet(QStringLiteral("known-hosts"))
        ? absolute(parser.value(QStringLiteral("known-hosts")))
        : QDir(QFileInfo(output).absolutePath()).filePath(QStringLiteral("known_hosts"));
    for (const QString &text : parser.values(QStringLiteral("host"))) {
        auto host = parseHost(text);
        if (!host || host->port < 1 || host->port > 65535)
            return usageError(tr("--host %1: write it as [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11:22.").arg(text));
        host->user = parser.value(QStringLiteral("user"));
        host->identityFile = absolute(parser.value(QStringLiteral("identity")));
        host->sshConfig = absolute(parser.value(QStringLiteral("ssh-config")));
        if (parser.isSet(QStringLiteral("agent-path")))
            host->agentPath = parser.value(QStringLiteral("agent-path"));
        draft.hosts.append(*host);
    }
    if (const auto code = HostTrust::settle(draft, parser.values(HostTrust::optionName())))
        return *code;
    // As before a run: every host reached, with a trusted key and the helper
    // answering; otherwise nothing is looked at and nothing written.
    const QList<PreconditionResult> reached = Precondition::checkAll(Scenario::hostChecks(draft));
    if (Precondition::blocks(reached, false)) {
        CheckCommand::print(reached);
        Console::err() << tr("Nothing was written: a host could not be used. Fix what the check says and run again.") << Qt::endl;
        return toInt(ExitCode::PreconditionFailed);
    }

    const QStringList places = parser.isSet(QStringLiteral("search")) ? parser.values(QStringLiteral("search"))
                                                                       : NodeDiscovery::usualPlaces();
    const std::shared_ptr<Hosts> hosts = Hosts::of(draft);
    QSet<QString> appServers;
    for (const HostProfile &host : std::as_const(draft.hosts)) {
        NodeDiscovery discovery(hosts->files(host.name), host.name, host.address);
        const QList<NodeDiscovery::Found> found = discovery.find(places);
        for (const QString &note : discovery.notes())
            Console::err() << note << '\n';
        if (found.isEmpty())
            Console::out() << tr("%1: no AEM Forms node below %2.").arg(host.displayName(), places.join(QStringLiteral(", ")))
                           << '\n';
        for (qsizetype i = 0; i < found.size(); ++i) {
            NodeProfile node;
            node.name = found.size() == 1 ? host.name : QStringLiteral("%1-%2").arg(host.name).arg(i + 1);
            node.host = host.name;
            node.role = found[i].role;
            node.repository = found[i].repository;
            node.errorLog = found[i].errorLog;
            node.appServerDir = found[i].appServerDir;
            node.bootstrapProperties = found[i].bootstrapProperties;
            node.patchLevelFile = found[i].patchLevelFile;
            if (found[i].httpUrl)
                node.httpUrl = *found[i].httpUrl;
            if (found[i].appServer)
                appServers.insert(toString(*found[i].appServer));
            if (found[i].formsDatabase && draft.databases.isEmpty())
                draft.databases.append(*found[i].formsDatabase);
            draft.nodes.append(node);
            Console::out() << tr("%1: %2, %3 node (%4), cluster node id %5")
                                  .arg(host.displayName(), found[i].repository, roleName(found[i].role),
                                       found[i].evidence.isEmpty() ? tr("not told by its files") : found[i].evidence,
                                       found[i].clusterNodeId.isEmpty() ? tr("none") : found[i].clusterNodeId)
                           << '\n';
            if (found[i].appServer)
                Console::out() << "  " << tr("%1 in %2").arg(toString(*found[i].appServer), found[i].appServerDir) << '\n';
            if (found[i].httpUrl)
                Console::out() << "  " << tr("HTTP: %1").arg(found[i].httpUrl->toString()) << '\n';
            if (found[i].formsDatabase)
                Console::out() << "  " << tr("forms database: %1").arg(describe(*found[i].formsDatabase)) << '\n';
        }
    }
    // One application server for the cluster: the profile has one.
    if (appServers.size() == 1)
        appServerKindFromString(*appServers.cbegin(), &draft.appServer);
    else if (appServers.size() > 1)
        Console::err() << tr("The nodes run different application servers (%1); a profile has one. Choose it by hand.")
                              .arg(QStringList(appServers.cbegin(), appServers.cend()).join(QStringLiteral(", ")))
                       << '\n';
    Console::out().flush();
    QString error;
    if (!draft.save(output, &error)) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    if (!draft.databases.isEmpty() && !draft.databases.first().password.isEmpty())
        Console::out() << tr("The forms database's password is not read: give it as the secret %1 (%2, the secrets file, "
                             "or when asked).")
                              .arg(QString(DataSourceReader::formsSecret), SecretStore::environmentName(QString(DataSourceReader::formsSecret)))
                       << '\n';
    Console::out() << tr("Wrote %1 with %n node(s). Not discovered yet: each node's start and stop commands and "
                         "credentials, the GDS and the backup root. Fill them in; 'lifeboat profile check %1' lists what "
                         "is still missing.",
                         nullptr, int(draft.nodes.size()))
                          .arg(output)
                   << Qt::endl;
    return toInt(draft.nodes.isEmpty() ? ExitCode::StepFailed : ExitCode::Success);
}

} // namespace Lifeboat
