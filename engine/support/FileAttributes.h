// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// What a file carries besides its data: owner and group (numeric ids, and
// the names where the host knows them), permission bits and modification
// time. A backup reads them from each file and a restore puts them back, so
// that a restore run as root leaves files AEM, running as its own user, can
// still write. An id of -1 means "not recorded" (a set made before owners
// were recorded, or a zip that AEM wrote), and then the owner is left alone.
struct FileAttributes
{
    int mode = 0; // permission bits (07777)
    qint64 uid = -1;
    qint64 gid = -1;
    QString owner; // user name; empty when the host has none for uid
    QString group; // group name; empty when the host has none for gid
    QDateTime modified; // to the millisecond; invalid when not recorded

    bool hasOwner() const { return uid >= 0 && gid >= 0; }
    bool operator==(const FileAttributes &) const = default;

    // Of `path` itself (a link is not followed); all unset when it does not exist.
    static FileAttributes of(const QString &path);
    // Of what `path` points to, when it is a link (a part's source that the
    // profile names through a link); else the same as of().
    static FileAttributes ofTarget(const QString &path);
    // Puts the recorded owner, mode and time on `path` (a link is not
    // followed), in that order, since a change of owner clears set-id bits.
    // An owner the process may not give away (it does not run as root) is
    // no error: *ownerSet says whether it was; the mode and the time are
    // still set. Anything else that fails is an error.
    [[nodiscard]] static bool apply(
        const QString &path, const FileAttributes &attributes, bool *ownerSet, QString *error);
    // The same on the open file `file`, named `path` in messages: no path
    // is looked up again.
    [[nodiscard]] static bool applyTo(
        int file, const QString &path, const FileAttributes &attributes, bool *ownerSet, QString *error);
    // Whether this process may give files to any owner (it runs as root).
    static bool canChangeOwners();

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(FileAttributes)
};

} // namespace Lifeboat
