// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/SandboxFixture.h"
#include "support/SetMutation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cluster/NodeController.h>
#include <restore/RestoredTree.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Issue 18, point 1: anyone who can write to the backup store can change a
// set and rewrite SHA256SUMS to match; only a signature tells. Signing is
// OpenSSH's own (ssh-keygen -Y), with real keys: the sandbox's profile signs
// each set and requires sets signed by its allowed signer. Each test changes
// a copy of the signed set as an attacker would and shows that `lifeboat
// verify` calls it damaged (exit 3) and that a restore refuses it (exit 2)
// with node2's repository unchanged and every node running.
class TestSetSignature : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keys;
    QTemporaryDir m_runs;
    QTemporaryDir m_copies;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_set;
    QString m_backupOutput;

    QString key(const QString &name) const { return m_keys.filePath(name); }
    QString allowedSigners() const { return m_keys.filePath(QStringLiteral("allowed_signers")); }

    void makeKey(const QString &name, const QString &comment, const QString &passphrase = {})
    {
        const CommandResult made = m_sandbox->runner().run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                passphrase, QStringLiteral("-C"), comment, QStringLiteral("-f"), key(name) });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    // cluster.json with `signing`, written as `name` beside it.
    QString profileWithSigning(const QString &name, const QJsonObject &signing)
    {
        QFile original(m_sandbox->path(QStringLiteral("cluster.json")));
        if (!original.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        json.insert(QStringLiteral("signing"), signing);
        QFile file(m_sandbox->path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(json).toJson());
        return file.fileName();
    }

    CommandResult run(const QString &profile, const QString &scenario, const QStringList &options = {})
    {
        return m_sandbox->runner().lifeboat(QStringList{ QStringLiteral("run"), QStringLiteral("--profile"), profile,
                                                QStringLiteral("--scenario"), scenario, QStringLiteral("--report-dir"),
                                                m_runs.path(), QStringLiteral("--yes") }
            + options);
    }

    CommandResult verify(const QString &set)
    {
        return m_sandbox->runner().lifeboat(
            { QStringLiteral("verify"), QStringLiteral("--allowed-signers"), allowedSigners(), set });
    }

    QString copyOfSet(const QString &suffix)
    {
        const QString copy = m_copies.filePath(m_set + u'-' + suffix);
        m_sandbox->runner().run(QStringLiteral("cp"),
            { QStringLiteral("-a"), QDir(m_sandbox->profile().backupRoot).filePath(m_set), copy });
        return copy;
    }

    RestoredTree::Digests node2() const
    {
        return RestoredTree::without(RestoredTree::actual(m_sandbox->node(QStringLiteral("node2")).repository),
            { QStringLiteral(".lock"), QStringLiteral("logs/") });
    }

    bool allRunning() const
    {
        const auto statuses = NodeController(m_sandbox->profile()).statusOfAll();
        return std::all_of(statuses.begin(), statuses.end(), [](const NodeStatus &status) { return status.running; });
    }

    void expectDamaged(const QString &set, const QString &message)
    {
        const CommandResult verified = verify(set);
        QVERIFY2(verified.exitCode == 3, qPrintable(QString::number(verified.exitCode) + u'\n' + verified.out + verified.err));
        QVERIFY2(verified.out.contains(message), qPrintable(verified.out + verified.err));
    }

    void expectRestoreRefused(const QString &set, const QString &message)
    {
        const RestoredTree::Digests before = node2();
        QVERIFY(before.size() > 10);
        const CommandResult result = run(m_sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("restore-node"),
            { QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--backup-set"), set });
        QVERIFY2(result.exitCode == 2, qPrintable(QString::number(result.exitCode) + u'\n' + result.out + result.err));
        QVERIFY2((result.out + result.err).contains(message), qPrintable(result.out + result.err));
        QVERIFY(allRunning());
        QCOMPARE(node2(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid() && m_runs.isValid() && m_copies.isValid());
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{ QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0") });
        QVERIFY(m_sandbox->created());
        makeKey(QStringLiteral("signer"), QStringLiteral("backups@lab"));
        makeKey(QStringLiteral("stranger"), QStringLiteral("someone@else"));
        makeKey(QStringLiteral("locked"), QStringLiteral("backups@lab"), QStringLiteral("a passphrase"));
        QFile publicKey(key(QStringLiteral("signer.pub")));
        QVERIFY(publicKey.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = publicKey.readAll().split(' ');
        QFile allowed(allowedSigners());
        QVERIFY(allowed.open(QIODevice::WriteOnly));
        allowed.write("backups@lab " + fields.value(0) + ' ' + fields.value(1) + '\n');
        allowed.close();
        const QString profile = profileWithSigning(QStringLiteral("cluster.json"),
            { { QStringLiteral("key"), key(QStringLiteral("signer")) },
                { QStringLiteral("allowedSigners"), allowedSigners() }, { QStringLiteral("required"), true } });
        QVERIFY(!profile.isEmpty());
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        const CommandResult backup = run(profile, QStringLiteral("backup-offline"));
        m_backupOutput = backup.out + backup.err;
        QVERIFY2(backup.exitCode == 0, qPrintable(m_backupOutput));
        m_set = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QVERIFY(!m_set.isEmpty());
    }

    // The backup signs SHA256SUMS, and the signature checks by hand with
    // ssh-keygen alone, as docs/profile.md shows.
    void theBackupSignsTheSetAndSshKeygenChecksItByHand()
    {
        const QString set = QDir(m_sandbox->profile().backupRoot).filePath(m_set);
        QVERIFY(QFileInfo(QDir(set).filePath(QStringLiteral("SHA256SUMS.sig"))).isFile());
        // The publish step says so in the run's report.
        const qsizetype at = m_backupOutput.lastIndexOf(QLatin1String("Report: "));
        QVERIFY(at >= 0);
        QFile report(QFileInfo(m_backupOutput.mid(at + 8).section(u'\n', 0, 0).trimmed()).dir().filePath(QStringLiteral("report.json")));
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
        QVERIFY(report.readAll().contains("The set is signed by backups@lab (ED25519 key SHA256:"));
        const CommandResult byHand = m_sandbox->runner().run(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("cd '%1' && ssh-keygen -Y verify -f '%2' -I backups@lab -n lifeboat-backup-set "
                               "-s SHA256SUMS.sig < SHA256SUMS && sha256sum -c SHA256SUMS")
                    .arg(set, allowedSigners()) });
        QVERIFY2(byHand.exitCode == 0, qPrintable(byHand.out + byHand.err));
    }

    void verifySaysWhoSignedTheSet()
    {
        const CommandResult byProfile = m_sandbox->runner().lifeboat(
            { QStringLiteral("verify"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")), m_set });
        QVERIFY2(byProfile.exitCode == 0, qPrintable(byProfile.out + byProfile.err));
        QVERIFY2(byProfile.out.contains(QStringLiteral("Signature: signed by backups@lab (ED25519 key SHA256:")),
            qPrintable(byProfile.out));
        QFile record(QDir(QDir(m_sandbox->profile().backupRoot).filePath(m_set)).filePath(QStringLiteral("verification.json")));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(record.readAll())
                    .object()
                    .value(QLatin1String("signature"))
                    .toString()
                    .startsWith(QLatin1String("signed by backups@lab")));
        // And the list of sets says so to scripts.
        const CommandResult listed = m_sandbox->runner().lifeboat({ QStringLiteral("backups"), QStringLiteral("--profile"),
            m_sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(listed.out.toUtf8())
                    .array()
                    .first()
                    .toObject()
                    .value(QLatin1String("verification"))
                    .toObject()
                    .value(QLatin1String("signature"))
                    .toString()
                    .startsWith(QLatin1String("signed by backups@lab")));
        // Without allowed signers, the signature is checked to match, and
        // said not to be checked against anyone.
        const CommandResult alone
            = m_sandbox->runner().lifeboat({ QStringLiteral("verify"), QDir(m_sandbox->profile().backupRoot).filePath(m_set) });
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.out + alone.err));
        QVERIFY2(alone.out.contains(QStringLiteral("a key not checked against any allowed signers")), qPrintable(alone.out));
    }

    // The attack that SHA256SUMS alone cannot stop: the manifest changed and
    // every checksum recomputed.
    void aSetRewrittenWithNewChecksumsIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("rewritten"));
        QFile manifest(QDir(set).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        json.insert(QStringLiteral("label"), QStringLiteral("changed after it was signed"));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(QJsonDocument(json).toJson());
        manifest.close();
        QVERIFY(SetMutation::recomputeChecksums(set));
        const CommandResult checksums = m_sandbox->runner().run(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("cd '%1' && sha256sum -c SHA256SUMS").arg(set) });
        QVERIFY2(checksums.exitCode == 0, qPrintable(checksums.out + checksums.err));
        expectDamaged(set, QStringLiteral("SHA256SUMS.sig: signature is bad: it does not match SHA256SUMS"));
        expectRestoreRefused(set, QStringLiteral("signature is bad"));
    }

    void aSetSignedByAStrangerIsRefused()
    {
        const QString set = copyOfSet(QStringLiteral("stranger"));
        QVERIFY(QFile::remove(QDir(set).filePath(QStringLiteral("SHA256SUMS.sig"))));
        const CommandResult signed_ = m_sandbox->runner().run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), key(QStringLiteral("stranger")),
                QStringLiteral("-n"), QStringLiteral("lifeboat-backup-set"), QDir(set).filePath(QStringLiteral("SHA256SUMS")) });
        QVERIFY2(signed_.exitCode == 0, qPrintable(signed_.err));
        expectDamaged(set, QStringLiteral("signature is bad: it was made with a key that %1 does not allow").arg(allowedSigners()));
        expectRestoreRefused(set, QStringLiteral("does not allow"));
    }

    void anUnsignedSetIsRefusedWhereSignaturesAreRequired()
    {
        const QString set = copyOfSet(QStringLiteral("unsigned"));
        QVERIFY(QFile::remove(QDir(set).filePath(QStringLiteral("SHA256SUMS.sig"))));
        // Without a profile that requires signatures it is intact, and says so.
        const CommandResult verified = verify(set);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("Signature: unsigned.")), qPrintable(verified.out));
        expectRestoreRefused(set, QStringLiteral("The set is unsigned, and the profile requires sets signed by an allowed signer."));
    }

    // Lifeboat never asks for a passphrase: a key that needs one fails the
    // checks at once, before anything changes, instead of hanging the backup
    // or failing its publish hours later.
    void aKeyThatNeedsAPassphraseStopsTheBackupBeforeItStarts()
    {
        const QString profile = profileWithSigning(QStringLiteral("cluster-locked.json"),
            { { QStringLiteral("key"), key(QStringLiteral("locked")) }, { QStringLiteral("allowedSigners"), allowedSigners() } });
        QVERIFY(!profile.isEmpty());
        const QStringList setsBefore = QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QElapsedTimer timer;
        timer.start();
        const CommandResult backup = run(profile, QStringLiteral("backup-offline"));
        QVERIFY2(backup.exitCode == 2, qPrintable(QString::number(backup.exitCode) + u'\n' + backup.out + backup.err));
        QVERIFY2((backup.out + backup.err).contains(QStringLiteral("cannot sign without help")), qPrintable(backup.out + backup.err));
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(QDir(m_sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), setsBefore);
        QVERIFY(allRunning());
    }

    // Signatures required with nobody allowed to sign: the profile does not load.
    void requiringSignaturesWithoutAllowedSignersIsAProfileProblem()
    {
        const QString profile = profileWithSigning(QStringLiteral("cluster-nobody.json"),
            { { QStringLiteral("key"), key(QStringLiteral("signer")) }, { QStringLiteral("required"), true } });
        const CommandResult checked = m_sandbox->runner().lifeboat({ QStringLiteral("profile"), QStringLiteral("check"), profile });
        QVERIFY2(checked.exitCode != 0, qPrintable(checked.out + checked.err));
        QVERIFY2((checked.out + checked.err).contains(QStringLiteral("signing.allowedSigners")), qPrintable(checked.out + checked.err));
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->sandbox(QStringLiteral("stop"));
    }
};

QTEST_GUILESS_MAIN(TestSetSignature)

#include "tst_setsignature.moc"
