// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileEditorPages.h"

#include <support/DisplayWords.h>

#include "ProfileEditorPage.h"
#include "ProfileForm.h"

#include <discovery/ControlTemplates.h>
#include <profile/ClusterProfile.h>

#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

namespace Lifeboat {

namespace {
// The words every password field adds to its key's meaning.
QString secretHelp(const QString &meaning)
{
    return ProfileEditorPages::tr("%1 Write it as a {secret:NAME} reference, never the password itself. \"Set secret…\" "
                                  "stores its value in the secrets file when you save; without a value there, Lifeboat "
                                  "asks for it at run time.").arg(meaning);
}

// The systemd unit the ready-made commands start and stop: the person changes it to theirs.
const QString defaultUnit = QStringLiteral("aem-forms.service");

// The WebLogic domain or WebSphere profile: where the node's bootstrap
// properties are (a secondary), else the usual name below the server folder.
QString serverFolder(const NodeProfile &node, const QString &usual)
{
    if (!node.bootstrapProperties.isEmpty())
        return QFileInfo(node.bootstrapProperties).path();
    return node.appServerDir.isEmpty() ? QString() : node.appServerDir + u'/' + usual;
}

// Discovery's commands are shell lines for the node's host: run there over
// ssh, as discovery writes them, or through sh for a node on this machine.
CommandTemplate placed(const CommandTemplate &command, const NodeProfile &node, const ClusterProfile &profile)
{
    if (node.host.isEmpty())
        return CommandTemplate({QStringLiteral("sh"), QStringLiteral("-c"), command.arguments().join(u' ')});
    const HostProfile *listed = profile.host(node.host);
    const HostProfile host = listed ? *listed : HostProfile{.name = node.host, .address = node.host};
    return CommandTemplate(ControlTemplates::overSsh(host, profile.knownHostsFile, command.arguments()));
}
} // namespace

std::optional<ControlTemplates::Control> ProfileEditorPages::readyMade(int kind, const NodeProfile &node,
                                                                       const ClusterProfile &profile, QString *why)
{
    const QString folder = kind == 1 ? node.appServerDir
                         : kind == 2 ? serverFolder(node, QStringLiteral("user_projects/domains/base_domain"))
                                     : serverFolder(node, QStringLiteral("profiles/AppSrv01"));
    if (kind != 0 && folder.isEmpty()) {
        *why = tr("Fill in the node's application server folder first: the commands are in it.");
        return std::nullopt;
    }
    const HostProfile *host = profile.host(node.host);
    ControlTemplates::Control control = kind == 0 ? ControlTemplates::systemd(defaultUnit, host && host->user == QLatin1String("root"))
                                      : kind == 1 ? ControlTemplates::jboss(folder)
                                      : kind == 2 ? ControlTemplates::webLogic(folder)
                                                  : ControlTemplates::webSphere(folder);
    control.start = placed(control.start, node, profile);
    control.stop = placed(control.stop, node, profile);
    return control;
}

namespace {
QString shortHostHelp(const QString &what)
{
    return ProfileEditorPages::tr("The host (a name from Hosts) through which Lifeboat reaches %1. Empty: the machine "
                                  "Lifeboat runs on.").arg(what);
}
} // namespace

QList<ProfileEditorPage *> ProfileEditorPages::create(ClusterProfile *profile, QWidget *parent)
{
    return {hosts(profile, parent), nodes(profile, parent), sharedStorage(profile, parent), databases(profile, parent),
            controlCommands(profile, parent), onlineBackup(profile, parent), backupRoot(profile, parent)};
}

ProfileEditorPage *ProfileEditorPages::hosts(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Hosts"), tr("The hosts that Lifeboat reaches over ssh, with the system's OpenSSH "
                                                       "client (key or ssh-agent login, never a password). Without hosts, "
                                                       "every path is on the Lifeboat machine."), parent);
    page->setItems({.arrayKey = QStringLiteral("hosts"),
                    .count = [profile] { return int(profile->hosts.size()); },
                    .name = [profile](int i) { return profile->hosts[i].name; },
                    .add = [profile] {
                        profile->hosts.append(HostProfile{.name = tr("host%1").arg(profile->hosts.size() + 1)});
                        profile->hosts.last().address = profile->hosts.last().name;
                    },
                    .remove = [profile](int i) { profile->hosts.removeAt(i); },
                    .listName = tr("&Hosts"), .addText = tr("A&dd host"), .removeText = tr("Re&move host")});
    auto host = [page, profile]() -> HostProfile & { return profile->hosts[page->current()]; };
    ProfileForm *form = page->form();
    form->addText(tr("&Name"), QStringLiteral("name"), tr("How nodes and the shared stores refer to the host. Use the node's "
                                                          "DNS name, so that {host} in its commands stays the same."),
                  [host]() -> QString & { return host().name; });
    form->addText(tr("&Address"), QStringLiteral("address"), tr("The DNS name or IP address that ssh connects to."),
                  [host]() -> QString & { return host().address; });
    form->addNumber(tr("Por&t"), QStringLiteral("port"), tr("The ssh port (usually 22)."), 1, 65535,
                    [host]() -> int & { return host().port; });
    form->addText(tr("&User"), QStringLiteral("user"), tr("The login. Empty: ssh's default (your user name, or the ssh config's)."),
                  [host]() -> QString & { return host().user; });
    form->addText(tr("&Identity file"), QStringLiteral("identityFile"),
                  tr("A private key for this host. Empty: your ssh-agent and ssh's default keys."),
                  [host]() -> QString & { return host().identityFile; });
    form->addCheck(tr("Run the helper with sud&o"), QStringLiteral("sudo"),
                   tr("Run lifeboat-agent through sudo -n, for a login that is not the AEM files' owner. The sudoers rule "
                      "must allow exactly that command without a password."),
                   [host]() -> bool & { return host().sudo; });
    form->addText(tr("ssh &config file"), QStringLiteral("sshConfig"),
                  tr("An ssh_config file passed with -F (jump hosts, proxies). Keep the address and port the real ones: "
                     "host keys are checked for them."),
                  [host]() -> QString & { return host().sshConfig; });
    form->addText(tr("Helper &path"), QStringLiteral("agentPath"), tr("Where lifeboat-agent is on that host."),
                  [host]() -> QString & { return host().agentPath; });
    return page;
}

