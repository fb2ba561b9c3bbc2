// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ProfileDiscovery.h"

#include <QCommandLineParser>
#include <QSet>
#include <profile/ClusterProfile.h>

namespace Lifeboat {

QString ProfileCommand::summary() const
{
    return tr("Check a cluster profile, or discover a cluster's nodes to start one");
}

QString ProfileCommand::description() const
{
    return tr(
        "'check FILE' reads the cluster profile FILE as every other command does, without touching the "
        "cluster, "
        "and lists every problem at once, one per line as FILE:LINE:COLUMN: key path: message: unknown keys "
        "(with the key probably meant), values of the wrong type, missing keys, names used twice, undefined "
        "secrets and placeholders a command cannot fill. Exit 0 when the profile is valid, 64 when it is "
        "not.\n'discover --host H [--host H…] --output FILE' reaches each host over ssh, looks for AEM Forms nodes "
        "there, reading only, and writes their hosts, roles, repositories and error logs as the start of a profile.");
}

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("check FILE, or discover."), QStringLiteral("check FILE|discover"));
    parser.addOptions(ProfileDiscovery::options());
}

int ProfileCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 1 && arguments.first() == QLatin1String("discover"))
        return ProfileDiscovery::run(parser);
    if (arguments.size() != 2 || arguments.first() != QLatin1String("check")) {
        Console::err() << tr("Say what to do: 'lifeboat profile check FILE' or 'lifeboat profile discover'.") << '\n'
                       << tr("Run 'lifeboat profile --help' for its options.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString file = arguments.at(1);
    QList<ProfileProblem> problems;
    const std::optional<ClusterProfile> profile = ClusterProfile::load(file, &problems);
    for (const ProfileProblem &problem : problems)
        Console::err() << problem.toString(file) << '\n';
    Console::err() << Qt::flush;
    if (!profile)
        return toInt(ExitCode::UsageError);
    QSet<QString> hosts;
    for (const NodeProfile &node : profile->nodes)
        hosts.insert(profile->hostOf(node));
    Console::out() << tr("The profile %1 is valid: %2 on %3 (cluster \"%4\").")
                          .arg(file, tr("%n node(s)", nullptr, int(profile->nodes.size())),
                              tr("%n host(s)", nullptr, int(hosts.size())), profile->name)
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
