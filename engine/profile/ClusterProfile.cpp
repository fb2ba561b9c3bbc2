// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ClusterProfile.h"

#include <profile/JsonLocator.h>
#include <profile/ProfileSchema.h>
#include <profile/SecretStore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <atomic>

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

std::optional<ClusterProfile> ClusterProfile::load(const QString &path, QList<ProfileProblem> *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({.message = tr("Cannot read the cluster profile: %1. Check the path, or create a sandbox with "
                                        "'lifeboat sandbox create DIR'.").arg(file.errorString())});
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    const JsonLocator locator(text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject()) {
        const bool invalid = parseError.error != QJsonParseError::NoError;
        const JsonLocator::Position at = locator.positionOfOffset(invalid ? parseError.offset : 0);
        problems->append({.line = at.line, .column = at.column,
                          .message = invalid ? tr("Not valid JSON: %1. A profile is plain JSON: no comments, no trailing "
                                                  "commas.").arg(parseError.errorString())
                                             : tr("A cluster profile must hold a JSON object ({ … }), but this file holds an "
                                                  "array ([ … ]). Put the profile's keys in one object.")});
        return std::nullopt;
    }
    QList<ProfileProblem> found;
    for (const auto &[keyPath, at] : locator.duplicateKeys())
        found.append({.keyPath = keyPath, .line = at.line, .column = at.column,
                      .message = tr("This key appears twice in its object; only one of them would be read.")});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto profile = fromJson(document.object(), QFileInfo(absolute).absolutePath(), &found);
    for (ProfileProblem &problem : found) {
        if (problem.line == 0) {
            const JsonLocator::Position at = locator.find(problem.keyPath);
            problem.line = at.line;
            problem.column = at.column;
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const ProfileProblem &a, const ProfileProblem &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    problems->append(found);
    if (ProfileProblem::hasErrors(found))
        return std::nullopt;
    profile->filePath = absolute;
    return profile;
}

namespace {
QString errorsOf(const QString &path, const QList<ProfileProblem> &problems)
{
    QList<ProfileProblem> errors;
    std::copy_if(problems.cbegin(), problems.cend(), std::back_inserter(errors),
                 [](const ProfileProblem &problem) { return problem.isError(); });
    return ProfileProblem::describe(path, errors);
}
} // namespace

std::optional<ClusterProfile> ClusterProfile::load(const QString &path, QString *error)
{
    QList<ProfileProblem> problems;
    auto profile = load(path, &problems);
    if (!profile)
        *error = errorsOf(path, problems);
    return profile;
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const QJsonObject &json, const QString &directory, QString *error)
{
    QList<ProfileProblem> problems;
    auto profile = fromJson(json, directory, &problems);
    if (!profile)
        *error = errorsOf(QDir(directory).filePath(QStringLiteral("cluster.json")), problems);
    return profile;
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const QJsonObject &json, const QString &directory,
                                                       QList<ProfileProblem> *problems)
{
    QList<SecretReference> secrets;
    QList<ProfileProblem> found = ProfileSchema::check(json, &secrets);
    const ClusterProfile profile = read(json, directory);
    profile.validate(&found);
    profile.validateSecrets(secrets, &found);
    problems->append(found);
    if (ProfileProblem::hasErrors(found))
        return std::nullopt;
    return profile;
}

// Reads what the schema describes; a value of the wrong type reads as its
// default, which matters not: ProfileSchema::check() has reported it.
ClusterProfile ClusterProfile::read(const QJsonObject &json, const QString &directory)
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
    (void)appServerKindFromString(json.value(QLatin1String("appServer")).toString(), &profile.appServer);
    for (const QJsonValue &value : json.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject object = value.toObject();
        NodeProfile node;
        node.name = object.value(QLatin1String("name")).toString();
        (void)nodeRoleFromString(object.value(QLatin1String("role")).toString(), &node.role);
        node.host = object.value(QLatin1String("host")).toString();
        // A path on another host stays as written: validate() refuses a relative one.
        const bool remote = profile.host(node.host) != nullptr;
        auto place = [&](const QString &path) {
            return remote && !QDir::isAbsolutePath(path) ? path : absolutePath(directory, path);
        };
        node.repository = place(object.value(QLatin1String("repository")).toString());
        node.appServerDir = place(object.value(QLatin1String("appServerDir")).toString());
        node.bootstrapProperties = place(object.value(QLatin1String("bootstrapProperties")).toString());
        node.errorLog = place(object.value(QLatin1String("errorLog")).toString());
        node.patchLevelFile = place(object.value(QLatin1String("patchLevelFile")).toString());
        node.indexRoot = place(object.value(QLatin1String("indexRoot")).toString());
        for (const QString &temp : toStringList(object.value(QLatin1String("tempDirectories"))))
            node.tempDirectories.append(place(temp));
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
        (void)databaseKindFromString(object.value(QLatin1String("kind")).toString(), &database.kind);
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
    profile.fullEvery = json.value(QLatin1String("fullEvery")).toInt(defaultFullEvery);
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
    const QJsonObject snapshots = json.value(QLatin1String("snapshots")).toObject();
    for (auto [key, method] : {std::pair{"repository", &profile.snapshots.repository}, std::pair{"gds", &profile.snapshots.gds},
                               std::pair{"contentStorageRoot", &profile.snapshots.contentStorageRoot}})
        *method = snapshotMethodFromName(snapshots.value(QLatin1String(key)).toString()).value_or(SnapshotMethod::Auto);
    profile.snapshots.create = commandFromJson(snapshots.value(QLatin1String("create")));
    profile.snapshots.mountPath = snapshots.value(QLatin1String("mountPath")).toString();
    profile.snapshots.remove = commandFromJson(snapshots.value(QLatin1String("remove")));
    const QJsonObject signing = json.value(QLatin1String("signing")).toObject();
    profile.signing.key = absolutePath(directory, signing.value(QLatin1String("key")).toString());
    profile.signing.allowedSigners = absolutePath(directory, signing.value(QLatin1String("allowedSigners")).toString());
    profile.signing.required = signing.value(QLatin1String("required")).toBool();
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

namespace {
QString at(const char *parent, qsizetype index, const char *key)
{
    return JsonLocator::member(JsonLocator::element(QLatin1String(parent), index), QLatin1String(key));
}
} // namespace

void ClusterProfile::validate(QList<ProfileProblem> *problems) const
{
    validateNodes(problems);
    validateHosts(problems);
    validateSnapshots(problems);
    validateSigning(problems);
    QHash<QString, qsizetype> databaseNames;
    for (qsizetype i = 0; i < databases.size(); ++i) {
        const QString &databaseName = databases[i].name;
        if (databaseName.isEmpty())
            continue;
        if (databaseNames.contains(databaseName))
            problems->append({.keyPath = at("databases", i, "name"),
                              .message = tr("databases[%1] has this name already; a database's backup part is named after "
                                            "it, so every database needs a name of its own.").arg(databaseNames.value(databaseName))});
        else
            databaseNames.insert(databaseName, i);
    }
}

void ClusterProfile::validateNodes(QList<ProfileProblem> *problems) const
{
    QHash<QString, qsizetype> names;
    int primaries = 0;
    // A role the schema refused reads as "secondary": then the count would be wrong too.
    const bool rolesKnown = std::none_of(problems->cbegin(), problems->cend(), [](const ProfileProblem &problem) {
        return problem.keyPath == QLatin1String("nodes")
            || (problem.keyPath.startsWith(QLatin1String("nodes[")) && problem.keyPath.endsWith(QLatin1String("].role")));
    });
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeProfile &node = nodes[i];
        if (names.contains(node.name))
            problems->append({.keyPath = at("nodes", i, "name"),
                              .message = tr("nodes[%1] has this name already; every node needs a name of its own.")
                                             .arg(names.value(node.name))});
        else if (!node.name.isEmpty())
            names.insert(node.name, i);
        primaries += node.role == NodeRole::Primary ? 1 : 0;
    }
    if (rolesKnown && primaries != 1)
        problems->append({.keyPath = QStringLiteral("nodes"),
                          .message = tr("An AEM Forms cluster has exactly one primary author node; this profile has %1.")
                                         .arg(primaries)});
}

void ClusterProfile::validateHosts(QList<ProfileProblem> *problems) const
{
    QHash<QString, qsizetype> hostNames;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (hostNames.contains(hosts[i].name))
            problems->append({.keyPath = at("hosts", i, "name"),
                              .message = tr("hosts[%1] has this name already; every host needs a name of its own.")
                                             .arg(hostNames.value(hosts[i].name))});
        else if (!hosts[i].name.isEmpty())
            hostNames.insert(hosts[i].name, i);
    }
    const QList<std::pair<const char *, QString>> shared{
        {"gdsHost", gdsHost}, {"fontsHost", fontsHost}, {"connectorsHost", connectorsHost}, {"contentStorageRootHost", contentStorageRootHost}};
    for (const auto &[key, hostName] : shared) {
        if (!hostName.isEmpty() && !hostNames.contains(hostName))
            problems->append({.keyPath = QLatin1String(key),
                              .message = tr("Names the host \"%1\", which \"hosts\" does not list.").arg(hostName),
                              .suggestion = ProfileSchema::nearest(hostName, hostNames.keys())});
    }
    // A node on another host: its paths are that host's, and cannot be relative to this file's folder.
    QHash<QString, QString> repositories;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeProfile &node = nodes[i];
        if (host(node.host)) {
            const QList<std::pair<const char *, QString>> paths{
                {"repository", node.repository}, {"appServerDir", node.appServerDir},
                {"bootstrapProperties", node.bootstrapProperties}, {"errorLog", node.errorLog},
                {"patchLevelFile", node.patchLevelFile}, {"indexRoot", node.indexRoot}};
            for (const auto &[key, path] : paths) {
                if (!path.isEmpty() && !QDir::isAbsolutePath(path))
                    problems->append({.keyPath = at("nodes", i, key),
                                      .message = tr("The node lives on the host %1, so this path must be absolute (it is %2).")
                                                     .arg(node.host, path)});
            }
            for (qsizetype t = 0; t < node.tempDirectories.size(); ++t) {
                if (!QDir::isAbsolutePath(node.tempDirectories[t]))
                    problems->append({.keyPath = JsonLocator::element(at("nodes", i, "tempDirectories"), t),
                                      .message = tr("The node lives on the host %1, so this path must be absolute (it is %2).")
                                                     .arg(node.host, node.tempDirectories[t])});
            }
        }
        // Two nodes that would share one crx-repository: on one host, one path is one directory.
        if (node.repository.isEmpty())
            continue;
        const QString key = hostOf(node) + u'\n' + QDir::cleanPath(node.repository);
        if (repositories.contains(key)) {
            const QString where = hostOf(node).isEmpty() ? tr("this machine") : hostOf(node);
            problems->append({.keyPath = at("nodes", i, "repository"),
                              .message = tr("nodes \"%1\" and \"%2\" both keep their crx-repository at %3 on %4; give each node "
                                            "its own host or its own path.").arg(repositories.value(key), node.name, node.repository, where)});
        } else {
            repositories.insert(key, node.name);
        }
    }
}

