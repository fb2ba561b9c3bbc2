// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxFileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/btrfs.h>
#include <support/ExternalCommand.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

constexpr int commandTimeoutMs = 60'000;
// mkfs.xfs refuses less than 300 MB; the rest is room for restores' staging copies.
constexpr qint64 minimumImageMb = 512;

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString mkfsProgram(SandboxFileSystem::Kind kind)
{
    return kind == SandboxFileSystem::Kind::Btrfs ? QStringLiteral("mkfs.btrfs") : QStringLiteral("mkfs.xfs");
}

QString findProgram(const QString &name)
{
    // Root's PATH has sbin; a plain user's may not, and the message should still name the package, not PATH.
    return QStandardPaths::findExecutable(name,
        { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
            QStringLiteral("/bin") });
}

bool run(const QString &program, const QStringList &arguments, QString *why)
{
    const ExternalCommand::Result result
        = ExternalCommand::run(findProgram(program), arguments, commandTimeoutMs);
    if (result.succeeded())
        return true;
    *why = ExternalCommand::firstError(result);
    return false;
}

} // namespace

QString SandboxFileSystem::name(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Btrfs:
        return QStringLiteral("btrfs");
    case Kind::Xfs:
        return QStringLiteral("xfs");
    }
    return {};
}

bool SandboxFileSystem::fromName(const QString &text, Kind *kind)
{
    for (Kind candidate : { Kind::Btrfs, Kind::Xfs }) {
        if (text == name(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    if (text == QLatin1String("none")) {
        *kind = Kind::None;
        return true;
    }
    return false;
}

QString SandboxFileSystem::whyNot(Kind kind)
{
    if (kind == Kind::None)
        return {};
    if (::geteuid() != 0)
        return tr("--filesystem %1 needs root: the sandbox's storage is an image file that only root can "
                  "loop-mount. "
                  "Run the command as root; nothing was created.")
            .arg(name(kind));
    for (const QString &program : { mkfsProgram(kind), QStringLiteral("mount"), QStringLiteral("umount") }) {
        if (findProgram(program).isEmpty())
            return tr(
                "--filesystem %1 needs the program %2 (Debian package %3). Install it; nothing was created.")
                .arg(name(kind), program,
                    program.startsWith(QLatin1String("mkfs"))
                        ? (kind == Kind::Btrfs ? QStringLiteral("btrfs-progs") : QStringLiteral("xfsprogs"))
                        : QStringLiteral("mount"));
    }
    return {};
}

bool SandboxFileSystem::create(const QString &sandboxDirectory, Kind kind, int sizeMb, QString *error)
{
    const QString image = QDir(sandboxDirectory).filePath(imageFile());
    const qint64 megabytes = std::max<qint64>(minimumImageMb, qint64(sizeMb) * 4 + 256);
    QString why;
    {
        QFile file(image);
        // Sparse: the image takes only the room its files use.
        if (!file.open(QIODevice::WriteOnly) || !file.resize(megabytes * 1024 * 1024))
            return setError(error,
                tr("Cannot make the sandbox's %1 file system in %2: %3")
                    .arg(name(kind), image, file.errorString()));
    }
    const QStringList options = kind == Kind::Btrfs
        ? QStringList{ QStringLiteral("-q"), image }
        : QStringList{ QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("reflink=1"), image };
    if (!run(mkfsProgram(kind), options, &why))
        return setError(
            error, tr("Cannot make the sandbox's %1 file system in %2: %3").arg(name(kind), image, why));
    if (!QDir().mkpath(QDir(sandboxDirectory).filePath(mountDirectory())))
        return setError(error,
            tr("Cannot make the sandbox's %1 file system in %2: %3")
                .arg(name(kind), image, QString::fromLocal8Bit(std::strerror(errno))));
    return mount(sandboxDirectory, error);
}

bool SandboxFileSystem::createSubvolume(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QByteArray name = QFile::encodeName(info.fileName());
    const int parent
        = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    btrfs_ioctl_vol_args arguments{};
    int result = -1;
    if (parent >= 0 && name.size() <= BTRFS_PATH_NAME_MAX) {
        std::memcpy(arguments.name, name.constData(), size_t(name.size()));
        result = ::ioctl(parent, BTRFS_IOC_SUBVOL_CREATE, &arguments);
    }
    const int savedErrno = name.size() > BTRFS_PATH_NAME_MAX ? ENAMETOOLONG : errno;
    if (parent >= 0)
        ::close(parent);
    if (result != 0)
        return setError(error,
            tr("Cannot create the btrfs subvolume %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    return true;
}

bool SandboxFileSystem::isMounted(const QString &sandboxDirectory)
{
    const QString point = QFileInfo(QDir(sandboxDirectory).filePath(mountDirectory())).canonicalFilePath();
    struct stat here
    {
    };
    struct stat above
    {
    };
    // A mount point is on another device than its parent folder.
    return !point.isEmpty() && ::stat(QFile::encodeName(point).constData(), &here) == 0
        && ::stat(QFile::encodeName(point + QStringLiteral("/..")).constData(), &above) == 0
        && here.st_dev != above.st_dev;
}

bool SandboxFileSystem::mount(const QString &sandboxDirectory, QString *error)
{
    if (isMounted(sandboxDirectory))
        return true;
    const QString image = QDir(sandboxDirectory).filePath(imageFile());
    const QString point = QDir(sandboxDirectory).filePath(mountDirectory());
    QString why;
    // util-linux gives a loop mount the autoclear flag: unmounting detaches the loop device.
    if (run(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("loop"), image, point }, &why))
        return true;
    return setError(error, tr("Cannot mount the sandbox's file system %1 at %2: %3").arg(image, point, why));
}

bool SandboxFileSystem::unmount(const QString &sandboxDirectory, QString *error)
{
    if (!isMounted(sandboxDirectory))
        return true;
    const QString point = QDir(sandboxDirectory).filePath(mountDirectory());
    QString why;
    if (run(QStringLiteral("umount"), { point }, &why))
        return true;
    return setError(error, tr("Cannot unmount the sandbox's file system at %1: %2").arg(point, why));
}

} // namespace Lifeboat
