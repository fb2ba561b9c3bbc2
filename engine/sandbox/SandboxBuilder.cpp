// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxBuilder.h"

#include <cluster/NodeController.h>
#include <discovery/NodeDiscovery.h>
#include <hosts/SshConnection.h>
#include <profile/AemPaths.h>
#include <sandbox/FormsDatabase.h>
#include <sandbox/SandboxLayout.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

#include <memory>
#include <unistd.h>
#include <vector>

namespace Lifeboat {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;
constexpr qint64 segmentFileSize = 4 * mebibyte;
constexpr double gdsShare = 0.20;
constexpr double otherSharedShare = 0.10;
constexpr double repositoryShare = 0.70;
const auto patchLevel = QStringLiteral("AEM Forms on JEE 6.5.21.0\nService pack: 6.5.21.0 (SP21)\n"
                                       "Patches since the system image: CFP 6.5.21.1, NPR-41234\n");

QString nodeName(int index, bool publish)
{
    return publish ? QStringLiteral("publish%1").arg(index + 1) : QStringLiteral("node%1").arg(index + 1);
}

// Loopback ports nobody listens on now; the servers stay open until all are
// picked so that no two nodes get the same one.
QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (server->listen(QHostAddress::LocalHost, 0))
            ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

} // namespace

QString SandboxBuilder::systemImagePatchLevel()
{
    return patchLevel;
}

SandboxBuilder::SandboxBuilder(QString directory, SandboxOptions options)
    : m_directory(QDir::cleanPath(QDir::current().absoluteFilePath(directory)))
    , m_options(options)
    , m_data(options.seed)
{
}

QString SandboxBuilder::profilePath() const
{
    return QDir(m_directory).filePath(SandboxLayout::profileFile());
}

bool SandboxBuilder::create()
{
    if (!checkOptions() || !checkTarget())
        return false;
    m_staging = m_directory + QStringLiteral(".partial-") + QString::number(QCoreApplication::applicationPid());
    QDir(m_staging).removeRecursively();
    if (!QDir().mkpath(m_staging)) {
        m_error = tr("Cannot create %1. Check that its parent directory exists and is writable.").arg(m_staging);
        return false;
    }
    const bool ownFileSystem = m_options.fileSystem != SandboxFileSystem::Kind::None;
    if ((ownFileSystem && !prepareStorage()) || !build() || (m_hosts && !trustHosts())) {
        // Unmounted first: emptying the staging folder must not reach into a mounted image's files.
        QString ignored;
        if (ownFileSystem && !SandboxFileSystem::unmount(m_staging, &ignored))
            return false;
        QDir(m_staging).removeRecursively();
        if (m_hosts)
            m_hosts->removeMountPoints();
        return false;
    }
    QDir().rmdir(m_directory); // an empty target may exist; checkTarget() allowed it
    if (!QDir().rename(m_staging, m_directory)) {
        m_error = tr("Cannot move the finished sandbox from %1 to %2.").arg(m_staging, m_directory);
        QString ignored;
        if (!ownFileSystem || SandboxFileSystem::unmount(m_staging, &ignored))
            QDir(m_staging).removeRecursively();
        return false;
    }
    return true;
}

bool SandboxBuilder::checkOptions()
{
    if (m_options.authorNodes < 1 || m_options.authorNodes > 16) {
        m_error = tr("--nodes must be between 1 and 16 (one primary, the rest secondaries).");
        return false;
    }
    if (m_options.publishNodes < 0 || m_options.publishNodes > 16) {
        m_error = tr("--publish must be between 0 and 16.");
        return false;
    }
    if (m_options.sizeMb < 1) {
        m_error = tr("--size-mb must be at least 1.");
        return false;
    }
    if (m_options.fileSystem != SandboxFileSystem::Kind::None) {
        if (m_options.hosts) {
            m_error = tr("--filesystem and --hosts cannot be combined yet: each sandbox host sees the nodes' files "
                         "through a mount of its own. Choose one of them; nothing was created.");
            return false;
        }
        m_error = SandboxFileSystem::whyNot(m_options.fileSystem);
        if (!m_error.isEmpty())
            return false;
    }
    if (!m_options.hosts)
        return true;
    if (::geteuid() != 0) {
        m_error = tr("--hosts needs root: each sandbox host is an sshd in a mount namespace of its own, which only "
                     "root can make. Run the command as root; nothing was created.");
        return false;
    }
    // The nodes are started over ssh, where the remote shell reads this path.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._+/-]+$"));
    if (!plain.match(m_directory).hasMatch()) {
        m_error = tr("With --hosts, the path of the sandbox directory may only hold letters, digits and . _ + - / "
                     "(it is %1). Choose another directory; nothing was created.")
                      .arg(m_directory);
        return false;
    }
    return true;
}

