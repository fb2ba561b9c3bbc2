// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ClusterProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace Lifeboat {

namespace {

QString absolutePath(const QString &directory, const QString &path)
{
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QDir(directory).absoluteFilePath(path));
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A command is an array of arguments, or an object with its "arguments" and
// the "input" written to its standard input (the way to hand it a secret).
CommandTemplate commandFromJson(const QJsonValue &value)
{
    if (value.isObject())
        return CommandTemplate(toStringList(value[QLatin1String("arguments")]),
                               value[QLatin1String("input")].toString());
    return CommandTemplate(toStringList(value));
}

QJsonValue commandToJson(const CommandTemplate &command)
{
    if (command.input().isEmpty())
        return toJsonArray(command.arguments());
    return QJsonObject{{QStringLiteral("arguments"), toJsonArray(command.arguments())},
                       {QStringLiteral("input"), command.input()}};
}

} // namespace

QString toString(AppServerKind kind)
{
    switch (kind) {
    case AppServerKind::JBoss: return QStringLiteral("jboss");
    case AppServerKind::WebLogic: return QStringLiteral("weblogic");
    case AppServerKind::WebSphere: return QStringLiteral("websphere");
    }
    return {};
}

bool appServerKindFromString(const QString &text, AppServerKind *kind)
{
    for (AppServerKind candidate : {AppServerKind::JBoss, AppServerKind::WebLogic, AppServerKind::WebSphere}) {
        if (toString(candidate) == text.toLower()) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString toString(NodeRole role)
{
    switch (role) {
    case NodeRole::Primary: return QStringLiteral("primary");
    case NodeRole::Secondary: return QStringLiteral("secondary");
    case NodeRole::Publish: return QStringLiteral("publish");
    }
    return {};
}

bool nodeRoleFromString(const QString &text, NodeRole *role)
{
    for (NodeRole candidate : {NodeRole::Primary, NodeRole::Secondary, NodeRole::Publish}) {
        if (toString(candidate) == text) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString toString(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::Sqlite: return QStringLiteral("sqlite");
    case DatabaseKind::MariaDb: return QStringLiteral("mariadb");
    case DatabaseKind::PostgreSql: return QStringLiteral("postgresql");
    }
    return {};
}

bool databaseKindFromString(const QString &text, DatabaseKind *kind)
{
    if (text == QLatin1String("mysql")) {
        *kind = DatabaseKind::MariaDb;
        return true;
    }
    for (DatabaseKind candidate : {DatabaseKind::Sqlite, DatabaseKind::MariaDb, DatabaseKind::PostgreSql}) {
        if (toString(candidate) == text) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString ClusterProfile::directory() const
{
    return QFileInfo(filePath).absolutePath();
}

std::optional<ClusterProfile> ClusterProfile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the cluster profile %1: %2. Check the path, or create a sandbox with "
                    "'lifeboat sandbox create DIR'.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("The cluster profile %1 is not valid JSON (%2 at byte %3). Fix the file, or compare it with "
                    "docs/profile.md.").arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto profile = fromJson(document.object(), QFileInfo(absolute).absolutePath(), error);
    if (!profile)
        *error = tr("In the cluster profile %1: %2").arg(path, *error);
    else
        profile->filePath = absolute;
    return profile;
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const QJsonObject &json, const QString &directory,
                                                       QString *error)
{
    ClusterProfile profile;
    profile.filePath = QDir(directory).filePath(QStringLiteral("cluster.json"));
    profile.name = json.value(QLatin1String("name")).toString();
    profile.sandbox = json.value(QLatin1String("sandbox")).toBool();
    for (const QJsonValue &value : json.value(QLatin1String("hosts")).toArray()) {
        const QJsonObject object = value.toObject();
        HostProfile host;
        host.name = object.value(QLatin1String("name")).toString();
        host.address = object.value(QLatin1String("address")).toString(host.name);
        host.port = object.value(QLatin1String("port")).toInt(22);
        host.user = object.value(QLatin1String("user")).toString();
        host.identityFile = absolutePath(directory, object.value(QLatin1String("identityFile")).toString());
        host.sudo = object.value(QLatin1String("sudo")).toBool();
        host.sshConfig = absolutePath(directory, object.value(QLatin1String("sshConfig")).toString());
        host.agentPath = object.value(QLatin1String("agentPath")).toString(host.agentPath);
        profile.hosts.append(host);
    }
    profile.gdsHost = json.value(QLatin1String("gdsHost")).toString();
    profile.fontsHost = json.value(QLatin1String("fontsHost")).toString();
    profile.connectorsHost = json.value(QLatin1String("connectorsHost")).toString();
    profile.contentStorageRootHost = json.value(QLatin1String("contentStorageRootHost")).toString();
    profile.knownHostsFile = absolutePath(directory, json.value(QLatin1String("knownHostsFile")).toString());
    if (!appServerKindFromString(json.value(QLatin1String("appServer")).toString(), &profile.appServer)) {
        *error = tr("\"appServer\" must be jboss, weblogic or websphere.");
        return std::nullopt;
    }
    for (const QJsonValue &value : json.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject object = value.toObject();
        NodeProfile node;
        node.name = object.value(QLatin1String("name")).toString();
        if (!nodeRoleFromString(object.value(QLatin1String("role")).toString(), &node.role)) {
            *error = tr("node \"%1\": \"role\" must be primary, secondary or publish.").arg(node.name);
            return std::nullopt;
        }
        node.host = object.value(QLatin1String("host")).toString();
        if (profile.host(node.host)) {
            // Paths on another host cannot be relative to this profile's folder.
            QStringList keys{QStringLiteral("repository"), QStringLiteral("appServerDir"), QStringLiteral("bootstrapProperties"),
                             QStringLiteral("errorLog"), QStringLiteral("patchLevelFile"), QStringLiteral("indexRoot")};
            QStringList paths;
            for (const QString &key : keys)
                paths.append(object.value(key).toString());
            for (const QString &temp : toStringList(object.value(QLatin1String("tempDirectories")))) {
                keys.append(QStringLiteral("tempDirectories"));
                paths.append(temp);
            }
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const QString &key = keys[i];
                const QString &path = paths[i];
                if (!path.isEmpty() && !QDir::isAbsolutePath(path)) {
                    *error = tr("node \"%1\" lives on the host %2, so its \"%3\" must be an absolute path (it is %4).")
                                 .arg(node.name, node.host, key, path);
                    return std::nullopt;
                }
            }
        }
        node.repository = absolutePath(directory, object.value(QLatin1String("repository")).toString());
        node.appServerDir = absolutePath(directory, object.value(QLatin1String("appServerDir")).toString());
        node.bootstrapProperties = absolutePath(directory, object.value(QLatin1String("bootstrapProperties")).toString());
        node.errorLog = absolutePath(directory, object.value(QLatin1String("errorLog")).toString());
        node.patchLevelFile = absolutePath(directory, object.value(QLatin1String("patchLevelFile")).toString());
        node.indexRoot = absolutePath(directory, object.value(QLatin1String("indexRoot")).toString());
        for (const QString &temp : toStringList(object.value(QLatin1String("tempDirectories"))))
            node.tempDirectories.append(absolutePath(directory, temp));
        const QJsonObject http = object.value(QLatin1String("http")).toObject();
        node.httpUrl = QUrl(http.value(QLatin1String("url")).toString());
        node.httpUser = http.value(QLatin1String("user")).toString();
        node.httpPassword = http.value(QLatin1String("password")).toString();
        node.statusPath = http.value(QLatin1String("statusPath")).toString();
        const QJsonObject control = object.value(QLatin1String("control")).toObject();
        node.start = commandFromJson(control.value(QLatin1String("start")));
        node.stop = commandFromJson(control.value(QLatin1String("stop")));
        node.controlTimeoutSeconds = control.value(QLatin1String("timeoutSeconds")).toInt(120);
        profile.nodes.append(node);
    }
    profile.gds = absolutePath(directory, json.value(QLatin1String("gds")).toString());
    for (const QString &font : toStringList(json.value(QLatin1String("fonts"))))
        profile.fonts.append(absolutePath(directory, font));
    profile.connectors = absolutePath(directory, json.value(QLatin1String("connectors")).toString());
    profile.contentStorageRoot = absolutePath(directory, json.value(QLatin1String("contentStorageRoot")).toString());
    for (const QJsonValue &value : json.value(QLatin1String("databases")).toArray()) {
        const QJsonObject object = value.toObject();
        DatabaseProfile database;
        database.name = object.value(QLatin1String("name")).toString();
        if (!databaseKindFromString(object.value(QLatin1String("kind")).toString(), &database.kind)) {
            *error = tr("database \"%1\": \"kind\" must be sqlite, mariadb or postgresql.").arg(database.name);
            return std::nullopt;
        }
        database.path = absolutePath(directory, object.value(QLatin1String("path")).toString());
        database.host = object.value(QLatin1String("host")).toString();
        database.port = object.value(QLatin1String("port")).toInt();
        database.socket = object.value(QLatin1String("socket")).toString();
        database.database = object.value(QLatin1String("database")).toString();
        database.user = object.value(QLatin1String("user")).toString();
        database.password = object.value(QLatin1String("password")).toString();
        database.gdsReferenceQuery = object.value(QLatin1String("gdsReferenceQuery")).toString();
        profile.databases.append(database);
    }
    profile.backupRoot = absolutePath(directory, json.value(QLatin1String("backupRoot")).toString());
    profile.secretsFile = absolutePath(directory, json.value(QLatin1String("secretsFile")).toString());
    const QJsonObject mode = json.value(QLatin1String("backupMode")).toObject();
    profile.backupMode.host = mode.value(QLatin1String("host")).toString();
    profile.backupMode.port = mode.value(QLatin1String("port")).toInt();
    profile.backupMode.user = mode.value(QLatin1String("user")).toString();
    profile.backupMode.password = mode.value(QLatin1String("password")).toString();
    profile.backupMode.enterSnapshot = commandFromJson(mode.value(QLatin1String("enterSnapshot")));
    profile.backupMode.leaveSnapshot = commandFromJson(mode.value(QLatin1String("leaveSnapshot")));
    profile.backupMode.enterRolling = commandFromJson(mode.value(QLatin1String("enterRolling")));
    profile.backupMode.leaveRolling = commandFromJson(mode.value(QLatin1String("leaveRolling")));
    if (!profile.validate(error))
        return std::nullopt;
    return profile;
}

QString ClusterProfile::hostOf(const NodeProfile &node) const
{
    return host(node.host) ? node.host : QString();
}

const HostProfile *ClusterProfile::host(const QString &hostName) const
{
    for (const HostProfile &candidate : hosts) {
        if (!hostName.isEmpty() && candidate.name == hostName)
            return &candidate;
    }
    return nullptr;
}

bool ClusterProfile::validate(QString *error) const
{
    if (name.isEmpty()) {
        *error = tr("\"name\" is missing.");
        return false;
    }
    QSet<QString> names;
    int primaries = 0;
    for (const NodeProfile &node : nodes) {
        if (node.name.isEmpty() || names.contains(node.name)) {
            *error = tr("every node needs a \"name\" of its own (\"%1\" is empty or used twice).").arg(node.name);
            return false;
        }
        if (node.repository.isEmpty()) {
            *error = tr("node \"%1\" has no \"repository\" (the path of its crx-repository).").arg(node.name);
            return false;
        }
        names.insert(node.name);
        primaries += node.role == NodeRole::Primary ? 1 : 0;
    }
    if (primaries != 1) {
        *error = tr("an AEM Forms cluster has exactly one primary author node; this profile has %1.").arg(primaries);
        return false;
    }
    if (backupRoot.isEmpty()) {
        *error = tr("\"backupRoot\" is missing (the directory that holds the backup sets).");
        return false;
    }
    return validateHosts(error);
}

bool ClusterProfile::validateHosts(QString *error) const
{
    QSet<QString> hostNames;
    for (const HostProfile &host : hosts) {
        if (host.name.isEmpty() || hostNames.contains(host.name) || host.address.isEmpty()) {
            *error = tr("every host needs a \"name\" of its own and an \"address\" (\"%1\" is empty or used twice).").arg(host.name);
            return false;
        }
        hostNames.insert(host.name);
    }
    const QList<std::pair<const char *, QString>> shared{
        {"gdsHost", gdsHost}, {"fontsHost", fontsHost}, {"connectorsHost", connectorsHost}, {"contentStorageRootHost", contentStorageRootHost}};
    for (const auto &[key, name] : shared) {
        if (!name.isEmpty() && !hostNames.contains(name)) {
            *error = tr("\"%1\" names the host %2, which \"hosts\" does not list.").arg(QLatin1String(key), name);
            return false;
        }
    }
    // Two nodes that would share one crx-repository: on one host, one path is one directory.
    QHash<QString, QString> repositories;
    for (const NodeProfile &node : nodes) {
        const QString key = hostOf(node) + u'\n' + QDir::cleanPath(node.repository);
        if (repositories.contains(key)) {
            const QString where = hostOf(node).isEmpty() ? tr("this machine") : hostOf(node);
            *error = tr("nodes \"%1\" and \"%2\" both keep their crx-repository at %3 on %4; give each node its own host or "
                        "its own path.").arg(repositories.value(key), node.name, node.repository, where);
            return false;
        }
        repositories.insert(key, node.name);
    }
    return true;
}

QString ClusterProfile::relative(const QString &absolutePath) const
{
    if (absolutePath.isEmpty())
        return {};
    const QString rel = QDir(directory()).relativeFilePath(absolutePath);
    return rel.startsWith(QLatin1String("..")) ? absolutePath : rel;
}

QStringList ClusterProfile::relative(const QStringList &absolutePaths) const
{
    QStringList paths;
    for (const QString &path : absolutePaths)
        paths.append(relative(path));
    return paths;
}

QJsonObject ClusterProfile::toJson() const
{
    QJsonArray nodeArray;
    for (const NodeProfile &node : nodes) {
        // A path on another host is written as it is: it was absolute, and it is not below this file's folder.
        const bool remote = !hostOf(node).isEmpty();
        auto place = [this, remote](const QString &path) { return remote ? path : relative(path); };
        auto placeAll = [this, remote](const QStringList &paths) { return remote ? paths : relative(paths); };
        nodeArray.append(QJsonObject{
            {QStringLiteral("name"), node.name},
            {QStringLiteral("role"), toString(node.role)},
            {QStringLiteral("host"), node.host},
            {QStringLiteral("repository"), place(node.repository)},
            {QStringLiteral("appServerDir"), place(node.appServerDir)},
            {QStringLiteral("bootstrapProperties"), place(node.bootstrapProperties)},
            {QStringLiteral("errorLog"), place(node.errorLog)},
            {QStringLiteral("patchLevelFile"), place(node.patchLevelFile)},
            {QStringLiteral("indexRoot"), place(node.indexRoot)},
            {QStringLiteral("tempDirectories"), toJsonArray(placeAll(node.tempDirectories))},
            {QStringLiteral("http"), QJsonObject{{QStringLiteral("url"), node.httpUrl.toString()},
                                                 {QStringLiteral("user"), node.httpUser},
                                                 {QStringLiteral("password"), node.httpPassword},
                                                 {QStringLiteral("statusPath"), node.statusPath}}},
            {QStringLiteral("control"), QJsonObject{{QStringLiteral("start"), commandToJson(node.start)},
                                                    {QStringLiteral("stop"), commandToJson(node.stop)},
                                                    {QStringLiteral("timeoutSeconds"), node.controlTimeoutSeconds}}},
        });
    }
    QJsonArray databaseArray;
    for (const DatabaseProfile &database : databases) {
        QJsonObject object{{QStringLiteral("name"), database.name}, {QStringLiteral("kind"), toString(database.kind)}};
        if (database.kind == DatabaseKind::Sqlite) {
            object.insert(QStringLiteral("path"), relative(database.path));
        } else {
            object.insert(QStringLiteral("host"), database.host);
            object.insert(QStringLiteral("port"), database.port);
            object.insert(QStringLiteral("socket"), database.socket);
            object.insert(QStringLiteral("database"), database.database);
            object.insert(QStringLiteral("user"), database.user);
            object.insert(QStringLiteral("password"), database.password);
        }
        object.insert(QStringLiteral("gdsReferenceQuery"), database.gdsReferenceQuery);
        databaseArray.append(object);
    }
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("sandbox"), sandbox},
        {QStringLiteral("appServer"), toString(appServer)},
        {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("gds"), relative(gds)},
        {QStringLiteral("fonts"), toJsonArray(relative(fonts))},
        {QStringLiteral("connectors"), relative(connectors)},
        {QStringLiteral("contentStorageRoot"), relative(contentStorageRoot)},
        {QStringLiteral("databases"), databaseArray},
        {QStringLiteral("backupRoot"), relative(backupRoot)},
        {QStringLiteral("secretsFile"), relative(secretsFile)},
        {QStringLiteral("backupMode"),
         QJsonObject{{QStringLiteral("host"), backupMode.host},
                     {QStringLiteral("port"), backupMode.port},
                     {QStringLiteral("user"), backupMode.user},
                     {QStringLiteral("password"), backupMode.password},
                     {QStringLiteral("enterSnapshot"), commandToJson(backupMode.enterSnapshot)},
                     {QStringLiteral("leaveSnapshot"), commandToJson(backupMode.leaveSnapshot)},
                     {QStringLiteral("enterRolling"), commandToJson(backupMode.enterRolling)},
                     {QStringLiteral("leaveRolling"), commandToJson(backupMode.leaveRolling)}}},
    };
    if (!hosts.isEmpty()) {
        QJsonArray hostArray;
        for (const HostProfile &host : hosts) {
            QJsonObject object{{QStringLiteral("name"), host.name}, {QStringLiteral("address"), host.address},
                               {QStringLiteral("port"), host.port}, {QStringLiteral("sudo"), host.sudo},
                               {QStringLiteral("agentPath"), host.agentPath}};
            for (const auto &[key, value] : {std::pair{"user", host.user}, std::pair{"identityFile", relative(host.identityFile)},
                                             std::pair{"sshConfig", relative(host.sshConfig)}}) {
                if (!value.isEmpty())
                    object.insert(QLatin1String(key), value);
            }
            hostArray.append(object);
        }
        json.insert(QStringLiteral("hosts"), hostArray);
    }
    if (!knownHostsFile.isEmpty())
        json.insert(QStringLiteral("knownHostsFile"), relative(knownHostsFile));
    for (const auto &[key, value] : {std::pair{"gdsHost", gdsHost}, std::pair{"fontsHost", fontsHost},
                                     std::pair{"connectorsHost", connectorsHost}, std::pair{"contentStorageRootHost", contentStorageRootHost}}) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    }
    return json;
}