ProfileEditorPage *ProfileEditorPages::nodes(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Nodes"), tr("Every AEM node of the cluster: one primary author node, the "
                                                       "secondaries and the publish nodes, with where each keeps its files "
                                                       "and how to reach and control it."), parent);
    page->setItems({.arrayKey = QStringLiteral("nodes"),
                    .count = [profile] { return int(profile->nodes.size()); },
                    .name = [profile](int i) {
                        return tr("%1 (%2)").arg(profile->nodes[i].name, DisplayWords::role(profile->nodes[i].role));
                    },
                    .add = [profile] {
                        NodeProfile node;
                        node.name = tr("node%1").arg(profile->nodes.size() + 1);
                        node.role = profile->primary() ? NodeRole::Secondary : NodeRole::Primary;
                        profile->nodes.append(node);
                    },
                    .remove = [profile](int i) { profile->nodes.removeAt(i); },
                    .listName = tr("&Nodes"), .addText = tr("A&dd node"), .removeText = tr("Re&move node")});
    nodeFields(page, profile);
    nodeControlFields(page, profile);
    return page;
}

void ProfileEditorPages::nodeFields(ProfileEditorPage *page, ClusterProfile *profile)
{
    auto node = [page, profile]() -> NodeProfile & { return profile->nodes[page->current()]; };
    ProfileForm *form = page->form();
    form->addText(tr("Node n&ame"), QStringLiteral("name"),
                  tr("The node's name in Lifeboat (for example node1), unique; filled into its commands as {node}."),
                  [node]() -> QString & { return node().name; });
    form->addChoice(tr("Rol&e"), QStringLiteral("role"),
                    tr("primary: the author cluster's primary node (exactly one); secondary: the other author nodes; "
                       "publish: a Correspondence Management publish node."),
                    {{tr("primary"), QStringLiteral("primary")}, {tr("secondary"), QStringLiteral("secondary")},
                     {tr("publish"), QStringLiteral("publish")}},
                    [node] { return toString(node().role); },
                    [node](const QString &role) { (void)nodeRoleFromString(role, &node().role); });
    form->addText(tr("&Host"), QStringLiteral("host"),
                  tr("The node's DNS name, filled into its commands as {host}. When Hosts lists it, the node's files are "
                     "read and written on that host, and its paths must be absolute."),
                  [node]() -> QString & { return node().host; });
    form->addText(tr("&Repository"), QStringLiteral("repository"),
                  tr("Required. The node's crx-repository folder: the AEM repository, with repository/, clusterNode/ and, "
                     "on a secondary node, its crx.NNNN copy."),
                  [node]() -> QString & { return node().repository; });
    form->addText(tr("Application server &folder"), QStringLiteral("appServerDir"),
                  tr("The node's application server root folder (for JBoss, for example, /opt/jboss)."),
                  [node]() -> QString & { return node().appServerDir; });
    form->addText(tr("&Bootstrap properties"), QStringLiteral("bootstrapProperties"),
                  tr("The application server's bootstrap properties file, which AEM creates on every secondary node; you "
                     "need it to recover a secondary. JBoss keeps it in bin, WebLogic in the domain folder, WebSphere in "
                     "the profile folder. Leave it empty on the primary and on publish nodes."),
                  [node]() -> QString & { return node().bootstrapProperties; });
    form->addText(tr("Error lo&g"), QStringLiteral("errorLog"),
                  tr("AEM's error.log of this node (usually crx-repository/logs/error.log), where \"repository unsync\" "
                     "shows."),
                  [node]() -> QString & { return node().errorLog; });
    form->addText(tr("Patch le&vel file"), QStringLiteral("patchLevelFile"),
                  tr("A text file you keep up to date with the system version and every patch applied since the last "
                     "system image. A recovery must bring the node back to this level."),
                  [node]() -> QString & { return node().patchLevelFile; });
    form->addText(tr("Inde&x root"), QStringLiteral("indexRoot"),
                  tr("Author nodes with Content Services: the node's Index Root, which restore-cluster empties and fills "
                     "from the Content Storage Root's indexes."),
                  [node]() -> QString & { return node().indexRoot; });
    form->addLines(tr("Temporar&y directories"), QStringLiteral("tempDirectories"),
                   tr("One folder a line: the AEM forms temporary folders of the node, emptied into the quarantine before "
                      "a restored node starts. Only folders that hold nothing but AEM forms' temporary files, never /tmp."),
                   [node]() -> QStringList & { return node().tempDirectories; });
}