bool SandboxBuilder::checkTarget()
{
    const QFileInfo target(m_directory);
    if (target.exists() && !target.isDir()) {
        m_error = tr("%1 exists and is not a directory. Choose a new directory for the sandbox.").arg(m_directory);
        return false;
    }
    if (target.exists() && !QDir(m_directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        m_error = tr("%1 exists and is not empty. Choose a new or empty directory for the sandbox; nothing was "
                     "changed.").arg(m_directory);
        return false;
    }
    return true;
}

bool SandboxBuilder::build()
{
    m_profile = makeProfile();
    const qint64 total = qint64(m_options.sizeMb) * mebibyte;
    const double weight = m_options.authorNodes + 0.5 * m_options.publishNodes;
    const auto authorBudget = qint64(total * repositoryShare / weight);

    // Every author node holds the same repository content; identities
    // (cluster node id, system id, clustered.txt, crx.NNNN) come after the copy.
    const QString primaryRepository = SandboxLayout::repository(m_profile.primary()->name);
    if (!writeRepositoryContent(primaryRepository, m_options.seed * 31 + 1, authorBudget, true))
        return false;
    const auto authors = m_profile.nodesWithRole(NodeRole::Secondary);
    for (const NodeProfile *node : authors) {
        if (!copyTree(primaryRepository, SandboxLayout::repository(node->name)))
            return false;
    }
    int authorIndex = 0;
    for (const NodeProfile &node : m_profile.nodes) {
        if (node.isAuthor() && !writeAuthorNode(node, authorIndex++))
            return false;
    }
    for (const NodeProfile &node : m_profile.nodes) {
        if (!node.isAuthor()
            && !(writeRepositoryContent(SandboxLayout::repository(node.name), m_options.seed * 31 + 2,
                                        authorBudget / 2, false)
                 && writePublishNode(node)))
            return false;
    }
    if (!writeSharedStorage() || !writeGdsAndDatabase(qint64(total * gdsShare)) || (m_options.hosts && !placeOnHosts())
        || !writeSettingsAndSecrets())
        return false;
    if (m_options.fileSystem != SandboxFileSystem::Kind::None)
        moveProfileToStorage();
    ClusterProfile staged = m_profile;
    return staged.save(QDir(m_staging).filePath(SandboxLayout::profileFile()), &m_error);
}

ClusterProfile SandboxBuilder::makeProfile()
{
    ClusterProfile profile;
    profile.name = QStringLiteral("sandbox-%1").arg(QFileInfo(m_directory).fileName());
    profile.sandbox = true;
    profile.appServer = m_options.appServer;
    profile.filePath = profilePath();
    const QString dir = m_directory + u'/';
    const QList<quint16> ports = freePorts(m_options.authorNodes + m_options.publishNodes);
    const CommandTemplate start({QStringLiteral("{lifeboat-node}"), QStringLiteral("start"), QStringLiteral("--profile"),
                                 QStringLiteral("{profile}"), QStringLiteral("--node"), QStringLiteral("{node}")});
    const CommandTemplate stop({QStringLiteral("{lifeboat-node}"), QStringLiteral("stop"), QStringLiteral("--profile"),
                                QStringLiteral("{profile}"), QStringLiteral("--node"), QStringLiteral("{node}")});
    for (int i = 0; i < m_options.authorNodes + m_options.publishNodes; ++i) {
        const bool publish = i >= m_options.authorNodes;
        NodeProfile node;
        node.name = nodeName(publish ? i - m_options.authorNodes : i, publish);
        node.role = publish ? NodeRole::Publish : i == 0 ? NodeRole::Primary : NodeRole::Secondary;
        node.host = QStringLiteral("127.0.0.1");
        node.repository = dir + SandboxLayout::repository(node.name);
        node.errorLog = AemPaths::at(node.repository, AemPaths::errorLog);
        if (publish) {
            node.patchLevelFile = dir + SandboxLayout::nodeDirectory(node.name) + QStringLiteral("/patch-level.txt");
        } else {
            node.appServerDir = dir + SandboxLayout::appServerDirectory(m_options.appServer, node.name);
            node.patchLevelFile = node.appServerDir + QStringLiteral("/adobe/patch-level.txt");
            node.indexRoot = node.appServerDir + QStringLiteral("/adobe/index-root");
            node.tempDirectories = {node.appServerDir + QStringLiteral("/tmp")};
            if (node.role == NodeRole::Secondary)
                node.bootstrapProperties = dir + SandboxLayout::bootstrapProperties(m_options.appServer, node.name);
        }
        node.httpUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.value(i)));
        node.httpUser = QStringLiteral("admin");
        node.httpPassword = QStringLiteral("{secret:%1}").arg(SandboxLayout::adminSecret());
        node.statusPath = SandboxLayout::statusPath();
        node.start = start;
        node.stop = stop;
        node.controlTimeoutSeconds = 60;
        profile.nodes.append(node);
    }
    profile.gds = dir + SandboxLayout::gds(m_options.appServer);
    profile.fonts = {dir + QStringLiteral("shared/fonts")};
    profile.connectors = dir + QStringLiteral("shared/connectors");
    profile.contentStorageRoot = dir + QStringLiteral("shared/content-storage-root");
    DatabaseProfile forms;
    forms.name = QStringLiteral("forms");
    forms.kind = DatabaseKind::Sqlite;
    forms.path = dir + SandboxLayout::formsDatabase();
    forms.gdsReferenceQuery = QString::fromLatin1(FormsDatabase::gdsReferenceQuery);
    profile.databases = {forms};
    profile.backupRoot = dir + QStringLiteral("backups");
    profile.secretsFile = dir + SandboxLayout::secretsFile();

    const NodeProfile &primary = profile.nodes.first();
    profile.backupMode.host = primary.host;
    profile.backupMode.port = primary.httpUrl.port();
    profile.backupMode.user = primary.httpUser;
    profile.backupMode.password = primary.httpPassword;
    auto lcBackupMode = [](const QString &command, bool entering) {
        QStringList arguments{QStringLiteral("{lifeboat-node}"), QStringLiteral("lcbackupmode"), command,
                              QStringLiteral("-host={host}"), QStringLiteral("-port={port}"),
                              QStringLiteral("-user={user}"), QStringLiteral("-password=-")};
        if (entering)
            arguments << QStringLiteral("-label={label}") << QStringLiteral("-timeout={timeout}");
        // The password through the pipe: never on a command line.
        return CommandTemplate(arguments, QStringLiteral("{password}"));
    };
    profile.backupMode.enterSnapshot = lcBackupMode(QStringLiteral("enter"), true);
    profile.backupMode.leaveSnapshot = lcBackupMode(QStringLiteral("leave"), false);
    profile.backupMode.enterRolling = lcBackupMode(QStringLiteral("enterContinuousCoverage"), true);
    profile.backupMode.leaveRolling = lcBackupMode(QStringLiteral("leaveContinuousCoverage"), false);
    return profile;
}

