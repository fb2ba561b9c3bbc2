// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/SandboxFixture.h"

#include <profile/AemPaths.h>
#include <profile/ClusterProfile.h>
#include <restore/RestoredTree.h>

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

// The user AEM runs as in these tests: not root, and unknown to the system.
constexpr int aemId = 1234;
const QString aemOwner = QStringLiteral("1234/1234");
// A time no node writes, to the second (what tar shows).
const QString oldTime = QStringLiteral("2021-02-03 04:05:06");

// One file or directory as `tar --numeric-owner -tv` and `find -printf` see it.
struct Attributes
{
    QString owner; // "uid/gid"
    QString mode;  // octal permission bits
    QString time;  // UTC, to the second
    bool operator==(const Attributes &) const = default;
};

QString describe(const Attributes &attributes)
{
    return attributes.owner + u' ' + attributes.mode + u' ' + attributes.time;
}

QString modeOf(const QString &symbolic)
{
    // "-rw-r-----" -> "640"
    int mode = 0;
    for (int i = 1; i < 10 && i < symbolic.size(); ++i) {
        if (symbolic[i] != u'-')
            mode |= 1 << (9 - i);
    }
    return QString::number(mode, 8);
}

// A shell on the machine or host a path lives on.
using Shell = std::function<CommandResult(const QString &host, const QString &command)>;

// What a sandbox with or without hosts looks like to these tests.
struct Cluster
{
    const ClusterProfile *profile = nullptr;
    CommandRunner *runner = nullptr;
    QString profilePath;
    QString runs;
    Shell shell;
};

} // namespace

