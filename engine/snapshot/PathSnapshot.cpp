// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PathSnapshot.h"

#include <cluster/NodeController.h>
#include <hosts/Hosts.h>
#include <profile/ClusterProfile.h>
#include <restore/Quarantine.h>
#include <run/StepContext.h>
#include <snapshot/SnapshotPlanner.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
constexpr int commandTimeoutSeconds = 600;

SnapshotMethod wanted(const ClusterProfile &profile, const QString &name)
{
    if (name == QLatin1String("repository"))
        return profile.snapshots.repository;
    if (name == QLatin1String("gds"))
        return profile.snapshots.gds;
    return profile.snapshots.contentStorageRoot;
}

PathSnapshot planned(const ClusterProfile &profile, const QString &name, const HostPath &place, const QString &setId,
                     const QString &node = {})
{
    PathSnapshot snapshot;
    snapshot.name = name;
    snapshot.node = node;
    snapshot.place = place;
    const SnapshotMethod asked = wanted(profile, name);
    snapshot.asked = asked;
    if (asked == SnapshotMethod::None)
        return snapshot;
    const QString label = QStringLiteral("lifeboat-") + setId;
    if (asked == SnapshotMethod::Command) {
        snapshot.method = SnapshotMethod::Command;
        snapshot.snapshotPath = profile.snapshots.values(place.path, label, name, place.host, node).value(QStringLiteral("mountPath"));
        return snapshot;
    }
    HostFiles &files = Hosts::of(profile)->files(place);
    HostFiles::SnapshotSupport support;
    QString error;
    if (!files.snapshotSupport(place.path, &support, &error)) {
        snapshot.whyNot = error;
        return snapshot;
    }
    snapshot.method = SnapshotPlanner::resolve(asked, support, &snapshot.whyNot);
    if (snapshot.isSnapshot()) {
        const QString clean = QDir::cleanPath(place.path);
        snapshot.snapshotPath = QDir(Quarantine::anchorFor(files, clean))
                                    .filePath(QStringLiteral(".lifeboat-snapshot-") + setId + u'/' + QFileInfo(clean).fileName());
    }
    return snapshot;
}

bool isBelow(const QString &path, const QString &root)
{
    const QString cleanPath = QDir::cleanPath(path);
    const QString cleanRoot = QDir::cleanPath(root);
    return cleanPath == cleanRoot || cleanPath.startsWith(cleanRoot + u'/');
}

const PathSnapshot *snapshotOf(const BackupPart::Source &source, const QList<PathSnapshot> &snapshots)
{
    for (const PathSnapshot &snapshot : snapshots) {
        if (snapshot.isSnapshot() && snapshot.place.host == source.host && isBelow(source.path, snapshot.place.path))
            return &snapshot;
    }
    return nullptr;
}
} // namespace

QString PathSnapshot::describe() const
{
    switch (method) {
    case SnapshotMethod::Btrfs:
        return tr("%1: a read-only btrfs snapshot at %2, copied while the nodes serve").arg(place.display(), snapshotPath);
    case SnapshotMethod::Reflink:
        return tr("%1: a reflink copy at %2, copied while the nodes serve").arg(place.display(), snapshotPath);
    case SnapshotMethod::Command:
        return tr("%1: the profile's snapshot command, read at %2 while the nodes serve").arg(place.display(), snapshotPath);
    case SnapshotMethod::Auto:
    case SnapshotMethod::None:
        break;
    }
    return whyNot.isEmpty() ? tr("%1: copied while the nodes are stopped").arg(place.display())
                            : tr("%1: copied while the nodes are stopped (%2)").arg(place.display(), whyNot);
}

QString PathSnapshot::shortDescription() const
{
    QString what;
    if (name == QLatin1String("repository"))
        what = tr("%1's repository").arg(node);
    else if (name == QLatin1String("gds"))
        what = tr("the GDS");
    else
        what = tr("the Content Storage Root");
    return tr("%1 (%2)").arg(what, SnapshotMethods::displayName(method));
}