bool SandboxBuilder::writeRepositoryContent(const QString &repository, quint64 contentSeed, qint64 budget, bool author)
{
    DeterministicData data(contentSeed);
    const QString repo = AemPaths::at(repository, AemPaths::repository);
    qint64 left = qint64(budget * 0.50);
    for (int i = 0; left > 0; ++i) {
        const qint64 size = std::min(left, segmentFileSize);
        if (!writeFile(QStringLiteral("%1/segmentstore/data%2a.tar").arg(repo).arg(i, 5, 10, QLatin1Char('0')),
                       data.mixed(size)))
            return false;
        left -= size;
    }
    if (!writeFile(repo + QStringLiteral("/segmentstore/journal.log"), data.text(4096))
        || !writeFile(repo + QStringLiteral("/segmentstore/manifest"), QByteArrayLiteral("store.format=2\n")))
        return false;
    for (left = qint64(budget * 0.35); left > 0;) {
        const qint64 size = std::min(left, data.between(8 * 1024, 256 * 1024));
        const QString id = data.hex(40);
        const QString path = QStringLiteral("%1/datastore/%2/%3/%4/%5").arg(repo, id.mid(0, 2), id.mid(2, 2), id.mid(4, 2), id);
        if (!writeFile(path, data.between(0, 1) ? data.binary(size) : data.text(size)))
            return false;
        left -= size;
    }
    const qint64 indexSize = std::max<qint64>(1024, qint64(budget * 0.08) / 4);
    for (int i = 0; i < 4; ++i) {
        if (!writeFile(QStringLiteral("%1/index/lucene-%2/_0.cfs").arg(repo).arg(i), data.mixed(indexSize)))
            return false;
    }
    if (!writeFile(repo + QStringLiteral("/cache/data-0.data"), data.binary(std::max<qint64>(1024, qint64(budget * 0.04)))))
        return false;
    if (!author)
        return writeFile(repo + QStringLiteral("/listener.properties"), QByteArrayLiteral("listener.enabled=true\n"));
    const QString cluster = repository + QStringLiteral("/clusterNode");
    const qint64 part = std::max<qint64>(512, qint64(budget * 0.03) / 4);
    return writeFile(cluster + QStringLiteral("/repository/meta/repository.properties"), data.text(part))
        && writeFile(cluster + QStringLiteral("/shared/journal/journal.log"), data.text(part))
        && writeFile(cluster + QStringLiteral("/version/data/version.tar"), data.mixed(part))
        && writeFile(cluster + QStringLiteral("/workspaces/crx.default/data/data.tar"), data.mixed(part))
        && writeFile(cluster + QStringLiteral("/listener.properties"), QByteArrayLiteral("listener.enabled=true\n"))
        && writeFile(cluster + QStringLiteral("/version/listener.properties"), QByteArrayLiteral("listener.enabled=true\n"))
        && writeFile(cluster + QStringLiteral("/workspaces/crx.default/listener.properties"),
                     QByteArrayLiteral("listener.enabled=true\n"));
}

