// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// Snapshots made by the kernel, on real file systems: btrfs and XFS images
// loop-mounted for the test, a tmpfs without reflinks; the same calls
// through lifeboat-agent (RemoteHostFiles); and sandboxes built on btrfs and
// XFS with `lifeboat sandbox create --filesystem`. Every image is unmounted
// and deleted when its test ends, a failed one too.

#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <climits>
#include <dirent.h>
#include <fcntl.h>
#include <hosts/AgentProgram.h>
#include <hosts/LocalHostFiles.h>
#include <hosts/RemoteHostFiles.h>
#include <linux/magic.h>
#include <memory>
#include <profile/SnapshotSettings.h>
#include <sandbox/SandboxFileSystem.h>
#include <snapshot/FileSystemSnapshot.h>
#include <snapshot/SnapshotPlanner.h>
#include <support/ExternalCommand.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

QString program(const QString &name)
{
    return QStandardPaths::findExecutable(name,
        { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
            QStringLiteral("/bin") });
}

ExternalCommand::Result run(const QString &name, const QStringList &arguments)
{
    return ExternalCommand::run(program(name), arguments, 60'000);
}

// Why this machine cannot loop-mount a file system of `kind` for the test; empty when it can.
QString whyNoImage(const QString &kind)
{
    if (::geteuid() != 0)
        return QStringLiteral("loop-mounting an image needs root");
    if (!QFileInfo::exists(QStringLiteral("/dev/loop-control")))
        return QStringLiteral("there is no loop device (/dev/loop-control)");
    if (program(QStringLiteral("mkfs.") + kind).isEmpty())
        return QStringLiteral("mkfs.%1 is not installed").arg(kind);
    return {};
}

// A file system of its own, mounted below a temporary folder, gone with the object.
class MountedImage
{
public:
    // kind: btrfs, xfs (with reflinks) or tmpfs (no image).
    explicit MountedImage(const QString &kind)
    {
        const QString image = m_dir.filePath(QStringLiteral("image"));
        m_point = m_dir.filePath(QStringLiteral("mnt"));
        QDir().mkpath(m_point);
        if (kind == QLatin1String("tmpfs")) {
            m_error = ExternalCommand::firstError(run(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), m_point }));
        } else {
            QFile file(image);
            if (!file.open(QIODevice::WriteOnly) || !file.resize(qint64(320) << 20)) {
                m_error = file.errorString();
                return;
            }
            file.close();
            const QStringList options = kind == QLatin1String("xfs")
                ? QStringList{ QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("reflink=1"),
                      image }
                : QStringList{ QStringLiteral("-q"), image };
            const auto made = run(QStringLiteral("mkfs.") + kind, options);
            if (!made.succeeded()) {
                m_error = ExternalCommand::firstError(made);
                return;
            }
            const auto mounted = run(
                QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("loop"), image, m_point });
            if (!mounted.succeeded())
                m_error = ExternalCommand::firstError(mounted);
        }
        m_mounted = m_error.isEmpty();
    }
    ~MountedImage()
    {
        // Retried: an agent that just ended may still hold the mount for a moment.
        for (int attempt = 0; m_mounted && attempt < 20; ++attempt) {
            m_mounted = !run(QStringLiteral("umount"), { m_point }).succeeded();
            if (m_mounted)
                QThread::msleep(100);
        }
        if (m_mounted)
            (void)run(QStringLiteral("umount"), { QStringLiteral("-l"), m_point });
    }
    Q_DISABLE_COPY_MOVE(MountedImage)

    bool ok() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path(const QString &relative) const { return m_point + u'/' + relative; }

private:
    QTemporaryDir m_dir;
    QString m_point;
    QString m_error;
    bool m_mounted = false;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A tree with what a repository can hold: nested folders, an empty file, a
