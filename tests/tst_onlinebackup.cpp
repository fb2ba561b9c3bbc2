// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <OnlineBackupJob.h>

#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lifeboat;

namespace {

constexpr int finishTimeoutMs = 60000;
const QString bigSegment = QStringLiteral("repository/segmentstore/data00002a.tar");
const QString firstSegment = QStringLiteral("repository/segmentstore/data00000a.tar");
const QString secondSegment = QStringLiteral("repository/segmentstore/data00001a.tar");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &contents, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(mode) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Every file below root, by relative path.
QMap<QString, QByteArray> filesBelow(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

// What an online backup must contain: the repository without what AEM leaves out.
QMap<QString, QByteArray> expectedBackup(const QString &repository)
{
    QMap<QString, QByteArray> files = filesBelow(repository);
    files.removeIf([](const auto &entry) {
        const QString &path = entry.key();
        return path == QLatin1String(".lock") || path.startsWith(QLatin1String("repository/index/"))
            || path.startsWith(QLatin1String("repository/cache/"));
    });
    return files;
}

void collectZipFiles(const KArchiveDirectory *dir, const QString &prefix, QMap<QString, QByteArray> &files,
                     QMap<QString, mode_t> &modes)
{
    for (const QString &name : dir->entries()) {
        const KArchiveEntry *entry = dir->entry(name);
        const QString path = prefix + name;
        if (entry->isDirectory()) {
            collectZipFiles(static_cast<const KArchiveDirectory *>(entry), path + QLatin1Char('/'), files, modes);
        } else {
            files.insert(path, static_cast<const KArchiveFile *>(entry)->data());
            modes.insert(path, entry->permissions());
        }
    }
}

QStringList leftoversNextTo(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("backup.*.temp"), QStringLiteral("*.partial")},
                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestOnlineBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_repository;

    QString workPath(const QString &name) const { return m_work->filePath(name); }
    QString repoPath(const QString &relative) const { return QDir(m_repository).filePath(relative); }

    // A crx-repository as an AEM Forms node has it, with a segment big
    // enough to make a delayed backup take a while.
    void buildRepository(qsizetype bigSegmentBytes)
    {
        m_repository = workPath(QStringLiteral("crx-repository"));
        const QList<std::pair<QString, QByteArray>> files = {
            {firstSegment, randomBytes(64 * 1024, 1)},
            {secondSegment, randomBytes(32 * 1024, 2)},
            {bigSegment, randomBytes(bigSegmentBytes, 3)},
            {QStringLiteral("repository/segmentstore/journal.log"), "4f2e1c:root\n"},
            {QStringLiteral("repository/segmentstore/manifest"), "store.format=2\n"},
            {QStringLiteral("repository/datastore/ab/cd/abcd0123456789abcdef0123456789abcdef0123"), randomBytes(200 * 1024, 4)},
            {QStringLiteral("repository/datastore/ef/01/ef0123456789abcdef0123456789abcdef012345"), "small blob"},
            {QStringLiteral("repository/index/x"), "index data"},
            {QStringLiteral("repository/index/lucene/_0.cfs"), randomBytes(4096, 5)},
            {QStringLiteral("repository/cache/y"), "cache data"},
            {QStringLiteral("clusterNode/revision.log"), "r1\n"},
            {QStringLiteral("clusterNode/nested/deeper/still/file.txt"), "deep"},
            {QStringLiteral("bin/start-node.sh"), "#!/bin/sh\n"},
            {QStringLiteral("repository/.hidden"), "dot file"},
            {QStringLiteral(".lock"), "locked by node 1"},
        };
        for (const auto &[path, contents] : files)
            QVERIFY(writeFile(repoPath(path), contents));
        QVERIFY(QDir(m_repository).mkpath(QStringLiteral("repository/empty/folder")));
        QVERIFY(QFile::setPermissions(repoPath(QStringLiteral("bin/start-node.sh")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup));
        QVERIFY(QFile::setPermissions(repoPath(QStringLiteral("repository/segmentstore/manifest")),
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }

    static bool waitForFinished(QSignalSpy &finished)
    {
        return !finished.isEmpty() || finished.wait(finishTimeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
    }

    void cleanup()
    {
        // Read-only files and folders must not stop QTemporaryDir's cleanup.
        QDirIterator it(m_work->path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_work.reset();
    }

    void backsUpToAFolder()
    {
        buildRepository(1024 * 1024);
        const QString target = workPath(QStringLiteral("backups/node1")); // missing: gets created
        QVERIFY(QDir().mkpath(workPath(QStringLiteral("backups"))));
        OnlineBackupJob job;
        QCOMPARE(job.lastResult(), QString());
        QSignalSpy finished(&job, &OnlineBackupJob::finished);
        QVERIFY2(job.start({m_repository, target, 0}), qPrintable(job.errorString()));
        QVERIFY(waitForFinished(finished));

        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(job.lastResult().startsWith(QLatin1String("Backup completed successfully in ")),
                 qPrintable(job.lastResult()));
        QCOMPARE(finished.first().at(1).toString(), job.lastResult());
        QVERIFY(job.lastSucceeded());
        QVERIFY(!job.inProgress());
        QCOMPARE(job.progressPercent(), 100);
        QCOMPARE(job.currentTarget(), QString());

        const QMap<QString, QByteArray> copied = filesBelow(target);
        QCOMPARE(copied.keys(), expectedBackup(m_repository).keys());
        QVERIFY(copied == expectedBackup(m_repository));
        QVERIFY(!copied.contains(QStringLiteral("backupInProgress.txt")));
        QVERIFY(QFileInfo(QDir(target).filePath(QStringLiteral("repository/empty/folder"))).isDir());
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(QStringLiteral("repository/index"))));
        QVERIFY(!QFileInfo::exists(QDir(target).filePath(QStringLiteral("repository/cache"))));
        for (const QString &file : {QStringLiteral("bin/start-node.sh"), QStringLiteral("repository/segmentstore/manifest")})
            QCOMPARE(QFileInfo(QDir(target).filePath(file)).permissions(), QFileInfo(repoPath(file)).permissions());
    }

    void copiesWhatTheNodeWritesDuringTheBackup()
    {
        buildRepository(8 * 1024 * 1024);
        const QString target = workPath(QStringLiteral("live"));
        OnlineBackupJob job;
        QSignalSpy finished(&job, &OnlineBackupJob::finished);
        QVERIFY(job.start({m_repository, target, 400}));
        QVERIFY(job.inProgress());
        QCOMPARE(job.currentTarget(), target);

        // Segments are copied first and in order: once the big one is being
        // copied, the two small ones are complete in the backup.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(target).filePath(bigSegment)), 10000);
        QVERIFY(job.inProgress());
        QVERIFY(QFileInfo::exists(QDir(target).filePath(QStringLiteral("backupInProgress.txt"))));
        QCOMPARE(readFile(QDir(target).filePath(firstSegment)), readFile(repoPath(firstSegment)));

        // The node goes on writing: a changed, a new and a removed file.
        QVERIFY(writeFile(repoPath(firstSegment), "appended record", QIODevice::Append));
        QVERIFY(writeFile(repoPath(QStringLiteral("repository/segmentstore/data00003a.tar")), randomBytes(4096, 7)));
        QVERIFY(QFile::remove(repoPath(secondSegment)));
        QVERIFY(writeFile(repoPath(QStringLiteral("clusterNode/revision.log")), "r2\n", QIODevice::Append));
        QVERIFY(job.progressPercent() < 100);

        QVERIFY(waitForFinished(finished));
        QVERIFY2(job.lastSucceeded(), qPrintable(job.lastResult()));
        const QMap<QString, QByteArray> copied = filesBelow(target);
        QCOMPARE(copied.keys(), expectedBackup(m_repository).keys());
        QVERIFY(copied == expectedBackup(m_repository));
        QVERIFY(copied.value(firstSegment).endsWith("appended record"));

        // The first pass copied the first segment before it changed, so a
        // second pass had work and a third found none.
        const auto match = QRegularExpression(QStringLiteral("in (\\d+) passes$")).match(job.lastResult());
        QVERIFY2(match.hasMatch(), qPrintable(job.lastResult()));
        QVERIFY2(match.captured(1).toInt() >= 3, qPrintable(job.lastResult()));
    }

    void backsUpToAZip()
    {
        buildRepository(3 * 1024 * 1024);
        const QString target = workPath(QStringLiteral("node1-backup.ZIP"));
        OnlineBackupJob job;
        QSignalSpy finished(&job, &OnlineBackupJob::finished);
        QVERIFY2(job.start({m_repository, target, 0}), qPrintable(job.errorString()));
        QVERIFY(waitForFinished(finished));
        QVERIFY2(job.lastSucceeded(), qPrintable(job.lastResult()));
        QCOMPARE(job.progressPercent(), 100);

        QVERIFY(QFileInfo(target).isFile());
        QCOMPARE(leftoversNextTo(m_work->path()), QStringList());
        KZip zip(target);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QMap<QString, QByteArray> zipped;
        QMap<QString, mode_t> modes;
        collectZipFiles(zip.directory(), QString(), zipped, modes);
        QCOMPARE(zipped.keys(), expectedBackup(m_repository).keys());
        QVERIFY(zipped == expectedBackup(m_repository));
        QCOMPARE(modes.value(QStringLiteral("bin/start-node.sh")) & 0777, mode_t(0750));
        QVERIFY(zip.directory()->entry(QStringLiteral("repository/empty/folder")));
    }

    void refusesANonEmptyTargetFolder()
    {
        buildRepository(1024);
        const QString target = workPath(QStringLiteral("used"));
        QVERIFY(writeFile(QDir(target).filePath(QStringLiteral(".old")), "earlier backup"));
        OnlineBackupJob job;
        QVERIFY(!job.start({m_repository, target, 0}));
        QVERIFY2(job.errorString().contains(QLatin1String("not empty")), qPrintable(job.errorString()));
        QVERIFY(job.errorString().contains(target));
        QVERIFY(!job.inProgress());
        QCOMPARE(job.lastResult(), QString());
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral(".old")});
    }

    void refusesUnusableTargets()
    {
        buildRepository(1024);
        OnlineBackupJob job;
        QVERIFY(!job.start({m_repository, workPath(QStringLiteral("missing/parent/backup")), 0}));
        QVERIFY2(job.errorString().contains(QLatin1String("does not exist")), qPrintable(job.errorString()));
        QVERIFY(!job.start({m_repository, repoPath(QStringLiteral("inside")), 0}));
        QVERIFY2(job.errorString().contains(QLatin1String("inside the repository")), qPrintable(job.errorString()));
        QVERIFY(!job.start({workPath(QStringLiteral("no-repository")), workPath(QStringLiteral("b")), 0}));
        QVERIFY(!QFileInfo::exists(workPath(QStringLiteral("b"))));
    }

    void refusesASecondStartWhileRunning()
    {
        buildRepository(16 * 1024 * 1024);
        const QString target = workPath(QStringLiteral("first"));
        auto job = std::make_unique<OnlineBackupJob>();
        QVERIFY(job->start({m_repository, target, 1000}));
        QVERIFY(!job->start({m_repository, workPath(QStringLiteral("second")), 0}));
        QVERIFY2(job->errorString().contains(QLatin1String("already in progress")), qPrintable(job->errorString()));
        QVERIFY(job->inProgress());
        QVERIFY(!QFileInfo::exists(workPath(QStringLiteral("second"))));

        // Destroying the job cancels it promptly; the half copy stays marked.
        QElapsedTimer timer;
        timer.start();
        job.reset();
        QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(QFileInfo::exists(QDir(target).filePath(QStringLiteral("backupInProgress.txt"))));
    }

    void aCancelledZipBackupLeavesNothing()
    {
        buildRepository(16 * 1024 * 1024);
        const QString target = workPath(QStringLiteral("cancelled.zip"));
        auto job = std::make_unique<OnlineBackupJob>();
        QVERIFY(job->start({m_repository, target, 1000}));
        QTRY_VERIFY(!leftoversNextTo(m_work->path()).isEmpty()); // the temporary folder
        job.reset();
        QCOMPARE(leftoversNextTo(m_work->path()), QStringList());
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestOnlineBackup)
#include "tst_onlinebackup.moc"
