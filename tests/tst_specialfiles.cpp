// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/Processes.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <backup/BackupPart.h>
#include <backup/PartArchiver.h>
#include <cluster/NodeController.h>
#include <fcntl.h>
#include <hosts/LocalHostFiles.h>
#include <restore/PartExtractor.h>
#include <restore/RestoredTree.h>
#include <support/Sha256.h>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {
// A pipe that is gone when the test ends, pass or fail.
class Fifo
{
public:
    explicit Fifo(QString path)
        : m_path(std::move(path))
    {
        m_made = ::mkfifo(QFile::encodeName(m_path).constData(), 0644) == 0;
    }
    ~Fifo()
    {
        // A reader stuck on it (today's bug) is let go before it goes.
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        QFile::remove(m_path);
    }
    Q_DISABLE_COPY_MOVE(Fifo)
    bool made() const { return m_made; }

private:
    QString m_path;
    bool m_made = false;
};

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QString sha256Of(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return QString::fromLatin1(hash.hexResult());
}
} // namespace

// Issue 18, points 5, 7 and 9 (one item): special files are never opened
// (a pipe in the GDS or as an archive refuses the run with every node as
// it was), timeouts are bounded and a hung command is killed, error.log is
// read from its end within a bound, symbolic links are backed up and
// restored as links (never followed, never written through), and a
// profile that is a JSON array says so.
class TestSpecialFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_copies;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_set;

    // A hung run comes back as exit code -1 ("timed out"), killed.
    CommandResult run(const QString &scenario, const QStringList &options = {}, int timeoutMs = 240000)
    {
        return m_sandbox->runner().run(CommandRunner::binary(QStringLiteral("lifeboat")),
            QStringList{ QStringLiteral("run"), QStringLiteral("--profile"),
                m_sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"), scenario,
                QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes") }
                + options,
            timeoutMs);
    }

    QStringList sets() const
    {
        return QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    bool allRunning() const
    {
        const auto statuses = NodeController(m_sandbox->profile()).statusOfAll();
        return std::all_of(
            statuses.begin(), statuses.end(), [](const NodeStatus &status) { return status.running; });
    }

    // Every file and link of every node (but logs and locks) and of the GDS.
    RestoredTree::Digests clusterState() const
    {
        RestoredTree::Digests state;
        for (const NodeProfile &node : m_sandbox->profile().nodes) {
            const auto files = RestoredTree::without(
                RestoredTree::actual(node.repository), { QStringLiteral(".lock"), QStringLiteral("logs/") });
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                state.insert(node.name + u'/' + it.key(), it.value());
        }
        const auto gds = RestoredTree::actual(m_sandbox->profile().gds);
        for (auto it = gds.cbegin(); it != gds.cend(); ++it)
            state.insert(QStringLiteral("gds/") + it.key(), it.value());
        return state;
    }

    QJsonObject manifestOf(const QString &set) const
    {
        QFile file(QDir(m_sandbox->profile().backupRoot).filePath(set + QStringLiteral("/manifest.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject partOf(const QJsonObject &manifest, const QString &name)
    {
        for (const QJsonValue &part : manifest.value(QLatin1String("parts")).toArray()) {
            if (part[QLatin1String("name")].toString() == name)
                return part.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(QStringList{ QStringLiteral("--size-mb"),
            QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY(m_sandbox->created());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        m_set = sets().value(0);
        QVERIFY(!m_set.isEmpty());
    }

    // --- Point 5: special files, timeouts, error.log ------------------------

    void aPipeInTheGdsRefusesTheBackupBeforeAnyNodeStops()
    {
        const QString pipe = m_sandbox->profile().gds + QStringLiteral("/inbox.pipe");
        const Fifo fifo(pipe);
        QVERIFY(fifo.made());
        const QStringList before = sets();
        const CommandResult result = run(QStringLiteral("backup-offline"), {}, 120000);
        QVERIFY2(result.exitCode != -1, "the backup hung on a pipe in the GDS");
        QVERIFY2(result.exitCode == 2,
            qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2(
            result.out.contains(pipe) && result.out.contains(QStringLiteral("pipes, sockets or devices")),
            qPrintable(result.out));
        QVERIFY(allRunning());
        QCOMPARE(sets(), before);
    }

    // The archiver's own refusal, for a pipe that appears after the checks:
    // it is named, and never opened.
    void theArchiverNeverOpensAPipe()
    {
        QTemporaryDir work;
        QVERIFY(writeText(work.filePath(QStringLiteral("gds/a.txt")), "a\n"));
        const Fifo fifo(work.filePath(QStringLiteral("gds/b.pipe")));
        QVERIFY(fifo.made());
        BackupPart part;
        part.name = QStringLiteral("gds");
        part.sources = { { work.filePath(QStringLiteral("gds")), QStringLiteral("gds") } };
        QString error;
        auto written = QtConcurrent::run([&] {
            PartArchiver archiver(ArchiveFormat::TarZstd,
                { [](qint64, qint64) {}, [] { return false; }, [](const QString &) {} });
            const bool ok = archiver.write(part, work.path());
            error = archiver.errorString();
            return ok;
        });
        QElapsedTimer waited;
        waited.start();
        while (!written.isFinished() && waited.elapsed() < 20000)
            QTest::qWait(50);
        if (!written.isFinished()) {
            // Let it go before `part` and `work` go.
            const int fd = ::open(QFile::encodeName(work.filePath(QStringLiteral("gds/b.pipe"))).constData(),
                O_WRONLY | O_NONBLOCK);
            written.waitForFinished();
            ::close(fd);
            QFAIL("the archiver opened the pipe and waited for a writer");
        }
        QVERIFY(!written.result());
        QVERIFY2(error.contains(work.filePath(QStringLiteral("gds/b.pipe")))
                && error.contains(QStringLiteral("a pipe, a socket or a device")),
            qPrintable(error));
        QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("gds.tar.zst"))));
    }

    void aPipeAsAnArchiveRefusesTheRestoreUntouched()
    {
        const QString copy = m_copies.filePath(m_set + QStringLiteral("-pipe"));
        QCOMPARE(
            m_sandbox->runner()
                .run(QStringLiteral("cp"),
                    { QStringLiteral("-a"), QDir(m_sandbox->profile().backupRoot).filePath(m_set), copy })
                .exitCode,
            0);
        const QString archive = QDir(copy).filePath(QStringLiteral("gds.tar.zst"));
        QVERIFY(QFile::remove(archive));
        const Fifo fifo(archive);
        QVERIFY(fifo.made());
        const RestoredTree::Digests before = clusterState();
        const CommandResult result
            = run(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), copy }, 120000);
        QVERIFY2(result.exitCode != -1, "the restore hung on a pipe in place of an archive");
        QVERIFY2(result.exitCode == 2 || result.exitCode == 3,
            qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2((result.out + result.err).contains(QStringLiteral("gds.tar.zst")),
            qPrintable(result.out + result.err));
        QVERIFY(allRunning());
        QCOMPARE(clusterState(), before);
    }

    void timeoutsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("-5") << -5 << false;
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1 s") << 1 << true;
        QTest::newRow("24 h") << 86400 << true;
        QTest::newRow("24 h and a second") << 86401 << false;
        QTest::newRow("3,000,000") << 3000000 << false;
    }

    void timeoutsOutOfRangeAreRefused()
    {
        QFETCH(int, seconds);
        QFETCH(bool, accepted);
        QFile file(m_sandbox->path(QStringLiteral("cluster.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QJsonObject node = nodes.at(0).toObject();
        QJsonObject control = node.value(QLatin1String("control")).toObject();
        control.insert(QStringLiteral("timeoutSeconds"), seconds);
        node.insert(QStringLiteral("control"), control);
        nodes.replace(0, node);
        json.insert(QStringLiteral("nodes"), nodes);
        const QString path = m_sandbox->path(QStringLiteral("timeout.json"));
        QVERIFY(writeText(path, QJsonDocument(json).toJson()));
        QString error;
        const auto profile = ClusterProfile::load(path, &error);
        QFile::remove(path);
        QCOMPARE(bool(profile), accepted);
        if (!accepted)
            QVERIFY2(error.contains(QStringLiteral("timeoutSeconds"))
                    && error.contains(QStringLiteral("Must be between 1 and 86400")),
                qPrintable(error));
        else
            QCOMPARE(profile->nodes.at(0).controlTimeoutSeconds, seconds);
    }

    // A stop command that never returns is killed after the node's timeout.
    void aHungStopCommandIsKilled()
    {
        ClusterProfile profile = m_sandbox->profile();
        NodeProfile &node = profile.nodes.first();
        node.stop = CommandTemplate({ QStringLiteral("sleep"), QStringLiteral("297.5") });
        node.controlTimeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const NodeController::Result result = NodeController(profile).stop(node);
        QVERIFY(!result.ok);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.error.contains(QStringLiteral("did not finish within 1 seconds")),
            qPrintable(result.error));
        QTRY_VERIFY(processesMentioning(QStringLiteral("297.5")).isEmpty());
        QVERIFY(allRunning());
    }

    void errorLogIsReadFromItsEndWithinABound()
    {
        QTemporaryDir work;
        const QString log = work.filePath(QStringLiteral("error.log"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 1 GB of nothing (sparse), then Adobe's words at the very end.
        constexpr qint64 gigabyte = qint64(1) << 30;
        QVERIFY(file.resize(gigabyte));
        QVERIFY(file.seek(gigabyte));
        file.write("*ERROR* repository unsync detected\n");
        file.close();
        const qint64 rssBefore = residentKiB();
        LocalHostFiles files;
        QByteArray tail;
        QVERIFY(files.readTail(log, NodeController::errorLogTail, &tail, nullptr));
        QCOMPARE(tail.size(), NodeController::errorLogTail);
        QVERIFY(NodeController::errorLogShowsUnsync(tail));
        tail.clear();
        tail.squeeze();
        QVERIFY(NodeController::errorLogTail <= qint64(4) << 20);

        // /dev/zero as error.log: refused, never read.
        QString error;
        QVERIFY(!files.readTail(QStringLiteral("/dev/zero"), NodeController::errorLogTail, &tail, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));

        // A status check of a node whose error.log is either.
        for (const QString &errorLog : { log, QStringLiteral("/dev/zero") }) {
            ClusterProfile profile = m_sandbox->profile();
            profile.nodes.first().errorLog = errorLog;
            const NodeStatus status = NodeController(profile).status(profile.nodes.first());
            QVERIFY(status.running);
            QCOMPARE(status.repositoryUnsync, errorLog == log);
        }
        QVERIFY2(residentKiB() - rssBefore < 64 * 1024,
            qPrintable(QStringLiteral("%1 KiB more").arg(residentKiB() - rssBefore)));
    }

    // --- Point 7: symbolic links --------------------------------------------

    void linksAreBackedUpAndRestoredAsLinks()
    {
        const QString gds = m_sandbox->profile().gds;
        QVERIFY(writeText(gds + QStringLiteral("/linked/v2/a.txt"), "version 2\n"));
        QVERIFY(QFile::link(QStringLiteral("v2/a.txt"), gds + QStringLiteral("/linked/current")));
        QVERIFY(QFile::link(QStringLiteral("../linked/v2"), gds + QStringLiteral("/linked/again")));
        QVERIFY(QFile::link(QStringLiteral("not-there-yet"), gds + QStringLiteral("/linked/dangling")));
        const QStringList before = sets();
        // Builds on the first set: an incremental set carries its links too.
        const CommandResult backup = run(QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QString set = sets().constLast();
        QCOMPARE(sets().size(), before.size() + 1);
        const QJsonObject part = partOf(manifestOf(set), QStringLiteral("gds"));
        QHash<QString, QString> links;
        bool incremental = false;
        for (const QJsonValue &file : part.value(QLatin1String("files")).toArray()) {
            if (file[QLatin1String("link")].isString())
                links.insert(file[QLatin1String("path")].toString(), file[QLatin1String("link")].toString());
            incremental = incremental || file[QLatin1String("storedIn")].isString();
        }
        QVERIFY2(incremental, "the second set was meant to build on the first");
        // The GDS's archive names start with its folder's name.
        const QString prefix = QFileInfo(gds).fileName() + u'/';
        const QHash<QString, QString> expected{ { prefix + QStringLiteral("linked/current"),
                                                    QStringLiteral("v2/a.txt") },
            { prefix + QStringLiteral("linked/again"), QStringLiteral("../linked/v2") },
            { prefix + QStringLiteral("linked/dangling"), QStringLiteral("not-there-yet") } };
        QCOMPARE(links, expected);
        // GNU tar, by hand, sees them as links.
        const QString archive
            = QDir(m_sandbox->profile().backupRoot).filePath(set + QStringLiteral("/gds.tar.zst"));
        const CommandResult listing = m_sandbox->runner().run(
            QStringLiteral("tar"), { QStringLiteral("--zstd"), QStringLiteral("-tvf"), archive });
        QCOMPARE(listing.exitCode, 0);
        QVERIFY2(listing.out.contains(prefix + QStringLiteral("linked/current -> v2/a.txt"))
                && listing.out.contains(QStringLiteral("\nl")),
            qPrintable(listing.out));
        const CommandResult verify = m_sandbox->runner().lifeboat(
            { QStringLiteral("verify"), QDir(m_sandbox->profile().backupRoot).filePath(set) });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        // Gone, then restored as links with the same targets.
        QVERIFY(QDir(gds + QStringLiteral("/linked")).removeRecursively());
        const CommandResult restore = run(QStringLiteral("restore-cluster"),
            { QStringLiteral("--backup-set"), QDir(m_sandbox->profile().backupRoot).filePath(set) });
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QFileInfo link(gds + u'/' + it.key().mid(prefix.size()));
            QVERIFY2(link.isSymLink(), qPrintable(link.filePath()));
            QCOMPARE(link.readSymLink(), it.value());
        }
        QFile restored(gds + QStringLiteral("/linked/current"));
        QVERIFY(restored.open(QIODevice::ReadOnly));
        QCOMPARE(restored.readAll(), QByteArray("version 2\n"));
        QVERIFY(allRunning());
        QVERIFY(QDir(gds + QStringLiteral("/linked")).removeRecursively());
    }

    void aLinkOutOfItsPartRefusesTheBackup()
    {
        const QString gds = m_sandbox->profile().gds;
        const QString absolute = gds + QStringLiteral("/etc-link");
        const QString climbing = gds + QStringLiteral("/deep/up");
        QVERIFY(QDir().mkpath(gds + QStringLiteral("/deep")));
        QVERIFY(QFile::link(QStringLiteral("/etc"), absolute));
        QVERIFY(QFile::link(QStringLiteral("../../.."), climbing));
        const QStringList before = sets();
        const CommandResult result = run(QStringLiteral("backup-offline"));
        QFile::remove(absolute);
        QFile::remove(climbing);
        QDir(gds + QStringLiteral("/deep")).removeRecursively();
        QVERIFY2(result.exitCode == 2,
            qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2(result.out.contains(absolute) && result.out.contains(climbing)
                && result.out.contains(QStringLiteral("links lead outside")),
            qPrintable(result.out));
        QVERIFY(allRunning());
        QCOMPARE(sets(), before);
    }

    // An archive whose link would let a later entry write through it, even
    // to a place inside the target: refused, nothing written through it.
    void aLinkEntryNeverLetsALaterEntryWriteThroughIt_data()
    {
        QTest::addColumn<bool>("directory");
        QTest::newRow("a link to a directory, then a file below it") << true;
        QTest::newRow("a link to a file, then a file of its name") << false;
    }

    void aLinkEntryNeverLetsALaterEntryWriteThroughIt()
    {
        QFETCH(bool, directory);
        QTemporaryDir work;
        const QString source = work.filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/part/sub")));
        QVERIFY(writeText(source + QStringLiteral("/part/sub/kept.txt"), "kept\n"));
        const QByteArray written("written through the link\n");
        const QString linkTarget = directory ? QStringLiteral("sub") : QStringLiteral("sub/kept.txt");
        QVERIFY(QFile::link(linkTarget, source + QStringLiteral("/part/l")));
        const QString archive = work.filePath(QStringLiteral("evil.tar"));
        const CommandRunner &runner = m_sandbox->runner();
        QCOMPARE(runner
                     .run(QStringLiteral("tar"),
                         { QStringLiteral("-C"), source, QStringLiteral("-cf"), archive,
                             QStringLiteral("part/l"), QStringLiteral("part/sub/kept.txt") })
                     .exitCode,
            0);
        // The later entry: part/l/kept.txt, or part/l itself as a file.
        const QString later = work.filePath(QStringLiteral("later"));
        QVERIFY(writeText(
            later + (directory ? QStringLiteral("/part/l/kept.txt") : QStringLiteral("/part/l")), written));
        QCOMPARE(runner
                     .run(QStringLiteral("tar"),
                         { QStringLiteral("-C"), later, QStringLiteral("-rf"), archive,
                             directory ? QStringLiteral("part/l/kept.txt") : QStringLiteral("part/l") })
                     .exitCode,
            0);
        QCOMPARE(runner.run(QStringLiteral("zstd"), { QStringLiteral("-q"), QStringLiteral("--rm"), archive })
                     .exitCode,
            0);
        BackupPart part;
        BackupPart::File link{ QStringLiteral("part/l"), 0, 0777, sha256Of(linkTarget.toUtf8()) };
        link.linkTarget = linkTarget;
        part.files = { link, { QStringLiteral("part/sub/kept.txt"), 5, 0644, sha256Of("kept\n") } };
        if (directory)
            part.files.append({ QStringLiteral("part/l/kept.txt"), written.size(), 0644, sha256Of(written) });
        const QString target = work.filePath(QStringLiteral("target"));
        PartExtractor extractor(archive + QStringLiteral(".zst"), part, QStringLiteral("part/"));
        QVERIFY(!extractor.extractTo(target));
        QVERIFY2(extractor.errorString().contains(QStringLiteral("would be written through a link")),
            qPrintable(extractor.errorString()));
        QFile kept(target + QStringLiteral("/sub/kept.txt"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept\n"));
    }

    // GNU tar keeps the last of two entries with one path; a restore refuses
    // the second: a Lifeboat archive never holds a path twice, and the files
    // are written on a thread of their own while the next entry is read.
    void anEntryThatComesTwiceIsRefused()
    {
        QTemporaryDir work;
        const QString first = work.filePath(QStringLiteral("first"));
        const QString second = work.filePath(QStringLiteral("second"));
        QVERIFY(writeText(first + QStringLiteral("/part/a.txt"), "first\n"));
        QVERIFY(writeText(second + QStringLiteral("/part/a.txt"), "second, longer\n"));
        const QString archive = work.filePath(QStringLiteral("twice.tar"));
        const CommandRunner &runner = m_sandbox->runner();
        QCOMPARE(runner.run(QStringLiteral("tar"), { QStringLiteral("-C"), first, QStringLiteral("-cf"), archive,
                                                       QStringLiteral("part/a.txt") }).exitCode, 0);
        QCOMPARE(runner.run(QStringLiteral("tar"), { QStringLiteral("-C"), second, QStringLiteral("-rf"), archive,
                                                       QStringLiteral("part/a.txt") }).exitCode, 0);
        QCOMPARE(runner.run(QStringLiteral("zstd"), { QStringLiteral("-q"), QStringLiteral("--rm"), archive }).exitCode, 0);
        BackupPart part;
        part.files = { { QStringLiteral("part/a.txt"), 6, 0644, sha256Of("first\n") } };
        PartExtractor extractor(archive + QStringLiteral(".zst"), part, QStringLiteral("part/"));
        const QString target = work.filePath(QStringLiteral("target"));
        QVERIFY(!extractor.extractTo(target));
        QVERIFY2(extractor.errorString().contains(QStringLiteral("\"part/a.txt\", which comes a second time")),
            qPrintable(extractor.errorString()));
        QFile kept(target + QStringLiteral("/a.txt"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("first\n"));
    }

    // The modes a part records and a restore puts back are those of what is
    // read: below the source, each entry's own; for a source that is a link
    // the profile names, those of the folder it points to, never the link's.
    void theModesRestoredAreThoseOfWhatWasRead_data()
    {
        QTest::addColumn<bool>("sourceIsALink");
        QTest::newRow("folder") << false;
        QTest::newRow("link to a folder") << true;
    }

    void theModesRestoredAreThoseOfWhatWasRead()
    {
        QFETCH(bool, sourceIsALink);
        QTemporaryDir work;
        const QString real = work.filePath(QStringLiteral("real"));
        QVERIFY(writeText(real + QStringLiteral("/f.txt"), "f\n"));
        QVERIFY(writeText(real + QStringLiteral("/sub/g.sh"), "g\n"));
        const QHash<QString, mode_t> modes{{QString(), 0750}, {QStringLiteral("f.txt"), 0640},
                                           {QStringLiteral("sub"), 0711}, {QStringLiteral("sub/g.sh"), 0755}};
        for (auto it = modes.cbegin(); it != modes.cend(); ++it)
            QCOMPARE(::chmod(QFile::encodeName(QDir(real).filePath(it.key())).constData(), it.value()), 0);
        const QString source = sourceIsALink ? work.filePath(QStringLiteral("link")) : real;
        if (sourceIsALink)
            QVERIFY(QFile::link(real, source));
        BackupPart part;
        part.name = QStringLiteral("part");
        part.sources = {{source, QStringLiteral("part")}};
        PartArchiver archiver(ArchiveFormat::TarZstd, {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}});
        QVERIFY2(archiver.write(part, work.path()), qPrintable(archiver.errorString()));
        for (const BackupPart::File &file : std::as_const(part.files))
            QCOMPARE(mode_t(file.mode), modes.value(file.path.mid(qsizetype(qstrlen("part/")))));
        PartExtractor extractor(work.filePath(part.archiveFile), part, QStringLiteral("part/"));
        const QString target = work.filePath(QStringLiteral("target"));
        QVERIFY2(extractor.extractTo(target), qPrintable(extractor.errorString()));
        for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
            struct stat info{};
            QCOMPARE(::lstat(QFile::encodeName(QDir(target).filePath(it.key())).constData(), &info), 0);
            QVERIFY2((info.st_mode & 07777) == it.value(), qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(info.st_mode & 07777, 0, 8)));
        }
    }

    // A write that fails on the writing thread (here: the file size limit,
    // as a full disk would) stops the unpacking, naming the file, and
    // nothing waits for ever.
    void aWriteThatFailsStopsTheUnpackingNamingTheFile()
    {
        QTemporaryDir work;
        const QString source = work.filePath(QStringLiteral("source"));
        QByteArray big(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) >> 5);
        BackupPart part;
        for (const QString &name : { QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("c.bin") }) {
            QVERIFY(writeText(source + QStringLiteral("/part/") + name, big));
            part.files.append({ QStringLiteral("part/") + name, big.size(), 0644, sha256Of(big) });
        }
        const QString archive = work.filePath(QStringLiteral("big.tar"));
        const CommandRunner &runner = m_sandbox->runner();
        QCOMPARE(runner.run(QStringLiteral("tar"), { QStringLiteral("-C"), source, QStringLiteral("-cf"), archive,
                                                       QStringLiteral("part") }).exitCode, 0);
        QCOMPARE(runner.run(QStringLiteral("zstd"), { QStringLiteral("-q"), QStringLiteral("--rm"), archive }).exitCode, 0);
        // Files of this process may not grow past 1 MiB while it unpacks;
        // writes past it fail with EFBIG instead of raising SIGXFSZ.
        const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        rlimit limited = previous;
        limited.rlim_cur = 1024 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        PartExtractor extractor(archive + QStringLiteral(".zst"), part, QStringLiteral("part/"));
        const QString target = work.filePath(QStringLiteral("target"));
        const bool extracted = extractor.extractTo(target);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &previous) == 0);
        ::signal(SIGXFSZ, previousHandler);
        QVERIFY(!extracted);
        QVERIFY2(extractor.errorString().startsWith(QStringLiteral("Cannot write ") + target + QStringLiteral("/a.bin: "))
                && extractor.errorString().endsWith(QStringLiteral("Check the free space.")),
            qPrintable(extractor.errorString()));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/c.bin")) || QFileInfo(target + QStringLiteral("/c.bin")).size() == 0);
    }

    // The rule both the backup and the restore keep.
    void linkTargetsStayInsideTheirPart()
    {
        LocalHostFiles files;
        QTemporaryDir work;
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("part/a/b"))));
        const QList<std::pair<QString, QString>> links{ { QStringLiteral("part/a/b/up"),
                                                            QStringLiteral("../../x") },
            { QStringLiteral("part/a/b/out"), QStringLiteral("../../../x") },
            { QStringLiteral("part/a/b/twisty"), QStringLiteral("c/../../x") },
            { QStringLiteral("part/a/abs"), QStringLiteral("/tmp") } };
        for (const auto &[path, target] : links)
            QVERIFY(QFile::link(target, work.filePath(path)));
        HostFiles::Usage usage;
        QVERIFY(files.usage(work.filePath(QStringLiteral("part")), &usage, nullptr));
        QStringList outside = usage.linksOutside;
        outside.sort();
        QCOMPARE(outside,
            (QStringList{ work.filePath(QStringLiteral("part/a/abs")),
                work.filePath(QStringLiteral("part/a/b/out")),
                work.filePath(QStringLiteral("part/a/b/twisty")) }));
        QVERIFY(usage.special.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpecialFiles)
#include "tst_specialfiles.moc"
