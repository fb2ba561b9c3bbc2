// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileTest.h"

#include <cluster/NodeController.h>
#include <discovery/NodeDiscovery.h>
#include <hosts/Hosts.h>
#include <run/Scenario.h>
#include <scenarios/ScenarioRegistry.h>
#include <support/DisplayWords.h>

#include <QFileInfo>
#include <QSet>

namespace Lifeboat {

namespace {
// Which of `paths` are not on their host; an error when the host does not answer.
QStringList missing(HostFiles &files, const QStringList &paths, QString *error)
{
    QStringList absent;
    for (const QString &path : paths) {
        HostFiles::Entry entry;
        if (path.isEmpty())
            continue;
        if (!files.stat(path, &entry, error))
            return {};
        if (!entry.exists())
            absent.append(files.describe(path));
    }
    return absent;
}

} // namespace

QList<Precondition> ProfileTest::checks(const ClusterProfile &profile, const NodeController &nodes)
{
    QList<Precondition> checks;
    QSet<QString> titles;
    for (const Scenario *scenario : ScenarioRegistry::ofCategory(ScenarioCategory::Backup)) {
        QString error;
        const QVariantMap options = scenario->completeOptions(profile, {}, &error);
        if (!error.isEmpty())
            continue; // a backup that needs a choice first: its checks come when it is chosen
        for (const Precondition &check : scenario->checks(profile, nodes, options)) {
            if (!titles.contains(check.title())) {
                titles.insert(check.title());
                checks.append(check);
            }
        }
    }
    for (const NodeProfile &node : profile.nodes) {
        checks.append(nodePaths(profile, node));
        checks.append(roleOnDisk(profile, node));
        checks.append(answers(nodes, node));
        checks.append(commandsOnHost(profile, node));
    }
    checks.append(sharedPaths(profile));
    return checks;
}

Precondition ProfileTest::nodePaths(const ClusterProfile &profile, const NodeProfile &node)
{
    return {tr("%1's paths are on its host").arg(node.name), [&profile, &node] {
        HostFiles &files = Hosts::of(profile)->files(profile.hostOf(node));
        QString error;
        // Without these the node cannot be backed up or restored.
        const QStringList needed = missing(files, {node.repository, node.appServerDir, node.bootstrapProperties}, &error);
        if (!error.isEmpty())
            return PreconditionResult::fail(error, Hosts::reachHint());
        if (!needed.isEmpty())
            return PreconditionResult::fail(tr("Not there: %1.").arg(needed.join(QStringLiteral(", "))),
                                            tr("Correct the path in the profile (Edit…), or check the host."));
        // These a node makes as it runs; their absence is worth a look.
        const QStringList made = missing(files, QStringList{node.errorLog, node.patchLevelFile, node.indexRoot} + node.tempDirectories, &error);
        if (!made.isEmpty())
            return PreconditionResult::warn(tr("Not there: %1.").arg(made.join(QStringLiteral(", "))),
                                            tr("A node that has never run has no error.log yet; otherwise correct the path."));
        return PreconditionResult::pass(files.describe(node.repository));
    }};
}

Precondition ProfileTest::sharedPaths(const ClusterProfile &profile)
{
    return {tr("The shared stores are on their hosts"), [&profile] {
        const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
        QStringList absent;
        QStringList seen;
        const auto look = [&](const HostPath &place) {
            if (place.path.isEmpty())
                return QString();
            QString error;
            HostFiles &files = hosts->files(place);
            absent += missing(files, {place.path}, &error);
            seen.append(files.describe(place.path));
            return error;
        };
        QList<HostPath> places{profile.gdsPlace(), profile.connectorsPlace(), profile.contentStorageRootPlace()};
        for (const QString &fonts : profile.fonts)
            places.append(profile.fontsPlace(fonts));
        for (const HostPath &place : std::as_const(places)) {
            if (const QString error = look(place); !error.isEmpty())
                return PreconditionResult::fail(error, Hosts::reachHint());
        }
        if (!absent.isEmpty())
            return PreconditionResult::fail(tr("Not there: %1.").arg(absent.join(QStringLiteral(", "))),
                                            tr("Correct the path or its host in the profile (Edit…)."));
        return PreconditionResult::pass(seen.join(QStringLiteral(", ")));
    }};
}

Precondition ProfileTest::roleOnDisk(const ClusterProfile &profile, const NodeProfile &node)
{
    return {tr("%1's role is the one its disk tells").arg(node.name), [&profile, &node] {
        HostFiles &files = Hosts::of(profile)->files(profile.hostOf(node));
        NodeDiscovery discovery(files, profile.hostOf(node));
        const NodeDiscovery::Found found = discovery.roleOnDisk(node.repository);
        const QString id = found.clusterNodeId.isEmpty() ? QString() : tr(", cluster node id %1").arg(found.clusterNodeId);
        if (found.evidence.isEmpty())
            return PreconditionResult::warn(tr("Its disk does not tell whether it is the primary%1.").arg(id),
                                            tr("Check its role by hand: %1").arg(discovery.notes().join(u' ')));
        if (found.role != node.role)
            return PreconditionResult::fail(tr("The profile says %1; its disk says %2 (%3).")
                                                .arg(DisplayWords::role(node.role), DisplayWords::role(found.role), found.evidence),
                                            tr("Correct its role in the profile: a wrong primary is restored in the wrong order."));
        return PreconditionResult::pass(tr("%1 (%2)%3").arg(DisplayWords::role(found.role), found.evidence, id));
    }};
}

QString ProfileTest::remoteProgram(const CommandTemplate &command)
{
    const QStringList arguments = command.arguments();
    if (arguments.isEmpty() || QFileInfo(arguments.first()).fileName() != QLatin1String("ssh"))
        return {};
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    if (separator < 0)
        return {};
    for (const QString &word : arguments.mid(separator + 1)) {
        if (word == QLatin1String("nohup") || word == QLatin1String("sudo") || word == QLatin1String("-n"))
            continue;
        // A word the remote shell unquotes: 'a path with spaces'.
        QString program = word;
        if (program.size() > 1 && program.startsWith(u'\'') && program.endsWith(u'\''))
            program = program.mid(1, program.size() - 2);
        return program.startsWith(u'/') ? program : QString();
    }
    return {};
}

Precondition ProfileTest::commandsOnHost(const ClusterProfile &profile, const NodeProfile &node)
{
    return {tr("%1's start and stop programs are on its host").arg(node.name), [&profile, &node] {
        HostFiles &files = Hosts::of(profile)->files(profile.hostOf(node));
        QStringList checked;
        QStringList absent;
        for (const CommandTemplate *command : {&node.start, &node.stop}) {
            const QString program = remoteProgram(*command);
            if (program.isEmpty() || checked.contains(program))
                continue;
            checked.append(program);
            HostFiles::Entry entry;
            QString error;
            if (!files.stat(program, &entry, &error))
                return PreconditionResult::fail(error, Hosts::reachHint());
            if (!entry.isFile() || !(entry.mode & 0111))
                absent.append(files.describe(program));
        }
        if (!absent.isEmpty())
            return PreconditionResult::fail(tr("Not there, or not executable: %1.").arg(absent.join(QStringLiteral(", "))),
                                            tr("Correct the node's start or stop command (Edit…), or check the host."));
        if (checked.isEmpty())
            return PreconditionResult::pass(tr("Nothing to look for: the commands run here, or by a name the host's PATH finds."));
        return PreconditionResult::pass(checked.join(QStringLiteral(", ")));
    }};
}

Precondition ProfileTest::answers(const NodeController &nodes, const NodeProfile &node)
{
    return {tr("%1 answers at its status URL").arg(node.name), [&nodes, &node] {
        if (node.httpUrl.isEmpty())
            return PreconditionResult::warn(tr("The profile gives no HTTP address for %1.").arg(node.name),
                                            tr("Fill in its http.url and statusPath (Edit…)."));
        QUrl status = node.httpUrl;
        status.setPath(node.statusPath);
        if (nodes.status(node).running)
            return PreconditionResult::pass(status.toString());
        return PreconditionResult::warn(tr("%1 does not answer.").arg(status.toString()),
                                        tr("If the node is up, correct its HTTP address, user, password or status path."));
    }};
}

} // namespace Lifeboat
