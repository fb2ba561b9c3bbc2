// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileDiscovery.h"

#include "Console.h"
#include "CheckCommand.h"
#include "ExitCode.h"
#include "HostTrust.h"

#include <discovery/ClusterDiscovery.h>
#include <discovery/NodeDiscovery.h>
#include <hosts/Hosts.h>
#include <profile/ClusterProfile.h>
#include <profile/SecretStore.h>
#include <run/Precondition.h>
#include <run/Scenario.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << ProfileDiscovery::tr("Run 'lifeboat profile --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
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
        {QStringLiteral("backup-root"), tr("discover: where backup sets will go, on this machine."), tr("dir")},
        {HostTrust::optionName(), tr("discover, test: trust HOST's key with this fingerprint without asking (repeat for each)."),
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
        auto host = ClusterDiscovery::parseHost(text);
        if (!host)
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

    if (parser.isSet(QStringLiteral("backup-root")))
        draft.backupRoot = absolute(parser.value(QStringLiteral("backup-root")));
    const QStringList places = parser.isSet(QStringLiteral("search")) ? parser.values(QStringLiteral("search"))
                                                                       : NodeDiscovery::usualPlaces();
    ClusterDiscovery discovery(draft);
    discovery.run(places);
    for (const QString &line : discovery.findings())
        Console::out() << line << '\n';
    for (const QString &note : discovery.notes())
        Console::err() << note << '\n';
    Console::out().flush();
    QString error;
    if (!discovery.draft().save(output, &error)) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    for (const QString &secret : discovery.secrets())
        Console::out() << tr("The profile names the secret %1, whose value is never read: give it as %2, in the secrets "
                             "file, or when asked.")
                              .arg(secret, SecretStore::environmentName(secret))
                       << '\n';
    const QList<ProfileProblem> problems = discovery.problems();
    Console::out() << tr("Wrote %1 with %n node(s).", nullptr, int(discovery.draft().nodes.size())).arg(output) << '\n';
    if (!problems.isEmpty()) {
        Console::out() << tr("Still to fill in before it loads (or run 'lifeboat profile check %1'):").arg(output) << '\n';
        for (const ProfileProblem &problem : problems)
            Console::out() << "  " << problem.keyPath << ": " << problem.text() << '\n';
    }
    Console::out().flush();
    return toInt(discovery.draft().nodes.isEmpty() ? ExitCode::StepFailed : ExitCode::Success);
}

} // namespace Lifeboat