void ProfileEditorPages::nodeControlFields(ProfileEditorPage *page, ClusterProfile *profile)
{
    auto node = [page, profile]() -> NodeProfile & { return profile->nodes[page->current()]; };
    ProfileForm *form = page->form();
    form->addSection(tr("Online backup endpoint (AEM's HTTP interface)"));
    form->addText(tr("HTTP UR&L"), QStringLiteral("http.url"),
                  tr("Scheme, host and port, for example http://aem-node1.example.com:8080/lc. Always write the port: "
                     "{port} in the commands comes from here. A path is the context root of AEM's console."),
                  [node] { return node().httpUrl.toString(); }, [node](const QString &url) { node().httpUrl = QUrl(url); });
    form->addText(tr("HTTP &user"), QStringLiteral("http.user"), tr("The AEM user for basic authentication."),
                  [node]() -> QString & { return node().httpUser; });
    form->addSecret(tr("Pass&word"), QStringLiteral("http.password"), secretHelp(tr("That user's password.")),
                    [node]() -> QString & { return node().httpPassword; }, [] { return QStringLiteral("aem-admin"); });
    form->addText(tr("Status &path"), QStringLiteral("http.statusPath"),
                  tr("A path that answers a GET with a 2xx status while the node is up, for example "
                     "/lc/system/console/bundles.json. It replaces any path in the URL."),
                  [node]() -> QString & { return node().statusPath; });

    form->addSection(tr("Start and stop"));
    const QStringList names{tr("systemd unit %1 (systemctl start, stop)").arg(defaultUnit),
                            tr("JBoss (standalone.sh, jboss-cli.sh :shutdown)"),
                            tr("WebLogic domain (startWebLogic.sh, stopWebLogic.sh)"),
                            tr("WebSphere profile (startServer.sh, stopServer.sh server1)")};
    form->addAction(tr("Ready-made &commands"),
                    tr("Fills in start and stop commands for this node from its fields: over ssh to its host, or on "
                       "this machine. Adjust them to your installation (the systemd unit's name, for one)."),
                    names, tr("Fill in"), [page, profile, node, form](int index) {
                        QString why;
                        const auto commands = readyMade(index, node(), *profile, &why);
                        if (!commands) {
                            QMessageBox::information(page, tr("Ready-made commands"), why);
                            return;
                        }
                        node().start = commands->start;
                        node().stop = commands->stop;
                        form->load();
                        Q_EMIT form->edited();
                    });
    const QString commandHelp = tr("One argument a line, the program first; no shell. It may use {node}, {host}, {port} "
                                   "and {profile}.");
    form->addCommand(tr("Star&t command"), QStringLiteral("control.start"),
                     tr("The command that starts the node's application server. %1").arg(commandHelp),
                     [node]() -> CommandTemplate & { return node().start; });
    form->addCommand(tr("St&op command"), QStringLiteral("control.stop"), tr("The command that stops it. %1").arg(commandHelp),
                     [node]() -> CommandTemplate & { return node().stop; });
    form->addNumber(tr("T&imeout (seconds)"), QStringLiteral("control.timeoutSeconds"),
                    tr("How long start or stop may run, and how long Lifeboat then waits for the node to answer or to "
                       "release its repository. AEM Forms on JBoss often takes minutes to start: be generous."),
                    1, 86400, [node]() -> int & { return node().controlTimeoutSeconds; });
}

