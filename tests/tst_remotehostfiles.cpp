// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// RemoteHostFiles against a real lifeboat-agent, started directly (as ssh
// would start it on a host): every HostFiles call gives through the agent
// what LocalHostFiles gives here, the same errors included, and what the
// agent does to the files is what LocalHostFiles does. The transport holds
// up when the agent dies mid-archive, is cancelled, hangs, is missing, is
// another version, or a login script writes to its output.
#include <backup/BackupPart.h>
#include <hosts/AgentFrame.h>
#include <hosts/AgentProgram.h>
#include <hosts/AgentProtocol.h>
#include <hosts/LocalHostFiles.h>
#include <hosts/RemoteHostFiles.h>
#include <lifeboat/Version.h>
#include <profile/HostPath.h>
#include <restore/ScratchCopy.h>
#include <support/FileAttributes.h>
#include <support/Sha256.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Lifeboat;

namespace {

const QString host = QStringLiteral("node2");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QString sha256Of(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return QString::fromLatin1(hash.hexResult());
}

QString describe(const HostFiles::Entry &entry)
{
    return QStringLiteral("%1 type=%2 size=%3 mode=%4 modified=%5 owner=%6 group=%7 link=%8 device=%9")
        .arg(entry.path)
        .arg(int(entry.type))
        .arg(entry.size)
        .arg(entry.mode, 0, 8)
        .arg(entry.modified.toMSecsSinceEpoch())
        .arg(entry.owner, entry.group, entry.linkTarget)
        .arg(entry.device);
}

QStringList describe(const QList<HostFiles::Entry> &entries)
{
    QStringList lines;
    for (const HostFiles::Entry &entry : entries)
        lines.append(describe(entry));
    return lines;
}

QStringList describe(const QList<BackupPart::File> &files)
{
    QStringList lines;
    for (const BackupPart::File &file : files)
        lines.append(QStringLiteral("%1 %2 %3 %4").arg(file.path).arg(file.size).arg(file.mode, 0, 8).arg(file.sha256.hex()));
    return lines;
}

// Every file and directory below `root` with its contents' SHA-256 and mode.
// `linkText`: a link's target as written (a restored link), rather than
// the absolute path it leads to (a copy, which may write it absolute).
QStringList treeOf(const QString &root, bool linkText = false)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink())
            lines.append(relative + QStringLiteral(" -> ") + (linkText ? info.readSymLink() : info.symLinkTarget()));
        else if (info.isDir())
            lines.append(relative + u'/');
        else
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(relative, sha256Of(readFile(info.filePath())))
                             .arg(int(info.permissions())));
    }
    lines.sort();
    return lines;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60'000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestRemoteHostFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_agent;
    QString m_tree;

    // A RemoteHostFiles whose sessions are this build's agent.
    std::unique_ptr<RemoteHostFiles> remote(const QStringList &extra = {}, int sessions = 4)
    {
        const QString agent = m_agent;
        return std::make_unique<RemoteHostFiles>(
            host,
            [agent, extra](QString *) {
                return QStringList{agent, QStringLiteral("serve")} + extra;
            },
            sessions);
    }

    // One whose sessions are started by `script` (sh -c), which ends by
    // exec'ing the agent or by failing as ssh would.
    std::unique_ptr<RemoteHostFiles> remoteThrough(const QString &script, int sessions = 4)
    {
        return std::make_unique<RemoteHostFiles>(
            host, [script](QString *) { return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}; }, sessions);
    }

    QString path(const QString &relative) const { return m_work.filePath(relative); }

    BackupPart treePart(const QString &name) const
    {
        BackupPart part;
        part.name = name;
        part.kind = QStringLiteral("repository");
        part.sources = {{m_tree, QStringLiteral("crx-repository")}};
        part.excluded = {QStringLiteral("crx-repository/skipped")};
        return part;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // As the other tests find lifeboat-node: the build's own, by its variable.
        qputenv("LIFEBOAT_AGENT_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-agent");
        m_agent = AgentProgram::local();
        QVERIFY2(QFileInfo(m_agent).isExecutable(), qPrintable(m_agent));
        m_tree = path(QStringLiteral("tree"));
        QVERIFY(writeFile(m_tree + QStringLiteral("/repository/index.txt"), "the index\n"));
        QVERIFY(writeFile(m_tree + QStringLiteral("/repository/segmentstore/data00000a.tar"),
                          randomBytes(3 * 1024 * 1024 + 17, 1)));
        QVERIFY(writeFile(m_tree + QStringLiteral("/.hidden"), "hidden\n"));
        QVERIFY(writeFile(m_tree + QStringLiteral("/empty"), {}));
        QVERIFY(writeFile(m_tree + QStringLiteral("/weird name \"with\" 'quotes' %1 and\nnewline ü 日本"), "weird\n"));
        // A backslash is fine in a file name, but never in an archive entry.
        QVERIFY(writeFile(path(QStringLiteral("weird/back\\slash")), "weird\n"));
        QVERIFY(writeFile(m_tree + QStringLiteral("/private.key"), "secret-ish\n"));
        QVERIFY(QFile::setPermissions(m_tree + QStringLiteral("/private.key"), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(writeFile(m_tree + QStringLiteral("/skipped/left-out.txt"), "not in the archive\n"));
        QVERIFY(QFile::link(QStringLiteral("repository/index.txt"), m_tree + QStringLiteral("/link")));
        QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/emptydir")));
        QVERIFY(writeFile(path(QStringLiteral("big/data.bin")), randomBytes(50 * 1024 * 1024, 2)));
    }

    void versionNamesTheProtocol()
    {
        int exitCode = -1;
        const QString out = run(m_agent, {QStringLiteral("--version")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(out,
                 QStringLiteral("lifeboat-agent %1 (protocol %2)\n")
                     .arg(QLatin1String(versionString))
                     .arg(AgentProtocol::version));
    }

    void lookingGivesTheSameAnswers()
    {
        LocalHostFiles local;
        const auto remoteFiles = remote();
        QCOMPARE(remoteFiles->host(), host);
        QCOMPARE(remoteFiles->describe(QStringLiteral("/x")), QStringLiteral("node2:/x"));
        const QStringList paths{m_tree, m_tree + QStringLiteral("/empty"), m_tree + QStringLiteral("/link"),
                                m_tree + QStringLiteral("/private.key"), m_tree + QStringLiteral("/missing")};
        for (const QString &each : paths) {
            HostFiles::Entry here, there;
            QString error;
            QVERIFY(local.stat(each, &here, &error));
            QVERIFY2(remoteFiles->stat(each, &there, &error), qPrintable(error));
            QCOMPARE(describe(there), describe(here));
        }
        HostFiles::Entry missing;
        QString error;
        QVERIFY(remoteFiles->stat(m_tree + QStringLiteral("/missing"), &missing, &error));
        QVERIFY(!missing.exists());

        QList<HostFiles::Entry> here, there;
        QVERIFY(local.list(m_tree, &here, &error));
        QVERIFY2(remoteFiles->list(m_tree, &there, &error), qPrintable(error));
        QCOMPARE(describe(there), describe(here));
        QVERIFY(here.size() >= 8);
        QVERIFY(local.listTree(m_tree, &here, &error));
        QVERIFY2(remoteFiles->listTree(m_tree, &there, &error), qPrintable(error));
        QCOMPARE(describe(there), describe(here));
        QVERIFY(here.size() >= 12);
        QStringList foundHere, foundThere;
        QVERIFY(local.findByName(m_tree, QStringLiteral("index.txt"), &foundHere, &error));
        QVERIFY(remoteFiles->findByName(m_tree, QStringLiteral("index.txt"), &foundThere, &error));
        QCOMPARE(foundThere, foundHere);
        QCOMPARE(foundThere, QStringList{m_tree + QStringLiteral("/repository/index.txt")});

        HostFiles::Usage usageHere, usageThere;
        QVERIFY(local.usage(m_tree, &usageHere, &error));
        QVERIFY(remoteFiles->usage(m_tree, &usageThere, &error));
        QCOMPARE(usageThere.files, usageHere.files);
        QCOMPARE(usageThere.bytes, usageHere.bytes);
        // What a backup cannot hold is named the same through the agent (issue 18).
        const QString odd = path(QStringLiteral("odd"));
        QVERIFY(QDir().mkpath(odd));
        QVERIFY(::mkfifo(QFile::encodeName(odd + QStringLiteral("/pipe")).constData(), 0644) == 0);
        QVERIFY(QFile::link(QStringLiteral("/etc"), odd + QStringLiteral("/out")));
        HostFiles::Usage oddHere, oddThere;
        QVERIFY(local.usage(odd, &oddHere, &error));
        QVERIFY2(remoteFiles->usage(odd, &oddThere, &error), qPrintable(error));
        QDir(odd).removeRecursively();
        QCOMPARE(oddHere.special, QStringList{odd + QStringLiteral("/pipe")});
        QCOMPARE(oddHere.linksOutside, QStringList{odd + QStringLiteral("/out")});
        QCOMPARE(oddThere.special, oddHere.special);
        QCOMPARE(oddThere.linksOutside, oddHere.linksOutside);

        qint64 freeHere = 0, freeThere = 0;
        QVERIFY(local.freeSpace(m_tree + QStringLiteral("/not/yet"), &freeHere, &error));
        QVERIFY(remoteFiles->freeSpace(m_tree + QStringLiteral("/not/yet"), &freeThere, &error));
        QVERIFY2(std::abs(freeThere - freeHere) < 256 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 %2").arg(freeHere).arg(freeThere)));

        for (const QString &name :
             {QStringLiteral("repository/index.txt"), QStringLiteral("empty"), QStringLiteral("private.key")}) {
            QByteArray dataHere, dataThere;
            QVERIFY(local.readFile(m_tree + u'/' + name, 1024, &dataHere, &error));
            QVERIFY2(remoteFiles->readFile(m_tree + u'/' + name, 1024, &dataThere, &error), qPrintable(error));
            QCOMPARE(dataThere, dataHere);
            QVERIFY(local.readTail(m_tree + u'/' + name, 4, &dataHere, &error));
            QVERIFY(remoteFiles->readTail(m_tree + u'/' + name, 4, &dataThere, &error));
            QCOMPARE(dataThere, dataHere);
            QString hashHere, hashThere;
            QVERIFY(local.hashFile(m_tree + u'/' + name, &hashHere, &error));
            QVERIFY(remoteFiles->hashFile(m_tree + u'/' + name, &hashThere, &error));
            QCOMPARE(hashThere, hashHere);
        }
    }

    // Issue 14, point 7: a helper that does not run as root (a login
    // without sudo) says who it is; the plan's preview says the restored
    // files cannot get their recorded owners, and an unpack goes on,
    // counting the owners it could not give: the files are the helper's.
    // Whether a place may be changed is answered by the host, as the host's
    // user: a folder only root may write is refused to a helper running as
    // nobody, with the folder, its owner and the user named; a folder open
    // to all is not; neither answer is an error.
    void whetherAPlaceMayBeChangedIsAskedOnTheHostAsItsUser()
    {
        if (::geteuid() != 0)
            QSKIP("Starting the helper as another user needs root.");
        QTemporaryDir rootOnly;
        QTemporaryDir open;
        QVERIFY(rootOnly.isValid() && open.isValid());
        QVERIFY(QFile::setPermissions(rootOnly.path(), QFileDevice::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(open.path(), QFileDevice::Permissions(0x7777)));
        const auto asNobody = remoteThrough(
            QStringLiteral("exec setpriv --reuid=65534 --regid=65534 --clear-groups '%1' serve").arg(m_agent));
        QString whyNot;
        QString error;
        QVERIFY2(asNobody->checkWritable(rootOnly.filePath(QStringLiteral("crx-repository")), &whyNot, &error), qPrintable(error));
        QVERIFY2(whyNot.startsWith(rootOnly.path() + QStringLiteral(" (owner root")), qPrintable(whyNot));
        QVERIFY2(whyNot.contains(QStringLiteral("nobody")), qPrintable(whyNot));
        QVERIFY2(asNobody->checkWritable(open.filePath(QStringLiteral("crx-repository")), &whyNot, &error), qPrintable(error));
        QVERIFY2(whyNot.isEmpty(), qPrintable(whyNot));
        LocalHostFiles asRoot;
        QVERIFY(asRoot.checkWritable(rootOnly.path(), &whyNot, &error));
        QVERIFY2(whyNot.isEmpty(), qPrintable(whyNot));
    }

    void aHelperThatIsNotRootSaysSoAndUnpacksAnyway()
    {
        if (::geteuid() != 0)
            QSKIP("Giving files to another owner, and starting the helper as another user, need root.");
        const QString source = path(QStringLiteral("owned/crx-repository"));
        QVERIFY(writeFile(source + QStringLiteral("/repository/a.txt"), "AEM's file\n"));
        bool ownerSet = false;
        QString error;
        QVERIFY2(FileAttributes::apply(source + QStringLiteral("/repository/a.txt"), {0640, 1234, 1234, {}, {}, {}}, &ownerSet, &error),
                 qPrintable(error));
        QVERIFY(ownerSet);
        BackupPart part;
        part.name = QStringLiteral("repository-node2");
        part.sources = {{source, QStringLiteral("crx-repository")}};
        LocalHostFiles local;
        const HostFiles::Callbacks callbacks{[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}};
        QVERIFY(QDir().mkpath(path(QStringLiteral("owned-set"))));
        QVERIFY2(local.archive(part, ArchiveFormat::TarZstd, path(QStringLiteral("owned-set")), callbacks, &error), qPrintable(error));

        // The helper as nobody, unpacking into a place nobody may write.
        QTemporaryDir place;
        QVERIFY(place.isValid());
        QVERIFY(QFile::setPermissions(place.path(), QFileDevice::Permissions(0x7777)));
        const auto remoteFiles = remoteThrough(
            QStringLiteral("exec setpriv --reuid=65534 --regid=65534 --clear-groups '%1' serve").arg(m_agent));
        HostFiles::Identity identity;
        QVERIFY2(remoteFiles->identity(&identity, &error), qPrintable(error));
        QCOMPARE(identity.uid, 65534);
        QVERIFY(!identity.canChangeOwners());
        QVERIFY(!identity.user.isEmpty());
        ChangeList changes;
        ScratchCopy::previewOwners(*remoteFiles, part, {host, place.filePath(QStringLiteral("crx-repository"))}, &changes);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().kind, Change::Kind::Manual);
        QVERIFY2(changes.first().detail.contains(identity.user), qPrintable(changes.first().detail));
        ChangeList asRoot;
        ScratchCopy::previewOwners(local, part, {{}, place.filePath(QStringLiteral("crx-repository"))}, &asRoot);
        QCOMPARE(asRoot.size(), 0);

        HostFiles::Extracted extracted;
        const QString target = place.filePath(QStringLiteral("unpacked"));
        QVERIFY2(remoteFiles->extract(QDir(path(QStringLiteral("owned-set"))).filePath(part.archiveFile), part,
                                      QStringLiteral("crx-repository/"), target, HostFiles::ExtractMode::Whole, callbacks, &extracted, &error),
                 qPrintable(error));
        QCOMPARE(extracted.files, 1);
        QVERIFY2(extracted.ownersNotSet >= 1, qPrintable(QString::number(extracted.ownersNotSet)));
        const FileAttributes restored = FileAttributes::of(target + QStringLiteral("/repository/a.txt"));
        QCOMPARE(restored.uid, 65534);
        QCOMPARE(restored.mode, 0640);
    }

    void aLockIsSeenAsOnTheHost()
    {
        const QString lockFile = path(QStringLiteral("lock/.lock"));
        LocalHostFiles local;
        const auto remoteFiles = remote();
        const auto both = [&](HostFiles::Lock::State expected) {
            HostFiles::Lock here, there;
            QString error;
            QVERIFY(local.inspectLock(lockFile, &here, &error));
            QVERIFY2(remoteFiles->inspectLock(lockFile, &there, &error), qPrintable(error));
            QCOMPARE(int(there.state), int(expected));
            QCOMPARE(int(here.state), int(expected));
            QCOMPARE(there.pid, here.pid);
        };
        both(HostFiles::Lock::State::Absent);
        QVERIFY(writeFile(lockFile, "4242\n"));
        both(HostFiles::Lock::State::Stale);
        const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        both(HostFiles::Lock::State::Held);
        ::close(fd);
        HostFiles::Lock lock;
        QString error;
        QVERIFY(remoteFiles->inspectLock(lockFile, &lock, &error));
        QCOMPARE(lock.pid, 4242);
    }

    void aRecordLockOfAnotherProcessIsSeenAsHeld()
    {
        // AEM's JVM locks its .lock with Java's FileLock: a POSIX record
        // lock (fcntl), which flock() does not see. Another process holds
        // one here, and both sides must call the lock held.
        const QString lockFile = path(QStringLiteral("record/.lock"));
        QVERIFY(writeFile(lockFile, ""));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t holder = ::fork();
        QVERIFY(holder >= 0);
        if (holder == 0) {
            // Only async-signal-safe calls in the child of a threaded process.
            const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDWR);
            struct flock record = {};
            record.l_type = F_WRLCK;
            record.l_whence = SEEK_SET;
            const char result = fd >= 0 && ::fcntl(fd, F_SETLK, &record) == 0 ? 'y' : 'n';
            [[maybe_unused]] const auto written = ::write(ready[1], &result, 1);
            ::pause();
            ::_exit(0);
        }
        char result = 0;
        QCOMPARE(::read(ready[0], &result, 1), 1);
        ::close(ready[0]);
        ::close(ready[1]);
        LocalHostFiles local;
        const auto remoteFiles = remote();
        HostFiles::Lock here, there;
        QString error;
        const bool askedHere = local.inspectLock(lockFile, &here, &error);
        const bool askedThere = remoteFiles->inspectLock(lockFile, &there, &error);
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
        QCOMPARE(result, 'y');
        QVERIFY(askedHere);
        QVERIFY2(askedThere, qPrintable(error));
        QCOMPARE(int(here.state), int(HostFiles::Lock::State::Held));
        QCOMPARE(int(there.state), int(HostFiles::Lock::State::Held));
        // The holder gone, the file left behind is a stale lock.
        QVERIFY(local.inspectLock(lockFile, &here, &error));
        QCOMPARE(int(here.state), int(HostFiles::Lock::State::Stale));
    }

    void errorsAreTheSameNamingTheHost_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("argument");
        QTest::newRow("list a missing directory") << "list"
                                                  << "missing";
        QTest::newRow("list a file") << "list"
                                     << "empty";
        QTest::newRow("list the tree of a missing directory") << "listTree"
                                                              << "missing";
        QTest::newRow("read a missing file") << "readFile"
                                             << "missing";
        QTest::newRow("read a file too large") << "readFile"
                                               << "repository/segmentstore/data00000a.tar";
        QTest::newRow("read a directory") << "readFile"
                                          << "repository";
        QTest::newRow("tail of a missing file") << "readTail"
                                                << "missing";
        QTest::newRow("hash a directory") << "hashFile"
                                          << "repository";
        QTest::newRow("delete what is not Lifeboat's") << "removeOwnTree"
                                                       << "repository";
        QTest::newRow("rename onto what exists") << "rename"
                                                 << ".hidden";
        QTest::newRow("copy onto what exists") << "copy"
                                               << ".hidden";
        QTest::newRow("copy what is missing") << "copy"
                                              << "missing";
        QTest::newRow("write into a missing directory") << "writeFile"
                                                        << "missing/file";
        QTest::newRow("fetch a missing file") << "fetch"
                                              << "missing";
    }

    void errorsAreTheSameNamingTheHost()
    {
        QFETCH(QString, operation);
        QFETCH(QString, argument);
        const QString target = m_tree + u'/' + argument;
        const QStringList before = treeOf(m_tree);
        const auto attempt = [&](HostFiles &files, QString *error) {
            QList<HostFiles::Entry> entries;
            QByteArray data;
            QString hash;
            if (operation == QLatin1String("list"))
                return files.list(target, &entries, error);
            if (operation == QLatin1String("listTree"))
                return files.listTree(target, &entries, error);
            if (operation == QLatin1String("readFile"))
                return files.readFile(target, 1024, &data, error);
            if (operation == QLatin1String("readTail"))
                return files.readTail(target, 1024, &data, error);
            if (operation == QLatin1String("hashFile"))
                return files.hashFile(target, &hash, error);
            if (operation == QLatin1String("removeOwnTree"))
                return files.removeOwnTree(target, error);
            if (operation == QLatin1String("rename"))
                return files.rename(m_tree + QStringLiteral("/empty"), target, error);
            if (operation == QLatin1String("copy"))
                return files.copy(argument == QLatin1String("missing") ? target : m_tree + QStringLiteral("/empty"),
                                  argument == QLatin1String("missing") ? path(QStringLiteral("copy-target")) : target,
                                  error);
            if (operation == QLatin1String("writeFile"))
                return files.writeFile(target, "data", -1, error);
            return files.fetch(target, path(QStringLiteral("fetched")), {}, error);
        };
        LocalHostFiles local;
        QString localError, remoteError;
        QVERIFY(!attempt(local, &localError));
        QVERIFY(!localError.isEmpty());
        const auto remoteFiles = remote();
        QVERIFY(!attempt(*remoteFiles, &remoteError));
        QCOMPARE(remoteError, host + QStringLiteral(": ") + localError);
        QCOMPARE(treeOf(m_tree), before);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("fetched"))));
    }

    void changingDoesWhatLocalDoes()
    {
        const auto remoteFiles = remote();
        const QString scratch = path(QStringLiteral("changes/.lifeboat-scratch"));
        QString error;
        QVERIFY2(remoteFiles->makeDirectory(scratch + QStringLiteral("/a/b"), &error), qPrintable(error));
        QVERIFY(QFileInfo(scratch + QStringLiteral("/a/b")).isDir());

        QVERIFY2(remoteFiles->writeFile(scratch + QStringLiteral("/a/new.txt"), "new contents\n", 0640, &error),
                 qPrintable(error));
        QCOMPARE(readFile(scratch + QStringLiteral("/a/new.txt")), QByteArray("new contents\n"));
        QCOMPARE(QFileInfo(scratch + QStringLiteral("/a/new.txt")).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
        // Written again with mode -1: it keeps its own mode.
        QVERIFY(remoteFiles->writeFile(scratch + QStringLiteral("/a/new.txt"), QByteArray(), -1, &error));
        QCOMPARE(QFileInfo(scratch + QStringLiteral("/a/new.txt")).size(), 0);
        QVERIFY(QFileInfo(scratch + QStringLiteral("/a/new.txt")).permissions().testFlag(QFile::ReadGroup));
        QVERIFY(!QFileInfo(scratch + QStringLiteral("/a/new.txt")).permissions().testFlag(QFile::ReadOther));

        QVERIFY2(remoteFiles->rename(scratch + QStringLiteral("/a/new.txt"), scratch + QStringLiteral("/a/b/moved.txt"),
                                     &error),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(scratch + QStringLiteral("/a/new.txt")));
        QVERIFY(QFileInfo::exists(scratch + QStringLiteral("/a/b/moved.txt")));

        QVERIFY2(remoteFiles->copy(m_tree, scratch + QStringLiteral("/copied"), &error), qPrintable(error));
        QCOMPARE(treeOf(scratch + QStringLiteral("/copied"), true), treeOf(m_tree, true));
        // A relative link stays relative, here and there: an absolute one
        // would lead back into the original once the copy is moved.
        LocalHostFiles here;
        QVERIFY2(here.copy(m_tree, scratch + QStringLiteral("/copied-here"), &error), qPrintable(error));
        for (const QString &copy : { QStringLiteral("/copied"), QStringLiteral("/copied-here") })
            QCOMPARE(QFileInfo(scratch + copy + QStringLiteral("/link")).readSymLink(), QStringLiteral("repository/index.txt"));

        QVERIFY2(remoteFiles->removeOwnTree(scratch, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(scratch));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("changes"))));
        // A missing path is done.
        QVERIFY(remoteFiles->removeOwnTree(scratch, &error));
    }

    void anArchiveIsTheSameAsALocalOne_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : archiveFormatNames())
            QTest::newRow(qPrintable(format)) << format;
    }

    void anArchiveIsTheSameAsALocalOne()
    {
        QFETCH(QString, format);
        ArchiveFormat archiveFormat;
        QVERIFY(archiveFormatFromName(format, &archiveFormat));
        const QString here = path(QStringLiteral("archive-local-") + format);
        const QString there = path(QStringLiteral("archive-remote-") + format);
        QVERIFY(QDir().mkpath(here) && QDir().mkpath(there));
        BackupPart localPart = treePart(QStringLiteral("repository-node2"));
        BackupPart remotePart = localPart;
        LocalHostFiles local;
        QString error;
        QVERIFY2(local.archive(localPart, archiveFormat, here,
                               {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}}, &error),
                 qPrintable(error));
        qint64 lastDone = 0, lastTotal = 0;
        const auto remoteFiles = remote();
        const HostFiles::Callbacks callbacks{[&](qint64 done, qint64 total) {
                                                 lastDone = done;
                                                 lastTotal = total;
                                             },
                                             [] { return false; }, [](const QString &) {}};
        QVERIFY2(remoteFiles->archive(remotePart, archiveFormat, there, callbacks, &error), qPrintable(error));
        QCOMPARE(remotePart.archiveFile, localPart.archiveFile);
        QCOMPARE(remotePart.bytes, localPart.bytes);
        QCOMPARE(describe(remotePart.files), describe(localPart.files));
        // Not the excluded folder; the link as a link (issue 18: it was dropped), read on the host too.
        QCOMPARE(localPart.files.size(), 7);
        const auto link = std::find_if(remotePart.files.cbegin(), remotePart.files.cend(),
                                       [](const BackupPart::File &file) { return file.isLink(); });
        QVERIFY(link != remotePart.files.cend());
        QCOMPARE(link->linkTarget, QStringLiteral("repository/index.txt"));
        QCOMPARE(lastDone, localPart.bytes);
        QCOMPARE(lastTotal, localPart.bytes);
        // Only the archive, under its final name.
        QCOMPARE(QDir(there).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{remotePart.archiveFile});

        const QString archiveHere = here + u'/' + localPart.archiveFile;
        const QString archiveThere = there + u'/' + remotePart.archiveFile;
        int exitCode = -1;
        const QString listedHere = archiveFormat == ArchiveFormat::Zip
            ? run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), archiveHere}, &exitCode)
            : run(QStringLiteral("tar"), {QStringLiteral("-tf"), archiveHere}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QString listedThere = archiveFormat == ArchiveFormat::Zip
            ? run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), archiveThere}, &exitCode)
            : run(QStringLiteral("tar"), {QStringLiteral("-tf"), archiveThere}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(listedThere, listedHere);
        QVERIFY(listedThere.contains(QStringLiteral("crx-repository/repository/segmentstore/data00000a.tar")));
        QVERIFY(!listedThere.contains(QStringLiteral("left-out.txt")));

        // And it unpacks on the host as it does here, every hash checked.
        const QString targetHere = path(QStringLiteral("extract-local-") + format);
        const QString targetThere = path(QStringLiteral("extract-remote-") + format);
        HostFiles::Extracted extractedHere, extractedThere;
        QVERIFY2(local.extract(archiveHere, localPart, QStringLiteral("crx-repository/"), targetHere, HostFiles::ExtractMode::Whole, {},
                               &extractedHere, &error),
                 qPrintable(error));
        QVERIFY2(remoteFiles->extract(archiveThere, remotePart, QStringLiteral("crx-repository/"), targetThere, HostFiles::ExtractMode::Whole, 
                                      callbacks, &extractedThere, &error),
                 qPrintable(error));
        QCOMPARE(extractedThere.files, extractedHere.files);
        QCOMPARE(extractedThere.bytes, extractedHere.bytes);
        QCOMPARE(treeOf(targetThere, true), treeOf(targetHere, true));
        QVERIFY(treeOf(targetThere, true).contains(QStringLiteral("link -> repository/index.txt")));
        QVERIFY(
            treeOf(targetThere)
                .contains(QStringLiteral("repository/index.txt %1 %2")
                              .arg(sha256Of("the index\n"))
                              .arg(int(QFileInfo(m_tree + QStringLiteral("/repository/index.txt")).permissions()))));
    }

    void aHostileArchiveIsRefusedAndLeavesNothing()
    {
        // "ok.txt" first, then an entry that climbs out: GNU tar keeps ".."
        // only when told to (-P).
        const QString source = path(QStringLiteral("hostile/source/inner"));
        QVERIFY(writeFile(source + QStringLiteral("/ok.txt"), "fine\n"));
        QVERIFY(writeFile(path(QStringLiteral("hostile/source/outside.txt")), "written where it must not be\n"));
        const QString archive = path(QStringLiteral("hostile/evil.tar.zst"));
        int exitCode = -1;
        run(QStringLiteral("tar"),
            {QStringLiteral("-P"), QStringLiteral("--zstd"), QStringLiteral("-C"), source, QStringLiteral("-cf"),
             archive, QStringLiteral("ok.txt"), QStringLiteral("../outside.txt")},
            &exitCode);
        QCOMPARE(exitCode, 0);
        BackupPart part;
        part.name = QStringLiteral("evil");
        part.files = {{QStringLiteral("ok.txt"), 5, 0644, sha256Of("fine\n")}};
        const QString targetHere = path(QStringLiteral("hostile/here"));
        const QString targetThere = path(QStringLiteral("hostile/there"));
        LocalHostFiles local;
        QString localError, remoteError;
        HostFiles::Extracted extracted;
        QVERIFY(!local.extract(archive, part, {}, targetHere, HostFiles::ExtractMode::Whole, {}, &extracted, &localError));
        QVERIFY2(localError.contains(QStringLiteral("Lifeboat refuses this archive")), qPrintable(localError));
        const auto remoteFiles = remote();
        QVERIFY(!remoteFiles->extract(archive, part, {}, targetThere, HostFiles::ExtractMode::Whole, {}, &extracted, &remoteError));
        QCOMPARE(remoteError, host + QStringLiteral(": ") + localError);
        QVERIFY(!QFileInfo::exists(targetHere));
        QVERIFY(!QFileInfo::exists(targetThere));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("hostile/outside.txt"))));
        // The session read the rest of the stream and answers on.
        HostFiles::Entry entry;
        QVERIFY(remoteFiles->stat(archive, &entry, &remoteError));
        QVERIFY(entry.isFile());
        // A target that exists is refused before anything is unpacked.
        QVERIFY(QDir().mkpath(targetThere));
        QVERIFY(!remoteFiles->extract(archive, part, {}, targetThere, HostFiles::ExtractMode::Whole, {}, &extracted, &remoteError));
        QVERIFY2(remoteError.startsWith(host + QStringLiteral(": ")), qPrintable(remoteError));
        QVERIFY(QDir(targetThere).isEmpty());
    }

    void aSessionKilledMidArchiveFailsNamingTheHost()
    {
        const QString pidFile = path(QStringLiteral("agent.pid"));
        const auto remoteFiles = remoteThrough(QStringLiteral("echo $$ > '%1'; exec '%2' serve").arg(pidFile, m_agent));
        BackupPart part;
        part.name = QStringLiteral("big");
        part.sources = {{path(QStringLiteral("big")), QStringLiteral("big")}};
        const QString directory = path(QStringLiteral("big-archive"));
        QVERIFY(QDir().mkpath(directory));
        bool killed = false;
        const HostFiles::Callbacks killer{[&](qint64 done, qint64) {
                                              if (killed || done == 0)
                                                  return;
                                              killed = ::kill(pid_t(readFile(pidFile).trimmed().toLongLong()), SIGKILL)
                                                  == 0;
                                          },
                                          [] { return false; }, [](const QString &) {}};
        QString error;
        QVERIFY(!remoteFiles->archive(part, ArchiveFormat::TarZstd, directory, killer, &error));
        QVERIFY(killed);
        QVERIFY2(error.startsWith(QStringLiteral("The connection to node2 was lost: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("signal 9")), qPrintable(error));
        QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        // The next call starts a fresh session, and a whole archive arrives.
        HostFiles::Entry entry;
        QVERIFY2(remoteFiles->stat(path(QStringLiteral("big/data.bin")), &entry, &error), qPrintable(error));
        QCOMPARE(entry.size, 50 * 1024 * 1024);
        QVERIFY2(remoteFiles->archive(part, ArchiveFormat::TarZstd, directory, {}, &error), qPrintable(error));
        QCOMPARE(part.files.size(), 1);
        QCOMPARE(part.files.first().sha256.hex(), sha256Of(readFile(path(QStringLiteral("big/data.bin")))));
        QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("big.tar.zst")});
    }

    void aCancelledArchiveOrExtractLeavesNothing()
    {
        QVERIFY(QFileInfo::exists(path(QStringLiteral("big/data.bin"))));
        const auto remoteFiles = remote({}, 1);
        BackupPart part;
        part.name = QStringLiteral("big");
        part.sources = {{path(QStringLiteral("big")), QStringLiteral("big")}};
        const QString directory = path(QStringLiteral("cancelled-archive"));
        QVERIFY(QDir().mkpath(directory));
        std::atomic<bool> cancel = false;
        const HostFiles::Callbacks cancelling{[&](qint64 done, qint64) { cancel = cancel || done > 0; },
                                              [&] { return cancel.load(); }, [](const QString &) {}};
        QString error;
        QVERIFY(!remoteFiles->archive(part, ArchiveFormat::TarZstd, directory, cancelling, &error));
        QCOMPARE(error, QStringLiteral("Cancelled by the user."));
        QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        // The same session (there is one) goes on: archive whole, then an
        // extract cancelled midway leaves no target.
        QVERIFY2(remoteFiles->archive(part, ArchiveFormat::TarZstd, directory, {}, &error), qPrintable(error));
        LocalHostFiles local;
        HostFiles::Extracted whole;
        QVERIFY2(local.extract(directory + QStringLiteral("/big.tar.zst"), part, {},
                               path(QStringLiteral("whole-extract")), HostFiles::ExtractMode::Whole, {}, &whole, &error),
                 qPrintable(error));
        cancel = false;
        const QString target = path(QStringLiteral("cancelled-extract"));
        HostFiles::Extracted extracted;
        QVERIFY(!remoteFiles->extract(directory + QStringLiteral("/big.tar.zst"), part, {}, target, HostFiles::ExtractMode::Whole, cancelling,
                                      &extracted, &error));
        QCOMPARE(error, QStringLiteral("Cancelled by the user."));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY2(
            remoteFiles->extract(directory + QStringLiteral("/big.tar.zst"), part, {}, target, HostFiles::ExtractMode::Whole, {}, &extracted, &error),
            qPrintable(error));
        QCOMPARE(extracted.bytes, 50 * 1024 * 1024);
    }

    void anAgentWhoseClientGoesAwayLeavesNothing()
    {
        // The protocol spoken by hand: an extract whose client closes the
        // session midway, as a broken ssh connection does.
        LocalHostFiles local;
        BackupPart part;
        part.name = QStringLiteral("big");
        part.sources = {{path(QStringLiteral("big")), QStringLiteral("big")}};
        const QString directory = path(QStringLiteral("abandoned"));
        QVERIFY(QDir().mkpath(directory));
        QString error;
        QVERIFY2(local.archive(part, ArchiveFormat::TarZstd, directory,
                               {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}}, &error),
                 qPrintable(error));
        const QString target = path(QStringLiteral("abandoned/target"));
        QProcess agent;
        agent.start(m_agent, {QStringLiteral("serve")});
        QVERIFY(agent.waitForStarted());
        QVERIFY(agent.waitForReadyRead(10'000));
        QVERIFY(agent.readAll().startsWith('H'));
        agent.write(AgentFrame::encode(AgentFrame::Hello,
                                       QJsonObject{{QStringLiteral("client"), QStringLiteral("lifeboat")},
                                                   {QStringLiteral("protocol"), AgentProtocol::version}}));
        const QJsonObject arguments{{QStringLiteral("part"), AgentProtocol::toJson(part)},
                                    {QStringLiteral("prefix"), QString()},
                                    {QStringLiteral("target"), target},
                                    {QStringLiteral("archiveName"), QStringLiteral("big.tar.zst")}};
        agent.write(AgentFrame::encode(AgentFrame::Request,
                                       QJsonObject{{QStringLiteral("id"), 1},
                                                   {QStringLiteral("op"), QLatin1String(AgentProtocol::extract)},
                                                   {QStringLiteral("args"), arguments}}));
        QFile archive(directory + QStringLiteral("/big.tar.zst"));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        for (int chunk = 0; chunk < 8; ++chunk) {
            agent.write(AgentFrame::encode(AgentFrame::Data, archive.read(AgentFrame::chunkSize)));
            QVERIFY(agent.waitForBytesWritten(10'000));
        }
        const QString unpacked = target + QStringLiteral("/big/data.bin");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(unpacked).size() > 0, 10'000);
        agent.closeWriteChannel();
        QVERIFY(agent.waitForFinished(10'000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(target));
    }

    void fetchedFilesArriveWhole()
    {
        const auto remoteFiles = remote();
        const QStringList names{QStringLiteral("big/data.bin"), QStringLiteral("tree/empty"),
                                QStringLiteral("weird/back\\slash"),
                                QStringLiteral("tree/weird name \"with\" 'quotes' %1 and\nnewline ü 日本")};
        for (const QString &name : names) {
            const QString local = path(QStringLiteral("fetched-") + QFileInfo(name).fileName());
            qint64 lastDone = -1;
            QString error;
            QVERIFY2(
                remoteFiles->fetch(path(name), local, {[&](qint64 done, qint64) { lastDone = done; }, {}, {}}, &error),
                qPrintable(error));
            QCOMPARE(readFile(local), readFile(path(name)));
            if (QFileInfo(local).size() > 0)
                QCOMPARE(lastDone, QFileInfo(local).size());
        }
        QByteArray weird;
        QString error;
        QVERIFY(remoteFiles->readFile(path(names.last()), 100, &weird, &error));
        QCOMPARE(weird, QByteArray("weird\n"));
    }

    void callsFromSeveralThreadsAtOnce()
    {
        // --verbose: the agents log every request on stderr, which must not
        // disturb the frames on stdout. Each session that starts says so.
        const QString started = path(QStringLiteral("sessions-started"));
        const auto remoteFiles
            = remoteThrough(QStringLiteral("echo >> '%1'; exec '%2' serve --verbose").arg(started, m_agent), 3);
        const QString expected = sha256Of(readFile(m_tree + QStringLiteral("/repository/segmentstore/data00000a.tar")));
        std::atomic<int> good = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 10; ++i) {
                    QString sha256, error;
                    QByteArray data;
                    HostFiles::Entry entry;
                    if (remoteFiles->hashFile(m_tree + QStringLiteral("/repository/segmentstore/data00000a.tar"),
                                              &sha256, &error)
                        && sha256 == expected
                        && remoteFiles->readFile(m_tree + QStringLiteral("/repository/index.txt"), 100, &data, &error)
                        && data == "the index\n"
                        && remoteFiles->stat(m_tree + QStringLiteral("/missing%1").arg(t), &entry, &error)
                        && !entry.exists())
                        ++good;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(good.load(), 80);
        // At most three sessions served the 240 calls, and they are reused.
        const qsizetype sessions = readFile(started).count('\n');
        QVERIFY2(sessions >= 1 && sessions <= 3, qPrintable(QString::number(sessions)));
        HostFiles::Entry entry;
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY(remoteFiles->stat(m_tree, &entry, &error));
        QCOMPARE(readFile(started).count('\n'), sessions);
    }

    void anAgentOfAnotherProtocolIsRefused()
    {
        const auto remoteFiles = remote({QStringLiteral("--announce-protocol"), QStringLiteral("0")});
        HostFiles::Entry entry;
        QString error;
        QVERIFY(!remoteFiles->stat(m_tree, &entry, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("The helper on node2 is lifeboat-agent %1, which speaks protocol version 0")
                                 .arg(QLatin1String(versionString))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Install lifeboat %1 on node2").arg(QLatin1String(versionString))),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("apt install")), qPrintable(error));
    }

    void aFailedConnectionSaysWhy_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ssh cannot connect")
            << "echo 'ssh: connect to host 127.0.0.9 port 22: Connection refused' >&2; exit 255"
            << "Cannot connect to node2: ssh: connect to host 127.0.0.9 port 22: Connection refused";
        QTest::newRow("no helper on the host")
            << "echo 'bash: line 1: /usr/libexec/lifeboat/lifeboat-agent: No such file or directory' >&2; "
               "exit 127"
            << QStringLiteral("Lifeboat's helper is not installed on node2 (bash: line 1: "
                              "/usr/libexec/lifeboat/lifeboat-agent: No "
                              "such file or directory). Install lifeboat ")
                + QLatin1String(versionString);
        QTest::newRow("a login script talks")
            << "echo 'Welcome to node2!'; exec AGENT serve"
            << "node2 did not answer as Lifeboat's helper does (it wrote \"Welcome to node2!\").";
        QTest::newRow("the helper dies at once") << "exit 3"
                                                 << "Cannot connect to node2: the helper ended with exit code 3";
    }

    void aFailedConnectionSaysWhy()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const auto remoteFiles = remoteThrough(QString(script).replace(QStringLiteral("AGENT"), m_agent));
        HostFiles::Entry entry;
        QString error;
        QVERIFY(!remoteFiles->stat(m_tree, &entry, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void aHostThatHangsTimesOut()
    {
        const auto remoteFiles = remoteThrough(QStringLiteral("exec sleep 30"));
        remoteFiles->setTimeouts({1500, 1500});
        QElapsedTimer timer;
        timer.start();
        HostFiles::Entry entry;
        QString error;
        QVERIFY(!remoteFiles->stat(m_tree, &entry, &error));
        QCOMPARE(error,
                 QStringLiteral("node2 did not answer for 1.5 seconds, so Lifeboat stopped waiting. Check that the "
                                "host is up and reachable."));
        // The hung session was ended, not left behind (SIGTERM, then SIGKILL).
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        const auto missing
            = std::make_unique<RemoteHostFiles>(host, [](QString *) { return QStringList{QStringLiteral("/nonexistent/ssh")}; });
        QVERIFY(!missing->stat(m_tree, &entry, &error));
        QCOMPARE(error, QStringLiteral("Cannot start /nonexistent/ssh to reach node2: No such file or directory"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteHostFiles)
#include "tst_remotehostfiles.moc"
