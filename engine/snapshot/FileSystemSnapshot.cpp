// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileSystemSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <linux/btrfs.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <memory>
#include <mutex>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <thread>
#include <unistd.h>

namespace Lifeboat {

namespace {

// The inode number of every btrfs subvolume's root directory.
constexpr ino_t btrfsSubvolumeInode = 256;

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString systemError(int errorNumber = errno)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

// "path: reason", the detail inside a translated sentence.
QString failed(const QString &path, int errorNumber = errno)
{
    return QStringLiteral("%1: %2").arg(path, systemError(errorNumber));
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool isLifeboatsOwn(const QString &path)
{
    const QStringList parts = QDir::cleanPath(path).split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
        [](const QString &part) { return part.startsWith(QLatin1String(".lifeboat-")); });
}

// A descriptor closed when it goes out of scope.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }

private:
    int m_fd;
};

bool isSubvolume(const QString &path)
{
    struct statfs fs
    {
    };
    struct stat info
    {
    };
    return ::statfs(encoded(path).constData(), &fs) == 0 && fs.f_type == BTRFS_SUPER_MAGIC
        && ::lstat(encoded(path).constData(), &info) == 0 && S_ISDIR(info.st_mode)
        && info.st_ino == btrfsSubvolumeInode;
}

// Runs `work` on a thread of its own and waits for it at most `seconds`: an
// ioctl on a file system that hangs must not hang the backup. When the wait
// gives up, the work goes on alone, and `undo` removes what it made once it
// succeeds after all.
bool bounded(int seconds, const std::function<bool(QString *)> &work, const std::function<void()> &undo,
    const QString &timeoutMessage, QString *error)
{
    struct State
    {
        std::mutex mutex;
        std::condition_variable finished;
        bool done = false;
        bool ok = false;
        bool abandoned = false;
        QString error;
    };
    auto state = std::make_shared<State>();
    std::thread([state, work, undo] {
        QString why;
        const bool ok = work(&why);
        bool late = false;
        {
            const std::lock_guard lock(state->mutex);
            state->done = true;
            state->ok = ok;
            state->error = why;
            late = state->abandoned;
        }
        state->finished.notify_all();
        if (late && ok && undo)
            undo();
    }).detach();
    std::unique_lock lock(state->mutex);
    if (!state->finished.wait_for(lock, std::chrono::seconds(seconds), [&] { return state->done; })) {
        state->abandoned = true;
        return setError(error, timeoutMessage);
    }
    if (!state->ok)
        return setError(error, state->error);
    return true;
}

// --- Removing a tree (a reflink copy, or what a failed one left) ----------

// The entries of an open directory but "." and "..", which it closes.
QStringList namesIn(DIR *directory)
{
    QStringList names;
    while (const dirent *entry = ::readdir(directory)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.append(QFile::decodeName(entry->d_name));
    }
    ::closedir(directory);
    return names;
}

bool removeTree(const QString &path, QString *error)
{
    struct stat info
    {
    };
    if (::lstat(encoded(path).constData(), &info) != 0)
        return errno == ENOENT ? true : setError(error, failed(path));
    if (S_ISDIR(info.st_mode)) {
        // A read-only folder of the copy (as its source was) cannot be emptied otherwise.
        if ((info.st_mode & S_IRWXU) != S_IRWXU)
            (void)::chmod(encoded(path).constData(), S_IRWXU);
        DIR *directory = ::opendir(encoded(path).constData());
        if (!directory)
            return setError(error, failed(path));
        const QStringList names = namesIn(directory);
        for (const QString &name : std::as_const(names)) {
            if (!removeTree(path + u'/' + name, error))
                return false;
        }
        if (::rmdir(encoded(path).constData()) != 0)
            return setError(error, failed(path));
        return true;
    }
    if (::unlink(encoded(path).constData()) != 0)
        return setError(error, failed(path));
    return true;
}

// --- A reflink copy --------------------------------------------------------

// Owner (as root), mode and times, in that order: a change of owner clears set-id bits.
bool keepAttributes(const QString &to, const struct stat &from, QString *error)
{
    const QByteArray target = encoded(to);
    const bool link = S_ISLNK(from.st_mode);
    if (::geteuid() == 0 && ::lchown(target.constData(), from.st_uid, from.st_gid) != 0)
        return setError(error, failed(to));
    if (!link && ::chmod(target.constData(), from.st_mode & 07777) != 0)
        return setError(error, failed(to));
    const timespec times[2] = { from.st_atim, from.st_mtim };
    if (::utimensat(AT_FDCWD, target.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return setError(error, failed(to));
    return true;
}

bool cloneFile(const QString &from, const QString &to, QString *error)
{
    const Descriptor in(::open(encoded(from).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!in.isOpen())
        return setError(error, failed(from));
    const Descriptor out(
        ::open(encoded(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out.isOpen())
        return setError(error, failed(to));
    if (::ioctl(out.get(), FICLONE, in.get()) != 0)
        return setError(error, failed(from));
    return true;
}

bool copyLink(const QString &from, const QString &to, QString *error)
{
    QByteArray target(PATH_MAX, '\0');
    const ssize_t length = ::readlink(encoded(from).constData(), target.data(), target.size());
    if (length < 0 || length >= target.size())
        return setError(error, failed(from, length < 0 ? errno : ENAMETOOLONG));
    target.truncate(length);
    if (::symlink(target.constData(), encoded(to).constData()) != 0)
        return setError(error, failed(to));
    return true;
}

bool cloneTree(const QString &from, const QString &to, QString *error)
{
    struct stat info
    {
    };
    if (::lstat(encoded(from).constData(), &info) != 0)
        return setError(error, failed(from));
    if (S_ISLNK(info.st_mode)) {
        if (!copyLink(from, to, error))
            return false;
    } else if (S_ISREG(info.st_mode)) {
        if (!cloneFile(from, to, error))
            return false;
    } else if (S_ISDIR(info.st_mode)) {
        if (::mkdir(encoded(to).constData(), S_IRWXU) != 0)
            return setError(error, failed(to));
        DIR *directory = ::opendir(encoded(from).constData());
        if (!directory)
            return setError(error, failed(from));
        const QStringList names = namesIn(directory);
        for (const QString &name : std::as_const(names)) {
            if (!cloneTree(from + u'/' + name, to + u'/' + name, error))
                return false;
        }
    } else {
        return setError(
            error, FileSystemSnapshot::tr("%1 is a special file; Lifeboat does not copy it.").arg(from));
    }
    // Last, so that making its children did not change a folder's time.
    return keepAttributes(to, info, error);
}

// --- A btrfs snapshot -------------------------------------------------------

bool snapshotSubvolume(const QString &path, const QString &snapshotPath, QString *error)
{
    const QFileInfo snapshot(snapshotPath);
    const QByteArray name = encoded(snapshot.fileName());
    if (name.size() > BTRFS_SUBVOL_NAME_MAX)
        return setError(error, failed(snapshotPath, ENAMETOOLONG));
    const Descriptor source(::open(encoded(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!source.isOpen())
        return setError(error, failed(path));
    const Descriptor parent(
        ::open(encoded(snapshot.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.isOpen())
        return setError(error, failed(snapshot.absolutePath()));
    btrfs_ioctl_vol_args_v2 arguments{};
    arguments.fd = source.get();
    arguments.flags = BTRFS_SUBVOL_RDONLY;
    std::memcpy(arguments.name, name.constData(), size_t(name.size()));
    if (::ioctl(parent.get(), BTRFS_IOC_SNAP_CREATE_V2, &arguments) != 0)
        return setError(error, failed(snapshotPath));
    return true;
}

bool destroySubvolume(const QString &snapshotPath, QString *error)
{
    const QFileInfo snapshot(snapshotPath);
    const QByteArray name = encoded(snapshot.fileName());
    const Descriptor parent(
        ::open(encoded(snapshot.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.isOpen())
        return setError(error, failed(snapshot.absolutePath()));
    btrfs_ioctl_vol_args arguments{};
    if (name.size() > BTRFS_PATH_NAME_MAX)
        return setError(error, failed(snapshotPath, ENAMETOOLONG));
    std::memcpy(arguments.name, name.constData(), size_t(name.size()));
    if (::ioctl(parent.get(), BTRFS_IOC_SNAP_DESTROY, &arguments) != 0)
        return setError(error, failed(snapshotPath));
    return true;
}

// --- Probing ---------------------------------------------------------------

// Whether two files beside `path` can share their data: one small file is
// cloned into another, and both are removed. An empty reason means yes.
QString reflinkProbe(const QString &path)
{
    QFileInfo info(path);
    const QString directory
        = info.isDir() && QDir::cleanPath(path) == QLatin1String("/") ? path : info.absolutePath();
    static std::atomic<int> probes = 0;
    const QString stem
        = QStringLiteral("%1/.lifeboat-reflink-probe-%2-%3").arg(directory).arg(::getpid()).arg(++probes);
    const QString first = stem + QStringLiteral("-a");
    const QString second = stem + QStringLiteral("-b");
    QString why;
    {
        const Descriptor a(::open(encoded(first).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (!a.isOpen())
            return failed(first);
        const QByteArray block(4096, 'l');
        const Descriptor b(::open(encoded(second).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (::write(a.get(), block.constData(), size_t(block.size())) != block.size())
            why = failed(first);
        else if (!b.isOpen())
            why = failed(second);
        else if (::ioctl(b.get(), FICLONE, a.get()) != 0)
            why = systemError();
    }
    ::unlink(encoded(first).constData());
    ::unlink(encoded(second).constData());
    return why;
}

} // namespace

QString FileSystemSnapshot::fileSystemOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (canonical.isEmpty() || !mounts.open(QIODevice::ReadOnly))
        return {};
    QString best;
    QString type;
    // "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw": the 5th field and the one after
    // "-".
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf("-");
        if (fields.size() < 5 || separator < 0 || separator + 1 >= fields.size())
            continue;
        QByteArray mountPoint = fields.at(4);
        // Spaces and the like are written as octal escapes: "\040".
        for (qsizetype at = mountPoint.indexOf('\\'); at >= 0 && at + 3 < mountPoint.size();
             at = mountPoint.indexOf('\\', at + 1))
            mountPoint.replace(at, 4, QByteArray(1, char(mountPoint.mid(at + 1, 3).toInt(nullptr, 8))));
        const QString point = QFile::decodeName(mountPoint);
        const bool holds
            = point == QLatin1String("/") || canonical == point || canonical.startsWith(point + u'/');
        if (holds && point.size() >= best.size()) {
            best = point;
            type = QString::fromLatin1(fields.at(separator + 1));
        }
    }
    return type;
}

bool FileSystemSnapshot::support(const QString &path, HostFiles::SnapshotSupport *support, QString *error)
{
    struct stat info
    {
    };
    if (::lstat(encoded(path).constData(), &info) != 0)
        return setError(error, tr("Cannot look at %1: %2").arg(path, systemError()));
    *support = {};
    support->fileSystem = fileSystemOf(path);
    struct statfs fs
    {
    };
    const bool btrfs = ::statfs(encoded(path).constData(), &fs) == 0 && fs.f_type == BTRFS_SUPER_MAGIC;
    if (support->fileSystem.isEmpty())
        support->fileSystem = btrfs ? QStringLiteral("btrfs") : tr("an unknown file system");
    support->subvolume = btrfs && S_ISDIR(info.st_mode) && info.st_ino == btrfsSubvolumeInode;
    if (!btrfs)
        support->whyNoSubvolume
            = tr("%1 is on %2, not on btrfs: only a btrfs subvolume can have a btrfs snapshot.")
                  .arg(path, support->fileSystem);
    else if (!support->subvolume)
        support->whyNoSubvolume
            = tr("%1 is a folder on btrfs, not a subvolume of its own: only a subvolume can have a "
                 "btrfs snapshot (make it one with \"btrfs subvolume create\" and move its files in).")
                  .arg(path);
    const QString why = reflinkProbe(path);
    support->reflink = why.isEmpty();
    if (!support->reflink)
        support->whyNoReflink = tr("%1 is on %2, which cannot share the data of copied files (reflink): %3")
                                    .arg(path, support->fileSystem, why);
    return true;
}

bool FileSystemSnapshot::create(
    const QString &path, SnapshotMethod method, const QString &snapshotPath, QString *error)
{
    if (!isLifeboatsOwn(snapshotPath))
        return setError(error,
            tr("Lifeboat refuses to make or remove the snapshot %1: its path must have a "
               "\".lifeboat-\" folder in it, so that it is never one of the cluster's own files.")
                .arg(snapshotPath));
    struct stat info
    {
    };
    if (::lstat(encoded(snapshotPath).constData(), &info) == 0)
        return setError(error, tr("Cannot snapshot %1 to %2: %2 already exists.").arg(path, snapshotPath));
    if (method != SnapshotMethod::Btrfs && method != SnapshotMethod::Reflink)
        return setError(error,
            tr("Lifeboat makes btrfs snapshots and reflink copies itself, not \"%1\".")
                .arg(snapshotMethodName(method)));
    HostFiles::SnapshotSupport offered;
    if (!support(path, &offered, error))
        return false;
    if (method == SnapshotMethod::Btrfs && !offered.subvolume)
        return setError(error, offered.whyNoSubvolume);
    if (method == SnapshotMethod::Reflink && !offered.reflink)
        return setError(error, offered.whyNoReflink);

    const QString timeout
        = tr("The snapshot of %1 did not finish within %2 seconds; the file system there may be stuck.");
    if (method == SnapshotMethod::Btrfs) {
        QString why;
        if (bounded(
                subvolumeSeconds, [=](QString *e) { return snapshotSubvolume(path, snapshotPath, e); },
                [=] { (void)destroySubvolume(snapshotPath, nullptr); },
                timeout.arg(path).arg(subvolumeSeconds), &why))
            return true;
        return setError(
            error, tr("Cannot make the btrfs snapshot %2 of %1: %3").arg(path, snapshotPath, why));
    }
    auto copy = [=](QString *e) {
        if (cloneTree(path, snapshotPath, e))
            return true;
        (void)removeTree(snapshotPath, nullptr);
        return false;
    };
    QString why;
    if (bounded(
            treeSeconds, copy, [=] { (void)removeTree(snapshotPath, nullptr); },
            timeout.arg(path).arg(treeSeconds), &why))
        return true;
    return setError(error, tr("Cannot make the reflink copy %2 of %1: %3").arg(path, snapshotPath, why));
}

bool FileSystemSnapshot::remove(const QString &snapshotPath, QString *error)
{
    if (!isLifeboatsOwn(snapshotPath))
        return setError(error,
            tr("Lifeboat refuses to make or remove the snapshot %1: its path must have a "
               "\".lifeboat-\" folder in it, so that it is never one of the cluster's own files.")
                .arg(snapshotPath));
    struct stat info
    {
    };
    if (::lstat(encoded(snapshotPath).constData(), &info) != 0 && errno == ENOENT)
        return true;
    const QString timeout
        = tr("Removing the snapshot %1 did not finish within %2 seconds; the file system there may "
             "be stuck.");
    QString why;
    // A read-only snapshot refuses to be emptied file by file: it goes as the subvolume it is.
    const bool ok = isSubvolume(snapshotPath)
        ? bounded(
            subvolumeSeconds, [=](QString *e) { return destroySubvolume(snapshotPath, e); }, {},
            timeout.arg(snapshotPath).arg(subvolumeSeconds), &why)
        : bounded(
            treeSeconds, [=](QString *e) { return removeTree(snapshotPath, e); }, {},
            timeout.arg(snapshotPath).arg(treeSeconds), &why);
    if (!ok)
        return setError(error, tr("Cannot remove the snapshot %1: %2").arg(snapshotPath, why));
    return true;
}

} // namespace Lifeboat