bool SandboxBuilder::writeNodeIdentity(const NodeProfile &node, int index)
{
    const QString repository = SandboxLayout::repository(node.name);
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return writeFile(AemPaths::at(repository, AemPaths::systemId), m_data.uuid().toLatin1() + '\n')
        && writeFile(AemPaths::at(repository, AemPaths::errorLog),
                     QStringLiteral("%1 *INFO* [main] Repository %2 created (node %3, index %4)\n")
                         .arg(started, node.name, node.name)
                         .arg(index)
                         .toUtf8());
}

// What each application server keeps about itself, in its own format, so
// that discovery reads what a real server has (the sandbox's nodes do not
// read it): the file that marks its installation, where it takes HTTP
// requests, and the forms data source (IDP_DS).
QList<std::pair<QString, QByteArray>> SandboxBuilder::appServerFiles(const NodeProfile &node) const
{
    const AppServerKind kind = m_options.appServer;
    const QString url = (QStringLiteral("jdbc:sqlite:") + m_profile.databases.first().path).toHtmlEscaped();
    const QString address = node.httpUrl.host();
    const int port = node.httpUrl.port();
    switch (kind) {
    case AppServerKind::JBoss:
        return {{SandboxLayout::appServerDataSource(kind, node.name),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server xmlns=\"urn:jboss:domain:1.7\">\n"
                                "  <profile>\n    <subsystem xmlns=\"urn:jboss:domain:datasources:1.2\">\n      <datasources>\n"
                                "        <datasource jndi-name=\"java:/IDP_DS\" pool-name=\"IDP_DS\" enabled=\"true\">\n"
                                "          <connection-url>%1</connection-url>\n          <driver>sqlite</driver>\n"
                                "          <security>\n            <user-name>adobe</user-name>\n"
                                "            <password>${VAULT::idp_ds::password::1}</password>\n          </security>\n"
                                "        </datasource>\n      </datasources>\n    </subsystem>\n  </profile>\n"
                                "  <interfaces>\n    <interface name=\"management\"><inet-address value=\"127.0.0.1\"/></interface>\n"
                                "    <interface name=\"public\"><inet-address value=\"${jboss.bind.address:%2}\"/></interface>\n"
                                "  </interfaces>\n"
                                "  <socket-binding-group name=\"standard-sockets\" default-interface=\"public\" "
                                "port-offset=\"${jboss.socket.binding.port-offset:0}\">\n"
                                "    <socket-binding name=\"management-http\" interface=\"management\" port=\"9990\"/>\n"
                                "    <socket-binding name=\"http\" port=\"${jboss.http.port:%3}\"/>\n"
                                "  </socket-binding-group>\n</server>\n")
                     .arg(url, address)
                     .arg(port)
                     .toUtf8()}};
    case AppServerKind::WebLogic:
        return {{SandboxLayout::appServerMarker(kind, node.name),
                 QStringLiteral("<?xml version='1.0' encoding='UTF-8'?>\n<domain xmlns=\"http://xmlns.oracle.com/weblogic/domain\">\n"
                                "  <name>lc_domain</name>\n"
                                "  <server>\n    <name>AdminServer</name>\n    <listen-port>7001</listen-port>\n  </server>\n"
                                "  <server>\n    <name>lc_server1</name>\n    <listen-port>%1</listen-port>\n"
                                "    <listen-address>%2</listen-address>\n  </server>\n"
                                "  <jdbc-system-resource>\n    <name>IDP_DS</name>\n    <target>lc_server1</target>\n"
                                "    <descriptor-file-name>jdbc/IDP_DS-jdbc.xml</descriptor-file-name>\n  </jdbc-system-resource>\n"
                                "</domain>\n")
                     .arg(port)
                     .arg(address)
                     .toUtf8()},
                {SandboxLayout::appServerDataSource(kind, node.name),
                 QStringLiteral("<?xml version='1.0' encoding='UTF-8'?>\n"
                                "<jdbc-data-source xmlns=\"http://xmlns.oracle.com/weblogic/jdbc-data-source\">\n"
                                "  <name>IDP_DS</name>\n  <jdbc-driver-params>\n    <url>%1</url>\n"
                                "    <driver-name>org.sqlite.JDBC</driver-name>\n    <properties>\n"
                                "      <property>\n        <name>user</name>\n        <value>adobe</value>\n      </property>\n"
                                "    </properties>\n    <password-encrypted>{AES}sandbox</password-encrypted>\n"
                                "  </jdbc-driver-params>\n  <jdbc-data-source-params>\n    <jndi-name>IDP_DS</jndi-name>\n"
                                "  </jdbc-data-source-params>\n</jdbc-data-source>\n")
                     .arg(url)
                     .toUtf8()}};
    case AppServerKind::WebSphere:
        return {{SandboxLayout::appServerDataSource(kind, node.name),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" "
                                "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:resources.jdbc=\"http://www.ibm.com/websphere/appserver/schemas/5.0/resources.jdbc.xmi\">\n"
                                "  <resources.jdbc:JDBCProvider xmi:id=\"JDBCProvider_1\" name=\"SQLite JDBC Provider\">\n"
                                "    <factories xmi:type=\"resources.jdbc:DataSource\" xmi:id=\"DataSource_1\" name=\"IDP_DS\" "
                                "jndiName=\"IDP_DS\" authDataAlias=\"lc_cell/IDP_DS_alias\">\n"
                                "      <propertySet xmi:id=\"J2EEResourcePropertySet_1\">\n"
                                "        <resourceProperties xmi:id=\"J2EEResourceProperty_1\" name=\"URL\" type=\"java.lang.String\" value=\"%1\"/>\n"
                                "      </propertySet>\n    </factories>\n  </resources.jdbc:JDBCProvider>\n</xmi:XMI>\n")
                     .arg(url)
                     .toUtf8()},
                {SandboxLayout::appServerListener(kind, node.name),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<serverindex:ServerIndex xmi:version=\"2.0\" "
                                "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:serverindex=\"http://www.ibm.com/websphere/appserver/schemas/5.0/serverindex.xmi\" "
                                "hostName=\"%1\">\n  <serverEntries serverName=\"server1\" serverType=\"APPLICATION_SERVER\">\n"
                                "    <specialEndpoints endPointName=\"SOAP_CONNECTOR_ADDRESS\"><endPoint host=\"%1\" port=\"8880\"/></specialEndpoints>\n"
                                "    <specialEndpoints endPointName=\"WC_defaulthost\"><endPoint host=\"%1\" port=\"%2\"/></specialEndpoints>\n"
                                "  </serverEntries>\n</serverindex:ServerIndex>\n")
                     .arg(address)
                     .arg(port)
                     .toUtf8()}};
    }
    return {};
}