// Point 7 of issue 14: a restore gives every file the owner, group, mode
// and modification time it had when it was backed up (numeric ids in the
// archive, for GNU tar --numeric-owner too). Point 8: Lifeboat's own
// folders (a quarantine, a restore's scratch copy, an online backup's
// temporary folder) inside the GDS or a repository are never archived, and
// a restore afterwards still keeps the quarantine. On one machine and on a
// sandbox with hosts (over ssh, through lifeboat-agent).
class TestFileOwners : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runs;

    static CommandResult inShell(const Cluster &cluster, const HostPath &place, const QString &command)
    {
        const CommandResult result = cluster.shell(place.host, command);
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(command), qPrintable(result.err));
        return result;
    }

    static CommandResult run(const Cluster &cluster, const QString &scenario, const QStringList &options = {})
    {
        return cluster.runner->lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), cluster.profilePath,
                                                    QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"),
                                                    cluster.runs, QStringLiteral("--yes")}
                                        + options);
    }

    // Every entry below `root` on its host, by path relative to it ("" for the root).
    static QHash<QString, Attributes> onDisk(const Cluster &cluster, const HostPath &root)
    {
        QHash<QString, Attributes> entries;
        const CommandResult listed =
            inShell(cluster, root, QStringLiteral("TZ=UTC find '%1' -printf '%U/%G %m %TY-%Tm-%Td %TH:%TM:%TS %P\\n'").arg(root.path));
        for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u' ');
            if (fields.size() < 4)
                continue;
            entries.insert(fields.mid(4).join(u' '), {fields[0], fields[1], fields[2] + u' ' + fields[3].left(8)});
        }
        return entries;
    }

    // Every member of an archive of the set, by its path in the archive.
    static QHash<QString, Attributes> inArchive(const Cluster &cluster, const QString &archive)
    {
        QHash<QString, Attributes> members;
        const CommandResult listed = cluster.runner->run(
            QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("TZ=UTC tar --numeric-owner --full-time -tvf '%1'").arg(archive)});
        for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() < 6)
                continue;
            QString path = fields.mid(5).join(u' ');
            while (path.endsWith(u'/'))
                path.chop(1);
            members.insert(path, {fields[1], modeOf(fields[0]), fields[3] + u' ' + fields[4].left(8)});
        }
        return members;
    }

    static QString newestSet(const Cluster &cluster)
    {
        return QDir(cluster.profile->backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed).value(0);
    }

    // AEM's user owns every repository and the secondaries' bootstrap
    // properties; node3's identity and bootstrap file get a mode and a time
    // of their own.
    static void giveToAem(const Cluster &cluster)
    {
        const ClusterProfile &profile = *cluster.profile;
        for (const QString &name : profile.authorNames(true)) {
            const NodeProfile &node = *profile.node(name);
            QCOMPARE(inShell(cluster, profile.onNode(node, node.repository),
                             QStringLiteral("chown -R %1:%1 '%2'").arg(aemId).arg(node.repository)).exitCode, 0);
        }
        const NodeProfile &node3 = *profile.node(QStringLiteral("node3"));
        QVERIFY(!node3.bootstrapProperties.isEmpty());
        for (const QString &file : {node3.bootstrapProperties, AemPaths::at(node3.repository, AemPaths::clusterNodeId)}) {
            QCOMPARE(inShell(cluster, profile.onNode(node3, file),
                             QStringLiteral("chown %1:%1 '%2' && chmod 0640 '%2' && TZ=UTC touch -d '%3' '%2'").arg(aemId).arg(file, oldTime))
                         .exitCode, 0);
        }
    }

    // Lifeboat's own folders, as Quarantine, RestoreScratch and an online
    // backup make them, inside the GDS and inside the repository a set copies.
    static QStringList plantOwnFolders(const Cluster &cluster)
    {
        const ClusterProfile &profile = *cluster.profile;
        const NodeProfile &copied = *profile.node(QStringLiteral("node2"));
        const QList<HostPath> places{profile.gdsPlace(), profile.onNode(copied, copied.repository)};
        const QStringList folders{QStringLiteral(".lifeboat-quarantine/20260101-000000-restore-cluster/1/old"),
                                  QStringLiteral(".lifeboat-restore-20260101-000000-restore-node"),
                                  QStringLiteral(".lifeboat-online-20260101-000000-backup-online")};
        QStringList planted;
        for (qsizetype i = 0; i < places.size(); ++i) {
            const HostPath &place = places[i];
            for (const QString &folder : folders) {
                const QString file = QDir(place.path).filePath(folder) + QStringLiteral("/replaced-%1.dat").arg(i);
                const QString command = QStringLiteral("mkdir -p \"$(dirname '%1')\" && echo 'kept aside by an earlier restore' > '%1'")
                                            .arg(file);
                if (inShell(cluster, place, command).exitCode != 0)
                    return {};
                planted.append(file);
            }
            const QString index = QDir(place.path).filePath(QStringLiteral(".lifeboat-quarantine/20260101-000000-restore-cluster/quarantine.json"));
            if (inShell(cluster, place, QStringLiteral("echo '[]' > '%1'").arg(index)).exitCode != 0)
                return {};
        }
        return planted;
    }

    static QStringList differences(const QHash<QString, Attributes> &expected, const QHash<QString, Attributes> &actual,
                                   const QString &where)
    {
        QStringList found;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!actual.contains(it.key()))
                found.append(QStringLiteral("%1: %2 is missing").arg(where, it.key()));
            else if (actual.value(it.key()) != it.value())
                found.append(QStringLiteral("%1: %2 is %3, recorded %4")
                                 .arg(where, it.key(), describe(actual.value(it.key())), describe(it.value())));
        }
        return found;
    }

    // The repository archive's members below crx-repository/, leaving out
    // what a node rewrites at start or the procedure deletes, by their
    // paths below the repository ("" for crx-repository itself).
    static QHash<QString, Attributes> repositoryMembers(const QHash<QString, Attributes> &members)
    {
        const QString prefix = QString(AemPaths::crxRepository) + u'/';
        RestoredTree::Digests paths;
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it.key().startsWith(prefix))
                paths.insert(it.key().mid(prefix.size()), {});
        }
        paths = RestoredTree::without(paths, RestoredTree::authorRuntimeFiles());
        QHash<QString, Attributes> result;
        for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
            // A directory that holds a runtime file changes its time at start.
            const bool directory = std::any_of(members.keyBegin(), members.keyEnd(),
                                               [&](const QString &path) { return path.startsWith(prefix + it.key() + u'/'); });
            Attributes attributes = members.value(prefix + it.key());
            if (directory)
                attributes.time.clear();
            result.insert(it.key(), attributes);
        }
        Attributes root = members.value(QString(AemPaths::crxRepository));
        root.time.clear();
        result.insert(QString(), root);
        return result;
    }

    static QHash<QString, Attributes> withoutDirectoryTimes(QHash<QString, Attributes> actual, const QHash<QString, Attributes> &expected)
    {
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            if (expected.value(it.key()).time.isEmpty())
                it->time.clear();
        }
        return actual;
    }

    void ownersComeBackAndOwnFoldersStayOut(const Cluster &cluster)
    {
        const ClusterProfile &profile = *cluster.profile;
        giveToAem(cluster);
        if (QTest::currentTestFailed())
            return;
        const QStringList planted = plantOwnFolders(cluster);
        QCOMPARE(planted.size(), 6);

        const CommandResult backup = run(cluster, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QString set = QDir(profile.backupRoot).filePath(newestSet(cluster));

        // Point 8: no archive of the set holds any of Lifeboat's own folders.
        QHash<QString, QHash<QString, Attributes>> archives;
        for (const QString &archive : QDir(set).entryList({QStringLiteral("*.tar.*")}, QDir::Files)) {
            archives.insert(archive, inArchive(cluster, QDir(set).filePath(archive)));
            QVERIFY2(!archives.value(archive).isEmpty(), qPrintable(archive));
            for (const QString &member : archives.value(archive).keys())
                QVERIFY2(!member.contains(QLatin1String(".lifeboat-")), qPrintable(archive + QStringLiteral(" holds ") + member));
        }

        // Point 7: the archive members carry the owners (numeric), modes and times.
        const QHash<QString, Attributes> repository = archives.value(QStringLiteral("repository-node2.tar.zst"));
        QVERIFY(!repository.isEmpty());
        QCOMPARE(repository.value(QString(AemPaths::crxRepository)).owner, aemOwner);
        const NodeProfile &node3 = *profile.node(QStringLiteral("node3"));
        const QString bootstrapMember = QStringLiteral("node3/") + QFileInfo(node3.bootstrapProperties).fileName();
        const Attributes given{aemOwner, QStringLiteral("640"), oldTime};
        QCOMPARE(describe(archives.value(QStringLiteral("bootstrap-properties.tar.zst")).value(bootstrapMember)), describe(given));
        QCOMPARE(describe(archives.value(QStringLiteral("node-identity.tar.zst")).value(QStringLiteral("node3/cluster_node.id"))),
                 describe(given));

        // restore-node puts them back on node3.
        const CommandResult lost = cluster.runner->lifeboat({QStringLiteral("sandbox"), QStringLiteral("break"), QFileInfo(cluster.profilePath).absolutePath(),
                                                             QStringLiteral("--fault"), QStringLiteral("lose-node"), QStringLiteral("--node"), QStringLiteral("node3")});
        QVERIFY2(lost.exitCode == 0, qPrintable(lost.out + lost.err));
        CommandResult restored = run(cluster, QStringLiteral("restore-node"), {QStringLiteral("--node"), QStringLiteral("node3"),
                                                                               QStringLiteral("--backup-set"), QFileInfo(set).fileName()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        // A node restored alone keeps its own logs (ContentSwap::Kept): node3's
        // were written after the loss, by the break, and are not the backup's.
        QHash<QString, Attributes> expected = repositoryMembers(repository);
        expected.removeIf([](const auto &entry) { return entry.key() == QLatin1String("logs") || entry.key().startsWith(QLatin1String("logs/")); });
        QStringList problems = differences(
            expected, withoutDirectoryTimes(onDisk(cluster, profile.onNode(node3, node3.repository)), expected), QStringLiteral("node3"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n') + u'\n' + restored.out));
        for (const QString &file : {node3.bootstrapProperties, AemPaths::at(node3.repository, AemPaths::clusterNodeId)}) {
            const HostPath place = profile.onNode(node3, QFileInfo(file).absolutePath());
            QCOMPARE(describe(onDisk(cluster, place).value(QFileInfo(file).fileName())), describe(given));
        }

        // restore-cluster puts them back on every author, and keeps the
        // quarantine that was inside the GDS.
        restored = run(cluster, QStringLiteral("restore-cluster"), {QStringLiteral("--backup-set"), QFileInfo(set).fileName()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        for (const QString &name : profile.authorNames(true)) {
            const NodeProfile &node = *profile.node(name);
            const QHash<QString, Attributes> restoredTree = onDisk(cluster, profile.onNode(node, node.repository));
            QVERIFY2(restoredTree.value(QString()).owner == aemOwner,
                     qPrintable(name + QStringLiteral(": ") + describe(restoredTree.value(QString())) + u'\n' + restored.out));
            if (name != profile.primary()->name) {
                problems = differences(expected, withoutDirectoryTimes(restoredTree, expected), name);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
            }
        }
        QCOMPARE(describe(onDisk(cluster, profile.onNode(node3, QFileInfo(node3.bootstrapProperties).absolutePath()))
                              .value(QFileInfo(node3.bootstrapProperties).fileName())),
                 describe(given));
        // What the quarantines planted in the GDS (0) and in node2's
        // repository (1) held is still in a quarantine beside them.
        const NodeProfile &node2 = *profile.node(QStringLiteral("node2"));
        const QList<HostPath> places{profile.gdsPlace(), profile.onNode(node2, node2.repository)};
        for (qsizetype i = 0; i < places.size(); ++i) {
            const HostPath parent = places[i].at(QFileInfo(places[i].path).absolutePath());
            const CommandResult kept = inShell(
                cluster, parent,
                QStringLiteral("find '%1' -path '*/.lifeboat-quarantine/*/old/replaced-%2.dat' | wc -l").arg(parent.path).arg(i));
            QVERIFY2(kept.out.trimmed().toInt() >= 1, qPrintable(places[i].display() + kept.out + kept.err));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("Giving files to another owner needs root.");
        QVERIFY(m_runs.isValid());
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void onOneMachine()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        Cluster cluster{&sandbox.profile(), &sandbox.runner(), sandbox.path(QStringLiteral("cluster.json")), m_runs.filePath(QStringLiteral("local")),
                        [&sandbox](const QString &, const QString &command) {
                            return sandbox.runner().run(QStringLiteral("sh"), {QStringLiteral("-c"), command});
                        }};
        ownersComeBackAndOwnFoldersStayOut(cluster);
    }

    void onHosts()
    {
        HostsSandbox sandbox;
        QVERIFY(sandbox.watched());
        const CommandResult started = sandbox.createStarted({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        Cluster cluster{&sandbox.profile(), &sandbox.runner(), sandbox.profilePath(), m_runs.filePath(QStringLiteral("hosts")),
                        [&sandbox](const QString &host, const QString &command) {
                            return host.isEmpty() ? sandbox.runner().run(QStringLiteral("sh"), {QStringLiteral("-c"), command})
                                                  : sandbox.onHost(host, command);
                        }};
        ownersComeBackAndOwnFoldersStayOut(cluster);
    }
};

QTEST_GUILESS_MAIN(TestFileOwners)
#include "tst_fileowners.moc"
