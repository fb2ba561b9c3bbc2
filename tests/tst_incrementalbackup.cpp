// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/RestoreChecks.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QThread>
#include <backup/BackupChain.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <cluster/NodeController.h>
#include <cluster/RepositoryLock.h>
#include <memory>
#include <unistd.h>
#include <sys/inotify.h>
#include <profile/ClusterProfile.h>
#include <support/Sha256.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Incremental sets (issue 16), the reading side, end to end through the real
// command line on an active sandbox: a chain full -> incremental ->
// incremental restores node2, the whole cluster and a rehearsal to what a
// full set made at the same moment holds; a flipped byte in the base set is
// found by `verify` on the newest set, and a restore from it refuses before
// any node stops.
class TestIncrementalBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_rehearsals;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QStringList m_chain; // full, incremental, incremental
    QString m_full; // a full set of the same moment as the newest incremental one

    QString profile() const { return m_sandbox->path(QStringLiteral("cluster.json")); }
    QString setDirectory(const QString &set) const
    {
        return QDir(m_sandbox->profile().backupRoot).filePath(set);
    }

    CommandResult run(const QString &scenario, const QStringList &options = {})
    {
        return m_sandbox->runner().lifeboat(
            QStringList{ QStringLiteral("run"), QStringLiteral("--profile"), profile(),
                QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"), m_runs.path(),
                QStringLiteral("--yes") }
            + options);
    }

    QStringList sets() const
    {
        return QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    // A backup-offline run and the set it made.
    QString backup(const QStringList &options = {})
    {
        const QStringList before = sets();
        QThread::msleep(1100); // set ids are per second
        const CommandResult result = run(QStringLiteral("backup-offline"), options);
        if (result.exitCode != 0) {
            qWarning().noquote() << result.out << result.err;
            return {};
        }
        QStringList made = sets();
        for (const QString &set : before)
            made.removeOne(set);
        return made.value(0);
    }

    BackupSetManifest manifest(const QString &set) const { return setManifest(*m_sandbox, set); }

    // Every file of every part, wherever it is stored.
    static QMap<QString, QString> contents(const BackupSetManifest &set)
    {
        QMap<QString, QString> files;
        for (const BackupPart &part : set.parts) {
            for (const BackupPart::File &file : part.files)
                files.insert(part.name + u':' + file.path,
                    QStringLiteral("%1 %2 %3").arg(file.size).arg(file.mode, 0, 8).arg(file.sha256.hex()));
        }
        return files;
    }

    // New data where a day of work puts it: a data-store blob and a segment
    // tar file on node2, and a GDS document.
    void changeSomething(int round)
    {
        const QString repository
            = m_sandbox->node(QStringLiteral("node2")).repository + QStringLiteral("/repository");
        const QByteArray blob = QByteArray("incremental blob ") + QByteArray::number(round);
        Sha256 hash;
        hash.addData(blob);
        const QString id = QString::fromLatin1(hash.hexResult());
        const QString blobPath
            = QStringLiteral("%1/datastore/%2/%3/%4").arg(repository, id.mid(0, 2), id.mid(2, 2), id);
        QVERIFY(QDir().mkpath(QFileInfo(blobPath).absolutePath()));
        QFile file(blobPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(blob) == blob.size());
        file.close();
        QFile gds(m_sandbox->profile().gds + QStringLiteral("/incremental-%1.dat").arg(round));
        QVERIFY(gds.open(QIODevice::WriteOnly) && gds.write(QByteArray(5000, char('a' + round))) == 5000);
    }

    QMap<QString, qint64> nodePids() const
    {
        QMap<QString, qint64> pids;
        for (const NodeProfile &node : m_sandbox->profile().nodes)
            pids.insert(node.name, RepositoryLock::inspect(node.repository).pid);
        return pids;
    }

    void verifyAuthorRepositories(const QString &set, const QStringList &nodes)
    {
        const BackupSetManifest recorded = manifest(set);
        for (const QString &node : nodes) {
            const QStringList differences = repositoryDifference(*m_sandbox, recorded, node);
            QVERIFY2(differences.isEmpty(), qPrintable(node + u'\n' + differences.join(u'\n')));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{ QStringLiteral("--size-mb"), QStringLiteral("64") });
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        // The nodes work between the backups (the sandbox's activity), and
        // new data lands where a day's work puts it.
        m_chain.append(backup());
        QVERIFY(!m_chain.last().isEmpty());
        QThread::msleep(1500);
        changeSomething(1);
        m_chain.append(backup());
        QVERIFY(!m_chain.last().isEmpty());
        QThread::msleep(1500);
        changeSomething(2);
        // The last incremental set and a full one of the same moment: the
        // nodes stay down between the two.
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("stop")).exitCode, 0);
        m_chain.append(backup());
        QVERIFY(!m_chain.last().isEmpty());
        m_full = backup({ QStringLiteral("--full") });
        QVERIFY(!m_full.isEmpty());
        // Quiet from now on, so that a restored tree can be compared with the set.
        QFile settings(m_sandbox->path(QStringLiteral("sandbox.json")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(settings.readAll()).object();
        settings.close();
        QVERIFY(json.value(QLatin1String("documentsPerMinute")).toInt() > 0); // it was active
        json.insert(QStringLiteral("documentsPerMinute"), 0);
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(QJsonDocument(json).toJson());
        settings.close();
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
    }

    void theChainIsIncrementalAndHoldsWhatTheFullSetHolds()
    {
        const BackupSetManifest full = manifest(m_chain[0]);
        const BackupSetManifest first = manifest(m_chain[1]);
        const BackupSetManifest newest = manifest(m_chain[2]);
        QVERIFY(full.base.isEmpty());
        QCOMPARE(first.base, m_chain[0]);
        QCOMPARE(newest.base, m_chain[1]);
        QVERIFY2(newest.needs().contains(m_chain[0]), qPrintable(newest.needs().join(u' ')));
        QVERIFY(manifest(m_full).base.isEmpty() && manifest(m_full).needs().isEmpty());
        // File for file what the full set of the same moment holds.
        QCOMPARE(contents(newest), contents(manifest(m_full)));
        const CommandResult verified
            = m_sandbox->runner().lifeboat({ QStringLiteral("verify"), setDirectory(m_chain[2]) });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    // Publishing checks the files a set takes from each older set against
    // that set's records, for every part: each older manifest is read once
    // for all the parts (it was read once per part, 264 MB of text at
    // 300,000 files, eight times for this cluster's parts).
    void publishingReadsEachOlderManifestOnce()
    {
        const BackupSetManifest newest = manifest(m_chain[2]);
        int taken = 0;
        int partsTakingFromBase = 0;
        for (const BackupPart &part : newest.parts) {
            taken += int(std::count_if(part.files.cbegin(), part.files.cend(),
                                       [](const BackupPart::File &file) { return !file.storedIn.isEmpty(); }));
            partsTakingFromBase += part.storedInOtherSets().contains(m_chain[1]) ? 1 : 0;
        }
        QVERIFY2(partsTakingFromBase > 1, "the newest set takes files of several parts from its base");
        const int watcher = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watcher >= 0);
        const auto closeWatcher = qScopeGuard([watcher] { ::close(watcher); });
        QHash<int, QString> watched;
        for (const QString &set : {m_chain[0], m_chain[1]}) {
            const int watch = inotify_add_watch(watcher, QFile::encodeName(setDirectory(set)).constData(), IN_OPEN);
            QVERIFY(watch >= 0);
            watched.insert(watch, set);
        }
        BackupSetVerifier verifier(setDirectory(m_chain[2]));
        verifier.olderSetsByRecord();
        QVERIFY(verifier.verify());
        QVERIFY2(verifier.intact(), qPrintable(verifier.problemSummary()));
        QVERIFY(verifier.filesChecked() >= taken);
        QMap<QString, int> manifestOpens;
        alignas(inotify_event) char buffer[64 * 1024];
        for (ssize_t got; (got = ::read(watcher, buffer, sizeof buffer)) > 0;) {
            for (char *at = buffer; at < buffer + got;) {
                const auto *event = reinterpret_cast<const inotify_event *>(at);
                if (event->len > 0 && qstrcmp(event->name, "manifest.json") == 0)
                    manifestOpens[watched.value(event->wd)] += 1;
                at += sizeof(inotify_event) + event->len;
            }
        }
        QCOMPARE(manifestOpens.value(m_chain[1]), 1);
        QVERIFY2(manifestOpens.value(m_chain[0]) <= 1, qPrintable(QString::number(manifestOpens.value(m_chain[0]))));
    }

    void restoreNodeFromTheNewestSet()
    {
        QCOMPARE(m_sandbox
                     ->sandbox(QStringLiteral("break"),
                         { QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                             QStringLiteral("--node"), QStringLiteral("node2") })
                     .exitCode,
            0);
        const CommandResult restored = run(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"),
                m_chain[2] });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        verifyAuthorRepositories(m_chain[2], { QStringLiteral("node2") });
        verifyAuthorRepositories(m_full, { QStringLiteral("node2") });
    }

    void restoreClusterFromTheNewestSet()
    {
        QCOMPARE(m_sandbox
                     ->sandbox(QStringLiteral("break"),
                         { QStringLiteral("--fault"), QStringLiteral("lose-gds-files") })
                     .exitCode,
            0);
        const CommandResult restored
            = run(QStringLiteral("restore-cluster"), { QStringLiteral("--backup-set"), m_chain[2] });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const QStringList authors{ QStringLiteral("node1"), QStringLiteral("node2"),
            QStringLiteral("node3") };
        verifyAuthorRepositories(m_chain[2], authors);
        verifyAuthorRepositories(m_full, authors);
        for (const QString &set : { m_chain[2], m_full }) {
            const QStringList differences = gdsDifference(*m_sandbox, manifest(set));
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        }
    }

    void rehearseTheNewestSet()
    {
        const QString into = m_rehearsals.filePath(QStringLiteral("incremental"));
        const CommandResult rehearsal = run(QStringLiteral("rehearse-restore"),
            { QStringLiteral("--backup-set"), m_chain[2], QStringLiteral("--into"), into });
        QVERIFY2(rehearsal.exitCode == 0, qPrintable(rehearsal.out + rehearsal.err));
        QVERIFY2(
            rehearsal.out.contains(QStringLiteral("Check the rehearsal cluster")), qPrintable(rehearsal.out));
        QDir runs(m_runs.path());
        const QString newest
            = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
        QFile log(runs.filePath(newest + QStringLiteral("/run.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString lines = QString::fromUtf8(log.readAll());
        QVERIFY2(
            lines.contains(QStringLiteral("every repository equals the set")), qPrintable(lines.right(3000)));
    }

    void aFlippedByteInTheBaseRefusesTheNewestSetBeforeAnyNodeStops()
    {
        // The base's archive of node2's repository, which the newest set takes files from.
        const BackupSetManifest base = manifest(m_chain[0]);
        const BackupPart *repository = base.authorRepository();
        QVERIFY(repository);
        const BackupSetManifest newest = manifest(m_chain[2]);
        const auto newestRepository = std::find_if(newest.parts.cbegin(), newest.parts.cend(),
            [repository](const BackupPart &part) { return part.name == repository->name; });
        QVERIFY(newestRepository != newest.parts.cend());
        QVERIFY(newestRepository->storedInOtherSets().contains(m_chain[0]));
        QFile archive(setDirectory(m_chain[0]) + u'/' + repository->archiveFile);
        QVERIFY(archive.open(QIODevice::ReadWrite));
        const qint64 middle = archive.size() / 2;
        QVERIFY(archive.seek(middle));
        char byte = 0;
        QVERIFY(archive.getChar(&byte));
        QVERIFY(archive.seek(middle) && archive.putChar(char(byte ^ 0x10)));
        archive.close();

        const CommandResult verified
            = m_sandbox->runner().lifeboat({ QStringLiteral("verify"), setDirectory(m_chain[2]) });
        QCOMPARE(verified.exitCode, 3);
        QVERIFY2(verified.out.contains(m_chain[0] + u'/' + repository->archiveFile
                     + QStringLiteral(": SHA-256 of the archive differs")),
            qPrintable(verified.out));

        const QMap<QString, qint64> before = nodePids();
        for (const qint64 pid : before)
            QVERIFY(pid > 0);
        const CommandResult refused = run(QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
                QStringLiteral("--backup-set"), m_chain[2] });
        // A damaged set ends the restore at its verification, as any damaged set does (exit code 3).
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(
            (refused.out + refused.err)
                .contains(QStringLiteral("is damaged, so nothing was restored and every node is as it was")),
            qPrintable(refused.out + refused.err));
        QVERIFY2((refused.out + refused.err).contains(m_chain[0] + u'/' + repository->archiveFile),
            qPrintable(refused.out + refused.err));
        QCOMPARE(nodePids(), before);
        QCOMPARE(m_sandbox->livingNodes().size(), m_sandbox->profile().nodes.size());
    }

    // The same chain with node2 on a host of its own: each piece of its
    // repository is streamed to lifeboat-agent there and unpacked on the host.
    void aChainRestoresANodeOnItsOwnHost()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        HostsSandbox hosts;
        QVERIFY(hosts.watched());
        const CommandResult started = hosts.createStarted({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const auto runOn = [&hosts, this](const QString &scenario, const QStringList &options) {
            return hosts.runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), hosts.profilePath(),
                                                       QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"),
                                                       m_runs.path(), QStringLiteral("--yes")}
                                           + options);
        };
        QStringList made;
        for (int i = 0; i < 2; ++i) {
            QThread::msleep(1100);
            const CommandResult backup = runOn(QStringLiteral("backup-offline"), {});
            QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
            made = QDir(hosts.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        }
        QCOMPARE(made.size(), 2);
        QString error;
        const auto incremental = BackupSetManifest::load(QDir(hosts.profile().backupRoot).filePath(made[1]), &error);
        QVERIFY2(incremental, qPrintable(error));
        QCOMPARE(incremental->base, made[0]);
        const BackupPart *repository = incremental->authorRepository();
        QVERIFY(repository && !repository->storedInOtherSets().isEmpty());

        QCOMPARE(hosts.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), QStringLiteral("corrupt-repository"),
                                                         QStringLiteral("--node"), QStringLiteral("node2")})
                     .exitCode,
                 0);
        const CommandResult restored = runOn(QStringLiteral("restore-node"),
                                             {QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), made[1]});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        const auto digests = hosts.digestsOnHost(QStringLiteral("node2"), hosts.node(QStringLiteral("node2")).repository);
        QVERIFY(digests);
        const QStringList differences = repositoryDifference(hosts.profile(), *incremental, QStringLiteral("node2"), *digests);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

        // The same safety on the node's own host: bytes appended past the
        // end of the base set's repository archive, which no file shows,
        // are found by the checksum taken as the archive is sent to the
        // host, and the restore ends as a damaged set does (exit code 3),
        // naming the base, before node2 stops.
        QList<BackupChain::Piece> pieces;
        QVERIFY(BackupChain::olderPieces(incremental->directory, *repository, {}, &pieces, &error));
        QVERIFY(!pieces.isEmpty());
        const BackupChain::Piece *older = &pieces.first();
        QFile archive(older->archive);
        const qint64 size = archive.size();
        QVERIFY(archive.open(QIODevice::Append));
        QVERIFY(archive.write("not part of the archive") > 0);
        archive.close();
        const CommandResult refused = runOn(QStringLiteral("restore-node"),
                                            {QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--repository"),
                                             QStringLiteral("--backup-set"), made[1]});
        QVERIFY(archive.resize(size));
        QVERIFY2(refused.exitCode == 3, qPrintable(QString::number(refused.exitCode) + u'\n' + refused.out + refused.err));
        QVERIFY2(refused.out.contains(QStringLiteral("is damaged, so nothing was restored and every node is as it was"))
                     && refused.out.contains(made[0] + u'/' + older->archiveFile),
                 qPrintable(refused.out));
        const auto after = hosts.digestsOnHost(QStringLiteral("node2"), hosts.node(QStringLiteral("node2")).repository);
        QVERIFY(after);
        QVERIFY(*after == *digests);
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_GUILESS_MAIN(TestIncrementalBackup)
#include "tst_incrementalbackup.moc"
