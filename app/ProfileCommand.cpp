// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "CheckCommand.h"
#include "HostTrust.h"
#include "ProfileDiscovery.h"

#include <cluster/NodeController.h>
#include <run/Precondition.h>
#include <scenarios/ProfileTest.h>

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
        "there, reading only, and writes what it finds as a draft profile: nodes, roles, paths, the forms database, "
        "shared stores, start and stop commands.\n'test FILE' makes every read-only check of a profile against the "
        "cluster: hosts, what each backup checks before it starts, every path on its host, each node's role on its "
        "disk and its status URL. Exit 0 when nothing fails, 2 when something does.");
}

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("check FILE, test FILE, or discover."),
                                 QStringLiteral("check FILE|test FILE|discover"));
    parser.addOptions(ProfileDiscovery::options());
}

int ProfileCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 1 && arguments.first() == QLatin1String("discover"))
        return ProfileDiscovery::run(parser);
    if (arguments.size() == 2 && arguments.first() == QLatin1String("test"))
        return test(arguments.at(1), parser.values(HostTrust::optionName()));
    if (arguments.size() != 2 || arguments.first() != QLatin1String("check")) {
        Console::err() << tr("Say what to do: 'lifeboat profile check FILE', 'lifeboat profile test FILE' or 'lifeboat "
                             "profile discover'.")
                       << '\n'
                       << tr("Run 'lifeboat profile --help' for its options.") << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    const QString file = arguments.at(1);
    const std::optional<ClusterProfile> profile = load(file);
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

std::optional<ClusterProfile> ProfileCommand::load(const QString &file)
{
    QList<ProfileProblem> problems;
    std::optional<ClusterProfile> profile = ClusterProfile::load(file, &problems);
    for (const ProfileProblem &problem : problems)
        Console::err() << problem.toString(file) << '\n';
    Console::err() << Qt::flush;
    return profile;
}

int ProfileCommand::test(const QString &file, const QStringList &trusted)
{
    const std::optional<ClusterProfile> profile = load(file);
    if (!profile)
        return toInt(ExitCode::UsageError);
    if (const auto code = HostTrust::settle(*profile, trusted))
        return *code;
    const NodeController nodes(*profile);
    const QList<PreconditionResult> results = Precondition::checkAll(ProfileTest::checks(*profile, nodes));
    CheckCommand::print(results);
    const bool failed = Precondition::blocks(results, true);
    Console::out() << (failed ? tr("Something the profile says does not hold; fix what failed, then test it again.")
                              : tr("Everything Lifeboat can check without changing anything holds."))
                   << Qt::endl;
    return toInt(failed ? ExitCode::PreconditionFailed : ExitCode::Success);
}

} // namespace Lifeboat