// The scripts administrators start and stop a node with, where each kind of
// server keeps them, and LCBackupMode.sh in the installation's SDK: each
// does to the sandbox's node what the real one does to a real server, so
// that commands found by discovery work on the sandbox.
QList<std::pair<QString, QByteArray>> SandboxBuilder::controlScripts(const NodeProfile &node) const
{
    const QString program = SshConnection::quoted(NodeController::lifeboatNodeProgram());
    const auto script = [&](const QString &standsFor, const QString &command) {
        return QStringLiteral("#!/bin/sh\n# %1 of %2 (sandbox): does what the real one does, to the sandbox's node.\n"
                              "exec %3 %4\n")
            .arg(standsFor, node.name, program, command)
            .toUtf8();
    };
    const QString control = QStringLiteral("--profile %1 --node %2").arg(SshConnection::quoted(profilePath()), node.name);
    const QString start = QStringLiteral("start ") + control, stop = QStringLiteral("stop ") + control;
    if (!node.isAuthor()) {
        const QString bin = SandboxLayout::nodeDirectory(node.name) + QStringLiteral("/bin/");
        // Where it listens, set as AEM's own start script sets it.
        const QString listener = QStringLiteral("CQ_HOST=%1\nCQ_PORT=%2\n").arg(node.httpUrl.host()).arg(node.httpUrl.port());
        return {{bin + QStringLiteral("start"), script(QStringLiteral("AEM's bin/start"), start).replace("exec ", listener.toUtf8() + "exec ")},
                {bin + QStringLiteral("stop"), script(QStringLiteral("AEM's bin/stop"), stop)}};
    }
    const AppServerKind kind = m_options.appServer;
    const QString server = SandboxLayout::appServerDirectory(kind, node.name);
    QList<std::pair<QString, QByteArray>> scripts{
        {SandboxLayout::nodeDirectory(node.name) + u'/' + NodeDiscovery::backupModeToolPath(),
         script(QStringLiteral("LCBackupMode.sh"), QStringLiteral("lcbackupmode \"$@\""))}};
    switch (kind) {
    case AppServerKind::JBoss:
        scripts.append({server + QStringLiteral("/bin/standalone.sh"), script(QStringLiteral("JBoss's standalone.sh"), start)});
        scripts.append({server + QStringLiteral("/bin/jboss-cli.sh"), script(QStringLiteral("JBoss's jboss-cli.sh"), stop)});
        break;
    case AppServerKind::WebLogic:
        scripts.append({server + QStringLiteral("/user_projects/domains/lc_domain/bin/startWebLogic.sh"),
                        script(QStringLiteral("WebLogic's startWebLogic.sh"), start)});
        scripts.append({server + QStringLiteral("/user_projects/domains/lc_domain/bin/stopWebLogic.sh"),
                        script(QStringLiteral("WebLogic's stopWebLogic.sh"), stop)});
        break;
    case AppServerKind::WebSphere:
        scripts.append({server + QStringLiteral("/profiles/AppSrv01/bin/startServer.sh"),
                        script(QStringLiteral("WebSphere's startServer.sh"), start)});
        scripts.append({server + QStringLiteral("/profiles/AppSrv01/bin/stopServer.sh"),
                        script(QStringLiteral("WebSphere's stopServer.sh"), stop)});
        break;
    }
    return scripts;
}