QList<PathSnapshot> PathSnapshot::forBackup(const ClusterProfile &profile, const QStringList &repositoryNodes, const QString &setId,
                                            bool sharedStores)
{
    QList<PathSnapshot> list;
    for (const QString &name : repositoryNodes) {
        if (const NodeProfile *node = profile.node(name))
            list.append(planned(profile, QStringLiteral("repository"), profile.onNode(*node, node->repository), setId, name));
    }
    if (sharedStores && !profile.gds.isEmpty())
        list.append(planned(profile, QStringLiteral("gds"), profile.gdsPlace(), setId));
    if (sharedStores && !profile.contentStorageRoot.isEmpty())
        list.append(planned(profile, QStringLiteral("contentStorageRoot"), profile.contentStorageRootPlace(), setId));
    return list;
}

QList<PathSnapshot> PathSnapshot::taken(const QList<PathSnapshot> &snapshots)
{
    QList<PathSnapshot> list;
    for (const PathSnapshot &snapshot : snapshots) {
        if (snapshot.isSnapshot())
            list.append(snapshot);
    }
    return list;
}

BackupPart PathSnapshot::readFromSnapshots(BackupPart part, const QList<PathSnapshot> &snapshots)
{
    for (BackupPart::Source &source : part.sources) {
        if (const PathSnapshot *snapshot = snapshotOf(source, snapshots))
            source.readFrom = QDir(snapshot->snapshotPath).filePath(QDir(QDir::cleanPath(snapshot->place.path)).relativeFilePath(source.path));
    }
    return part;
}

bool PathSnapshot::readsFrom(const BackupPart &part, const QList<PathSnapshot> &snapshots)
{
    for (const BackupPart::Source &source : part.sources) {
        if (snapshotOf(source, snapshots))
            return true;
    }
    return false;
}

bool PathSnapshot::create(StepContext &context, QString *error) const
{
    if (!remove(context, error))
        return false;
    if (method == SnapshotMethod::Command)
        return runCommand(context, true, error);
    HostFiles &files = context.hosts().files(place);
    return files.makeDirectory(QFileInfo(snapshotPath).absolutePath(), error)
        && files.createSnapshot(place.path, method, snapshotPath, error);
}

bool PathSnapshot::remove(StepContext &context, QString *error) const
{
    if (method == SnapshotMethod::Command)
        return runCommand(context, false, error);
    HostFiles &files = context.hosts().files(place);
    HostFiles::Entry entry;
    if (!files.stat(snapshotPath, &entry, error))
        return false;
    if (entry.exists() && !files.removeSnapshot(snapshotPath, error))
        return false;
    // The set's snapshot folder, once empty.
    const QString folder = QFileInfo(snapshotPath).absolutePath();
    QList<HostFiles::Entry> left;
    if (files.stat(folder, &entry, error) && entry.isDirectory() && files.list(folder, &left, error) && left.isEmpty())
        return files.removeOwnTree(folder, error);
    return error->isEmpty();
}

bool PathSnapshot::runCommand(StepContext &context, bool creating, QString *error) const
{
    const ClusterProfile &profile = context.profile();
    const QString label = QStringLiteral("lifeboat-") + context.options().value(QStringLiteral("setId")).toString();
    const QHash<QString, QString> values = profile.snapshots.values(place.path, label, name, place.host, node);
    const CommandTemplate &command = creating ? profile.snapshots.create : profile.snapshots.remove;
    // Removing what is not there is done; creating over a stale one first removes it.
    if (!creating) {
        HostFiles::Entry entry;
        if (context.hosts().files(place).stat(snapshotPath, &entry, nullptr) && !entry.exists())
            return true;
    }
    context.info(tr("Running %1").arg(command.display(values)));
    const NodeController::Result result = context.nodes().runTemplate(command, values, commandTimeoutSeconds);
    if (!result.ok)
        *error = result.error;
    return result.ok;
}

} // namespace Lifeboat
