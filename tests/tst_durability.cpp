// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// fsync discipline, traced with strace on real runs: what must survive a
// power cut reaches the disk in the order data, rename, directory. A
// backup's archives and manifest are synced before the rename that makes the
// set look complete, and the backup root after it; a restore's new tree is
// synced (syncfs) before it is renamed into a node's place, and the place's
// directory after.

#include <support/SandboxFixture.h>

#include <backup/BackupSetManifest.h>
#include <cluster/RepositoryLock.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

// One traced system call: which, on what (fd paths resolved by strace -y).
struct Call
{
    QString name;
    QString path;   // fsync/fdatasync/syncfs: the descriptor's path
    QString from;   // renames
    QString to;
};

QList<Call> readTrace(const QString &file)
{
    static const QRegularExpression syncCall(QString::fromLatin1(R"re(^\d+\s+(fsync|fdatasync|syncfs)\(\d+<([^>]*)>\) = 0)re"));
    // Opened for reading only, not for a sync (DiskSync opens with O_NONBLOCK).
    static const QRegularExpression readOpen(QStringLiteral(
        "^\\d+\\s+openat\\(AT_FDCWD(?:<[^>]*>)?, \"([^\"]*)\", O_RDONLY(?!.*O_NONBLOCK).*\\) = \\d"));
    // A directory opened to be listed (QDirIterator, QDir::entryList).
    static const QRegularExpression listOpen(QStringLiteral(
        "^\\d+\\s+openat\\(AT_FDCWD(?:<[^>]*>)?, \"([^\"]*)\", O_RDONLY.*O_DIRECTORY.*\\) = \\d"));
    // Any other open for reading (O_NONBLOCK: the archiver's of a regular file, DiskSync's).
    static const QRegularExpression otherOpen(QStringLiteral(
        "^\\d+\\s+openat\\(AT_FDCWD(?:<[^>]*>)?, \"([^\"]*)\", O_RDONLY.*\\) = \\d"));
    static const QRegularExpression renameCall(
        QString::fromLatin1(R"re(^\d+\s+(rename|renameat2?)\((?:AT_FDCWD(?:<[^>]*>)?, )?"([^"]*)", (?:AT_FDCWD(?:<[^>]*>)?, )?"([^"]*)".*\) = 0)re"));
    QList<Call> calls;
    QFile trace(file);
    if (!trace.open(QIODevice::ReadOnly))
        return calls;
    // A call another thread interrupts is split in two lines, "<pid> call(…
    // <unfinished ...>" and "<pid> <... call resumed>…) = 0": joined here,
    // in the place where it returned.
    static const QRegularExpression resumed(QStringLiteral("^(\\d+)\\s+<\\.\\.\\. \\w+ resumed>"));
    static const QRegularExpression padding(QStringLiteral("\\)\\s+= "));
    QHash<QString, QString> unfinished; // by pid
    while (!trace.atEnd()) {
        QString line = QString::fromUtf8(trace.readLine()).trimmed();
        if (line.endsWith(QLatin1String("<unfinished ...>"))) {
            unfinished.insert(line.section(u' ', 0, 0), line.chopped(int(qstrlen("<unfinished ...>"))).trimmed());
            continue;
        }
        if (const auto rest = resumed.match(line); rest.hasMatch())
            line = unfinished.take(rest.captured(1)) + line.mid(rest.capturedEnd());
        line.replace(padding, QStringLiteral(") = ")); // strace pads a resumed call's result
        if (const auto sync = syncCall.match(line); sync.hasMatch())
            calls.append({sync.captured(1), sync.captured(2), {}, {}});
        else if (const auto rename = renameCall.match(line); rename.hasMatch())
            calls.append({QStringLiteral("rename"), {}, rename.captured(2), rename.captured(3)});
        else if (const auto read = readOpen.match(line); read.hasMatch())
            calls.append({QStringLiteral("read"), read.captured(1), {}, {}});
        else if (const auto list = listOpen.match(line); list.hasMatch())
            calls.append({QStringLiteral("list"), list.captured(1), {}, {}});
        else if (const auto open = otherOpen.match(line); open.hasMatch())
            calls.append({QStringLiteral("open"), open.captured(1), {}, {}});
    }
    return calls;
}

