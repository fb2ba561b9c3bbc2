// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/ManifestRules.h>
#include <backup/SetPathRules.h>
#include <restore/PathPatterns.h>
#include <cstdlib>
#include <functional>
#include <support/Sha256.h>
#include <support/Sha256Digest.h>

using namespace Lifeboat;

using ManifestEdit = std::function<void(BackupSetManifest &)>;
Q_DECLARE_METATYPE(ManifestEdit)

namespace {
QString previousRelease(const QString &name)
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/data/previous-release/") + name;
}

QByteArray sha256Of(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

BackupPart part(const QString &name, const QString &kind, const QString &node, const QStringList &sources,
    const QStringList &files)
{
    BackupPart part;
    part.name = name;
    part.kind = kind;
    part.node = node;
    for (const QString &source : sources)
        part.sources.append({ QStringLiteral("/srv/") + source, source });
    part.archiveFile = name + QStringLiteral(".tar.zst");
    for (const QString &file : files)
        part.files.append({ file, 1, 0644, QString(64, u'a') });
    return part;
}

// One part of every kind, as a backup writes them.
BackupSetManifest goodManifest()
{
    BackupSetManifest manifest;
    manifest.setId = QStringLiteral("20261130-010000-backup-offline");
    manifest.nodes = { { QStringLiteral("node1"), QStringLiteral("primary"), {}, QStringLiteral("id1"), {} },
        { QStringLiteral("node2"), QStringLiteral("secondary"), {}, QStringLiteral("id2"), {} } };
    manifest.parts = {
        part(QStringLiteral("gds"), QStringLiteral("gds"), {}, { QStringLiteral("DocumentStorage") },
            { QStringLiteral("DocumentStorage/a.dat") }),
        part(QStringLiteral("repository-node2"), QStringLiteral("repository"), QStringLiteral("node2"),
            { QStringLiteral("crx-repository") },
            { QStringLiteral("crx-repository/clusterNode/revision.log") }),
        part(QStringLiteral("connectors"), QStringLiteral("connectors"), {}, { QStringLiteral("connectors") },
            { QStringLiteral("connectors/x.xml") }),
        part(QStringLiteral("fonts"), QStringLiteral("fonts"), {},
            { QStringLiteral("fonts-1"), QStringLiteral("fonts-2") },
            { QStringLiteral("fonts-1/a.ttf"), QStringLiteral("fonts-2/b.ttf") }),
        part(QStringLiteral("content-storage-root"), QStringLiteral("content-storage-root"), {},
            { QStringLiteral("contentstore"), QStringLiteral("backup-lucene-indexes") },
            { QStringLiteral("contentstore/0.bin") }),
        part(QStringLiteral("node-identity"), QStringLiteral("node-identity"), {},
            { QStringLiteral("node1/cluster_node.id"), QStringLiteral("node1/system.id") },
            { QStringLiteral("node1/cluster_node.id"), QStringLiteral("node1/system.id") }),
        part(QStringLiteral("bootstrap-properties"), QStringLiteral("bootstrap-properties"), {},
            { QStringLiteral("node2/crx-bootstrap.properties") },
            { QStringLiteral("node2/crx-bootstrap.properties") }),
        part(QStringLiteral("database-forms"), QStringLiteral("database"), {},
            { QStringLiteral("forms.sqlite") }, { QStringLiteral("forms.sqlite") }),
    };
    BackupPart zip = part(QStringLiteral("repository-node3"), QStringLiteral("repository"),
        QStringLiteral("node3"), { QStringLiteral("online zip") }, { QStringLiteral("anything/inside.bin") });
    zip.archiveFile = QStringLiteral("repository-node3.zip");
    manifest.parts.append(zip);
    return manifest;
}

BackupPart &named(BackupSetManifest &manifest, const QString &name)
{
    for (BackupPart &part : manifest.parts) {
        if (part.name == name)
            return part;
    }
    qFatal("no part %s", qPrintable(name));
    std::abort();
}
} // namespace