ProfileEditorPage *ProfileEditorPages::sharedStorage(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Shared storage"), tr("The stores every node uses: the GDS, the fonts, the "
                                                                "connectors' data and the Content Storage Root."), parent);
    ProfileForm *form = page->form();
    form->addText(tr("&GDS"), QStringLiteral("gds"),
                  tr("The Global Document Storage folder, usually a network share every node mounts at the same path."),
                  [profile]() -> QString & { return profile->gds; });
    form->addText(tr("GDS &host"), QStringLiteral("gdsHost"), shortHostHelp(tr("the GDS")),
                  [profile]() -> QString & { return profile->gdsHost; });
    form->addLines(tr("&Fonts"), QStringLiteral("fonts"),
                   tr("One folder a line: every font folder AEM Forms is configured with, customer fonts included."),
                   [profile]() -> QStringList & { return profile->fonts; });
    form->addText(tr("Fonts h&ost"), QStringLiteral("fontsHost"), shortHostHelp(tr("the fonts")),
                  [profile]() -> QString & { return profile->fontsHost; });
    form->addText(tr("&Connectors"), QStringLiteral("connectors"),
                  tr("The folder that holds connector data (for example, the ECM connectors' configuration)."),
                  [profile]() -> QString & { return profile->connectors; });
    form->addText(tr("Connectors hos&t"), QStringLiteral("connectorsHost"), shortHostHelp(tr("the connectors")),
                  [profile]() -> QString & { return profile->connectorsHost; });
    form->addText(tr("Content Storage &Root"), QStringLiteral("contentStorageRoot"),
                  tr("The Content Storage Root of the deprecated Content Services, if you still use it; empty if not."),
                  [profile]() -> QString & { return profile->contentStorageRoot; });
    form->addText(tr("Cont&ent Storage Root host"), QStringLiteral("contentStorageRootHost"),
                  shortHostHelp(tr("the Content Storage Root")),
                  [profile]() -> QString & { return profile->contentStorageRootHost; });
    return page;
}