// The "command" method runs the profile's commands: without all three it could not make, read or remove a snapshot.
void ClusterProfile::validateSnapshots(QList<ProfileProblem> *problems) const
{
    if (!snapshots.usesCommand())
        return;
    QStringList missing;
    if (snapshots.create.isEmpty())
        missing.append(QStringLiteral("create"));
    if (snapshots.mountPath.isEmpty())
        missing.append(QStringLiteral("mountPath"));
    if (snapshots.remove.isEmpty())
        missing.append(QStringLiteral("remove"));
    if (!missing.isEmpty())
        problems->append({.keyPath = QStringLiteral("snapshots"),
                          .message = tr("A path's snapshot method is \"command\", so the snapshot commands are needed; "
                                        "missing: %1.").arg(missing.join(QStringLiteral(", ")))});
}

// Requiring signatures with nobody allowed to make them would refuse every set.
void ClusterProfile::validateSigning(QList<ProfileProblem> *problems) const
{
    if (signing.required && signing.allowedSigners.isEmpty())
        problems->append({.keyPath = QStringLiteral("signing.allowedSigners"),
                          .message = tr("\"required\" is true, so the allowed-signers file that says whose signatures to "
                                        "trust is needed. Name it here, or set \"required\" to false.")});
}

// A {secret:NAME} is defined when the profile's secrets file has the name (an
// empty value too: Lifeboat asks for it when it is needed) or its environment
// variable is set. Without a secrets file every secret comes from the
// environment or is asked for, so there is nothing to check against.
namespace {
std::atomic_bool secretsRequiredOnLoad{true};
} // namespace