// The rules a manifest and an archive entry keep (ManifestRules,
// SetPathRules): each breach is refused with the field and its value, by the
// manifest's reader and by the verifier. tst_hostilesets shows the same on
// real sets with the real CLI.
class TestManifestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The seed's "delete" patterns name a path and all that is below it, as
    // the steps that find them move or delete the path whole; the swap's
    // count and the restored tree's comparison read them the same way.
    void aPatternNamesAPathAndWhatIsBelowIt()
    {
        const QStringList runtime{QStringLiteral("clusterNode/revision.log"), QStringLiteral("**/listener.properties")};
        QVERIFY(PathPatterns::names(QStringLiteral("clusterNode/revision.log"), runtime));
        QVERIFY(PathPatterns::names(QStringLiteral("listener.properties"), runtime));
        QVERIFY(PathPatterns::names(QStringLiteral("workspaces/crx.default/listener.properties"), runtime));
        QVERIFY(PathPatterns::names(QStringLiteral("a/listener.properties/b"), runtime));
        QVERIFY(!PathPatterns::names(QStringLiteral("a/old-listener.properties"), runtime));
        QVERIFY(!PathPatterns::names(QStringLiteral("clusterNode/revision.log.1"), runtime));
        QVERIFY(PathPatterns::names(QStringLiteral("clusterNode/repository/x/y"), {QStringLiteral("clusterNode/repository")}));
        QVERIFY(!PathPatterns::names(QStringLiteral("clusterNode/repositoryx"), {QStringLiteral("clusterNode/repository")}));
        QVERIFY(PathPatterns::names(QStringLiteral("logs/error.log"), {QStringLiteral("logs/")}));
        QVERIFY(!PathPatterns::names(QStringLiteral("logs"), {QStringLiteral("logs/")}));
        QVERIFY(PathPatterns::names(QStringLiteral("any/thing"), {QStringLiteral("*")}));
        QVERIFY(!PathPatterns::names(QStringLiteral("any/thing"), {}));
    }

    // A file's SHA-256 is held as its 32 bytes (a QString of 64 digits
    // took 160 bytes of heap per file): either case reads the same, it is
    // written in lower case, and text that is not a digest is kept as it
    // was, for the rules to name.
    void aDigestIsHeldAsBytesAndWrittenInLowerCase()
    {
        Sha256 hash;
        hash.addData("x\n");
        const QByteArray hex = hash.hexResult();
        const Sha256Digest lower(QString::fromLatin1(hex));
        QVERIFY(lower.isValid() && !lower.isEmpty());
        QCOMPARE(lower.hex(), QString::fromLatin1(hex));
        QCOMPARE(Sha256Digest(QString::fromLatin1(hex).toUpper()), lower);
        QCOMPARE(Sha256Digest::fromHex(hex), lower);
        QVERIFY(Sha256Digest(QString(64, u'0')) != lower);
        QVERIFY(Sha256Digest().isEmpty() && Sha256Digest(QString()).isEmpty() && Sha256Digest().hex().isEmpty());
        for (const QString &text : {QStringLiteral("abc"), QString(63, u'a'), QString(64, u'g'), QString(65, u'a')}) {
            const Sha256Digest other(text);
            QVERIFY2(!other.isValid() && !other.isEmpty(), qPrintable(text));
            QCOMPARE(other.hex(), text);
            QVERIFY(other != Sha256Digest(QString(64, u'a')));
        }
        QCOMPARE(Sha256Digest(QStringLiteral("ABC")).hex(), QStringLiteral("abc"));
        QVERIFY(sizeof(Sha256Digest) <= 56);
    }

    void aManifestAsABackupWritesItKeepsEveryRule()
    {
        QCOMPARE(ManifestRules::breaches(goodManifest()), QStringList());
    }

    void eachBreachNamesItsFieldAndValue_data()
    {
        QTest::addColumn<ManifestEdit>("edit");
        QTest::addColumn<QString>("breach");
        using Edit = ManifestEdit;
        QTest::newRow("archivePath climbing out")
            << Edit([](BackupSetManifest &m) {
                   named(m, QStringLiteral("content-storage-root")).sources[0].archivePath
                       = QStringLiteral("../../../tmp/x/victimdir");
               })
            << "parts[4].sources[0].archivePath is \"../../../tmp/x/victimdir\", which is not a relative "
               "path inside the set";
        QTest::newRow("absolute archivePath")
            << Edit([](BackupSetManifest &m) {
                   named(m, QStringLiteral("database-forms")).sources[0].archivePath
                       = QStringLiteral("/var/lib/forms.sqlite");
               })
            << "parts[7].sources[0].archivePath is \"/var/lib/forms.sqlite\", which is not a relative path "
               "inside the set";
        QTest::newRow("empty component") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).files[0].path = QStringLiteral("DocumentStorage//a.dat");
        })
                                         << "parts[0].files[0].path is \"DocumentStorage//a.dat\", which is "
                                            "not a relative path inside the set";
        QTest::newRow("a dot component") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).files[0].path = QStringLiteral("DocumentStorage/./a.dat");
        })
                                         << "parts[0].files[0].path is \"DocumentStorage/./a.dat\", which is "
                                            "not a relative path inside the set";
        QTest::newRow("a file outside its sources") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).files[0].path = QStringLiteral("connectors/a.dat");
        }) << "parts[0].files[0].path is \"connectors/a.dat\", which is outside every source of part gds";
        QTest::newRow("a directory outside its sources") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).directories.append({ QStringLiteral("elsewhere"), {} });
        }) << "parts[0].directories[0].path is \"elsewhere\", which is outside every source of part gds";
        QTest::newRow("archive in another directory") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).archiveFile = QStringLiteral("../gds.tar.zst");
        }) << "parts[0].archive is \"../gds.tar.zst\", which is not a plain file name";
        QTest::newRow("a part without sources") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("repository-node2")).sources.clear();
        }) << "parts[1].sources is empty, so nothing says where the 1 file(s) of part repository-node2 go";
        QTest::newRow("connectors relabelled fonts") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("connectors")).kind = QStringLiteral("fonts");
        }) << "parts[2].name is \"connectors\", which a part of kind \"fonts\" never has";
        QTest::newRow("an unknown kind") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("connectors")).kind = QStringLiteral("everything");
        }) << "parts[2].kind is \"everything\", which is not a kind of part Lifeboat writes";
        QTest::newRow("a database file not among its files")
            << Edit([](BackupSetManifest &m) {
                   named(m, QStringLiteral("database-forms")).sources[0].archivePath
                       = QStringLiteral("other.sqlite");
               })
            << "parts[7].sources[0].archivePath is \"other.sqlite\", which is not among the files of part "
               "database-forms";
        QTest::newRow("a Content Storage Root folder that is none")
            << Edit([](BackupSetManifest &m) {
                   named(m, QStringLiteral("content-storage-root")).sources[1].archivePath
                       = QStringLiteral("conf");
               })
            << "parts[4].sources[1].archivePath is \"conf\", which a part of kind \"content-storage-root\" "
               "never has";
        QTest::newRow("not a SHA-256") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).files[0].sha256 = QStringLiteral("abc");
        }) << "parts[0].files[0].sha256 is \"abc\", which is not a SHA-256 (64 hexadecimal digits)";
        QTest::newRow("an older set elsewhere") << Edit([](BackupSetManifest &m) {
            named(m, QStringLiteral("gds")).files[0].storedIn = QStringLiteral("../../other");
        }) << "parts[0].files[0].storedIn is \"../../other\", which is not a plain file name";
        QTest::newRow("a node name that is a path")
            << Edit([](BackupSetManifest &m) { m.nodes[1].name = QStringLiteral("../node2"); })
            << "topology.nodes[1].name is \"../node2\", which is not a plain file name";
        QTest::newRow("two parts of one name")
            << Edit([](BackupSetManifest &m) { m.parts[3].name = QStringLiteral("gds"); })
            << "parts[3].name is \"gds\", which another part has too";
    }

    void eachBreachNamesItsFieldAndValue()
    {
        QFETCH(ManifestEdit, edit);
        QFETCH(QString, breach);
        BackupSetManifest manifest = goodManifest();
        edit(manifest);
        const QStringList found = ManifestRules::breaches(manifest);
        QVERIFY2(!found.isEmpty() && found.first().startsWith(breach), qPrintable(found.join(u'\n')));
    }

    // The reader refuses such a manifest, so no restore is planned from it.
    void theReaderRefusesAManifestThatBreaksARule()
    {
        QTemporaryDir set;
        BackupSetManifest manifest = goodManifest();
        named(manifest, QStringLiteral("content-storage-root")).sources[0].archivePath
            = QStringLiteral("../x");
        QString error;
        QVERIFY(manifest.save(set.path(), &error));
        QVERIFY(!BackupSetManifest::load(set.path(), &error));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "The manifest of %1 cannot be trusted: parts[4].sources[0].archivePath is \"../x\"")
                                      .arg(set.path())),
            qPrintable(error));
    }

    // One rule for the case of SHA-256 digits: either is read, as lower case.
    void upperCaseSha256IsReadAsLowerCase()
    {
        BackupSetManifest manifest = goodManifest();
        named(manifest, QStringLiteral("gds")).files[0].sha256 = QString(64, u'A');
        QString error;
        const auto read = BackupSetManifest::fromJson(manifest.toJson(), &error);
        QVERIFY(read);
        QCOMPARE(read->parts[0].files[0].sha256.hex(), QString(64, u'a'));
        QCOMPARE(ManifestRules::breaches(*read), QStringList());
    }

    void pathsFromASetStayInside_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<bool>("name");
        QTest::newRow("plain") << "contentstore" << true << true;
        QTest::newRow("nested") << "node2/cluster_node.id" << true << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("absolute") << "/etc" << false << false;
        QTest::newRow("climbing") << "a/../../b" << false << false;
        QTest::newRow("dot") << "./a" << false << false;
        QTest::newRow("empty component") << "a//b" << false << false;
        QTest::newRow("trailing slash") << "a/" << false << false;
        QTest::newRow("backslash") << "a\\..\\b" << false << false;
        QTest::newRow("hidden name") << ".hidden" << true << false;
        QTest::newRow("dots in a name") << "a..b" << true << true;
    }

    void pathsFromASetStayInside()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QFETCH(bool, name);
        QCOMPARE(SetPathRules::isSafeRelativePath(path), safe);
        QCOMPARE(SetPathRules::isSafeName(path), name);
    }

    void archiveEntriesARestoreWouldRefuse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<char>("type");
        QTest::addColumn<QString>("linkTarget");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a file") << "DocumentStorage/a.dat" << '0' << ""
                                << "";
        QTest::newRow("a directory with a slash") << "DocumentStorage/" << '5' << ""
                                                  << "";
        QTest::newRow("a link inside") << "a/link" << '2' << "b"
                                       << "";
        QTest::newRow("climbing out") << "../x" << '5' << ""
                                      << "would land outside the target (an absolute path or \"..\")";
        QTest::newRow("absolute") << "/tmp/x" << '0' << ""
                                  << "would land outside the target (an absolute path or \"..\")";
        QTest::newRow("a link out") << "a/link" << '2' << "/etc"
                                    << "is a link to \"/etc\", outside the target";
        QTest::newRow("a hard link") << "a/b" << '1' << "a/c"
                                     << "is a hard link (to \"a/c\"), which a backup part never holds";
        QTest::newRow("a pipe") << "a/pipe" << '6' << ""
                                << "is a device, pipe or other special file";
        QTest::newRow("a device") << "a/dev" << '3' << ""
                                  << "is a device, pipe or other special file";
    }

    void archiveEntriesARestoreWouldRefuse()
    {
        QFETCH(QString, path);
        QFETCH(char, type);
        QFETCH(QString, linkTarget);
        QFETCH(QString, problem);
        TarStreamReader::Entry entry;
        entry.path = path;
        entry.type = type;
        entry.linkTarget = linkTarget;
        QCOMPARE(SetPathRules::entryProblem(entry), problem);
    }

    // A zip (AEM's online backup) is held to the same entry rules as a tar.
    void aZipWithALinkOutIsDamaged()
    {
        QTemporaryDir set;
        const QString content = set.filePath(QStringLiteral("content"));
        QVERIFY(QDir().mkpath(content));
        QFile data(QDir(content).filePath(QStringLiteral("x.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("x\n");
        data.close();
        QVERIFY(QFile::link(QStringLiteral("/etc"), QDir(content).filePath(QStringLiteral("link"))));
        QProcess zip;
        zip.setWorkingDirectory(content);
        zip.start(QStringLiteral("zip"),
            { QStringLiteral("-q"), QStringLiteral("-y"),
                set.filePath(QStringLiteral("repository-node3.zip")), QStringLiteral("x.txt"),
                QStringLiteral("link") });
        QVERIFY(zip.waitForFinished());
        QCOMPARE(zip.exitCode(), 0);
        BackupSetManifest manifest;
        manifest.parts = { part(QStringLiteral("repository-node3"), QStringLiteral("repository"),
            QStringLiteral("node3"), { QStringLiteral("online zip") }, {}) };
        manifest.parts[0].archiveFile = QStringLiteral("repository-node3.zip");
        manifest.parts[0].files
            = { { QStringLiteral("x.txt"), 2, 0644, QString::fromLatin1(sha256Of("x\n")) } };
        QString error;
        QVERIFY(manifest.save(set.path(), &error));
        QFile archive(set.filePath(QStringLiteral("repository-node3.zip")));
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QFile sums(set.filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::WriteOnly));
        sums.write(sha256Of(archive.readAll()) + "  repository-node3.zip\n");
        sums.close();
        BackupSetVerifier verifier(set.path());
        QVERIFY(verifier.verify());
        QCOMPARE(verifier.problemSummary(),
            QStringLiteral("repository-node3.zip: link: is a link to \"/etc\", outside the target"));
    }

    // A set made before SHA256SUMS listed its manifest reads as before, and
    // says that its manifest could not be checked.
    void anOlderSetsManifestIsReportedUnchecked()
    {
        BackupSetVerifier verifier(previousRelease(QStringLiteral("backups/20261129-082039-backup-offline")));
        QVERIFY(verifier.verify());
        QVERIFY(!verifier.manifestCovered());
        QCOMPARE(verifier.filesChecked(), 1 + 3 + 1 + 4);
    }

    // A set folder without its manifest is a damaged set (exit 3), not a
    // wrong argument.
    void aFolderWithoutItsManifestIsDamaged()
    {
        QTemporaryDir set;
        BackupSetVerifier verifier(set.path());
        QVERIFY(verifier.verify());
        QVERIFY(!verifier.intact());
        QCOMPARE(verifier.problemSummary(),
            QStringLiteral("manifest.json: is missing, so nothing in the set can be checked or restored"));
        QVERIFY(verifier.record());
        QVERIFY(!QFileInfo::exists(QDir(set.path()).filePath(QStringLiteral("verification.json"))));
    }
};

QTEST_GUILESS_MAIN(TestManifestRules)
#include "tst_manifestrules.moc"
