// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <cluster/NodeController.h>
#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxFaults.h>
#include <sandbox/SandboxFileSystem.h>
#include <sandbox/SandboxHosts.h>
#include <sandbox/SandboxLayout.h>
#include <support/DisplayWords.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lifeboat {

namespace {

QCommandLineOption nodeOption()
{
    return {QStringLiteral("node"), SandboxCommand::tr("Only this node."), SandboxCommand::tr("name")};
}

QString stateText(const NodeStatus &status)
{
    // Not "missing": nobody could look.
    if (!status.present && !status.hostError.isEmpty() && !status.running)
        return SandboxCommand::tr("host unreachable");
    if (!status.present)
        return SandboxCommand::tr("missing");
    if (status.running)
        return SandboxCommand::tr("running");
    if (status.lock == RepositoryLock::State::Stale)
        return SandboxCommand::tr("stopped (stale .lock)");
    return SandboxCommand::tr("stopped");
}

bool hasOwnFileSystem(const QString &directory)
{
    return QFileInfo::exists(QDir(directory).filePath(SandboxFileSystem::imageFile()));
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("Create, start, stop, inspect or break the training sandbox cluster");
}

QString SandboxCommand::usageText()
{
    return tr("Usage:\n"
              "  lifeboat sandbox create DIR [--nodes N] [--publish M] [--app-server jboss|weblogic|websphere]\n"
              "                              [--size-mb S] [--seed K] [--activity PER_MINUTE] [--hosts]\n"
              "  lifeboat sandbox start|stop DIR [--node NAME]\n"
              "  lifeboat sandbox status DIR [--node NAME] [--json]\n"
              "  lifeboat sandbox break DIR --fault FAULT [--node NAME]\n"
              "  lifeboat sandbox patch DIR --node NAME\n"
              "Faults: %1")
               .arg(SandboxFaults::names().join(QStringLiteral(", ")))
        + u'\n'
        + tr("--hosts puts each node, and the shared storage, on a host of its own: an sshd on a loopback address "
             "(127.0.0.2, …) in a mount namespace of its own, where every node keeps its files at the same path. "
             "The nodes are started over ssh. Needs root.")
        + u'\n'
        + tr("--filesystem btrfs|xfs keeps the nodes and the shared storage on a loop-mounted image of that file "
             "system inside DIR (on btrfs, every repository, the GDS and the Content Storage Root is a subvolume), "
             "so that backups can use snapshots. 'sandbox stop' unmounts it, 'sandbox start' mounts it again. Needs root.");
}

int SandboxCommand::help(const QCommandLineParser &parser)
{
    // The parser's own text names the program, not the action: only its options and arguments.
    const QString options = parser.helpText();
    const qsizetype start = options.indexOf(QLatin1String("\n\n"));
    Console::out() << usageText() << "\n\n" << (start < 0 ? options : options.mid(start + 2)) << Qt::flush;
    return toInt(ExitCode::Success);
}

int SandboxCommand::usage(const QString &problem)
{
    Console::err() << problem << '\n' << usageText() << Qt::endl;
    return toInt(ExitCode::UsageError);
}

int SandboxCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    parser.addHelpOption();
    if (action == QLatin1String("create"))
        return create(parser, arguments);
    if (action == QLatin1String("start") || action == QLatin1String("stop") || action == QLatin1String("status"))
        return control(action, parser, arguments);
    if (action == QLatin1String("break"))
        return breakIt(parser, arguments);
    if (action == QLatin1String("patch"))
        return patch(parser, arguments);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        Console::out() << usageText() << Qt::endl;
        return toInt(ExitCode::Success);
    }
    return usage(action.isEmpty() ? tr("'lifeboat sandbox' needs an action.")
                                  : tr("Unknown sandbox action '%1'.").arg(action));
}