bool ClusterProfile::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the cluster profile %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the cluster profile %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

const NodeProfile *ClusterProfile::node(const QString &nodeName) const
{
    for (const NodeProfile &candidate : nodes) {
        if (candidate.name == nodeName)
            return &candidate;
    }
    return nullptr;
}

const NodeProfile *ClusterProfile::primary() const
{
    const auto primaries = nodesWithRole(NodeRole::Primary);
    return primaries.isEmpty() ? nullptr : primaries.first();
}

QList<const NodeProfile *> ClusterProfile::nodesWithRole(NodeRole role) const
{
    QList<const NodeProfile *> matching;
    for (const NodeProfile &candidate : nodes) {
        if (candidate.role == role)
            matching.append(&candidate);
    }
    return matching;
}

QStringList ClusterProfile::authorNames(bool primaryFirst) const
{
    QStringList names;
    for (const NodeProfile *node : nodesWithRole(NodeRole::Secondary))
        names.append(node->name);
    if (const NodeProfile *first = primary())
        primaryFirst ? names.prepend(first->name) : names.append(first->name);
    return names;
}

QStringList ClusterProfile::nodeNames() const
{
    QStringList names;
    for (const NodeProfile &candidate : nodes)
        names.append(candidate.name);
    return names;
}

} // namespace Lifeboat
