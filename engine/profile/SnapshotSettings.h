// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QHash>
#include <QString>
#include <profile/CommandTemplate.h>
#include <snapshot/SnapshotMethod.h>

namespace Lifeboat {

// How an offline backup freezes each kind of path (the profile's optional
// "snapshots" object, docs/profile.md): a method for the crx-repositories,
// the GDS and the Content Storage Root, and the commands that snapshot a
// path where the method is "command" (LVM, ZFS, a storage array). The
// commands are argument lists with {path}, {label}, {name} (repository, gds
// or contentStorageRoot), {host} (the path's host, empty on Lifeboat's own
// machine), {node} (whose repository; empty for the others) and {mountPath};
// mountPath is where the snapshot of {path} can be
// read once `create` has run, with the same placeholders but itself.
struct SnapshotSettings
{
    SnapshotMethod repository = SnapshotMethod::Auto;
    SnapshotMethod gds = SnapshotMethod::Auto;
    SnapshotMethod contentStorageRoot = SnapshotMethod::Auto;
    CommandTemplate create;
    QString mountPath;
    CommandTemplate remove;

    // The placeholders of the commands, and of mountPath (all but itself).
    static QStringList commandPlaceholders()
    {
        return { QStringLiteral("path"), QStringLiteral("label"), QStringLiteral("name"),
            QStringLiteral("host"), QStringLiteral("node"), QStringLiteral("mountPath") };
    }
    static QStringList mountPathPlaceholders() { return commandPlaceholders().mid(0, 5); }

    bool usesCommand() const
    {
        return repository == SnapshotMethod::Command || gds == SnapshotMethod::Command
            || contentStorageRoot == SnapshotMethod::Command;
    }
    bool isDefault() const
    {
        return repository == SnapshotMethod::Auto && gds == SnapshotMethod::Auto
            && contentStorageRoot == SnapshotMethod::Auto && create.isEmpty() && mountPath.isEmpty()
            && remove.isEmpty();
    }

    // The values to fill `create` and `remove` with, {mountPath} expanded,
    // for the snapshot of `path` (on `host`, empty locally) named `name`;
    // `node` is whose repository it is (empty for the GDS and the Content
    // Storage Root), so that two repositories on one host (publish nodes)
    // can each have a mountPath of their own.
    QHash<QString, QString> values(const QString &path, const QString &label, const QString &name,
        const QString &host, const QString &node = {}) const
    {
        QHash<QString, QString> filled{ { QStringLiteral("path"), path }, { QStringLiteral("label"), label },
            { QStringLiteral("name"), name }, { QStringLiteral("host"), host }, { QStringLiteral("node"), node } };
        const QStringList expanded
            = CommandTemplate({ mountPath }).expand(filled, [](const QString &) { return QString(); });
        filled.insert(QStringLiteral("mountPath"), expanded.value(0));
        return filled;
    }
};

} // namespace Lifeboat
