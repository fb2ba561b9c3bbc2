// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileAttributes.h"

#include <support/AccountNames.h>

#include <QFile>
#include <QTimeZone>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

namespace {
FileAttributes fromStat(int (*statCall)(const char *, struct stat *), const QString &path)
{
    FileAttributes attributes;
    struct stat info
    {
    };
    if (statCall(QFile::encodeName(path).constData(), &info) != 0)
        return attributes;
    attributes.mode = int(info.st_mode & 07777);
    attributes.uid = qint64(info.st_uid);
    attributes.gid = qint64(info.st_gid);
    attributes.owner = AccountNames::user(info.st_uid);
    attributes.group = AccountNames::group(info.st_gid);
    attributes.modified = QDateTime::fromMSecsSinceEpoch(
        qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000, QTimeZone::UTC);
    return attributes;
}
} // namespace

FileAttributes FileAttributes::of(const QString &path)
{
    return fromStat(::lstat, path);
}

FileAttributes FileAttributes::ofTarget(const QString &path)
{
    return fromStat(::stat, path);
}

bool FileAttributes::apply(
    const QString &path, const FileAttributes &attributes, bool *ownerSet, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    *ownerSet = false;
    if (attributes.hasOwner()) {
        if (::lchown(name.constData(), uid_t(attributes.uid), gid_t(attributes.gid)) == 0)
            *ownerSet = true;
        else if (errno != EPERM) {
            *error = tr("Cannot give %1 to its recorded owner: %2").arg(path, systemError());
            return false;
        }
    }
    struct stat info
    {
    };
    if (::lstat(name.constData(), &info) != 0) {
        *error = tr("Cannot set the permissions of %1: %2").arg(path, systemError());
        return false;
    }
    if (!S_ISLNK(info.st_mode) && attributes.mode
        && ::chmod(name.constData(), mode_t(attributes.mode)) != 0) {
        *error = tr("Cannot set the permissions of %1: %2").arg(path, systemError());
        return false;
    }
    if (attributes.modified.isValid()) {
        const qint64 ms = attributes.modified.toMSecsSinceEpoch();
        const timespec times[2] = { { 0, UTIME_OMIT }, { time_t(ms / 1000), long(ms % 1000) * 1000000 } };
        if (::utimensat(AT_FDCWD, name.constData(), times, AT_SYMLINK_NOFOLLOW) != 0) {
            *error = tr("Cannot set the modification time of %1: %2").arg(path, systemError());
            return false;
        }
    }
    return true;
}

bool FileAttributes::applyTo(
    int file, const QString &path, const FileAttributes &attributes, bool *ownerSet, QString *error)
{
    *ownerSet = false;
    if (attributes.hasOwner()) {
        if (::fchown(file, uid_t(attributes.uid), gid_t(attributes.gid)) == 0)
            *ownerSet = true;
        else if (errno != EPERM) {
            *error = tr("Cannot give %1 to its recorded owner: %2").arg(path, systemError());
            return false;
        }
    }
    if (attributes.mode && ::fchmod(file, mode_t(attributes.mode)) != 0) {
        *error = tr("Cannot set the permissions of %1: %2").arg(path, systemError());
        return false;
    }
    if (attributes.modified.isValid()) {
        const qint64 ms = attributes.modified.toMSecsSinceEpoch();
        const timespec times[2] = { { 0, UTIME_OMIT }, { time_t(ms / 1000), long(ms % 1000) * 1000000 } };
        if (::futimens(file, times) != 0) {
            *error = tr("Cannot set the modification time of %1: %2").arg(path, systemError());
            return false;
        }
    }
    return true;
}

bool FileAttributes::canChangeOwners()
{
    return ::geteuid() == 0;
}


} // namespace Lifeboat