bool isSync(const Call &call, const QString &path)
{
    return (call.name == QLatin1String("fsync") || call.name == QLatin1String("fdatasync")) && call.path == path;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_work;
    QString m_strace;

    QList<Call> traced(const QString &name, const QStringList &arguments,
                       const QString &calls = QStringLiteral("fsync,fdatasync,syncfs,rename,renameat,renameat2"))
    {
        const QString trace = m_work.filePath(name + QStringLiteral(".trace"));
        const CommandResult result = m_sandbox->runner().run(
            m_strace, // Threads are followed; a program it starts (a node's start script,
            // which leaves the node running) is let go when it execs.
            QStringList{QStringLiteral("-f"), QStringLiteral("--detach-on=execve"), QStringLiteral("-qq"), QStringLiteral("-y"), QStringLiteral("-s"), QStringLiteral("4096"),
                                  QStringLiteral("-e"), QStringLiteral("trace=") + calls,
                                  QStringLiteral("-o"), trace, CommandRunner::binary(QStringLiteral("lifeboat"))}
                          + arguments,
            300000);
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.out + result.err));
        return result.exitCode == 0 ? readTrace(trace) : QList<Call>();
    }

    // The newest complete set in the backup root, by its canonical path.
    QString newestSet() const
    {
        const QDir root(QDir(m_sandbox->profile().backupRoot).canonicalPath());
        const QStringList sets = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        return sets.isEmpty() ? QString() : root.filePath(sets.last());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!m_strace.isEmpty(), "strace is needed (installer/dev installs it)");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        const CommandResult started = m_sandbox->sandbox(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
    }

    void aBackupSetIsOnTheDiskBeforeItsNameSaysComplete()
    {
        const QList<Call> calls = traced(QStringLiteral("backup"),
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("backup-offline"), QStringLiteral("--yes")});
        QVERIFY(!calls.isEmpty());
        const QString root = QDir(m_sandbox->profile().backupRoot).canonicalPath();
        const QStringList sets = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sets.size(), 1);
        const QString set = root + u'/' + sets.first();
        // The rename that publishes the set.
        qsizetype publish = -1;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (calls[i].name == QLatin1String("rename") && calls[i].to == set)
                publish = i;
        }
        QVERIFY2(publish >= 0, "no rename publishes the set");
        const QString staging = calls[publish].from;
        // Every file of the set: synced under one of its names before that rename.
        for (const QString &name : QDir(set).entryList(QDir::Files)) {
            QStringList names{staging + u'/' + name};
            for (qsizetype i = publish - 1; i >= 0; --i) {
                if (calls[i].name == QLatin1String("rename") && names.contains(calls[i].to))
                    names.append(calls[i].from);
            }
            const bool synced = std::any_of(calls.cbegin(), calls.cbegin() + publish, [&names](const Call &call) {
                return std::any_of(names.cbegin(), names.cend(), [&call](const QString &n) { return isSync(call, n); });
            });
            QVERIFY2(synced, qPrintable(QStringLiteral("%1 was not synced before the set was published").arg(name)));
        }
        const bool rootSynced = std::any_of(calls.cbegin() + publish + 1, calls.cend(),
                                            [&root](const Call &call) { return isSync(call, root); });
        QVERIFY2(rootSynced, "the backup root was not synced after the set was renamed into it");
    }

    // Publishing reads each archive once, to check it: its SHA-256 for
    // SHA256SUMS was taken while it was written, and the check hashes the
    // archive file in the same read that decompresses it. (It was read three
    // times: for SHA256SUMS, for the check as a whole, and decompressed.)
    void publishingReadsEachArchiveOnce()
    {
        const QList<Call> calls = traced(QStringLiteral("reads"),
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("backup-offline"), QStringLiteral("--yes")},
            QStringLiteral("openat,rename,renameat,renameat2"));
        QVERIFY(!calls.isEmpty());
        const QString root = QDir(m_sandbox->profile().backupRoot).canonicalPath();
        qsizetype publish = -1;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (calls[i].name == QLatin1String("rename") && QFileInfo(calls[i].to).absolutePath() == root
                && !QFileInfo(calls[i].to).fileName().startsWith(u'.'))
                publish = i;
        }
        QVERIFY2(publish >= 0, "no rename publishes the set");
        const QString set = calls[publish].to;
        const QString staging = calls[publish].from;
        int archives = 0;
        for (const QString &name : QDir(set).entryList({QStringLiteral("*.tar.zst")}, QDir::Files)) {
            const QString path = staging + u'/' + name;
            qsizetype written = -1; // the rename that gave the archive its name
            for (qsizetype i = 0; i < publish; ++i) {
                if (calls[i].name == QLatin1String("rename") && calls[i].to == path)
                    written = i;
            }
            QVERIFY2(written >= 0, qPrintable(QStringLiteral("%1 was not renamed into place").arg(name)));
            const auto reads = std::count_if(calls.cbegin() + written, calls.cbegin() + publish,
                                             [&path](const Call &call) { return call.name == QLatin1String("read") && call.path == path; });
            QVERIFY2(reads == 1, qPrintable(QStringLiteral("%1 was read %2 time(s) before publishing").arg(name).arg(reads)));
            ++archives;
        }
        QVERIFY(archives >= 5);
    }

    // The archive's checksum is the one taken as it was written: an archive
    // changed in the staging directory before publishing (here: bytes
    // appended after its end, which decompressing never reaches) is refused,
    // and no set is published. (When SHA256SUMS was made from the file at
    // publishing, this set was published with the changed archive.)
    void anArchiveChangedBeforePublishingIsNotPublished()
    {
        const QString root = m_sandbox->profile().backupRoot;
        const QStringList before = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList run{QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath,
                              QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes")};
        // Killed as the publishing step starts (steps: stop, database, archive, check, start, publish).
        m_sandbox->runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:5"));
        const CommandResult killed = m_sandbox->runner().lifeboat(run);
        m_sandbox->runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(killed.exitCode == -1, qPrintable(killed.out + killed.err));
        const QStringList staged = QDir(root).entryList({QStringLiteral(".*.partial")}, QDir::Dirs | QDir::Hidden);
        QCOMPARE(staged.size(), 1);
        QFile archive(QDir(root).filePath(staged.first() + QStringLiteral("/fonts.tar.zst")));
        QVERIFY(archive.open(QIODevice::Append));
        QVERIFY(archive.write("not part of the archive") > 0);
        archive.close();

        const CommandResult resumed = m_sandbox->runner().lifeboat({QStringLiteral("resume"), QStringLiteral("--yes")});
        QVERIFY2(resumed.exitCode == 1, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QStringLiteral("does not read back as written"))
                     && resumed.out.contains(QStringLiteral("fonts.tar.zst: SHA-256 of the archive differs from SHA256SUMS")),
                 qPrintable(resumed.out));
        QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot), before);
        QVERIFY(m_sandbox->sandbox(QStringLiteral("start")).exitCode == 0);
    }

    // A restore reads an archive that it unpacks before it changes anything
    // once: the unpacking checks the archive as a whole against SHA256SUMS
    // in the same read, so the verification before it only checks the
    // records. (The repository's was read twice: hashed by the verification,
    // then unpacked.) A part restored after the node stops (its bootstrap
    // properties) is still read back first, then again when it is restored.
    void aRestoreReadsTheArchivesItUnpacksFirstOnce()
    {
        const QString set = newestSet();
        QVERIFY(!set.isEmpty());
        const QList<Call> calls = traced(QStringLiteral("restore-reads"),
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
             QStringLiteral("--backup-set"), set, QStringLiteral("--yes")},
            QStringLiteral("openat"));
        QVERIFY(!calls.isEmpty());
        QHash<QString, int> reads; // archive -> times opened for reading
        for (const QString &name : QDir(set).entryList({QStringLiteral("*.tar.zst")}, QDir::Files)) {
            const QString path = QDir(set).filePath(name);
            reads.insert(name, int(std::count_if(calls.cbegin(), calls.cend(), [&path](const Call &call) {
                return call.name == QLatin1String("read") && QFileInfo(call.path).canonicalFilePath() == path;
            })));
        }
        const auto describe = [&reads] {
            QStringList list;
            for (auto it = reads.cbegin(); it != reads.cend(); ++it)
                list.append(QStringLiteral("%1 %2 time(s)").arg(it.key()).arg(it.value()));
            return list.join(QStringLiteral(", "));
        };
        const QStringList repositories = QDir(set).entryList({QStringLiteral("repository*.tar.zst")}, QDir::Files);
        QCOMPARE(repositories.size(), 1);
        QVERIFY2(reads.value(repositories.first()) == 1, qPrintable(describe()));
        QVERIFY2(reads.value(QStringLiteral("bootstrap-properties.tar.zst")) == 2, qPrintable(describe()));
    }

    // Walking a repository opens every directory of it: seconds for a
    // production one, on its host over ssh. A restore answered in advance
    // (--yes) walks the unpacked copy of node2's repository once, while
    // node2 serves, to take out the runtime files the backup brought, and
    // never walks node2's repository itself. It walked that seven times:
    // the free-space check (which counts only what is written), the
    // previews of confirmations no one reads (the runtime files' among
    // them), and the swap measuring what it moved to the quarantine and
    // what it put in place, for the report: four of them while node2 was
    // down; then once, while node2 was down, for the runtime files.
    void aRestoreAnsweredInAdvanceWalksTheRepositoryOnlyWhereItMust()
    {
        const QString set = newestSet();
        QVERIFY(!set.isEmpty());
        const QString repository = QDir(m_sandbox->node(QStringLiteral("node2")).repository).canonicalPath();
        // A directory two levels down, which only a walk of the whole tree opens.
        QString deep;
        QDirIterator it(repository, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (deep.isEmpty() && it.hasNext()) {
            const QString path = it.next();
            if (QDir(repository).relativeFilePath(path).count(u'/') == 1 && !path.contains(QLatin1String("/crx.")))
                deep = path;
        }
        QVERIFY2(!deep.isEmpty(), qPrintable(repository));
        const QList<Call> calls = traced(QStringLiteral("restore-walks"),
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
             QStringLiteral("--backup-set"), set, QStringLiteral("--yes")},
            QStringLiteral("openat,rename,renameat,renameat2"));
        QVERIFY(!calls.isEmpty());
        const auto isWalk = [&deep](const Call &call) { return call.name == QLatin1String("list") && call.path == deep; };
        const auto walks = std::count_if(calls.cbegin(), calls.cend(), isWalk);
        QVERIFY2(walks == 0, qPrintable(QStringLiteral("%1 listed %2 time(s)").arg(deep).arg(walks)));
        // The same directory in the unpacked copy, beside the repository.
        const QString inCopy = u'/' + QDir(repository).relativeFilePath(deep);
        const auto isCopyWalk = [&inCopy](const Call &call) {
            return call.name == QLatin1String("list") && call.path.contains(QLatin1String("/.lifeboat-restore-")) && call.path.endsWith(inCopy);
        };
        const auto copyWalks = std::count_if(calls.cbegin(), calls.cend(), isCopyWalk);
        QVERIFY2(copyWalks == 1, qPrintable(QStringLiteral("%1 in the copy listed %2 time(s)").arg(inCopy).arg(copyWalks)));
        // That one before node2 is down: before the first of its files moved
        // to the quarantine.
        const auto down = std::find_if(calls.cbegin(), calls.cend(), [&repository](const Call &call) {
            return call.name == QLatin1String("rename") && call.from.startsWith(repository + u'/');
        });
        QVERIFY(down != calls.cend());
        QVERIFY2(std::count_if(calls.cbegin(), down, isCopyWalk) == 1, "the copy is walked while node2 serves");
    }

    // The unpacking's checksum of the archive is compared with SHA256SUMS:
    // bytes appended past the archive's end, which no file shows, still
    // make the set damaged, and the restore ends before any node stops, as
    // a failed verification does (exit code 3).
    void anArchiveChangedPastItsEndStopsTheRestoreBeforeAnyChange()
    {
        const QString set = newestSet();
        QVERIFY(!set.isEmpty());
        const QStringList repositories = QDir(set).entryList({QStringLiteral("repository*.tar.zst")}, QDir::Files);
        QVERIFY2(!repositories.isEmpty(), qPrintable(QDir(set).entryList().join(u' ')));
        QFile archive(QDir(set).filePath(repositories.first()));
        const qint64 size = archive.size();
        QVERIFY(archive.open(QIODevice::Append));
        QVERIFY(archive.write("not part of the archive") > 0);
        archive.close();
        const qint64 pid = RepositoryLock::inspect(m_sandbox->node(QStringLiteral("node2")).repository).pid;
        QVERIFY(pid > 0);

        const CommandResult refused = m_sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
             QStringLiteral("--backup-set"), set, QStringLiteral("--yes")});
        QVERIFY(archive.resize(size));
        QVERIFY2(refused.exitCode == 3, qPrintable(QString::number(refused.exitCode) + u'\n' + refused.out + refused.err));
        QVERIFY2(refused.out.contains(QStringLiteral("is damaged, so nothing was restored and every node is as it was"))
                     && refused.out.contains(repositories.first() + QStringLiteral(": SHA-256 of the archive differs")),
                 qPrintable(refused.out));
        QCOMPARE(RepositoryLock::inspect(m_sandbox->node(QStringLiteral("node2")).repository).pid, pid);
    }

    // The checks before a backup need what the trees to back up hold twice:
    // their size (the free space) and anything a backup cannot hold (pipes,
    // links leading out). One walk serves both; it took two.
    void theChecksBeforeABackupWalkEachTreeOnce()
    {
        const QList<Call> calls = traced(QStringLiteral("check-walks"),
            {QStringLiteral("check"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("backup-offline")},
            QStringLiteral("openat"));
        QVERIFY(!calls.isEmpty());
        // A folder two levels down in the repository the backup copies: only
        // a walk of the whole tree opens it.
        QHash<QString, int> walks;
        for (const Call &call : calls) {
            if (call.name == QLatin1String("list") && call.path.endsWith(QLatin1String("/crx-repository/repository/datastore")))
                ++walks[call.path];
        }
        QVERIFY2(!walks.isEmpty(), "no repository was walked");
        for (auto it = walks.cbegin(); it != walks.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 listed %2 time(s)").arg(it.key()).arg(it.value())));
    }

    void aRestoredTreeIsOnTheDiskBeforeItTakesTheNodesPlace()
    {
        const QString repository = QFileInfo(m_sandbox->node(QStringLiteral("node2")).repository).canonicalFilePath();
        QVERIFY(!repository.isEmpty());
        const QList<Call> calls = traced(QStringLiteral("restore"),
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
             QStringLiteral("--yes")});
        QVERIFY(!calls.isEmpty());
        // Every rename that puts something in the repository's place or into it.
        int swaps = 0;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &call = calls[i];
            if (call.name != QLatin1String("rename")
                || !(call.to == repository || call.to.startsWith(repository + u'/')))
                continue;
            ++swaps;
            const bool dataFirst = std::any_of(calls.cbegin(), calls.cbegin() + i, [&call](const Call &before) {
                return before.name == QLatin1String("syncfs") || isSync(before, call.from);
            });
            QVERIFY2(dataFirst, qPrintable(QStringLiteral("%1 was renamed to %2 before its data was synced").arg(call.from, call.to)));
            const QString directory = QFileInfo(call.to).absolutePath();
            const bool directoryAfter = std::any_of(calls.cbegin() + i + 1, calls.cend(),
                                                    [&directory](const Call &after) { return isSync(after, directory); });
            QVERIFY2(directoryAfter, qPrintable(QStringLiteral("%1 was not synced after the rename into it").arg(directory)));
        }
        QVERIFY2(swaps > 0, "the restore renamed nothing into node2's repository");
    }

    // An incremental backup knows an unchanged file by its size and time
    // (and its checksum only when those are in doubt): it never opens it.
    // It opened every file of every part, only to learn its size.
    void anIncrementalBackupOpensNoUnchangedFile()
    {
        const QStringList backup{QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath,
                                 QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes")};
        const CommandResult full = m_sandbox->runner().lifeboat(backup + QStringList{QStringLiteral("--full")});
        QVERIFY2(full.exitCode == 0, qPrintable(full.out + full.err));
        const QList<Call> calls = traced(QStringLiteral("incremental"), backup, QStringLiteral("openat"));
        QVERIFY(!calls.isEmpty());
        // The GDS's documents, which nothing changes in this sandbox.
        const QString gds = QDir(m_sandbox->profile().gds).canonicalPath();
        QStringList documents;
        QDirIterator it(gds, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            documents.append(it.next());
        QVERIFY2(!documents.isEmpty(), qPrintable(gds));
        const auto opened = std::count_if(calls.cbegin(), calls.cend(), [&documents](const Call &call) {
            return (call.name == QLatin1String("read") || call.name == QLatin1String("open")) && documents.contains(call.path);
        });
        QVERIFY2(opened == 0, qPrintable(QStringLiteral("%1 of %2 unchanged GDS files were opened").arg(opened).arg(documents.size())));
        // And the set holds them by reference.
        QString error;
        const auto set = BackupSetManifest::load(newestSet(), &error);
        QVERIFY2(set && set->part(QStringLiteral("gds")), qPrintable(error));
        const auto &files = set->part(QStringLiteral("gds"))->files;
        QVERIFY(!files.isEmpty());
        QVERIFY(std::all_of(files.cbegin(), files.cend(), [](const BackupPart::File &file) { return !file.storedIn.isEmpty(); }));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
