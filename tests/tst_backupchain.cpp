// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// Incremental sets read across their chain. A chain of three real sets is
// made by hand, as the backup side writes them: each set's own archive
// (PartArchiver) holds its new and changed files and every directory, its
// manifest references unchanged files in the older set that holds them
// (storedIn), with .list files and SHA256SUMS. Then: unpacking a set, here
// and through lifeboat-agent, gives exactly the tree it was made from; a
// flipped byte or a missing base set makes verification and unpacking fail,
// naming the base; prune keeps what a kept set needs and says why; and
// `lifeboat backups` shows each set's own size, restore size and base.
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <backup/BackupChain.h>
#include <backup/BackupRetention.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/PartArchiver.h>
#include <hosts/AgentProgram.h>
#include <hosts/LocalHostFiles.h>
#include <hosts/RemoteHostFiles.h>
#include <memory>
#include <restore/ChainUnpacker.h>
#include <support/Sha256.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {

const QString partName = QStringLiteral("repository-node2");
const QString prefix = QStringLiteral("crx-repository/");

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
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
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

// Every file and directory below `root` with its contents' SHA-256 and mode.
QStringList treeOf(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = QDir(root).relativeFilePath(info.filePath());
        if (info.isDir())
            lines.append(relative + u'/');
        else
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(relative, sha256Of(readFile(info.filePath())))
                             .arg(int(info.permissions())));
    }
    lines.sort();
    return lines;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(
        from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QDir().mkpath(to);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(info.filePath()));
        if (info.isDir() ? !QDir().mkpath(target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

// The chain: A full; B changes one file, adds a segment tar and a folder and
// deletes a file; C changes the index and adds a blob. So C takes files
// from A (unchanged since A) and from B, and A's archive holds a file C no
// longer has and an older version of one C takes from B.
struct Chain
{
    QString root;
    QStringList ids; // A, B, C
    QStringList trees; // the tree each set was made from
};

} // namespace

class TestBackupChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    Chain m_chain;
    std::unique_ptr<SandboxFixture> m_sandbox;

    QString path(const QString &relative) const { return m_work.filePath(relative); }
    QString setDirectory(const Chain &chain, int index) const
    {
        return QDir(chain.root).filePath(chain.ids[index]);
    }
    static QString archiveOf(const QString &setDirectory)
    {
        return QDir(setDirectory).filePath(partName + QStringLiteral(".tar.zst"));
    }

    static bool writeTrees(const QString &base, QStringList *trees)
    {
        const QString a = base + QStringLiteral("/A"), b = base + QStringLiteral("/B"),
                      c = base + QStringLiteral("/C");
        bool ok = writeFile(a + QStringLiteral("/repository/index.txt"), "index v1\n")
            && writeFile(
                a + QStringLiteral("/repository/segmentstore/data00000a.tar"), randomBytes(300 * 1024 + 5, 1))
            && writeFile(a + QStringLiteral("/repository/datastore/ab/abcd"), "blob one\n")
            && writeFile(a + QStringLiteral("/repository/changes-later.txt"), "version 1\n")
            && writeFile(a + QStringLiteral("/repository/deleted-later.txt"), "deleted in B\n")
            && QDir().mkpath(a + QStringLiteral("/emptydir"));
        ok = ok
            && QFile::setPermissions(
                a + QStringLiteral("/repository/datastore/ab/abcd"), QFile::ReadOwner | QFile::WriteOwner);
        ok = ok && copyTree(a, b)
            && writeFile(b + QStringLiteral("/repository/changes-later.txt"), "version 2, longer\n")
            && writeFile(
                b + QStringLiteral("/repository/segmentstore/data00001a.tar"), randomBytes(200 * 1024, 2))
            && writeFile(b + QStringLiteral("/newdir/n.txt"), "new in B\n")
            && QFile::remove(b + QStringLiteral("/repository/deleted-later.txt"));
        ok = ok && copyTree(b, c) && writeFile(c + QStringLiteral("/repository/index.txt"), "index v3\n")
            && writeFile(c + QStringLiteral("/repository/datastore/cd/cdef"), "blob two\n");
        *trees = { a, b, c };
        return ok;
    }

    // One set of the chain made from `tree`: its own archive holds what is
    // new or changed since `base` (and every directory); the rest is
    // referenced where `base` has it.
    static bool makeSet(const QString &root, const QString &id, const QString &tree,
        const std::optional<BackupSetManifest> &base, const QString &scratch, BackupSetManifest *made)
    {
        QHash<QString, BackupPart::File> known;
        if (base) {
            for (const BackupPart::File &file : base->parts.first().files)
                known.insert(file.path, file);
        }
        // The set's own files, with every directory.
        const QString own = QDir(scratch).filePath(QStringLiteral("own-") + id);
        QList<BackupPart::File> referenced;
        QDirIterator it(
            tree, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QDir().mkpath(own);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            const QString relative = QDir(tree).relativeFilePath(info.filePath());
            const QString target = QDir(own).filePath(relative);
            if (info.isDir()) {
                if (!QDir().mkpath(target))
                    return false;
                continue;
            }
            const auto old = known.constFind(prefix + relative);
            if (old != known.constEnd() && old->sha256 == sha256Of(readFile(info.filePath()))) {
                BackupPart::File file = *old;
                if (file.storedIn.isEmpty())
                    file.storedIn = base->setId;
                referenced.append(file);
                continue;
            }
            if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(info.filePath(), target))
                return false;
        }
        const QString directory = QDir(root).filePath(id);
        QDir().mkpath(directory);
        BackupPart part;
        part.name = partName;
        part.kind = QStringLiteral("repository");
        part.node = QStringLiteral("node2");
        part.sources = { { own, QStringLiteral("crx-repository") } };
        PartArchiver archiver(
            ArchiveFormat::TarZstd, { [](qint64, qint64) {}, [] { return false; }, [](const QString &) {} });
        if (!archiver.write(part, directory))
            return false;
        part.files.append(referenced);
        part.bytes = 0;
        for (const BackupPart::File &file : std::as_const(part.files))
            part.bytes += file.size;

        BackupSetManifest manifest;
        manifest.setId = id;
        manifest.time = QDateTime::fromString(id.left(15), QStringLiteral("yyyyMMdd-HHmmss"));
        manifest.time.setTimeZone(QTimeZone::UTC);
        manifest.completed = manifest.time.addSecs(60);
        manifest.durationMs = 60'000;
        manifest.strategy = QStringLiteral("backup-offline");
        manifest.profileName = QStringLiteral("chain");
        manifest.parts = { part };
        manifest.base = base ? base->setId : QString();
        QString error;
        if (!manifest.save(directory, &error))
            return false;
        QByteArray sums;
        const auto sumLine = [&sums, &directory](const QString &name) {
            sums += sha256Of(readFile(QDir(directory).filePath(name))).toLatin1() + "  " + name.toUtf8()
                + '\n';
        };
        // As publishing writes them: the summary that lists of sets (and
        // the chain, for an older set's archive) read, both checksummed.
        if (!writeFile(QDir(directory).filePath(BackupSetLayout::summaryFile()), manifest.summaryText()))
            return false;
        sumLine(BackupSetLayout::manifestFile());
        sumLine(BackupSetLayout::summaryFile());
        sumLine(part.archiveFile);
        for (const QString &older : part.storedInOtherSets()) {
            QByteArray list;
            for (const BackupPart::File &file : std::as_const(part.files)) {
                if (file.storedIn == older)
                    list += file.path.toUtf8() + '\0';
            }
            const QString name = BackupSetLayout::chainListFile(partName, older);
            if (!writeFile(QDir(directory).filePath(name), list))
                return false;
            sumLine(name);
        }
        if (!writeFile(QDir(directory).filePath(BackupSetLayout::checksumFile()), sums))
            return false;
        manifest.directory = directory;
        *made = manifest;
        return true;
    }

    Chain makeChain(const QString &root, const QString &name,
        const QStringList &ids = { QStringLiteral("20261101-010000-backup-offline"),
            QStringLiteral("20261102-010000-backup-offline"),
            QStringLiteral("20261103-010000-backup-offline") })
    {
        Chain chain;
        chain.root = root;
        chain.ids = ids;
        const QString scratch = path(QStringLiteral("scratch-") + name);
        if (!writeTrees(path(QStringLiteral("trees-") + name), &chain.trees))
            return {};
        std::optional<BackupSetManifest> previous;
        for (int i = 0; i < 3; ++i) {
            BackupSetManifest made;
            if (!makeSet(root, ids[i], chain.trees[i], previous, scratch, &made))
                return {};
            previous = made;
        }
        return chain;
    }

    Chain copyOfChain(const QString &name)
    {
        Chain copy = m_chain;
        copy.root = path(name);
        for (const QString &id : std::as_const(m_chain.ids)) {
            if (!copyTree(QDir(m_chain.root).filePath(id), QDir(copy.root).filePath(id)))
                return {};
        }
        return copy;
    }

    static BackupPart partOf(const QString &setDirectory)
    {
        QString error;
        const auto manifest = BackupSetManifest::load(setDirectory, &error);
        return manifest ? manifest->parts.first() : BackupPart();
    }

    // Where a restore unpacks: a scratch directory of Lifeboat's own.
    QString scratchTarget(const QString &name) const
    {
        return path(QStringLiteral(".lifeboat-restore-test/") + name);
    }

    std::unique_ptr<RemoteHostFiles> remote() const
    {
        const QString agent = AgentProgram::local();
        return std::make_unique<RemoteHostFiles>(
            QStringLiteral("node2"),
            [agent](QString *) {
                return QStringList{ agent, QStringLiteral("serve") };
            },
            2);
    }

    CommandResult lifeboat(const QStringList &arguments) const
    {
        return m_sandbox->runner().lifeboat(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        qputenv("LIFEBOAT_AGENT_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-agent");
        QVERIFY(QDir().mkpath(path(QStringLiteral(".lifeboat-restore-test"))));
        m_chain = makeChain(path(QStringLiteral("backups")), QStringLiteral("main"));
        QVERIFY(!m_chain.ids.isEmpty());
    }

    void theChainIsMadeAsTheFormatSays()
    {
        const BackupPart b = partOf(setDirectory(m_chain, 1));
        const BackupPart c = partOf(setDirectory(m_chain, 2));
        QCOMPARE(partOf(setDirectory(m_chain, 0)).storedInOtherSets(), QStringList());
        QCOMPARE(b.storedInOtherSets(), QStringList{ m_chain.ids[0] });
        QCOMPARE(c.storedInOtherSets(), (QStringList{ m_chain.ids[0], m_chain.ids[1] }));
        // C's own archive: the new blob and the new index only.
        QCOMPARE(BackupChain::ownPiece(c).files.size(), 2);
        QCOMPARE(BackupChain::ownPiece(c).files.at(0).storedIn, QString());
        // A full set's part is its own piece, every file of it.
        const BackupPart a = partOf(setDirectory(m_chain, 0));
        QCOMPARE(BackupChain::ownPiece(a).files.size(), a.files.size());
        QCOMPARE(BackupChain::ownPiece(a).files.first().path, a.files.first().path);
        QList<BackupChain::Piece> pieces;
        QString error;
        QVERIFY2(BackupChain::olderPieces(setDirectory(m_chain, 2), c, prefix, &pieces, &error),
            qPrintable(error));
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].setId, m_chain.ids[0]);
        QCOMPARE(pieces[0].archive, archiveOf(setDirectory(m_chain, 0)));
        QStringList fromA;
        for (const BackupPart::File &file : pieces[0].part.files)
            fromA.append(file.path);
        fromA.sort();
        QCOMPARE(fromA,
            (QStringList{ QStringLiteral("crx-repository/repository/datastore/ab/abcd"),
                QStringLiteral("crx-repository/repository/segmentstore/data00000a.tar") }));
        QVERIFY(pieces[0].part.directories.isEmpty());
        QCOMPARE(pieces[1].setId, m_chain.ids[1]);
        QCOMPARE(pieces[1].part.files.size(), 3); // changes-later.txt, data00001a.tar, newdir/n.txt
        // Below a prefix, only what is there.
        QVERIFY(BackupChain::olderPieces(
            setDirectory(m_chain, 2), c, QStringLiteral("crx-repository/newdir/"), &pieces, &error));
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].setId, m_chain.ids[1]);
        // Each set verifies whole, every file it takes from older sets read back.
        for (int i = 0; i < 3; ++i) {
            BackupSetVerifier verifier(setDirectory(m_chain, i));
            QVERIFY(verifier.verify());
            QVERIFY2(verifier.intact(), qPrintable(verifier.problemSummary()));
            QCOMPARE(verifier.filesChecked(), int(partOf(setDirectory(m_chain, i)).files.size()));
        }
    }

    void everySetUnpacksToTheTreeItWasMadeFrom_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("throughAgent");
        for (int i = 0; i < 3; ++i) {
            QTest::addRow("set %d here", i) << i << false;
            QTest::addRow("set %d through lifeboat-agent", i) << i << true;
        }
    }

    void everySetUnpacksToTheTreeItWasMadeFrom()
    {
        QFETCH(int, index);
        QFETCH(bool, throughAgent);
        LocalHostFiles local;
        const auto agent = remote();
        HostFiles &files = throughAgent ? static_cast<HostFiles &>(*agent) : local;
        const QString target = scratchTarget(QStringLiteral("set%1-%2").arg(index).arg(throughAgent));
        const BackupPart part = partOf(setDirectory(m_chain, index));
        qint64 lastDone = -1, lastTotal = -1;
        HostFiles::Extracted extracted;
        QString error;
        QVERIFY2(ChainUnpacker::unpack(files, archiveOf(setDirectory(m_chain, index)), part, prefix, target,
                     { [&](qint64 done, qint64 total) {
                          lastDone = done;
                          lastTotal = total;
                      },
                         [] { return false; }, {} },
                     &extracted, &error),
            qPrintable(error));
        // Exactly the tree: B and C lack the file A's archive still holds,
        // and have the newer version of the one that changed.
        QCOMPARE(treeOf(target), treeOf(m_chain.trees[index]));
        QCOMPARE(extracted.files, int(part.files.size()));
        QCOMPARE(extracted.bytes, part.bytes);
        QCOMPARE(lastDone, part.bytes);
        QCOMPARE(lastTotal, part.bytes);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/repository/deleted-later.txt")) || index == 0);
        QCOMPARE(readFile(target + QStringLiteral("/repository/changes-later.txt")),
            index == 0 ? QByteArray("version 1\n") : QByteArray("version 2, longer\n"));
    }

    void theGuidesTarCommandsRestoreTheNewestSet()
    {
        // The commands docs/guide.md gives for restoring by hand, as written there.
        QFile guide(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/guide.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        const qsizetype section
            = text.indexOf(QStringLiteral("### Incremental sets: restoring across the chain"));
        QVERIFY(section > 0);
        const qsizetype start = text.indexOf(QStringLiteral("```sh\n"), section) + 6;
        QString script = text.mid(start, text.indexOf(QStringLiteral("```"), start) - start);
        const QString destination = path(QStringLiteral("by-hand"));
        QVERIFY(script.contains(QStringLiteral("<backup root>/<set id>"))
            && script.contains(QStringLiteral("/restore/node2")));
        script.replace(QStringLiteral("<backup root>/<set id>"), setDirectory(m_chain, 2));
        script.replace(QStringLiteral("/restore/node2"), destination);
        QProcess shell;
        shell.start(QStringLiteral("sh"), { QStringLiteral("-ec"), script });
        QVERIFY(shell.waitForFinished(60'000));
        const QString output
            = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(partName + QStringLiteral(".tar.zst: OK")), qPrintable(output));
        QCOMPARE(treeOf(destination + QStringLiteral("/crx-repository")), treeOf(m_chain.trees[2]));
    }

    void anOlderPieceGivesOnlyTheFilesTakenFromIt()
    {
        const BackupPart c = partOf(setDirectory(m_chain, 2));
        QList<BackupChain::Piece> pieces;
        QString error;
        QVERIFY(BackupChain::olderPieces(setDirectory(m_chain, 2), c, prefix, &pieces, &error));
        LocalHostFiles local;
        const QString target = scratchTarget(QStringLiteral("piece"));
        HostFiles::Extracted extracted;
        QVERIFY2(local.extract(pieces[0].archive, pieces[0].part, prefix, target,
                     HostFiles::ExtractMode::OlderPiece, {}, &extracted, &error),
            qPrintable(error));
        QCOMPARE(extracted.files, 2);
        // A's other files (one changed since, one deleted) and its empty
        // folder are not taken.
        QCOMPARE(treeOf(target).filter(QStringLiteral(" ")).size(), 2);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/emptydir")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/repository/changes-later.txt")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/repository/deleted-later.txt")));
        // B's files asked of A's archive: the one A has in another version
        // does not match; the ones A lacks are missing. Either leaves nothing.
        BackupPart fromB = pieces[1].part;
        QVERIFY(!local.extract(pieces[0].archive, fromB, prefix, target, HostFiles::ExtractMode::OlderPiece,
            {}, &extracted, &error));
        QCOMPARE(error,
            QStringLiteral(
                "%1.tar.zst: crx-repository/repository/changes-later.txt does not match the manifest "
                "(size or SHA-256 differs). The set is damaged; verify it with 'lifeboat verify' and "
                "use another one.")
                .arg(partName));
        QVERIFY(!QFileInfo::exists(target));
        fromB.files.removeIf([](const BackupPart::File &file) {
            return file.path.endsWith(QLatin1String("changes-later.txt"));
        });
        QVERIFY(!local.extract(pieces[0].archive, fromB, prefix, target, HostFiles::ExtractMode::OlderPiece,
            {}, &extracted, &error));
        QVERIFY2(error.startsWith(QStringLiteral("%1.tar.zst lacks crx-repository/").arg(partName)),
            qPrintable(error));
        QVERIFY(!QFileInfo::exists(target));
        // Pieces go only into Lifeboat's own scratch: a failure removes the target.
        const QString elsewhere = path(QStringLiteral("not-a-scratch"));
        QVERIFY(!local.extract(pieces[0].archive, pieces[0].part, prefix, elsewhere,
            HostFiles::ExtractMode::OlderPiece, {}, &extracted, &error));
        QCOMPARE(error,
            QStringLiteral(
                "Cannot unpack a piece of a backup chain into %1: only into a scratch directory of "
                "Lifeboat's own.")
                .arg(elsewhere));
        // The set's own archive alone, whole, lacks what it references.
        QVERIFY(!local.extract(archiveOf(setDirectory(m_chain, 2)), c, prefix,
            scratchTarget(QStringLiteral("whole")), HostFiles::ExtractMode::Whole, {}, &extracted, &error));
        QVERIFY2(error.contains(QStringLiteral("which its manifest lists")), qPrintable(error));
    }

    void anOlderSetIsFoundThroughItsSummary()
    {
        // An older set's manifest lists every file of every part; the chain
        // needs only the name of its archive, which the summary gives.
        const Chain chain = copyOfChain(QStringLiteral("summaries"));
        QVERIFY(!chain.ids.isEmpty());
        const BackupPart c = partOf(setDirectory(chain, 2));
        QList<BackupChain::Piece> pieces;
        QString error;
        QVERIFY2(BackupChain::olderPieces(setDirectory(chain, 2), c, prefix, &pieces, &error), qPrintable(error));
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].archive, archiveOf(setDirectory(chain, 0)));
        QCOMPARE(pieces[1].archive, archiveOf(setDirectory(chain, 1)));
        QVERIFY(!BackupSetManifest::isParsed(setDirectory(chain, 0)));
        QVERIFY(!BackupSetManifest::isParsed(setDirectory(chain, 1)));
        // A summary that differs from its SHA256SUMS is not trusted: the
        // manifest is read instead, and gives the same archive.
        QVERIFY(writeFile(setDirectory(chain, 1) + u'/' + BackupSetLayout::summaryFile(), "{}"));
        QVERIFY2(BackupChain::olderPieces(setDirectory(chain, 2), c, prefix, &pieces, &error), qPrintable(error));
        QCOMPARE(pieces[1].archive, archiveOf(setDirectory(chain, 1)));
        QVERIFY(BackupSetManifest::isParsed(setDirectory(chain, 1)));
        QVERIFY(!BackupSetManifest::isParsed(setDirectory(chain, 0)));
    }

    void publishingComparesWithTheOlderSetsRecordsAFileAtATime()
    {
        // What publishing checks of a new incremental set: that each older
        // set records every file taken from it as the new set does.
        const Chain chain = copyOfChain(QStringLiteral("records"));
        QVERIFY(!chain.ids.isEmpty());
        const QString newest = setDirectory(chain, 2);
        const int files = int(partOf(newest).files.size());
        {
            BackupSetVerifier verifier(newest);
            verifier.olderSetsByRecord();
            QVERIFY(verifier.verify());
            QVERIFY2(verifier.intact(), qPrintable(verifier.problemSummary()));
            QCOMPARE(verifier.filesChecked(), files);
            // Read a file at a time: neither older manifest is held.
            QVERIFY(!BackupSetManifest::isParsed(setDirectory(chain, 0)));
            QVERIFY(!BackupSetManifest::isParsed(setDirectory(chain, 1)));
        }
        // The oldest set records a file the newest takes from it otherwise;
        // the middle one's manifest is unreadable.
        QString error;
        std::optional<BackupSetManifest> oldest = BackupSetManifest::load(setDirectory(chain, 0), &error);
        QVERIFY2(oldest, qPrintable(error));
        const QString changed = QStringLiteral("crx-repository/repository/datastore/ab/abcd");
        bool found = false;
        for (BackupPart::File &file : oldest->parts.first().files) {
            if (file.path == changed) {
                file.sha256 = QString(64, u'0');
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY2(oldest->save(setDirectory(chain, 0), &error), qPrintable(error));
        QVERIFY(writeFile(setDirectory(chain, 1) + QStringLiteral("/manifest.json"), "{ not json"));
        BackupSetVerifier verifier(newest);
        verifier.olderSetsByRecord();
        QVERIFY(verifier.verify());
        QVERIFY(!verifier.intact());
        QCOMPARE(verifier.problems().size(), 2);
        QCOMPARE(verifier.problems().at(0).archive, chain.ids[0] + u'/' + partName + QStringLiteral(".tar.zst"));
        QCOMPARE(verifier.problems().at(0).path, changed);
        QCOMPARE(verifier.problems().at(0).message, QStringLiteral("is not in this archive as the set records it"));
        QCOMPARE(verifier.problems().at(1).archive, chain.ids[1] + QStringLiteral("/manifest.json"));
        QVERIFY2(verifier.problems().at(1).message.startsWith(QStringLiteral("cannot be parsed (")),
            qPrintable(verifier.problems().at(1).message));
        QVERIFY2(verifier.problems().at(1).message.endsWith(
                     QStringLiteral("so the files this set takes from %1 cannot be checked").arg(chain.ids[1])),
            qPrintable(verifier.problems().at(1).message));
        // Every file taken from the oldest set but the changed one counts as checked.
        QCOMPARE(verifier.filesChecked(), files - 3 - 1);
    }

    void aFlippedByteInTheBaseFailsTheNewestSet()
    {
        const Chain chain = copyOfChain(QStringLiteral("flipped"));
        QVERIFY(!chain.ids.isEmpty());
        // In the middle of A's archive: inside the segment tar's data, which C takes from A.
        const QString archive = archiveOf(setDirectory(chain, 0));
        QByteArray bytes = readFile(archive);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        QVERIFY(writeFile(archive, bytes));

        BackupSetVerifier verifier(setDirectory(chain, 2));
        QVERIFY(verifier.verify());
        QVERIFY(!verifier.intact());
        const QString archiveInA = chain.ids[0] + u'/' + partName + QStringLiteral(".tar.zst");
        QVERIFY2(verifier.problemSummary().contains(archiveInA
                     + QStringLiteral(": SHA-256 of the archive differs from the "
                                      "SHA256SUMS of %1")
                           .arg(chain.ids[0])),
            qPrintable(verifier.problemSummary()));
        for (const BackupSetVerifier::Problem &problem : verifier.problems())
            QVERIFY2(problem.archive == archiveInA, qPrintable(problem.text())); // C's own archive is fine
        // Only C's parts, as a restore asks: the same.
        BackupSetVerifier onlyRepository(setDirectory(chain, 2));
        onlyRepository.onlyParts({ partName });
        QVERIFY(onlyRepository.verify());
        QVERIFY(!onlyRepository.intact());

        // Unpacking fails too, naming A, and leaves nothing.
        LocalHostFiles local;
        const QString target = scratchTarget(QStringLiteral("flipped"));
        HostFiles::Extracted extracted;
        QString error;
        QVERIFY(!ChainUnpacker::unpack(local, archiveOf(setDirectory(chain, 2)),
            partOf(setDirectory(chain, 2)), prefix, target, {}, &extracted, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("In the older set %1: ").arg(chain.ids[0])), qPrintable(error));
        QVERIFY(!QFileInfo::exists(target));
    }

    void aMissingBaseIsAClearError()
    {
        const Chain chain = copyOfChain(QStringLiteral("missing"));
        QVERIFY(!chain.ids.isEmpty());
        QVERIFY(QDir(setDirectory(chain, 0)).removeRecursively());
        const QString expected
            = QStringLiteral("The backup set %1 takes 2 file(s) of %2 from the older set %3, which is not in "
                             "%4 (it was deleted or moved). Put %3 back into %4, or restore from another set "
                             "(see 'lifeboat backups').")
                  .arg(chain.ids[2], partName, chain.ids[0], chain.root);
        LocalHostFiles local;
        const QString target = scratchTarget(QStringLiteral("missing"));
        HostFiles::Extracted extracted;
        QString error;
        QVERIFY(!ChainUnpacker::unpack(local, archiveOf(setDirectory(chain, 2)),
            partOf(setDirectory(chain, 2)), prefix, target, {}, &extracted, &error));
        QCOMPARE(error, expected);
        QVERIFY(!QFileInfo::exists(target));

        BackupSetVerifier verifier(setDirectory(chain, 2));
        QVERIFY(verifier.verify());
        QVERIFY(!verifier.intact());
        QCOMPARE(verifier.problems().size(), 1);
        QCOMPARE(verifier.problems().first().archive, chain.ids[0]);
        QCOMPARE(verifier.problems().first().message, expected);

        // A base whose manifest cannot be read is named as well.
        QVERIFY(QDir().mkpath(setDirectory(chain, 0)));
        QVERIFY(writeFile(setDirectory(chain, 0) + QStringLiteral("/manifest.json"), "{ not json"));
        QVERIFY(!ChainUnpacker::unpack(local, archiveOf(setDirectory(chain, 2)),
            partOf(setDirectory(chain, 2)), prefix, target, {}, &extracted, &error));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "The backup set %1 takes 2 file(s) of %2 from the older set %3, whose manifest "
                     "cannot be read: ")
                                      .arg(chain.ids[2], partName, chain.ids[0])),
            qPrintable(error));
    }

    void aManifestCannotLeadOutOfTheBackupRoot()
    {
        BackupPart part = partOf(setDirectory(m_chain, 2));
        part.files.first().storedIn = QStringLiteral("../elsewhere");
        QList<BackupChain::Piece> pieces;
        QString error;
        QVERIFY(!BackupChain::olderPieces(setDirectory(m_chain, 2), part, prefix, &pieces, &error));
        QVERIFY2(error.contains(QStringLiteral("\"../elsewhere\", which is not the name of a backup set")),
            qPrintable(error));
    }

    void pruneKeepsWhatAKeptSetNeedsAndSaysWhy()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        const QString root = m_sandbox->profile().backupRoot;
        const QString profile = m_sandbox->path(QStringLiteral("cluster.json"));
        // An older full set nothing needs, then the chain A <- B <- C.
        const Chain older = makeChain(root, QStringLiteral("older"),
            { QStringLiteral("20261001-010000-backup-offline"),
                QStringLiteral("20261002-010000-backup-offline"),
                QStringLiteral("20261003-010000-backup-offline") });
        QVERIFY(!older.ids.isEmpty());
        const Chain chain = makeChain(root, QStringLiteral("prune"));
        QVERIFY(!chain.ids.isEmpty());

        const QList<BackupRetention::Decision> decisions
            = BackupRetention::decide(BackupSetCatalog::list(root), 1);
        QCOMPARE(decisions.size(), 6);
        QCOMPARE(decisions[0].set.id, chain.ids[2]);
        QVERIFY(decisions[0].keep && decisions[1].keep && decisions[2].keep);
        QCOMPARE(decisions[1].holdsFilesOf, QStringList{ chain.ids[2] });
        QCOMPARE(decisions[2].holdsFilesOf, (QStringList{ chain.ids[2], chain.ids[1] }));
        QVERIFY(!decisions[3].keep && !decisions[4].keep && !decisions[5].keep);

        const QStringList before = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        const CommandResult dryRun = lifeboat({ QStringLiteral("prune"), QStringLiteral("--profile"), profile,
            QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--dry-run") });
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY2(dryRun.out.contains(
                     QStringLiteral("kept: %1 holds files of %2\n").arg(chain.ids[1], chain.ids[2])),
            qPrintable(dryRun.out));
        QVERIFY2(dryRun.out.contains(QStringLiteral("kept: %1 holds files of %2, %3\n")
                                         .arg(chain.ids[0], chain.ids[2], chain.ids[1])),
            qPrintable(dryRun.out));
        for (const QString &id : older.ids)
            QVERIFY2(dryRun.out.contains(QStringLiteral("Would remove %1").arg(QDir(root).filePath(id))),
                qPrintable(dryRun.out));
        QVERIFY2(dryRun.out.contains(QStringLiteral("3 set(s) would be removed")), qPrintable(dryRun.out));
        QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), before);

        const CommandResult pruned = lifeboat({ QStringLiteral("prune"), QStringLiteral("--profile"), profile,
            QStringLiteral("--keep"), QStringLiteral("1") });
        QCOMPARE(pruned.exitCode, 0);
        QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), chain.ids);
        // What is left is whole.
        BackupSetVerifier verifier(setDirectory(chain, 2));
        QVERIFY(verifier.verify());
        QVERIFY2(verifier.intact(), qPrintable(verifier.problemSummary()));
    }

    void backupsShowsOwnSizeRestoreSizeAndBase()
    {
        QVERIFY(m_sandbox);
        const QString root = m_sandbox->profile().backupRoot;
        const QString profile = m_sandbox->path(QStringLiteral("cluster.json"));
        const CommandResult json = lifeboat(
            { QStringLiteral("backups"), QStringLiteral("--profile"), profile, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray sets = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(sets.size(), 3);
        const QStringList ids = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject set = sets[2 - i].toObject(); // newest first
            const QString directory = QDir(root).filePath(ids[i]);
            QCOMPARE(set.value(QLatin1String("id")).toString(), ids[i]);
            QCOMPARE(
                set.value(QLatin1String("archiveBytes")).toInteger(), QFileInfo(archiveOf(directory)).size());
            QCOMPARE(set.value(QLatin1String("restoreBytes")).toInteger(), partOf(directory).bytes);
            QCOMPARE(set.value(QLatin1String("base")), i == 0 ? QJsonValue() : QJsonValue(ids[i - 1]));
        }
        QCOMPARE(sets[0][QLatin1String("needs")].toArray(), QJsonArray({ ids[0], ids[1] }));
        // C restores more than it stores; a full set restores what it stores (plus compression).
        QVERIFY(sets[0][QLatin1String("restoreBytes")].toInteger()
            > 3 * sets[0][QLatin1String("archiveBytes")].toInteger());

        const CommandResult table
            = lifeboat({ QStringLiteral("backups"), QStringLiteral("--profile"), profile });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].contains(QStringLiteral("SIZE")) && lines[0].contains(QStringLiteral("RESTORES"))
                && lines[0].contains(QStringLiteral("BASE")),
            qPrintable(table.out));
        const QLocale locale;
        const QString c = lines[1];
        QVERIFY2(c.startsWith(ids[2]) && c.contains(u' ' + ids[1] + u' '), qPrintable(table.out));
        QVERIFY2(
            c.contains(locale.formattedDataSize(QFileInfo(archiveOf(QDir(root).filePath(ids[2]))).size())),
            qPrintable(table.out));
        QVERIFY2(c.contains(locale.formattedDataSize(partOf(QDir(root).filePath(ids[2])).bytes)),
            qPrintable(table.out));
        QVERIFY2(lines[3].startsWith(ids[0]) && lines[3].contains(QStringLiteral(" full ")),
            qPrintable(table.out));
        // Every column starts where its header does.
        const qsizetype baseColumn = lines[0].indexOf(QStringLiteral("BASE"));
        QCOMPARE(c.indexOf(ids[1], 40), baseColumn);
        QCOMPARE(lines[3].indexOf(QStringLiteral("full")), baseColumn);
    }

    void verifyOfTheNewestSetNamesADamagedBase()
    {
        QVERIFY(m_sandbox);
        const QString root = m_sandbox->profile().backupRoot;
        const QStringList ids = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        const QString archive = archiveOf(QDir(root).filePath(ids[0]));
        QByteArray bytes = readFile(archive);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(writeFile(archive, bytes));
        const CommandResult result = lifeboat({ QStringLiteral("verify"), QDir(root).filePath(ids[2]) });
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(
                     ids[0] + u'/' + partName + QStringLiteral(".tar.zst: SHA-256 of the archive differs")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("is DAMAGED")), qPrintable(result.out));
    }

    void cleanupTestCase() { m_sandbox.reset(); }
};

QTEST_GUILESS_MAIN(TestBackupChain)
#include "tst_backupchain.moc"