ProfileEditorPage *ProfileEditorPages::databases(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Databases"), tr("The forms database and every custom database that must be "
                                                           "backed up in the same window."), parent);
    page->setItems({.arrayKey = QStringLiteral("databases"),
                    .count = [profile] { return int(profile->databases.size()); },
                    .name = [profile](int i) {
                        return tr("%1 (%2)").arg(profile->databases[i].name, toString(profile->databases[i].kind));
                    },
                    .add = [profile] { profile->databases.append(DatabaseProfile{.kind = DatabaseKind::MariaDb}); },
                    .remove = [profile](int i) { profile->databases.removeAt(i); },
                    .listName = tr("Data&bases"), .addText = tr("A&dd database"), .removeText = tr("Re&move database")});
    auto database = [page, profile]() -> DatabaseProfile & { return profile->databases[page->current()]; };
    ProfileForm *form = page->form();
    form->addText(tr("&Name"), QStringLiteral("name"), tr("A name for the database, shown to people, for example forms."),
                  [database]() -> QString & { return database().name; });
    form->addChoice(tr("&Kind"), QStringLiteral("kind"), tr("MariaDB (or MySQL), PostgreSQL or SQLite."),
                    {{tr("MariaDB or MySQL"), QStringLiteral("mariadb")}, {tr("PostgreSQL"), QStringLiteral("postgresql")},
                     {tr("SQLite"), QStringLiteral("sqlite")}},
                    [database] { return toString(database().kind); },
                    [database](const QString &kind) { (void)databaseKindFromString(kind, &database().kind); });
    form->addText(tr("&Path"), QStringLiteral("path"), tr("SQLite only: the database file."),
                  [database]() -> QString & { return database().path; });
    form->addText(tr("&Host"), QStringLiteral("host"), tr("MariaDB, PostgreSQL: the database server's host name."),
                  [database]() -> QString & { return database().host; });
    form->addNumber(tr("Po&rt"), QStringLiteral("port"), tr("Its TCP port, for example 3306 or 5432; 0: the default."), 0, 65535,
                    [database]() -> int & { return database().port; });
    form->addText(tr("So&cket"), QStringLiteral("socket"),
                  tr("A Unix socket to use instead of host and port, as an absolute path."),
                  [database]() -> QString & { return database().socket; });
    form->addText(tr("D&atabase name"), QStringLiteral("database"), tr("The database (schema) name."),
                  [database]() -> QString & { return database().database; });
    form->addText(tr("&User"), QStringLiteral("user"),
                  tr("The user to connect as: one that may read everything for a backup, and replace the database for "
                     "restore-cluster."),
                  [database]() -> QString & { return database().user; });
    form->addSecret(tr("Pass&word"), QStringLiteral("password"), secretHelp(tr("The database user's password.")),
                    [database]() -> QString & { return database().password; },
                    [database] { return (database().name.isEmpty() ? QStringLiteral("forms") : database().name) + QStringLiteral("-db"); });
    form->addText(tr("&GDS reference query"), QStringLiteral("gdsReferenceQuery"),
                  tr("An SQL query that lists every GDS document the database refers to: its path relative to the GDS, "
                     "and its SHA-256. Empty for a database that refers to no GDS document."),
                  [database]() -> QString & { return database().gdsReferenceQuery; });
    return page;
}

ProfileEditorPage *ProfileEditorPages::controlCommands(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Control commands"),
                                       tr("The commands that put the forms server into LCBackupMode and take it out "
                                          "again, so that the GDS backup stays consistent with the database backup. Each "
                                          "node's start and stop commands are on the Nodes page."), parent);
    BackupModeControl *mode = &profile->backupMode;
    const QString help = tr("One argument a line, the program first; no shell. It may use {host}, {port}, {user} and "
                            "{password}; pass the password as the command's input where the program can read it.");
    const QString enterHelp = tr("%1 Entering also knows {label} and {timeout}.").arg(help);
    ProfileForm *form = page->form();
    const QString inputHelp = tr("Text written to the command's standard input, with the same placeholders: the way to "
                                 "hand it {password} without showing it in the process list. Empty: no input.");
    const auto addCommand = [form, mode, inputHelp](const QString &label, const QString &inputLabel, const char *key,
                                                    const QString &help, CommandTemplate BackupModeControl::*command) {
        const QString keyPath = QStringLiteral("backupMode.") + QLatin1String(key);
        form->addCommand(label, keyPath, help, [mode, command]() -> CommandTemplate & { return mode->*command; });
        form->addText(inputLabel, keyPath + QStringLiteral(".input"), inputHelp,
                      [mode, command] { return (mode->*command).input(); },
                      [mode, command](const QString &input) { mode->*command = CommandTemplate((mode->*command).arguments(), input); });
    };
    addCommand(tr("E&nter safe backup mode"), tr("Its input"), "enterSnapshot",
               tr("Usually LCBackupMode.sh enter with its options. %1").arg(enterHelp), &BackupModeControl::enterSnapshot);
    addCommand(tr("&Leave safe backup mode"), tr("Its input"), "leaveSnapshot",
               tr("Usually LCBackupMode.sh leave with its options. %1").arg(help), &BackupModeControl::leaveSnapshot);
    addCommand(tr("Enter &rolling backup mode"), tr("Its input"), "enterRolling",
               tr("Usually LCBackupMode.sh enterContinuousCoverage with its options. %1").arg(enterHelp),
               &BackupModeControl::enterRolling);
    addCommand(tr("Lea&ve rolling backup mode"), tr("Its input"), "leaveRolling",
               tr("Usually LCBackupMode.sh leaveContinuousCoverage with its options. %1").arg(help),
               &BackupModeControl::leaveRolling);
    return page;
}