// larger one, a link, a read-only folder, an owner other than root, an old time.
void makeTree(const QString &root)
{
    QVERIFY(writeFile(root + QStringLiteral("/repository/index.txt"), "the index\n"));
    QByteArray big(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 251);
    QVERIFY(writeFile(root + QStringLiteral("/repository/segmentstore/data00000a.tar"), big));
    QVERIFY(writeFile(root + QStringLiteral("/empty"), {}));
    QVERIFY(writeFile(root + QStringLiteral("/private.key"), "secret-ish\n"));
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/private.key")).constData(), 0600) == 0);
    QVERIFY(::chown(QFile::encodeName(root + QStringLiteral("/private.key")).constData(), 1234, 2345) == 0);
    QVERIFY(QFile::link(QStringLiteral("repository/index.txt"), root + QStringLiteral("/link")));
    QVERIFY(writeFile(root + QStringLiteral("/locked/inside.txt"), "inside\n"));
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/locked")).constData(), 0555) == 0);
    const timespec old[2] = { { 1'600'000'000, 5 }, { 1'600'000'000, 123'456'789 } };
    QVERIFY(::utimensat(AT_FDCWD,
                QFile::encodeName(root + QStringLiteral("/repository/index.txt")).constData(), old, 0)
        == 0);
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(root + QStringLiteral("/repository")).constData(), old, 0)
        == 0);
}

void listInto(const QString &root, const QString &relative, QStringList *lines)
{
    const QString path = relative.isEmpty() ? root : root + u'/' + relative;
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        lines->append(relative + QStringLiteral(" missing"));
        return;
    }
    QString what;
    if (S_ISLNK(info.st_mode)) {
        // As written in the link: QFile::symLinkTarget would resolve it.
        char target[PATH_MAX] = {};
        const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
        what = QStringLiteral("link ") + QFile::decodeName(QByteArray(target, std::max<ssize_t>(length, 0)));
    } else if (S_ISREG(info.st_mode))
        what = QStringLiteral("file ")
            + QString::fromLatin1(
                QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
    else
        what = QStringLiteral("dir");
    lines->append(QStringLiteral("%1 %2 mode %3 owner %4:%5 mtime %6.%7")
                      .arg(relative.isEmpty() ? QStringLiteral(".") : relative, what)
                      .arg(info.st_mode & 07777, 0, 8)
                      .arg(info.st_uid)
                      .arg(info.st_gid)
                      .arg(qint64(info.st_mtim.tv_sec))
                      .arg(qint64(info.st_mtim.tv_nsec)));
    if (!S_ISDIR(info.st_mode))
        return;
    QStringList names
        = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    for (const QString &name : std::as_const(names))
        listInto(root, relative.isEmpty() ? name : relative + u'/' + name, lines);
}

// Every entry below `root` with its type, contents, mode, owner and time.
QStringList listing(const QString &root)
{
    QStringList lines;
    listInto(root, {}, &lines);
    return lines;
}

bool isSubvolume(const QString &path)
{
    struct statfs fs
    {
    };
    struct stat info
    {
    };
    return ::statfs(QFile::encodeName(path).constData(), &fs) == 0 && fs.f_type == BTRFS_SUPER_MAGIC
        && ::stat(QFile::encodeName(path).constData(), &info) == 0 && info.st_ino == 256;
}

bool mountedBelow(const QString &directory)
{
    return readFile(QStringLiteral("/proc/self/mountinfo")).contains(QFile::encodeName(directory));
}

} // namespace

class TestFileSystemSnapshot : public QObject
{
    Q_OBJECT

private:
    LocalHostFiles m_local;

    std::unique_ptr<RemoteHostFiles> agent() const
    {
        const QString agentProgram = AgentProgram::local();
        return std::make_unique<RemoteHostFiles>(
            QStringLiteral("node9"),
            [agentProgram](QString *) {
                return QStringList{ agentProgram, QStringLiteral("serve") };
            },
            2);
    }

private Q_SLOTS:
    void initTestCase() { qputenv("LIFEBOAT_AGENT_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-agent"); }

    void methodsHaveNamesAndWords()
    {
        for (SnapshotMethod method : { SnapshotMethod::Auto, SnapshotMethod::Btrfs, SnapshotMethod::Reflink,
                 SnapshotMethod::Command, SnapshotMethod::None }) {
            QCOMPARE(snapshotMethodFromName(snapshotMethodName(method)), std::optional(method));
            QVERIFY(!SnapshotMethods::displayName(method).isEmpty());
        }
        QCOMPARE(snapshotMethodName(SnapshotMethod::Reflink), QStringLiteral("reflink"));
        QCOMPARE(SnapshotMethods::displayName(SnapshotMethod::None), QStringLiteral("copy while stopped"));
        QCOMPARE(snapshotMethodFromName(QStringLiteral("lvm")), std::nullopt);
    }

