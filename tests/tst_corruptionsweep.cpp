// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// The corruption sweep: random changes to a real backup set (SetMutation),
// each of which `lifeboat verify` must call damaged (exit 3) unless it left
// everything a restore reads byte for byte as it was. Every restore verifies
// its set before the first destructive step, so what verify catches, no
// restore acts on. The default suite runs 40 changes with a fixed seed;
// benchmarks/corruption-sweep.sh runs 1,000 with a seed of its choosing
// (LIFEBOAT_SWEEP_COUNT, LIFEBOAT_SWEEP_SEED) and prints the rate.

#include <support/SandboxFixture.h>
#include <support/SetMutation.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

class TestCorruptionSweep : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_work;
    QString m_set;      // the set's folder in the backup root
    QString m_pristine; // a copy of it as the backup wrote it

    static bool copyFiles(const QString &from, const QString &to)
    {
        QDir(to).removeRecursively();
        if (!QDir().mkpath(to))
            return false;
        for (const QString &name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
            if (!QFile::copy(from + u'/' + name, to + u'/' + name))
                return false;
        }
        return true;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

    // Whether every file a restore reads (all but the last verification's
    // record) is as the backup wrote it.
    bool restoreReadsThePristineSet() const
    {
        const QStringList now = QDir(m_set).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        const QStringList before = QDir(m_pristine).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QStringList names = now + before;
        names.removeDuplicates();
        for (const QString &name : names) {
            if (name == QLatin1String("verification.json"))
                continue;
            if (contents(m_set + u'/' + name) != contents(m_pristine + u'/' + name))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        const CommandResult backup = m_sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->profile().filePath, QStringLiteral("--scenario"),
             QStringLiteral("backup-offline"), QStringLiteral("--yes")});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        const QDir root(m_sandbox->profile().backupRoot);
        const QStringList sets = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sets.size(), 1);
        m_set = root.filePath(sets.first());
        m_pristine = m_work.filePath(QStringLiteral("pristine"));
        QVERIFY(copyFiles(m_set, m_pristine));
        const CommandResult verify = m_sandbox->runner().lifeboat({QStringLiteral("verify"), m_set});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    void everyHarmfulChangeIsCaughtByVerify()
    {
        const int count = qEnvironmentVariableIsSet("LIFEBOAT_SWEEP_COUNT") ? qEnvironmentVariableIntValue("LIFEBOAT_SWEEP_COUNT") : 40;
        const quint32 seed = qEnvironmentVariableIsSet("LIFEBOAT_SWEEP_SEED") ? quint32(qEnvironmentVariableIntValue("LIFEBOAT_SWEEP_SEED")) : 18u;
        QRandomGenerator random(seed);
        int detected = 0, harmless = 0;
        QStringList missed;
        for (int i = 0; i < count; ++i) {
            QVERIFY(copyFiles(m_pristine, m_set));
            const QString change = SetMutation::apply(m_set, random);
            QVERIFY2(!change.isEmpty(), "no change could be made");
            const CommandResult verify = m_sandbox->runner().lifeboat({QStringLiteral("verify"), m_set});
            if (verify.exitCode == 3) {
                ++detected;
            } else if (verify.exitCode == 0 && restoreReadsThePristineSet()) {
                ++harmless;
            } else {
                missed.append(QStringLiteral("%1: %2 -> verify exit %3: %4")
                                  .arg(i)
                                  .arg(change)
                                  .arg(verify.exitCode)
                                  .arg((verify.out + verify.err).trimmed().right(300)));
            }
        }
        QVERIFY(copyFiles(m_pristine, m_set));
        const int harmful = count - harmless;
        qInfo("corruption sweep (seed %u): %d changes, %d harmful, %d detected by verify (%.1f %%), %d harmless, %lld missed",
              seed, count, harmful, detected, harmful ? 100.0 * detected / harmful : 100.0, harmless, qint64(missed.size()));
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCorruptionSweep)
#include "tst_corruptionsweep.moc"
