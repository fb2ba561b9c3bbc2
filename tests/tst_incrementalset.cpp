// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/HostsSandbox.h"
#include "support/SandboxFixture.h"

#include <backup/ArchiveContents.h>
#include <backup/BaseFiles.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/IncrementalBase.h>
#include <backup/PartArchiver.h>
#include <support/Sha256.h>

#include <QDir>
#include <QHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Incremental backup sets (issue 16), the writing side: a file unchanged
// since the base is referenced where it is stored, a new or changed one is
// archived; the set still checks with sha256sum and unpacks with GNU tar
// alone; --full and the profile's fullEvery make full sets; a run killed
// while it archives an incremental set resumes to the same set.
class TestIncrementalSet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    QHash<QString, QStringList> m_seen; // the sets of each backup root, when last looked at

    static bool writeFile(const QString &path, const QByteArray &data, const QDateTime &modified = {})
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return false;
        file.close();
        return !modified.isValid() || file.open(QIODevice::ReadWrite) && file.setFileTime(modified, QFileDevice::FileModificationTime);
    }

    static QString sha256Of(const QByteArray &data)
    {
        Sha256 hash;
        hash.addData(data);
        return QString::fromLatin1(hash.hexResult());
    }

    CommandResult backup(SandboxFixture &sandbox, const QString &profile, const QStringList &extra = {})
    {
        return sandbox.runner().lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), profile, QStringLiteral("--scenario"),
                                                     QStringLiteral("backup-offline"), QStringLiteral("--report-dir"), m_runs.path(),
                                                     QStringLiteral("--yes")}
                                         + extra);
    }

    CommandResult check(SandboxFixture &sandbox, const QString &profile)
    {
        return sandbox.runner().lifeboat({QStringLiteral("check"), QStringLiteral("--profile"), profile, QStringLiteral("--scenario"),
                                          QStringLiteral("backup-offline")});
    }

    // The set the last run made (not the last by name: see tst_snapshotbackup).
    // Each sandbox has its own backup root, and set ids are made of the
    // time: one test's first set can have the name of the last one before.
    QString newestSet(const SandboxFixture &sandbox)
    {
        const QString root = sandbox.profile().backupRoot;
        const QStringList now = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QString made;
        for (const QString &set : now) {
            if (!m_seen.value(root).contains(set))
                made = set;
        }
        m_seen.insert(root, now);
        return made;
    }

    // The run.log of the run that printed `result`.
    static QString runLog(const CommandResult &result)
    {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Run (\\S+)$"), QRegularExpression::MultilineOption).match(result.out);
        QFile file(match.captured(1) + QStringLiteral("/run.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("no run.log for: ") + result.out;
    }

    static std::optional<BackupSetManifest> manifestOf(const SandboxFixture &sandbox, const QString &set)
    {
        QString error;
        auto manifest = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(set), &error);
        if (!manifest)
            qWarning() << error;
        return manifest;
    }

    // path -> SHA-256 of every file of `part`, and where its data is.
    static QMap<QString, QString> filesOf(const BackupSetManifest &manifest, const QString &part, bool withStore)
    {
        QMap<QString, QString> files;
        for (const BackupPart &candidate : manifest.parts) {
            if (candidate.name != part)
                continue;
            for (const BackupPart::File &file : candidate.files)
                files.insert(file.path, withStore ? file.sha256.hex() + u' ' + file.storedIn : file.sha256.hex());
        }
        return files;
    }

    // A copy of the sandbox's profile beside it, with `key` set.
    static QString profileWith(const SandboxFixture &sandbox, const QString &key, const QJsonValue &value)
    {
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(key, value);
        const QString path = sandbox.path(QStringLiteral("cluster-%1.json").arg(key));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(QJsonDocument(json).toJson());
        return path;
    }

    // New data in the places a day of work changes: a data-store blob and a
    // segment tar file on node2, and a GDS document.
    static void changeOnePercent(const SandboxFixture &sandbox, int round)
    {
        const QString repository = sandbox.node(QStringLiteral("node2")).repository + QStringLiteral("/repository");
        const QByteArray blob = QByteArray("blob of round ") + QByteArray::number(round);
        const QString id = sha256Of(blob);
        QVERIFY(writeFile(QStringLiteral("%1/datastore/%2/%3/%4/%5").arg(repository, id.mid(0, 2), id.mid(2, 2), id.mid(4, 2), id), blob));
        QVERIFY(writeFile(QStringLiteral("%1/segmentstore/data9999%2a.tar").arg(repository).arg(round), QByteArray(70000, char('a' + round))));
        QVERIFY(writeFile(sandbox.profile().gds + QStringLiteral("/incremental-round-%1.dat").arg(round), QByteArray(3000, 'g')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_runs.isValid());
    }

    void onlyNewAndChangedFilesGoIntoTheArchive()
    {
        QTemporaryDir directory;
        const QString source = directory.filePath(QStringLiteral("source"));
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(writeFile(source + QStringLiteral("/same.dat"), "unchanged", old));
        QVERIFY(writeFile(source + QStringLiteral("/changed.dat"), "new text!", old.addSecs(60)));
        QVERIFY(writeFile(source + QStringLiteral("/touched.dat"), "same text", old.addSecs(120)));
        QVERIFY(writeFile(source + QStringLiteral("/racy.dat"), "rewritten", old));
        QVERIFY(writeFile(source + QStringLiteral("/new.dat"), "brand new"));

        BackupPart part;
        part.name = QStringLiteral("gds");
        part.kind = QStringLiteral("gds");
        part.sources = {{source, QStringLiteral("gds")}};
        part.base.setId = QStringLiteral("20261101-000000-backup-offline");
        part.base.started = old.addDays(1);
        QList<BackupPart::File> baseFiles;
        const auto known = [&](const QString &name, const QByteArray &data, const QDateTime &modified, const QString &storedIn = {}) {
            BackupPart::File file{QStringLiteral("gds/") + name, data.size(), 0644, sha256Of(data), {}, storedIn};
            file.attributes.modified = modified;
            baseFiles.append(file);
        };
        const QDateTime recordedOld = QFileInfo(source + QStringLiteral("/same.dat")).lastModified().toUTC();
        // Held by an older set than the base: the reference keeps pointing there.
        known(QStringLiteral("same.dat"), "unchanged", recordedOld, QStringLiteral("20261001-000000-backup-offline"));
        known(QStringLiteral("changed.dat"), "old text!", old); // same size, other time, other data
        known(QStringLiteral("touched.dat"), "same text", old); // other time, same data
        // Recorded with the very time it has, but the base started within
        // the same instant: the data decides, and it differs.
        part.base.started = recordedOld.addMSecs(500);
        known(QStringLiteral("racy.dat"), "original!", recordedOld);
        part.base.files = std::make_shared<const BaseFiles>(baseFiles);

        PartArchiver archiver(ArchiveFormat::TarZstd, {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}});
        const QString out = directory.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY2(archiver.write(part, out), qPrintable(archiver.errorString()));

        QMap<QString, QString> storedIn;
        for (const BackupPart::File &file : part.files)
            storedIn.insert(file.path, file.storedIn);
        QCOMPARE(storedIn.value(QStringLiteral("gds/same.dat")), QStringLiteral("20261001-000000-backup-offline"));
        QCOMPARE(storedIn.value(QStringLiteral("gds/touched.dat")), part.base.setId);
        QCOMPARE(storedIn.value(QStringLiteral("gds/changed.dat")), QString());
        QCOMPARE(storedIn.value(QStringLiteral("gds/racy.dat")), QString());
        QCOMPARE(storedIn.value(QStringLiteral("gds/new.dat")), QString());
        QCOMPARE(storedIn.size(), 5);
        QCOMPARE(part.bytes, qint64(5 * 9));
        QCOMPARE(part.ownBytes(), qint64(3 * 9));

        QList<BackupPart::File> members;
        QString error;
        QVERIFY2(ArchiveContents::read(QDir(out).filePath(part.archiveFile), &members, &error), qPrintable(error));
        QStringList names;
        for (const BackupPart::File &member : members)
            names.append(member.path);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("gds/changed.dat"), QStringLiteral("gds/new.dat"), QStringLiteral("gds/racy.dat")}));
    }

    // Every file unchanged and no directory: the archive holds nothing, and
    // is still one that GNU tar and the verifier read.
    // The base finds each file by its path (its last record of a path, as
    // a restore unpacks the last), kept compactly (at 300,000 files the
    // base's manifest held for it was 190 MB); a link and a file whose
    // SHA-256 is not one are never taken as unchanged; what goes to a
    // host's helper is every record, in path order.
    void theBaseFindsAFileByPath()
    {
        const auto file = [](const QString &path, qint64 size) {
            return BackupPart::File{path, size, 0644, QString(64, u'a'), {}, {}};
        };
        BackupPart::File link = file(QStringLiteral("gds/link"), 0);
        link.linkTarget = QStringLiteral("b");
        BackupPart::File notADigest = file(QStringLiteral("gds/odd"), 6);
        notADigest.sha256 = Sha256Digest(QStringLiteral("abc"));
        BackupPart::File older = file(QStringLiteral("gds/\u00e9t\u00e9/\u65e5"), 7);
        older.storedIn = QStringLiteral("20261001-000000-backup-offline");
        older.attributes.modified = QDateTime(QDate(2026, 10, 1), QTime(1, 2, 3, 456), QTimeZone::UTC);
        const QList<BackupPart::File> listed{file(QStringLiteral("gds/b"), 1), file(QStringLiteral("gds/a/z"), 2),
                                             file(QStringLiteral("gds/a.z"), 3), file(QStringLiteral("gds/b"), 4),
                                             file(QStringLiteral("gds/a"), 5), link, notADigest, older};
        const BaseFiles base(listed);
        QCOMPARE(base.size(), listed.size());
        QCOMPARE(base.find(QStringLiteral("gds/b"))->size, qint64(4));
        QCOMPARE(base.find(QStringLiteral("gds/a/z"))->size, qint64(2));
        QCOMPARE(base.find(QStringLiteral("gds/a.z"))->size, qint64(3));
        QCOMPARE(base.find(QStringLiteral("gds/a"))->size, qint64(5));
        QVERIFY(base.find(QStringLiteral("gds/a"))->comparable);
        QCOMPARE(base.find(QStringLiteral("gds/a"))->sha256.hex(), QString(64, u'a'));
        QVERIFY(!base.find(QStringLiteral("gds/a"))->modified.isValid());
        QVERIFY(!base.find(QStringLiteral("gds/link"))->comparable);
        QVERIFY(!base.find(QStringLiteral("gds/odd"))->comparable);
        const std::optional<BaseFiles::Found> found = base.find(older.path);
        QVERIFY(found && found->comparable);
        QCOMPARE(found->storedIn, older.storedIn);
        QCOMPARE(found->modified, older.attributes.modified);
        QCOMPARE(base.find(QStringLiteral("gds/b"))->storedIn, QString());
        QVERIFY(!base.find(QStringLiteral("gds/c")));
        QVERIFY(!base.find(QStringLiteral("gds")));
        QVERIFY(!base.find(QString()));
        QVERIFY(!BaseFiles().find(QStringLiteral("gds/a")));

        const QList<BackupPart::File> sent = base.files();
        QStringList paths;
        for (const BackupPart::File &each : sent)
            paths.append(each.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("gds/a"), QStringLiteral("gds/a.z"), QStringLiteral("gds/a/z"), QStringLiteral("gds/b"),
                                     QStringLiteral("gds/b"), QStringLiteral("gds/link"), QStringLiteral("gds/odd"), older.path}));
        const BaseFiles received(sent);
        QCOMPARE(received.find(QStringLiteral("gds/b"))->size, qint64(4));
        QVERIFY(!received.find(QStringLiteral("gds/link"))->comparable);
        QVERIFY(!received.find(QStringLiteral("gds/odd"))->comparable);
        QCOMPARE(received.find(older.path)->storedIn, older.storedIn);
        QCOMPARE(received.find(older.path)->modified, older.attributes.modified);
    }

    // The base's manifest is parsed with the plan, before any node stops,
    // and every part's files are kept from it (BaseFiles), not the manifest:
    // at 300,000 files it held 190 MB for the whole run beside the set being
    // made. The run takes them from there; a manifest that changed since
    // is read again.
    void theBasesManifestIsLetGoOnceItsFilesAreKept()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString profile = sandbox.path(QStringLiteral("cluster.json"));
        const CommandResult result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString set = newestSet(sandbox);
        const QString directory = QDir(sandbox.profile().backupRoot).filePath(set);
        const auto manifest = manifestOf(sandbox, set);
        QVERIFY(manifest);
        const auto partNamed = [&manifest](const QString &name) {
            return *std::find_if(manifest->parts.cbegin(), manifest->parts.cend(), [&name](const BackupPart &part) { return part.name == name; });
        };
        const BackupPart gds = partNamed(QStringLiteral("gds"));
        const BackupPart repository = partNamed(QStringLiteral("repository-node2"));
        QString why;
        QCOMPARE(IncrementalBase::choose(sandbox.profile().backupRoot, sandbox.profile().name, QStringLiteral("backup-offline"), 7, &why),
                 set);
        QVERIFY(!BackupSetManifest::isParsed(directory));

        // What the plan read is what the run takes: the file, damaged in
        // place since (the same size and time), is not read again.
        const QString manifestPath = QDir(directory).filePath(BackupSetLayout::manifestFile());
        QFile file(manifestPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
        QVERIFY(file.seek(0) && file.write("x") == 1 && file.flush());
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QString error;
        const std::optional<BackupPart::Base> gdsBase = IncrementalBase::of(directory, gds, &error);
        QVERIFY2(gdsBase, qPrintable(error));
        QVERIFY(!BackupSetManifest::isParsed(directory));
        QCOMPARE(gdsBase->setId, set);
        QCOMPARE(gdsBase->started, manifest->time);
        QVERIFY(gdsBase->files);
        QCOMPARE(gdsBase->files->size(), gds.files.size());
        for (const BackupPart::File &file : gds.files) {
            const std::optional<BaseFiles::Found> found = gdsBase->files->find(file.path);
            QVERIFY2(found && found->comparable && found->size == file.size && found->sha256 == file.sha256
                         && found->modified == file.attributes.modified && found->storedIn.isEmpty(),
                     qPrintable(file.path));
        }
        // The next part comes from what was kept: nothing is parsed again.
        const std::optional<BackupPart::Base> repositoryBase = IncrementalBase::of(directory, repository, &error);
        QVERIFY2(repositoryBase && repositoryBase->files, qPrintable(error));
        QVERIFY(!BackupSetManifest::isParsed(directory));
        QCOMPARE(repositoryBase->files->size(), repository.files.size());
        // Put back as it was.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(whole) == whole.size() && file.flush());
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        // Handed over once: the same part again (a retry) reads the manifest anew.
        const std::optional<BackupPart::Base> retried = IncrementalBase::of(directory, gds, &error);
        QVERIFY2(retried && retried->files, qPrintable(error));
        QVERIFY(retried->files != gdsBase->files);
        QCOMPARE(retried->files->size(), gds.files.size());
        // A part whose sources differ has no base.
        BackupPart moved = gds;
        moved.sources.first().archivePath = QStringLiteral("elsewhere");
        const std::optional<BackupPart::Base> none = IncrementalBase::of(directory, moved, &error);
        QVERIFY(none && !none->files && none->setId.isEmpty());

        // Changed since it was kept (here damaged): read again, and refused,
        // for a part whose files were kept but not yet handed over.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        error.clear();
        QVERIFY(!IncrementalBase::of(directory, repository, &error));
        QVERIFY2(error.contains(directory), qPrintable(error));
        // Gone: the same.
        QVERIFY(QFile::remove(manifestPath));
        error.clear();
        QVERIFY(!IncrementalBase::of(directory, gds, &error));
        QVERIFY2(error.contains(directory), qPrintable(error));
    }

    void anArchiveWithNothingNewIsStillATar()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("node2.properties"));
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(writeFile(file, "same", old));
        for (const ArchiveFormat format : {ArchiveFormat::TarZstd, ArchiveFormat::TarGzip, ArchiveFormat::TarXz}) {
            BackupPart part;
            part.name = QStringLiteral("bootstrap-properties");
            part.kind = part.name;
            part.sources = {{file, QStringLiteral("node2/crx-bootstrap.properties")}};
            part.base.setId = QStringLiteral("20261101-000000-backup-bootstrap");
            part.base.started = old.addDays(1);
            BackupPart::File known{QStringLiteral("node2/crx-bootstrap.properties"), 4, 0644, sha256Of("same"), {}, {}};
            known.attributes.modified = QFileInfo(file).lastModified().toUTC();
            part.base.files = std::make_shared<const BaseFiles>(QList<BackupPart::File>{known});
            PartArchiver archiver(format, {[](qint64, qint64) {}, [] { return false; }, [](const QString &) {}});
            QVERIFY2(archiver.write(part, directory.path()), qPrintable(archiver.errorString()));
            QCOMPARE(part.files.value(0).storedIn, part.base.setId);
            QList<BackupPart::File> members;
            QString error;
            QVERIFY2(ArchiveContents::read(directory.filePath(part.archiveFile), &members, &error), qPrintable(error));
            QVERIFY(members.isEmpty());
            QProcess tar;
            tar.start(QStringLiteral("tar"), {QStringLiteral("-taf"), directory.filePath(part.archiveFile)});
            QVERIFY(tar.waitForFinished());
            QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
        }
    }

    void aSecondBackupStoresOnlyWhatChangedAndTarAloneRestoresIt()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("24"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString profile = sandbox.path(QStringLiteral("cluster.json"));
        CommandResult result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString full = newestSet(sandbox);
        changeOnePercent(sandbox, 1);
        // Before the run, its checks say what it builds on.
        const CommandResult checked = check(sandbox, profile);
        QVERIFY2(checked.out.contains(QStringLiteral("Full or incremental")) && checked.out.contains(QStringLiteral("An incremental backup: only files changed since ") + full),
                 qPrintable(checked.out + checked.err));
        result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString incremental = newestSet(sandbox);
        QVERIFY(incremental != full);

        const auto first = manifestOf(sandbox, full);
        const auto second = manifestOf(sandbox, incremental);
        QVERIFY(first && second);
        QCOMPARE(first->base, QString());
        QCOMPARE(second->base, full);
        QCOMPARE(second->needs(), QStringList{full});
        // Every file is listed; the unchanged ones are where they were.
        const QMap<QString, QString> before = filesOf(*first, QStringLiteral("repository-node2"), false);
        const QMap<QString, QString> now = filesOf(*second, QStringLiteral("repository-node2"), true);
        QCOMPARE(now.size(), before.size() + 2);
        int referenced = 0;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const bool isNew = !before.contains(it.key());
            QCOMPARE(it.value().section(u' ', 1), isNew ? QString() : full);
            referenced += isNew ? 0 : 1;
        }
        QVERIFY(referenced > 10);
        qint64 ownBytes = 0, fullBytes = 0;
        for (const BackupPart &part : second->parts)
            ownBytes += part.ownBytes();
        for (const BackupPart &part : first->parts)
            fullBytes += part.bytes;
        QVERIFY2(ownBytes * 10 < fullBytes, qPrintable(QStringLiteral("%1 of %2").arg(ownBytes).arg(fullBytes)));
        const QString log = runLog(result);
        QVERIFY2(log.contains(QStringLiteral("An incremental backup: only files changed since ") + full), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("unchanged: referenced in the older sets that hold them (%1)").arg(full)), qPrintable(log));

        // Readable without Lifeboat: sha256sum checks every archive and
        // list; GNU tar with the lists rebuilds node2's repository exactly.
        const QString setDirectory = QDir(sandbox.profile().backupRoot).filePath(incremental);
        const QString list = BackupSetLayout::chainListFile(QStringLiteral("repository-node2"), full);
        QVERIFY(QFileInfo::exists(QDir(setDirectory).filePath(list)));
        CommandResult sums = sandbox.runner().run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cd '%1' && sha256sum -c SHA256SUMS").arg(setDirectory)});
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
        QVERIFY(sums.out.contains(list + QStringLiteral(": OK")));
        QTemporaryDir byHand;
        const QString script = QStringLiteral("cd '%1' && tar -x --zstd -f '../%2/repository-node2.tar.zst' -C '%3' --null -T '%4' "
                                              "&& tar -x --zstd -f repository-node2.tar.zst -C '%3'")
                                   .arg(setDirectory, full, byHand.path(), list);
        const CommandResult tar = sandbox.runner().run(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY2(tar.exitCode == 0, qPrintable(tar.out + tar.err));
        QMap<QString, QString> unpacked;
        QDirIterator it(byHand.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            unpacked.insert(QDir(byHand.path()).relativeFilePath(path), sha256Of(file.readAll()));
        }
        QCOMPARE(unpacked, filesOf(*second, QStringLiteral("repository-node2"), false));

        // The set verifies as a whole.
        const CommandResult verified = sandbox.runner().lifeboat({QStringLiteral("verify"), setDirectory});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        // --full: every file in the set's own archives again.
        result = backup(sandbox, profile, {QStringLiteral("--full")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        // A flag takes no value, and the command line does not say otherwise.
        QVERIFY2(!result.err.contains(QLatin1String("not expecting values")), qPrintable(result.err));
        const auto forced = manifestOf(sandbox, newestSet(sandbox));
        QVERIFY(forced);
        QCOMPARE(forced->base, QString());
        QVERIFY(forced->needs().isEmpty());

        // fullEvery 2: a full set, one incremental on it, then a full one.
        const QString everyOther = profileWith(sandbox, QStringLiteral("fullEvery"), 2);
        QStringList bases;
        for (int round = 2; round <= 4; ++round) {
            changeOnePercent(sandbox, round);
            result = backup(sandbox, everyOther);
            QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
            const auto made = manifestOf(sandbox, newestSet(sandbox));
            QVERIFY(made);
            bases.append(made->base.isEmpty() ? QStringLiteral("full") : QStringLiteral("incremental"));
        }
        QCOMPARE(bases, (QStringList{QStringLiteral("incremental"), QStringLiteral("full"), QStringLiteral("incremental")}));
    }

    // The newest set is listed from its summary, but an incremental set
    // compares every file with its base's whole manifest: one that cannot
    // be read makes a full set, and the plan says so (it said "an
    // incremental backup" and each part then warned and went whole). The
    // manifest is read with the plan, before any node stops, so that one of
    // many files is not parsed during the downtime.
    void aBaseWhoseManifestCannotBeReadMakesAFullSet()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("24"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString profile = sandbox.path(QStringLiteral("cluster.json"));
        CommandResult result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString full = newestSet(sandbox);
        QFile manifest(QDir(sandbox.profile().backupRoot).filePath(full + QStringLiteral("/manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QVERIFY(manifest.resize(manifest.size() / 2));
        manifest.close();
        QVERIFY(BackupSetManifest::loadSummary(QDir(sandbox.profile().backupRoot).filePath(full)).has_value());

        changeOnePercent(sandbox, 1);
        const CommandResult checked = check(sandbox, profile);
        QVERIFY2(checked.out.contains(QStringLiteral("A full backup: the newest backup-offline set, %1, cannot be built on.").arg(full)),
                 qPrintable(checked.out + checked.err));
        result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const auto made = manifestOf(sandbox, newestSet(sandbox));
        QVERIFY(made);
        QCOMPARE(made->base, QString());
        QVERIFY(made->needs().isEmpty());
        const QString log = runLog(result);
        QVERIFY2(log.contains(QStringLiteral("A full backup: the newest backup-offline set, %1, cannot be built on. The manifest of").arg(full)),
                 qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("An incremental backup")), qPrintable(log));
        // What to do is a backup's, not a restore's: nothing is chosen or restored here.
        for (const QString &said : {checked.out, log}) {
            QVERIFY2(said.contains(QStringLiteral("Check it with 'lifeboat verify %1'.").arg(full)), qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral("choose another one")), qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral("Nothing was restored")), qPrintable(said));
        }
    }

    // The newest set builds on an older one whose manifest was damaged
    // since: publishing compares the files a new set takes from that set
    // with its manifest, so an incremental on it stopped the nodes, archived
    // every part, and then failed, and so did every backup after it. The
    // plan now checks those manifests against their SHA256SUMS and makes a
    // full set, saying why; the damaged set is left as it is.
    void aDamagedManifestFurtherDownTheChainMakesAFullSet()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("8"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        const QString profile = sandbox.path(QStringLiteral("cluster.json"));
        CommandResult result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString full = newestSet(sandbox);
        changeOnePercent(sandbox, 1);
        result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString incremental = newestSet(sandbox);
        QCOMPARE(manifestOf(sandbox, incremental)->base, full);

        const QString damagedPath = QDir(sandbox.profile().backupRoot).filePath(full + QStringLiteral("/manifest.json"));
        QFile manifest(damagedPath);
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QVERIFY(manifest.resize(manifest.size() / 2));
        manifest.close();
        const auto contentsOf = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray damaged = contentsOf(damagedPath);

        changeOnePercent(sandbox, 2);
        const QString reason = QStringLiteral("A full backup: the newest backup-offline set, %1, takes files from %2, whose manifest "
                                              "does not match its SHA256SUMS (it is damaged). Check it with 'lifeboat verify %2'.")
                                   .arg(incremental, full);
        const CommandResult checked = check(sandbox, profile);
        QVERIFY2(checked.out.contains(reason), qPrintable(checked.out + checked.err));
        result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString made = newestSet(sandbox);
        QVERIFY(made != incremental);
        const auto manifestMade = manifestOf(sandbox, made);
        QVERIFY(manifestMade);
        QCOMPARE(manifestMade->base, QString());
        QVERIFY(manifestMade->needs().isEmpty());
        QVERIFY2(runLog(result).contains(reason), qPrintable(runLog(result)));
        QCOMPARE(contentsOf(damagedPath), damaged);
        const CommandResult verified = sandbox.runner().lifeboat({QStringLiteral("verify"), QDir(sandbox.profile().backupRoot).filePath(made)});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    // On a sandbox whose nodes are hosts of their own, node2's files are
    // compared with the base on node2's host, by its helper: a new blob is
    // archived, a touched one is hashed there and referenced.
    void onHostsEachHostComparesItsOwnFiles()
    {
        if (::geteuid() != 0)
            QSKIP("A sandbox with hosts needs root (mount namespaces).");
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        HostsSandbox sandbox;
        QVERIFY(sandbox.watched());
        const CommandResult started = sandbox.createStarted({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        const auto backup = [&] {
            return sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), sandbox.profilePath(), QStringLiteral("--scenario"),
                                              QStringLiteral("backup-offline"), QStringLiteral("--report-dir"), m_runs.path(), QStringLiteral("--yes")});
        };
        const auto newest = [&] {
            return QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time).value(0);
        };
        CommandResult result = backup();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString full = newest();
        QString error;
        const auto first = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(full), &error);
        QVERIFY2(first, qPrintable(error));
        const QMap<QString, QString> before = filesOf(*first, QStringLiteral("repository-node2"), false);
        const auto blob = std::find_if(before.keyBegin(), before.keyEnd(), [](const QString &path) { return path.contains(QLatin1String("/datastore/")); });
        QVERIFY(blob != before.keyEnd());
        const QString repository = sandbox.node(QStringLiteral("node2")).repository;
        const QString touched = repository + u'/' + blob->section(u'/', 1);
        const CommandResult changed = sandbox.onHost(QStringLiteral("node2"),
            QStringLiteral("touch '%1' && echo 'a new blob' > '%2/repository/datastore/new-blob'").arg(touched, repository));
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.out + changed.err));

        result = backup();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString incremental = newest();
        QVERIFY(incremental != full);
        const auto second = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(incremental), &error);
        QVERIFY2(second, qPrintable(error));
        const QMap<QString, QString> now = filesOf(*second, QStringLiteral("repository-node2"), true);
        QCOMPARE(now.value(*blob), before.value(*blob) + u' ' + full);
        QCOMPARE(now.value(QStringLiteral("crx-repository/repository/datastore/new-blob")).section(u' ', 1), QString());
        QCOMPARE(second->base, full);
        const CommandResult verified = sandbox.runner().lifeboat({QStringLiteral("verify"), second->directory});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void aKilledIncrementalBackupResumesToTheSameSet()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("16"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(sandbox.created(), qPrintable(sandbox.createResult().err));
        m_seen.clear();
        const QString profile = sandbox.path(QStringLiteral("cluster.json"));
        CommandResult result = backup(sandbox, profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString full = newestSet(sandbox);
        changeOnePercent(sandbox, 1);

        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("archived:repository-node2:3"));
        const CommandResult killed = backup(sandbox, profile);
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(killed.exitCode == -1, qPrintable(killed.out + killed.err));
        QCOMPARE(newestSet(sandbox), QString());
        const CommandResult resumed = sandbox.runner().lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        const auto made = manifestOf(sandbox, newestSet(sandbox));
        const auto base = manifestOf(sandbox, full);
        QVERIFY(made && base);
        QCOMPARE(made->base, full);
        const QMap<QString, QString> files = filesOf(*made, QStringLiteral("repository-node2"), true);
        const QMap<QString, QString> before = filesOf(*base, QStringLiteral("repository-node2"), false);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QCOMPARE(it.value(), before.contains(it.key()) ? before.value(it.key()) + u' ' + full : it.value().section(u' ', 0, 0) + u' ');
        QCOMPARE(files.size(), before.size() + 2);
        const CommandResult verified = sandbox.runner().lifeboat({QStringLiteral("verify"), made->directory});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalSet)
#include "tst_incrementalset.moc"