int SandboxCommand::create(QCommandLineParser &parser, const QStringList &arguments)
{
    const SandboxOptions defaults;
    const QCommandLineOption nodes(QStringLiteral("nodes"), tr("Author nodes: one primary, the rest secondaries."), tr("N"), QString::number(defaults.authorNodes));
    const QCommandLineOption publish(QStringLiteral("publish"), tr("Publish nodes."), tr("M"), QString::number(defaults.publishNodes));
    const QCommandLineOption appServer(QStringLiteral("app-server"), tr("jboss, weblogic or websphere."), tr("kind"), QStringLiteral("jboss"));
    const QCommandLineOption size(QStringLiteral("size-mb"), tr("About how much data to create."), tr("S"), QString::number(defaults.sizeMb));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The same seed gives the same content."), tr("K"), QString::number(defaults.seed));
    const QCommandLineOption activity(QStringLiteral("activity"), tr("New GDS documents per minute while running."), tr("N"), QString::number(defaults.documentsPerMinute));
    const QCommandLineOption lifetime(QStringLiteral("document-lifetime"), tr("Seconds before the file collector may remove a document."), tr("S"), QString::number(defaults.documentLifetimeSeconds));
    const QCommandLineOption hosts(QStringLiteral("hosts"),
                                   tr("Each node, and the shared storage, on a host of its own (an sshd in a mount "
                                      "namespace of its own; needs root)."));
    const QCommandLineOption fileSystem(QStringLiteral("filesystem"),
                                        tr("The nodes and the shared storage on a loop-mounted image of this file "
                                           "system: btrfs or xfs (needs root)."),
                                        tr("kind"), QStringLiteral("none"));
    parser.addOptions({nodes, publish, appServer, size, seed, activity, lifetime, hosts, fileSystem});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("A new or empty directory."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return help(parser);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("'sandbox create' needs exactly one directory."));
    SandboxOptions options;
    bool ok[6] = {};
    options.authorNodes = parser.value(nodes).toInt(&ok[0]);
    options.publishNodes = parser.value(publish).toInt(&ok[1]);
    options.sizeMb = parser.value(size).toInt(&ok[2]);
    options.seed = parser.value(seed).toULongLong(&ok[3]);
    options.documentsPerMinute = parser.value(activity).toInt(&ok[4]);
    options.documentLifetimeSeconds = parser.value(lifetime).toInt(&ok[5]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok))
        return usage(tr("--nodes, --publish, --size-mb, --seed, --activity and --document-lifetime take whole numbers."));
    if (!appServerKindFromString(parser.value(appServer), &options.appServer))
        return usage(tr("--app-server must be jboss, weblogic or websphere."));
    options.hosts = parser.isSet(hosts);
    if (!SandboxFileSystem::fromName(parser.value(fileSystem), &options.fileSystem))
        return usage(tr("--filesystem must be btrfs or xfs."));

    SandboxBuilder builder(parser.positionalArguments().at(0), options);
    if (!builder.create()) {
        Console::err() << builder.errorString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Console::out() << tr("Created a sandbox cluster: %1 author node(s), %2 publish node(s), %3, about %4 MB.")
                          .arg(options.authorNodes)
                          .arg(options.publishNodes)
                          .arg(toString(options.appServer))
                          .arg(options.sizeMb)
                   << '\n'
                   << tr("Profile: %1").arg(builder.profilePath()) << '\n';
    QString error;
    if (const auto sandboxHosts = SandboxHosts::load(parser.positionalArguments().at(0), &error)) {
        QStringList names;
        for (const SandboxHosts::Host &host : sandboxHosts->hosts())
            names.append(QStringLiteral("%1 (%2:%3)").arg(host.name, host.address).arg(host.port));
        Console::out() << tr("Hosts: %1. Log in to one with: ssh -F %2 HOST")
                              .arg(names.join(QStringLiteral(", ")), sandboxHosts->sshConfigPath())
                       << '\n';
    }
    Console::out() << tr("Start it with: lifeboat sandbox start %1").arg(parser.positionalArguments().at(0))
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

std::optional<ClusterProfile> SandboxCommand::loadSandbox(const QString &directory, const QString &node)
{
    QString error;
    auto profile = ClusterProfile::load(QDir(directory).filePath(SandboxLayout::profileFile()), &error);
    if (!profile) {
        usage(error);
        return std::nullopt;
    }
    if (!node.isEmpty() && !profile->node(node)) {
        usage(tr("The sandbox has no node '%1'; it has: %2.").arg(node, profile->nodeNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return profile;
}

int SandboxCommand::control(const QString &action, QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption node = nodeOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(node);
    if (action == QLatin1String("status"))
        parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The sandbox directory."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return help(parser);
    if (parser.positionalArguments().size() != 1)
        return usage(tr("'sandbox %1' needs exactly one directory.").arg(action));
    const auto profile = loadSandbox(parser.positionalArguments().at(0), parser.value(node));
    if (!profile)
        return toInt(ExitCode::UsageError);
    QString error;
    const auto sandboxHosts = SandboxHosts::load(profile->directory(), &error);
    if (!error.isEmpty())
        return usage(error);
    if (action == QLatin1String("start")) {
        if (sandboxHosts && !startHosts(*sandboxHosts))
            return toInt(ExitCode::StepFailed);
        if (hasOwnFileSystem(profile->directory()) && !SandboxFileSystem::mount(profile->directory(), &error)) {
            Console::err() << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        return startNodes(*profile, parser.value(node));
    }
    if (action == QLatin1String("stop")) {
        const int code = stopNodes(*profile, parser.value(node));
        // Whatever a node left running, its host's end takes with it.
        if (sandboxHosts && parser.value(node).isEmpty() && !stopHosts(*sandboxHosts))
            return toInt(ExitCode::StepFailed);
        // With every node stopped, nothing holds the image: its mount and loop device go.
        if (code == toInt(ExitCode::Success) && parser.value(node).isEmpty() && hasOwnFileSystem(profile->directory())
            && !SandboxFileSystem::unmount(profile->directory(), &error)) {
            Console::err() << error << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        return code;
    }
    return printStatus(*profile, parser.value(node), parser.isSet(json));
}

int SandboxCommand::startNodes(const ClusterProfile &profile, const QString &onlyNode)
{
    const NodeController controller(profile);
    for (const NodeProfile *node : controller.startOrder()) {
        if (!onlyNode.isEmpty() && node->name != onlyNode)
            continue;
        const NodeController::Result result = controller.start(*node);
        if (!result.ok) {
            Console::err() << tr("Could not start %1: %2").arg(node->name, result.error) << Qt::endl;
            return toInt(ExitCode::StepFailed);
        }
        Console::out() << result.output << Qt::endl;
    }
    return toInt(ExitCode::Success);
}

bool SandboxCommand::startHosts(const SandboxHosts &hosts)
{
    QString error;
    if (!hosts.startAll(&error)) {
        Console::err() << tr("Could not start the sandbox's hosts: %1").arg(error) << Qt::endl;
        return false;
    }
    QStringList names;
    for (const SandboxHosts::Host &host : hosts.hosts())
        names.append(host.name);
    Console::out() << tr("The sandbox's hosts are up: %1.").arg(names.join(QStringLiteral(", "))) << Qt::endl;
    return true;
}

bool SandboxCommand::stopHosts(const SandboxHosts &hosts)
{
    QString error;
    if (!hosts.stopAll(&error)) {
        Console::err() << tr("Could not stop the sandbox's hosts: %1").arg(error) << Qt::endl;
        return false;
    }
    Console::out() << tr("The sandbox's hosts are stopped.") << Qt::endl;
    return true;
}

int SandboxCommand::stopNodes(const ClusterProfile &profile, const QString &onlyNode)
{
    const NodeController controller(profile);
    QString error;
    const auto sandboxHosts = SandboxHosts::load(profile.directory(), &error);
    int code = toInt(ExitCode::Success);
    for (const NodeProfile *node : controller.stopOrder()) {
        if (!onlyNode.isEmpty() && node->name != onlyNode)
            continue;
        // Nothing runs on a host that is down: its end ended every process in it.
        const SandboxHosts::Host *host = sandboxHosts ? sandboxHosts->host(profile.hostOf(*node)) : nullptr;
        if (host && !sandboxHosts->sandboxHost(*host).isRunning()) {
            Console::out() << tr("%1 is not running: its host %2 is down.").arg(node->name, host->name) << Qt::endl;
            continue;
        }
        const NodeController::Result result = controller.stop(*node);
        if (!result.ok) {
            Console::err() << tr("Could not stop %1: %2").arg(node->name, result.error) << Qt::endl;
            code = toInt(ExitCode::StepFailed);
            continue;
        }
        Console::out() << result.output << Qt::endl;
    }
    return code;
}

int SandboxCommand::printStatus(const ClusterProfile &profile, const QString &onlyNode, bool json)
{
    const NodeController controller(profile);
    QJsonArray nodes;
    // Translated roles can be longer than the English ones.
    qsizetype roleWidth = 10;
    qsizetype hostWidth = 0; // no column on a sandbox of one machine
    for (const NodeProfile &node : profile.nodes) {
        roleWidth = std::max(roleWidth, DisplayWords::role(node.role).size() + 1);
        if (!profile.hosts.isEmpty())
            hostWidth = std::max({hostWidth, tr("HOST").size() + 1, profile.hostOf(node).size() + 1});
    }
    const auto withHost = [hostWidth](const QString &host, const QString &state) {
        return hostWidth == 0 ? state : QStringLiteral("%1 %2").arg(host, -int(hostWidth)).arg(state);
    };
    const int stateWidth = -22 - int(hostWidth == 0 ? 0 : hostWidth + 1);
    QString table = tr("%1 %2 %3 %4 %5 %6")
                        .arg(tr("NODE"), -10)
                        .arg(tr("ROLE"), -int(roleWidth))
                        .arg(withHost(tr("HOST"), tr("STATE")), stateWidth)
                        .arg(tr("PID"), -8)
                        .arg(tr("PORT"), -6)
                        .arg(tr("NOTES"))
        + u'\n';
    for (const NodeProfile &node : profile.nodes) {
        if (!onlyNode.isEmpty() && node.name != onlyNode)
            continue;
        const NodeStatus status = controller.status(node);
        QJsonObject object = status.toJson();
        object.insert(QStringLiteral("host"), profile.hostOf(node)); // empty: this machine
        nodes.append(object);
        QStringList notes;
        if (status.backupModeActive)
            notes << tr("%1, label \"%2\"").arg(DisplayWords::backupMode(status.backupMode), status.backupModeLabel);
        if (status.repositoryUnsync)
            notes << tr("error.log reports repository unsync");
        if (!status.hostError.isEmpty())
            notes << status.hostError; // why the node's files could not be seen
        table += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(node.name, -10)
                     .arg(DisplayWords::role(node.role), -int(roleWidth))
                     .arg(withHost(profile.hostOf(node), stateText(status)), stateWidth)
                     .arg(status.running ? QString::number(status.pid) : QStringLiteral("-"), -8)
                     .arg(status.port, -6)
                     .arg(notes.join(QStringLiteral("; ")));
    }
    QJsonObject document{{QStringLiteral("cluster"), profile.name}, {QStringLiteral("nodes"), nodes}};
    QString error;
    if (const auto sandboxHosts = SandboxHosts::load(profile.directory(), &error)) {
        QJsonArray hosts;
        table += u'\n'
            + QStringLiteral("%1 %2 %3 %4\n")
                  .arg(tr("HOST"), -10)
                  .arg(tr("ADDRESS"), -22)
                  .arg(tr("STATE"), -22)
                  .arg(tr("PID"));
        for (const SandboxHosts::Host &host : sandboxHosts->hosts()) {
            const qint64 pid = sandboxHosts->sandboxHost(host).pid();
            hosts.append(QJsonObject{{QStringLiteral("name"), host.name},
                                     {QStringLiteral("address"), host.address},
                                     {QStringLiteral("port"), host.port},
                                     {QStringLiteral("running"), pid > 0},
                                     {QStringLiteral("pid"), pid}});
            table += QStringLiteral("%1 %2 %3 %4\n")
                         .arg(host.name, -10)
                         .arg(QStringLiteral("%1:%2").arg(host.address).arg(host.port), -22)
                         .arg(pid > 0 ? tr("running") : tr("stopped"), -22)
                         .arg(pid > 0 ? QString::number(pid) : QStringLiteral("-"));
        }
        document.insert(QStringLiteral("hosts"), hosts);
    }
    if (json)
        Console::out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    else
        Console::out() << table;
    Console::out().flush();
    return toInt(ExitCode::Success);
}

int SandboxCommand::breakIt(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption fault(QStringLiteral("fault"), tr("What to break: %1.").arg(SandboxFaults::names().join(QStringLiteral(", "))), tr("fault"));
    const QCommandLineOption node = nodeOption();
    parser.addOptions({fault, node});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return help(parser);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(fault))
        return usage(tr("'sandbox break' needs a directory and --fault."));
    if (!SandboxFaults::names().contains(parser.value(fault)))
        return usage(tr("Unknown fault '%1'.").arg(parser.value(fault)));
    const auto profile = loadSandbox(parser.positionalArguments().at(0), parser.value(node));
    if (!profile)
        return toInt(ExitCode::UsageError);
    SandboxFaults faults(*profile);
    if (!faults.inject(parser.value(fault), parser.value(node))) {
        Console::err() << faults.errorString() << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Console::out() << faults.description() << Qt::endl;
    return toInt(ExitCode::Success);
}

// The sandbox's service pack and patches on a node whose server was rebuilt
// from an older image: a restore refuses a node at another patch level.
int SandboxCommand::patch(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption node = nodeOption();
    parser.addOption(node);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return help(parser);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(node))
        return usage(tr("'sandbox patch' needs a directory and --node."));
    const auto profile = loadSandbox(parser.positionalArguments().at(0), parser.value(node));
    if (!profile)
        return toInt(ExitCode::UsageError);
    SandboxFaults faults(*profile);
    if (!faults.patch(parser.value(node))) {
        Console::err() << faults.errorString() << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << faults.description() << Qt::endl;
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