bool SandboxBuilder::writeScripts(const NodeProfile &node)
{
    for (const auto &[path, contents] : controlScripts(node)) {
        if (!writeFile(path, contents)
            || !QFile::setPermissions(QDir(m_staging).filePath(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                        | QFile::ReadGroup | QFile::ExeGroup))
            return false;
    }
    return true;
}

bool SandboxBuilder::writeAuthorNode(const NodeProfile &node, int index)
{
    const QString repository = SandboxLayout::repository(node.name);
    if (!writeNodeIdentity(node, index)
        || !writeFile(AemPaths::at(repository, AemPaths::clusterNodeId), m_data.uuid().toLatin1() + '\n')
        || !writeFile(AemPaths::at(repository, AemPaths::revisionLog),
                      QStringLiteral("revision 1 node %1\n").arg(node.name).toUtf8())
        || !writeFile(QDir(m_directory).relativeFilePath(node.patchLevelFile), patchLevel.toUtf8())
        // Content Services' Index Root, and the temporary files a forms server leaves.
        || !writeFile(QDir(m_directory).relativeFilePath(node.indexRoot) + QStringLiteral("/_0.cfs"), m_data.mixed(4096))
        || !writeFile(QDir(m_directory).relativeFilePath(node.tempDirectories.value(0)) + QStringLiteral("/adobe-render-1.tmp"),
                      m_data.text(2048)))
        return false;
    for (const auto &[path, contents] : appServerFiles(node)) {
        if (!writeFile(path, contents))
            return false;
    }
    if (!writeScripts(node))
        return false;
    if (node.role == NodeRole::Primary)
        return writeFile(AemPaths::at(repository, AemPaths::clustered),
                         QStringLiteral("cluster master %1\n").arg(node.name).toUtf8());
    // A secondary keeps its own copy of the cluster's repository in crx.NNNN;
    // restoring a failed primary moves that copy into "repository".
    const QString secondaryFolder = QStringLiteral("%1/crx.%2").arg(repository).arg(m_data.between(0, 9999), 4, 10, QLatin1Char('0'));
    const NodeProfile *primary = m_profile.primary();
    return writeFile(secondaryFolder + QStringLiteral("/segmentstore/journal.log"), m_data.text(8192))
        && writeFile(secondaryFolder + QStringLiteral("/meta/cluster.properties"),
                     QStringLiteral("cluster.master=%1\n").arg(primary->name).toUtf8())
        && writeFile(QDir(m_directory).relativeFilePath(node.bootstrapProperties),
                     QStringLiteral("# Created when %1 joined the cluster\ncrx.cluster.master=%2:%3\ncrx.cluster.node=%1\n")
                         .arg(node.name, primary->host)
                         .arg(primary->httpUrl.port())
                         .toUtf8());
}

bool SandboxBuilder::writePublishNode(const NodeProfile &node)
{
    return writeNodeIdentity(node, 0)
        && writeFile(QDir(m_directory).relativeFilePath(node.patchLevelFile), patchLevel.toUtf8()) && writeScripts(node);
}

bool SandboxBuilder::writeSharedStorage()
{
    const qint64 total = qint64(m_options.sizeMb) * mebibyte;
    const qint64 part = std::max<qint64>(1024, qint64(total * otherSharedShare) / 10);
    for (int i = 0; i < 4; ++i) {
        if (!writeFile(QStringLiteral("shared/fonts/%1%2-Regular.ttf").arg(m_data.word()).arg(i),
                       m_data.binary(part / 4)))
            return false;
    }
    for (const QString connector : {QStringLiteral("documentum"), QStringLiteral("filenet"), QStringLiteral("sharepoint")}) {
        if (!writeFile(QStringLiteral("shared/connectors/%1/connector.xml").arg(connector), m_data.text(part / 3)))
            return false;
    }
    const QString csr = QStringLiteral("shared/content-storage-root/");
    for (const QString &folder : AemPaths::contentStorageRootFolders()) {
        if (!writeFile(csr + folder + QStringLiteral("/store-0.bin"), m_data.mixed(part)))
            return false;
    }
    return true;
}

bool SandboxBuilder::writeGdsAndDatabase(qint64 budget)
{
    const QString gds = SandboxLayout::gds(m_options.appServer);
    if (!QDir().mkpath(QDir(m_staging).filePath(QStringLiteral("db"))))
        return false;
    FormsDatabase database(QDir(m_staging).filePath(SandboxLayout::formsDatabase()));
    if (!database.open() || !database.createSchema()) {
        m_error = database.errorString();
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 left = budget; left > 0;) {
        GdsDocument document;
        const QByteArray content = m_data.mixed(std::min(left, m_data.between(4 * 1024, 128 * 1024)));
        const QString id = m_data.hex(24);
        document.gdsPath = QStringLiteral("docm%1/%2.dat").arg(id.left(2), id);
        document.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        document.size = content.size();
        document.createdAt = now;
        if (m_data.between(0, 1))
            document.expiresAt = now.addSecs(m_data.between(1, 10) * m_options.documentLifetimeSeconds);
        document.node = m_profile.primary()->name;
        if (!writeFile(gds + u'/' + document.gdsPath, content) || !database.insertDocument(document)) {
            if (m_error.isEmpty())
                m_error = database.errorString();
            return false;
        }
        left -= content.size();
    }
    return writeFile(gds + QStringLiteral("/backup/sessions.txt"), QByteArrayLiteral("# backup mode sessions\n"));
}

SandboxOptions SandboxBuilder::optionsOf(const ClusterProfile &profile)
{
    SandboxOptions options;
    options.authorNodes = 0;
    options.publishNodes = 0;
    for (const NodeProfile &node : profile.nodes)
        ++(node.role == NodeRole::Publish ? options.publishNodes : options.authorNodes);
    options.appServer = profile.appServer;
    QFile file(QDir(profile.directory()).filePath(SandboxLayout::settingsFile()));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject settings = QJsonDocument::fromJson(file.readAll()).object();
        options.seed = quint64(settings.value(QLatin1String("seed")).toInteger(qint64(options.seed)));
        options.documentsPerMinute
            = settings.value(QLatin1String("documentsPerMinute")).toInt(options.documentsPerMinute);
        options.documentLifetimeSeconds
            = settings.value(QLatin1String("documentLifetimeSeconds")).toInt(options.documentLifetimeSeconds);
        options.sizeMb = settings.value(QLatin1String("sizeMb")).toInt(options.sizeMb);
    }
    return options;
}