    void autoTakesTheBestTheFileSystemOffers()
    {
        HostFiles::SnapshotSupport btrfs{ QStringLiteral("btrfs"), true, true, {}, {} };
        HostFiles::SnapshotSupport folderOnBtrfs{ QStringLiteral("btrfs"), false, true,
            QStringLiteral("not a subvolume"), {} };
        HostFiles::SnapshotSupport ext4{ QStringLiteral("ext4"), false, false,
            QStringLiteral("ext4: no subvolume"), QStringLiteral("ext4: no reflink") };
        QString whyNot;
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Auto, btrfs, &whyNot), SnapshotMethod::Btrfs);
        QCOMPARE(
            SnapshotPlanner::resolve(SnapshotMethod::Auto, folderOnBtrfs, &whyNot), SnapshotMethod::Reflink);
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Auto, ext4, &whyNot), SnapshotMethod::None);
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Reflink, btrfs, &whyNot), SnapshotMethod::Reflink);
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Command, ext4, &whyNot), SnapshotMethod::Command);
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::None, btrfs, &whyNot), SnapshotMethod::None);
        QVERIFY(whyNot.isEmpty());
        QCOMPARE(
            SnapshotPlanner::resolve(SnapshotMethod::Btrfs, folderOnBtrfs, &whyNot), SnapshotMethod::None);
        QCOMPARE(whyNot, QStringLiteral("not a subvolume"));
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Reflink, ext4, &whyNot), SnapshotMethod::None);
        QCOMPARE(whyNot, QStringLiteral("ext4: no reflink"));
    }

    // Without any special file system: the probe answers, and names the reasons.
    void aPlainFolderOffersNoBtrfsSnapshot()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("repository"));
        QVERIFY(QDir().mkpath(folder));
        HostFiles::SnapshotSupport support;
        QString error;
        QVERIFY2(m_local.snapshotSupport(folder, &support, &error), qPrintable(error));
        QVERIFY(!support.fileSystem.isEmpty());
        QVERIFY(!support.subvolume);
        QVERIFY2(support.whyNoSubvolume.contains(folder), qPrintable(support.whyNoSubvolume));
        QString whyNot;
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Btrfs, support, &whyNot), SnapshotMethod::None);
        QVERIFY2(whyNot.contains(folder) && whyNot.contains(support.fileSystem), qPrintable(whyNot));
        // The probe leaves nothing beside the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{ QStringLiteral("repository") });
    }

    void onlyLifeboatsOwnPathsAreMadeOrRemoved()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!m_local.createSnapshot(
            dir.path(), SnapshotMethod::Reflink, dir.filePath(QStringLiteral("copy")), &error));
        QVERIFY2(error.contains(QLatin1String(".lifeboat-")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("keep/file")), "keep\n"));
        QVERIFY(!m_local.removeSnapshot(dir.filePath(QStringLiteral("keep")), &error));
        QVERIFY2(error.contains(QLatin1String(".lifeboat-")), qPrintable(error));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("keep/file"))));
        QVERIFY2(m_local.removeSnapshot(dir.filePath(QStringLiteral(".lifeboat-snapshot-gone")), &error),
            qPrintable(error));
        QVERIFY(!m_local.createSnapshot(dir.filePath(QStringLiteral("keep")), SnapshotMethod::Command,
            dir.filePath(QStringLiteral(".lifeboat-snapshot-keep")), &error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".lifeboat-snapshot-keep"))));
    }

    void btrfsSnapshotIsFrozenAndReadOnly()
    {
        if (const QString why = whyNoImage(QStringLiteral("btrfs")); !why.isEmpty())
            QSKIP(qPrintable(why));
        MountedImage btrfs(QStringLiteral("btrfs"));
        QVERIFY2(btrfs.ok(), qPrintable(btrfs.error()));
        const QString repository = btrfs.path(QStringLiteral("repository"));
        QString error;
        QVERIFY2(SandboxFileSystem::createSubvolume(repository, &error), qPrintable(error));
        makeTree(repository);
        QVERIFY(QDir().mkpath(btrfs.path(QStringLiteral("plain"))));

        HostFiles::SnapshotSupport support;
        QVERIFY2(m_local.snapshotSupport(repository, &support, &error), qPrintable(error));
        QCOMPARE(support.fileSystem, QStringLiteral("btrfs"));
        QVERIFY(support.subvolume);
        QVERIFY2(support.reflink, qPrintable(support.whyNoReflink));
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Auto, support, nullptr), SnapshotMethod::Btrfs);
        QVERIFY(m_local.snapshotSupport(btrfs.path(QStringLiteral("plain")), &support, &error));
        QVERIFY(!support.subvolume && support.reflink);
        QVERIFY2(support.whyNoSubvolume.contains(btrfs.path(QStringLiteral("plain"))),
            qPrintable(support.whyNoSubvolume));
        QString whyNot;
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Btrfs, support, &whyNot), SnapshotMethod::None);
        QVERIFY(!whyNot.isEmpty());
        QVERIFY(!m_local.createSnapshot(btrfs.path(QStringLiteral("plain")), SnapshotMethod::Btrfs,
            btrfs.path(QStringLiteral(".lifeboat-snapshot-plain")), &error));
        QCOMPARE(error, support.whyNoSubvolume);
        QVERIFY(!QFileInfo::exists(btrfs.path(QStringLiteral(".lifeboat-snapshot-plain"))));

        const QString snapshot = btrfs.path(QStringLiteral(".lifeboat-snapshot-repository"));
        const QStringList before = listing(repository);
        QVERIFY2(
            m_local.createSnapshot(repository, SnapshotMethod::Btrfs, snapshot, &error), qPrintable(error));
        QCOMPARE(listing(snapshot), before);
        QVERIFY(isSubvolume(snapshot));
        QVERIFY(!m_local.createSnapshot(repository, SnapshotMethod::Btrfs, snapshot, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        // Read-only: nothing can be written into it, not even by root.
        QVERIFY(!writeFile(snapshot + QStringLiteral("/new.txt"), "no\n"));
        // Frozen: the source goes on changing, the snapshot does not.
        QVERIFY(writeFile(repository + QStringLiteral("/repository/index.txt"), "changed\n"));
        QVERIFY(writeFile(repository + QStringLiteral("/added.txt"), "added\n"));
        QCOMPARE(listing(snapshot), before);

        QVERIFY2(m_local.removeSnapshot(snapshot, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(snapshot));
        QVERIFY2(m_local.removeSnapshot(snapshot, &error), qPrintable(error));

        // The same through lifeboat-agent, as on a node's own host.
        const auto remote = agent();
        HostFiles::SnapshotSupport remoteSupport;
        QVERIFY2(remote->snapshotSupport(repository, &remoteSupport, &error), qPrintable(error));
        QVERIFY(remoteSupport.fileSystem == QLatin1String("btrfs") && remoteSupport.subvolume
            && remoteSupport.reflink);
        const QStringList changed = listing(repository);
        QVERIFY2(
            remote->createSnapshot(repository, SnapshotMethod::Btrfs, snapshot, &error), qPrintable(error));
        QCOMPARE(listing(snapshot), changed);
        QVERIFY2(remote->removeSnapshot(snapshot, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(snapshot));
        QVERIFY(!remote->createSnapshot(btrfs.path(QStringLiteral("plain")), SnapshotMethod::Btrfs,
            btrfs.path(QStringLiteral(".lifeboat-snapshot-plain")), &error));
        QVERIFY2(error.contains(btrfs.path(QStringLiteral("plain"))), qPrintable(error));

        // The command method, with btrfs's own commands as the profile's templates.
        SnapshotSettings settings;
        settings.repository = SnapshotMethod::Command;
        settings.create = CommandTemplate(
            { QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("snapshot"),
                QStringLiteral("-r"), QStringLiteral("{path}"), QStringLiteral("{mountPath}") });
        settings.mountPath = btrfs.path(QStringLiteral(".lifeboat-{label}-{name}"));
        settings.remove = CommandTemplate({ QStringLiteral("btrfs"), QStringLiteral("subvolume"),
            QStringLiteral("delete"), QStringLiteral("{mountPath}") });
        if (program(QStringLiteral("btrfs")).isEmpty())
            QSKIP("btrfs (btrfs-progs) is not installed: the command method was not tried.");
        const auto values
            = settings.values(repository, QStringLiteral("nightly"), QStringLiteral("repository"), QString());
        const QString mountPath = btrfs.path(QStringLiteral(".lifeboat-nightly-repository"));
        QCOMPARE(values.value(QStringLiteral("mountPath")), mountPath);
        const QStringList create = settings.create.expand(values, [](const QString &) { return QString(); });
        auto result = run(create.first(), create.mid(1));
        QVERIFY2(result.succeeded(), qPrintable(ExternalCommand::firstError(result)));
        QCOMPARE(listing(mountPath), changed);
        const QStringList remove = settings.remove.expand(values, [](const QString &) { return QString(); });
        result = run(remove.first(), remove.mid(1));
        QVERIFY2(result.succeeded(), qPrintable(ExternalCommand::firstError(result)));
        QVERIFY(!QFileInfo::exists(mountPath));
    }

    void reflinkCopyOnXfsKeepsEverything()
    {
        if (const QString why = whyNoImage(QStringLiteral("xfs")); !why.isEmpty())
            QSKIP(qPrintable(why));
        MountedImage xfs(QStringLiteral("xfs"));
        QVERIFY2(xfs.ok(), qPrintable(xfs.error()));
        const QString repository = xfs.path(QStringLiteral("repository"));
        QVERIFY(QDir().mkpath(repository));
        makeTree(repository);

        HostFiles::SnapshotSupport support;
        QString error;
        QVERIFY2(m_local.snapshotSupport(repository, &support, &error), qPrintable(error));
        QCOMPARE(support.fileSystem, QStringLiteral("xfs"));
        QVERIFY(!support.subvolume);
        QVERIFY2(support.reflink, qPrintable(support.whyNoReflink));
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Auto, support, nullptr), SnapshotMethod::Reflink);
        QVERIFY(!m_local.createSnapshot(
            repository, SnapshotMethod::Btrfs, xfs.path(QStringLiteral(".lifeboat-b")), &error));
        QVERIFY2(error.contains(QLatin1String("xfs")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(xfs.path(QStringLiteral(".lifeboat-b"))));

        const QString copy = xfs.path(QStringLiteral(".lifeboat-snapshot-repository"));
        const QStringList before = listing(repository);
        QVERIFY2(
            m_local.createSnapshot(repository, SnapshotMethod::Reflink, copy, &error), qPrintable(error));
        QCOMPARE(listing(copy), before);
        QVERIFY(writeFile(repository + QStringLiteral("/repository/index.txt"), "changed\n"));
        QCOMPARE(listing(copy), before);
        QVERIFY2(m_local.removeSnapshot(copy, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));

        // Through lifeboat-agent.
        const auto remote = agent();
        const QStringList changed = listing(repository);
        QVERIFY2(
            remote->createSnapshot(repository, SnapshotMethod::Reflink, copy, &error), qPrintable(error));
        QCOMPARE(listing(copy), changed);
        QVERIFY2(remote->removeSnapshot(copy, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));

        // A special file fails the copy, and the partial copy goes.
        QVERIFY(::mkfifo(QFile::encodeName(repository + QStringLiteral("/zz-fifo")).constData(), 0600) == 0);
        QVERIFY(!m_local.createSnapshot(repository, SnapshotMethod::Reflink, copy, &error));
        QVERIFY2(error.contains(QLatin1String("zz-fifo")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));
    }

    void tmpfsCannotReflink()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        MountedImage tmpfs(QStringLiteral("tmpfs"));
        QVERIFY2(tmpfs.ok(), qPrintable(tmpfs.error()));
        const QString repository = tmpfs.path(QStringLiteral("repository"));
        QVERIFY(writeFile(repository + QStringLiteral("/file"), "data\n"));
        HostFiles::SnapshotSupport support;
        QString error;
        QVERIFY2(m_local.snapshotSupport(repository, &support, &error), qPrintable(error));
        QCOMPARE(support.fileSystem, QStringLiteral("tmpfs"));
        QVERIFY(!support.subvolume && !support.reflink);
        QVERIFY2(support.whyNoReflink.contains(repository)
                && support.whyNoReflink.contains(QLatin1String("tmpfs")),
            qPrintable(support.whyNoReflink));
        QString whyNot;
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Reflink, support, &whyNot), SnapshotMethod::None);
        QCOMPARE(whyNot, support.whyNoReflink);
        QCOMPARE(SnapshotPlanner::resolve(SnapshotMethod::Auto, support, &whyNot), SnapshotMethod::None);
        QVERIFY(!m_local.createSnapshot(
            repository, SnapshotMethod::Reflink, tmpfs.path(QStringLiteral(".lifeboat-r")), &error));
        QCOMPARE(error, support.whyNoReflink);
        QCOMPARE(QDir(tmpfs.path({})).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{ QStringLiteral("repository") });
    }

    void sandboxOnItsOwnFileSystem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("btrfs") << QStringLiteral("btrfs");
        QTest::newRow("xfs") << QStringLiteral("xfs");
    }

    void sandboxOnItsOwnFileSystem()
    {
        QFETCH(QString, kind);
        if (const QString why = whyNoImage(kind); !why.isEmpty())
            QSKIP(qPrintable(why));
        SandboxFixture sandbox({ QStringLiteral("--filesystem"), kind, QStringLiteral("--nodes"),
            QStringLiteral("2"), QStringLiteral("--publish"), QStringLiteral("0"),
            QStringLiteral("--size-mb"), QStringLiteral("4") });
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const ClusterProfile &profile = sandbox.profile();
        const QString storage = sandbox.path(QStringLiteral("storage"));
        QVERIFY(SandboxFileSystem::isMounted(sandbox.directory()));
        QVERIFY(QFileInfo(sandbox.path(QStringLiteral("storage.img"))).isFile());
        for (const QString &path : { profile.nodes.at(0).repository, profile.nodes.at(1).repository,
                 profile.gds, profile.contentStorageRoot }) {
            QVERIFY2(path.startsWith(storage + u'/'), qPrintable(path));
            HostFiles::SnapshotSupport support;
            QString error;
            QVERIFY2(m_local.snapshotSupport(path, &support, &error), qPrintable(error));
            QCOMPARE(support.fileSystem, kind);
            QCOMPARE(support.subvolume, kind == QLatin1String("btrfs"));
            QVERIFY2(support.reflink, qPrintable(support.whyNoReflink));
        }
        CommandResult result = sandbox.sandbox(QStringLiteral("start"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = sandbox.sandbox(QStringLiteral("status"));
        QVERIFY2(result.exitCode == 0 && result.out.count(QLatin1String("running")) >= 2,
            qPrintable(result.out + result.err));
        result = sandbox.sandbox(QStringLiteral("stop"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!SandboxFileSystem::isMounted(sandbox.directory()));
        QVERIFY(!mountedBelow(sandbox.directory()));
        const auto loops = run(
            QStringLiteral("losetup"), { QStringLiteral("-j"), sandbox.path(QStringLiteral("storage.img")) });
        QVERIFY2(loops.succeeded() && loops.out.trimmed().isEmpty(), loops.out.constData());
        // Started again, it mounts its image again.
        result
            = sandbox.sandbox(QStringLiteral("start"), { QStringLiteral("--node"), QStringLiteral("node1") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(SandboxFileSystem::isMounted(sandbox.directory()));
        result = sandbox.sandbox(QStringLiteral("stop"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!mountedBelow(sandbox.directory()));
    }

    void sandboxFileSystemNeedsRootAndNoHosts()
    {
        QTemporaryDir dir;
        CommandRunner runner(dir.filePath(QStringLiteral("home")));
        const QString target = dir.filePath(QStringLiteral("cluster"));
        CommandResult result = runner.lifeboat({ QStringLiteral("sandbox"), QStringLiteral("create"), target,
            QStringLiteral("--filesystem"), QStringLiteral("zfs") });
        QVERIFY2(result.exitCode != 0 && result.err.contains(QLatin1String("--filesystem")),
            qPrintable(result.err));
        result = runner.lifeboat({ QStringLiteral("sandbox"), QStringLiteral("create"), target,
            QStringLiteral("--filesystem"), QStringLiteral("btrfs"), QStringLiteral("--hosts") });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QLatin1String("--hosts")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(target));
        if (::geteuid() != 0 || program(QStringLiteral("setpriv")).isEmpty())
            return;
        // As another user: it says what it needs, and creates nothing.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
        result = runner.run(program(QStringLiteral("setpriv")),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), CommandRunner::binary(QStringLiteral("lifeboat")),
                QStringLiteral("sandbox"), QStringLiteral("create"), target, QStringLiteral("--filesystem"),
                QStringLiteral("btrfs") });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QLatin1String("root")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestFileSystemSnapshot)
#include "tst_filesystemsnapshot.moc"
