// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/CommandTemplate.h>
#include <profile/DatabaseProfile.h>
#include <profile/HostPath.h>
#include <profile/HostProfile.h>
#include <profile/NodeProfile.h>
#include <profile/ProfileProblem.h>
#include <profile/SigningSettings.h>
#include <profile/SnapshotSettings.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lifeboat {

struct SecretReference;

enum class AppServerKind { JBoss, WebLogic, WebSphere };

QString toString(AppServerKind kind);
bool appServerKindFromString(const QString &text, AppServerKind *kind);

// How to enter and leave LCBackupMode on the forms server: argument lists
// with {label}, {timeout}, {host}, {port}, {user} and {password}.
struct BackupModeControl
{
    QString host;
    int port = 0;
    QString user;
    QString password; // a {secret:NAME} reference
    CommandTemplate enterSnapshot;
    CommandTemplate leaveSnapshot;
    CommandTemplate enterRolling;
    CommandTemplate leaveRolling;
};

// One cluster, as a JSON file (see docs/profile.md): its nodes, shared
// storage, databases, how to control it and where backups go. Relative paths
// in the file are relative to the file's directory; once loaded, every path
// is absolute. The loader is strict (docs/profile.md, docs/profile.schema.json):
// a profile loads only when it has no unknown key, no value of the wrong
// type, every required key, exactly one primary, unique node names, no two
// nodes on one repository, no undefined secret and no placeholder a command
// cannot fill; every problem is reported at once, with its line and column.
class ClusterProfile
{
    Q_DECLARE_TR_FUNCTIONS(ClusterProfile)

public:
    QString name;
    bool sandbox = false;
    AppServerKind appServer = AppServerKind::JBoss;
    QList<NodeProfile> nodes;
    // The hosts reached over ssh. A node whose "host" names one of them
    // keeps its files there; the shared stores name theirs with gdsHost,
    // fontsHost, connectorsHost and contentStorageRootHost. Everything
    // else is on the machine Lifeboat runs on.
    QList<HostProfile> hosts;
    QString gdsHost;
    QString fontsHost;
    QString connectorsHost;
    QString contentStorageRootHost;
    // Where the keys of the trusted hosts are kept (an OpenSSH known_hosts
    // file); empty: Lifeboat's own, in the user's data directory.
    QString knownHostsFile;
    QString gds;
    QStringList fonts;
    QString connectors;
    QString contentStorageRoot;
    QList<DatabaseProfile> databases;
    QString backupRoot;
    // A full backup set every this many backups of a strategy; incremental
    // sets in between ("fullEvery"; 1: always full).
    static constexpr int defaultFullEvery = 7;
    int fullEvery = defaultFullEvery;
    QString secretsFile;
    BackupModeControl backupMode;
    // How offline backups freeze the paths they copy ("snapshots").
    SnapshotSettings snapshots;
    // Whether new sets are signed, and whose signatures a restore trusts.
    SigningSettings signing;

    // Where the profile was loaded from (or will be saved to).
    QString filePath;
    QString directory() const;

    // Every problem goes to `problems`, sorted by position, warnings too; the
    // profile loads when none of them is an error.
    static std::optional<ClusterProfile> load(const QString &path, QList<ProfileProblem> *problems);
    // For callers that show one message: every error, one per line.
    static std::optional<ClusterProfile> load(const QString &path, QString *error);
    // As load(), without positions (there is no text to find them in).
    static std::optional<ClusterProfile> fromJson(const QJsonObject &json, const QString &directory,
                                                  QList<ProfileProblem> *problems);
    static std::optional<ClusterProfile> fromJson(const QJsonObject &json, const QString &directory, QString *error);
    [[nodiscard]] bool save(const QString &path, QString *error) const;
    // Points the profile file at `path` to another backup root: that one key
    // changes, everything else in the file stays as it was written (a whole
    // save() would also rewrite what the loader normalised). Returns the
    // profile as loaded again, or nothing with `error` (the file unchanged).
    static std::optional<ClusterProfile> changeBackupRoot(const QString &path, const QString &backupRoot,
                                                          QString *error);
    QJsonObject toJson() const;

    const NodeProfile *node(const QString &nodeName) const;
    const NodeProfile *primary() const;
    QList<const NodeProfile *> nodesWithRole(NodeRole role) const;
    QStringList nodeNames() const;
    // The author nodes' names: the primary first (the order to start them)
    // or last (the order to stop them), the secondaries in profile order.
    QStringList authorNames(bool primaryFirst) const;

    // Which host each kind of file lives on (see hosts/Hosts): a name from
    // the profile's hosts, or empty for the machine Lifeboat runs on.
    QString hostOf(const NodeProfile &node) const;
    HostPath onNode(const NodeProfile &node, const QString &path) const { return {hostOf(node), path}; }
    HostPath gdsPlace() const { return {gdsHost, gds}; }
    HostPath fontsPlace(const QString &fontDirectory) const { return {fontsHost, fontDirectory}; }
    HostPath connectorsPlace() const { return {connectorsHost, connectors}; }
    HostPath contentStorageRootPlace() const { return {contentStorageRootHost, contentStorageRoot}; }
    const HostProfile *host(const QString &hostName) const;

    // Whether load() requires every {secret:NAME} to be defined (the
    // default). The sandbox's node agent turns it off: it is started without
    // LIFEBOAT_SECRET_* in its environment, and reads the few secrets it uses
    // where it uses them, so the others must not stop it.
    static void setSecretsRequiredOnLoad(bool required);

private:
    static ClusterProfile read(const QJsonObject &json, const QString &directory);
    // The rules between keys (names, primaries, hosts, paths), given the
    // problems the schema found so far, so that one mistake is reported once.
    void validate(QList<ProfileProblem> *problems) const;
    void validateNodes(QList<ProfileProblem> *problems) const;
    void validateHosts(QList<ProfileProblem> *problems) const;
    void validateSnapshots(QList<ProfileProblem> *problems) const;
    void validateSigning(QList<ProfileProblem> *problems) const;
    void validateSecrets(const QList<SecretReference> &references, QList<ProfileProblem> *problems) const;
    QString relative(const QString &absolutePath) const;
    QStringList relative(const QStringList &absolutePaths) const;
};

} // namespace Lifeboat