void ClusterProfile::setSecretsRequiredOnLoad(bool required)
{
    secretsRequiredOnLoad = required;
}

void ClusterProfile::validateSecrets(const QList<SecretReference> &references, QList<ProfileProblem> *problems) const
{
    if (references.isEmpty() || secretsFile.isEmpty() || !secretsRequiredOnLoad)
        return;
    const QString secretsKey = QStringLiteral("secretsFile");
    if (!QFileInfo::exists(secretsFile)) {
        problems->append({.severity = ProfileProblem::Severity::Warning, .keyPath = secretsKey,
                          .message = tr("The secrets file %1 does not exist, so the secrets the profile names cannot be "
                                        "checked. Lifeboat reads each from its environment variable, or asks for it.")
                                         .arg(secretsFile)});
        return;
    }
    QString error;
    const std::optional<QStringList> defined = SecretStore(secretsFile).fileNames(&error);
    if (!defined) {
        problems->append({.severity = ProfileProblem::Severity::Warning, .keyPath = secretsKey, .message = error});
        return;
    }
    for (const SecretReference &reference : references) {
        if (defined->contains(reference.name)
            || !qEnvironmentVariableIsEmpty(SecretStore::environmentName(reference.name).toLatin1().constData()))
            continue;
        problems->append({.keyPath = reference.keyPath,
                          .message = tr("The secret \"%1\" is not defined: the secrets file %2 does not have it, and the "
                                        "environment variable %3 is not set.")
                                         .arg(reference.name, secretsFile, SecretStore::environmentName(reference.name)),
                          .suggestion = ProfileSchema::nearest(reference.name, *defined)});
    }
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
        // The keys of the other kinds are written too when they hold something: a profile
        // saved again (the profile editor) keeps what its author wrote, even where this
        // kind does not use it.
        const bool sqlite = database.kind == DatabaseKind::Sqlite;
        if (sqlite || !database.path.isEmpty())
            object.insert(QStringLiteral("path"), relative(database.path));
        for (const auto &[key, value] : {std::pair{"host", database.host}, std::pair{"socket", database.socket},
                                         std::pair{"database", database.database}, std::pair{"user", database.user},
                                         std::pair{"password", database.password}}) {
            if (!sqlite || !value.isEmpty())
                object.insert(QLatin1String(key), value);
        }
        if (!sqlite || database.port != 0)
            object.insert(QStringLiteral("port"), database.port);
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
    if (fullEvery != defaultFullEvery)
        json.insert(QStringLiteral("fullEvery"), fullEvery);
    if (!snapshots.isDefault()) {
        QJsonObject object{{QStringLiteral("repository"), snapshotMethodName(snapshots.repository)},
                           {QStringLiteral("gds"), snapshotMethodName(snapshots.gds)},
                           {QStringLiteral("contentStorageRoot"), snapshotMethodName(snapshots.contentStorageRoot)}};
        if (!snapshots.create.isEmpty())
            object.insert(QStringLiteral("create"), commandToJson(snapshots.create));
        if (!snapshots.mountPath.isEmpty())
            object.insert(QStringLiteral("mountPath"), snapshots.mountPath);
        if (!snapshots.remove.isEmpty())
            object.insert(QStringLiteral("remove"), commandToJson(snapshots.remove));
        json.insert(QStringLiteral("snapshots"), object);
    }
    if (!signing.isDefault()) {
        QJsonObject object;
        if (!signing.key.isEmpty())
            object.insert(QStringLiteral("key"), relative(signing.key));
        if (!signing.allowedSigners.isEmpty())
            object.insert(QStringLiteral("allowedSigners"), relative(signing.allowedSigners));
        if (signing.required)
            object.insert(QStringLiteral("required"), true);
        json.insert(QStringLiteral("signing"), object);
    }
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

std::optional<ClusterProfile> ClusterProfile::changeBackupRoot(const QString &path, const QString &backupRoot,
                                                              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the cluster profile %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    file.close();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Cannot read the cluster profile %1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    json.insert(QStringLiteral("backupRoot"), QDir::cleanPath(QDir(QFileInfo(path).absolutePath()).absoluteFilePath(backupRoot)));
    // The changed profile must load before it replaces the one that does.
    std::optional<ClusterProfile> changed = fromJson(json, QFileInfo(path).absolutePath(), error);
    if (!changed)
        return std::nullopt;
    QSaveFile saved(path);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0
        || !saved.commit()) {
        *error = tr("Cannot write the cluster profile %1: %2").arg(path, saved.errorString());
        return std::nullopt;
    }
    changed->filePath = QFileInfo(path).absoluteFilePath();
    return changed;
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