bool SandboxBuilder::writeSettingsAndSecrets()
{
    QJsonObject settings{{QStringLiteral("seed"), qint64(m_options.seed)},
                         {QStringLiteral("documentsPerMinute"), m_options.documentsPerMinute},
                         {QStringLiteral("documentLifetimeSeconds"), m_options.documentLifetimeSeconds},
                         {QStringLiteral("sizeMb"), m_options.sizeMb}};
    if (m_hosts)
        settings.insert(QStringLiteral("hosts"), m_hosts->toJson());
    const QJsonObject secrets{{SandboxLayout::adminSecret(), m_data.hex(20)}};
    if (!writeFile(SandboxLayout::settingsFile(), QJsonDocument(settings).toJson())
        || !writeFile(SandboxLayout::secretsFile(), QJsonDocument(secrets).toJson()))
        return false;
    return QFile::setPermissions(QDir(m_staging).filePath(SandboxLayout::secretsFile()),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool SandboxBuilder::placeOnHosts()
{
    const QString shared = m_directory + QStringLiteral("/shared");
    m_hosts = SandboxHosts::plan(m_directory, m_profile.nodeNames(), QDir(shared).relativeFilePath(m_profile.gds),
                                 &m_error);
    if (!m_hosts)
        return false;
    // What a host sees at the mount root is its own folder below hosts/.
    QList<std::pair<QString, QString>> moves;
    for (const NodeProfile &node : std::as_const(m_profile.nodes))
        moves.append({SandboxLayout::nodeDirectory(node.name), QStringLiteral("hosts/%1/aem").arg(node.name)});
    moves.append({QStringLiteral("shared"), QStringLiteral("hosts/%1/shared").arg(SandboxHosts::storageName())});
    QDir staging(m_staging);
    for (const auto &[from, to] : std::as_const(moves)) {
        if (!staging.mkpath(QFileInfo(to).path()) || !staging.rename(from, to)) {
            m_error = tr("Cannot move %1 to %2.").arg(staging.filePath(from), staging.filePath(to));
            return false;
        }
    }
    staging.rmdir(QStringLiteral("nodes"));
    moveProfileToHosts();
    return writeFile(QStringLiteral("ssh/ssh_config"), m_hosts->sshConfig());
}

// The image's file system, mounted at storage/, holds nodes/ and shared/;
// the sandbox's own nodes/ and shared/ point there, so that everything the
// builder writes lands on it. On btrfs, what a backup snapshots is a
// subvolume of its own.
bool SandboxBuilder::prepareStorage()
{
    if (!SandboxFileSystem::create(m_staging, m_options.fileSystem, m_options.sizeMb, &m_error))
        return false;
    const QDir staging(m_staging);
    for (const QString folder : {QStringLiteral("nodes"), QStringLiteral("shared")}) {
        const QString target = SandboxFileSystem::mountDirectory() + u'/' + folder;
        if (!QDir().mkpath(staging.filePath(target)) || !QFile::link(target, staging.filePath(folder))) {
            m_error = tr("Cannot create %1.").arg(staging.filePath(folder));
            return false;
        }
    }
    if (m_options.fileSystem != SandboxFileSystem::Kind::Btrfs)
        return true;
    m_profile = makeProfile();
    QStringList subvolumes{SandboxLayout::gds(m_options.appServer), QStringLiteral("shared/content-storage-root")};
    for (const NodeProfile &node : std::as_const(m_profile.nodes))
        subvolumes.append(SandboxLayout::repository(node.name));
    for (const QString &subvolume : std::as_const(subvolumes)) {
        const QString path = staging.filePath(subvolume);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !SandboxFileSystem::createSubvolume(path, &m_error))
            return false;
    }
    return true;
}

// The profile names the files where they are, on the image, not through nodes/ and shared/.
void SandboxBuilder::moveProfileToStorage()
{
    const QString storage = m_directory + u'/' + SandboxFileSystem::mountDirectory();
    const auto moved = [&](QString *path) {
        for (const QString folder : {QStringLiteral("/nodes"), QStringLiteral("/shared")}) {
            const QString from = m_directory + folder;
            if (*path == from || path->startsWith(from + u'/'))
                *path = storage + folder + path->mid(from.size());
        }
    };
    for (NodeProfile &node : m_profile.nodes) {
        for (QString *path : {&node.repository, &node.appServerDir, &node.bootstrapProperties, &node.errorLog,
                              &node.patchLevelFile, &node.indexRoot})
            moved(path);
        for (QString &temp : node.tempDirectories)
            moved(&temp);
    }
    for (QString *path : {&m_profile.gds, &m_profile.connectors, &m_profile.contentStorageRoot})
        moved(path);
    for (QString &font : m_profile.fonts)
        moved(&font);
}

void SandboxBuilder::moveProfileToHosts()
{
    const auto moved = [](const QString &path, const QString &from, const QString &to) {
        return path == from || path.startsWith(from + u'/') ? to + path.mid(from.size()) : path;
    };
    // Started over ssh like a production node; ssh_config names the host,
    // its port, the sandbox's client key and known_hosts.
    const auto overSsh = [this](const QString &action) {
        return CommandTemplate({QStringLiteral("ssh"), QStringLiteral("-F"), m_hosts->sshConfigPath(),
                                QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("{host}"),
                                QStringLiteral("{lifeboat-node}"), action, QStringLiteral("--profile"),
                                QStringLiteral("{profile}"), QStringLiteral("--node"), QStringLiteral("{node}")});
    };
    for (NodeProfile &node : m_profile.nodes) {
        const QString from = m_directory + u'/' + SandboxLayout::nodeDirectory(node.name);
        for (QString *path : {&node.repository, &node.appServerDir, &node.bootstrapProperties, &node.errorLog,
                              &node.patchLevelFile, &node.indexRoot})
            *path = moved(*path, from, m_hosts->nodeMount());
        for (QString &temp : node.tempDirectories)
            temp = moved(temp, from, m_hosts->nodeMount());
        node.host = node.name;
        node.start = overSsh(QStringLiteral("start"));
        node.stop = overSsh(QStringLiteral("stop"));
    }
    const QString shared = m_directory + QStringLiteral("/shared");
    for (QString *path : {&m_profile.gds, &m_profile.connectors, &m_profile.contentStorageRoot})
        *path = moved(*path, shared, m_hosts->sharedMount());
    for (QString &font : m_profile.fonts)
        font = moved(font, shared, m_hosts->sharedMount());
    m_profile.hosts.clear();
    for (const SandboxHosts::Host &host : m_hosts->hosts())
        m_profile.hosts.append(m_hosts->profile(host));
    m_profile.gdsHost = m_profile.fontsHost = m_profile.connectorsHost = m_profile.contentStorageRootHost
        = SandboxHosts::storageName();
    m_profile.knownHostsFile = m_hosts->knownHostsPath();
}

bool SandboxBuilder::trustHosts()
{
    // The hosts start once here, so that each key the sandbox made enters
    // its known_hosts only as the key its host really offers.
    const SandboxHosts staged = m_hosts->in(m_staging);
    const bool trusted = staged.startAll(&m_error) && staged.trustAll(&m_error);
    QString stopError;
    if (!staged.stopAll(&stopError) && trusted) {
        m_error = stopError;
        return false;
    }
    return trusted;
}

bool SandboxBuilder::writeFile(const QString &relativePath, const QByteArray &data)
{
    const QString path = QDir(m_staging).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        m_error = tr("Cannot write %1: %2. Check the free space and permissions; nothing was created.")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SandboxBuilder::copyTree(const QString &from, const QString &to)
{
    const QString source = QDir(m_staging).filePath(from);
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(m_staging).filePath(to + u'/' + QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target)) {
            m_error = tr("Cannot copy %1 to %2. Check the free space.").arg(file, target);
            return false;
        }
    }
    return true;
}

} // namespace Lifeboat