ProfileEditorPage *ProfileEditorPages::onlineBackup(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Online backup"),
                                       tr("The forms server that LCBackupMode talks to for a backup while the cluster "
                                          "runs (safe and rolling backup mode). LCBackupMode does not work when SSL is "
                                          "configured on the forms server."), parent);
    BackupModeControl *mode = &profile->backupMode;
    ProfileForm *form = page->form();
    form->addText(tr("Forms server &host"), QStringLiteral("backupMode.host"),
                  tr("The forms server to talk to, filled into the backup-mode commands as {host}."),
                  [mode]() -> QString & { return mode->host; });
    form->addNumber(tr("&Port"), QStringLiteral("backupMode.port"), tr("Its HTTP port, filled in as {port}."), 0, 65535,
                    [mode]() -> int & { return mode->port; });
    form->addText(tr("&User"), QStringLiteral("backupMode.user"), tr("An AEM Forms administrator, filled in as {user}."),
                  [mode]() -> QString & { return mode->user; });
    form->addSecret(tr("Pass&word"), QStringLiteral("backupMode.password"),
                    secretHelp(tr("That administrator's password, filled in as {password}.")),
                    [mode]() -> QString & { return mode->password; }, [] { return QStringLiteral("forms-admin"); });
    return page;
}

ProfileEditorPage *ProfileEditorPages::backupRoot(ClusterProfile *profile, QWidget *parent)
{
    auto *page = new ProfileEditorPage(tr("Backup root"), tr("Where the backup sets go, and the cluster's own settings."),
                                       parent);
    page->setOwnedKeys({QStringLiteral("appServer")});
    ProfileForm *form = page->form();
    form->addText(tr("Cluster &name"), QStringLiteral("name"),
                  tr("Required. A name for the cluster, shown to people, for example aem-forms-prod."),
                  [profile]() -> QString & { return profile->name; });
    form->addChoice(tr("Applicat&ion server"), QStringLiteral("appServer"),
                    tr("The application server that AEM Forms on JEE runs on."),
                    {{tr("JBoss"), QStringLiteral("jboss")}, {tr("WebLogic"), QStringLiteral("weblogic")},
                     {tr("WebSphere"), QStringLiteral("websphere")}},
                    [profile] { return toString(profile->appServer); },
                    [profile](const QString &kind) { (void)appServerKindFromString(kind, &profile->appServer); });
    form->addText(tr("&Backup root"), QStringLiteral("backupRoot"),
                  tr("Required. The folder that holds the backup sets, on the Lifeboat machine."),
                  [profile]() -> QString & { return profile->backupRoot; });
    form->addNumber(tr("&Full backup every"), QStringLiteral("fullEvery"),
                    tr("A full backup set every this many backups of one strategy; the ones between are incremental. "
                       "1 makes every set full."),
                    1, 1000, [profile]() -> int & { return profile->fullEvery; });
    form->addText(tr("Secre&ts file"), QStringLiteral("secretsFile"),
                  tr("A JSON file with the secrets' values, readable only by its owner (mode 600). \"Set secret…\" "
                     "writes to it; without one, a new secret goes to secrets.json beside the profile."),
                  [profile]() -> QString & { return profile->secretsFile; });
    form->addText(tr("&Known hosts file"), QStringLiteral("knownHostsFile"),
                  tr("The OpenSSH known_hosts file with the host keys you trusted. Empty: Lifeboat's own."),
                  [profile]() -> QString & { return profile->knownHostsFile; });
    return page;
}

} // namespace Lifeboat
