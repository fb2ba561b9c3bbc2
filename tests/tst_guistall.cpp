// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/SandboxFixture.h"

#include <OptionsPage.h>
#include <PageId.h>
#include <RunPage.h>
#include <WizardSession.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetManifest.h>
#include <run/Scenario.h>
#include <scenarios/ScenarioRegistry.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <QWizard>

#include <algorithm>
#include <functional>
#include <memory>

#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {
constexpr int setCount = 200;
constexpr qint64 stallLimitMs = 50;
constexpr int measuredRounds = 3; // after one round that warms up what is made only once

// The longest time the event loop went without a turn while it watched: a
// 1 ms timer cannot fire while the GUI thread is busy, so the largest gap
// between two of its ticks is the longest stall a person would have seen.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }
    void start()
    {
        m_sinceTick.start();
        m_tick.start();
    }
    // What comes after is not the pages' work.
    void stop()
    {
        if (!m_tick.isActive())
            return;
        m_longest = std::max(m_longest, m_sinceTick.elapsed());
        m_tick.stop();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Turns the event loop until `done` says so, or for `timeoutMs`; says
// whether it is done. Unlike QTRY_* and qWait(), which sleep between their
// looks, a real event loop never keeps the StallWatch's timer from firing.
bool turnUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer look;
    look.setInterval(1);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return done();
}

void turnFor(int ms)
{
    turnUntil([] { return false; }, ms);
}

bool exposed(const QWidget &window)
{
    return turnUntil([&window] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 5000);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

// The wizard's pages on a backup root of 200 sets: opening a restore's
// options, pressing Next (which completes the options and picks the set)
// and starting the run never keep the window from answering for 50 ms.
// Reading manifests, building plans and writing the journal are disk work,
// and the GUI thread does none.
class TestGuiStall : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QString backupRoot() const { return m_sandbox->profile().backupRoot; }

    // One real set made by `lifeboat run`, then copies of it under older set
    // ids, as sets pile up over the months: the archives hard-linked, the
    // manifest (and its line in SHA256SUMS) rewritten with the copy's id and
    // time. The real set stays the newest, the one a restore picks.
    bool makeSets()
    {
        const CommandResult backup = m_sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), m_sandbox->path(QStringLiteral("cluster.json")),
             QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes")});
        if (backup.exitCode != 0) {
            qWarning() << backup.out << backup.err;
            return false;
        }
        const QString original = QDir(backupRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QFile manifestFile(QDir(backupRoot()).filePath(original + QStringLiteral("/manifest.json")));
        if (original.isEmpty() || !manifestFile.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QDateTime time = QDateTime::fromString(manifest.value(QLatin1String("time")).toString(), Qt::ISODate);
        const QString strategy = manifest.value(QLatin1String("strategy")).toString();
        for (int copy = 1; copy < setCount; ++copy) {
            const QDateTime copyTime = time.addSecs(-3600 * copy);
            const QString id = copyTime.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-")) + strategy;
            if (!copySet(QDir(backupRoot()).filePath(original), QDir(backupRoot()).filePath(id), manifest, id, copyTime))
                return false;
        }
        return true;
    }

    static bool copySet(const QString &source, const QString &target, QJsonObject manifest, const QString &id, const QDateTime &time)
    {
        manifest.insert(QStringLiteral("setId"), id);
        manifest.insert(QStringLiteral("label"), id);
        manifest.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODate));
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
        // Its summary says the same, as publishing writes it (the list reads it).
        const QByteArray summaryBytes = QJsonDocument(BackupSetManifest::summaryOf(manifest, {})).toJson();
        QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = QDir(source).relativeFilePath(file);
            const QString copy = target + u'/' + relative;
            if (!QDir().mkpath(QFileInfo(copy).path()))
                return false;
            if (relative != QLatin1String("manifest.json") && relative != QLatin1String("SHA256SUMS")
                && relative != QLatin1String("summary.json")) {
                if (::link(QFile::encodeName(file).constData(), QFile::encodeName(copy).constData()) != 0)
                    return false;
                continue;
            }
            QFile in(file);
            QFile out(copy);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                return false;
            QByteArray bytes = relative == QLatin1String("summary.json") ? summaryBytes : manifestBytes;
            if (relative == QLatin1String("SHA256SUMS")) {
                QList<QByteArray> lines = in.readAll().split('\n');
                for (QByteArray &line : lines) {
                    if (line.endsWith("  manifest.json"))
                        line = QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex() + "  manifest.json";
                    if (line.endsWith("  summary.json"))
                        line = QCryptographicHash::hash(summaryBytes, QCryptographicHash::Sha256).toHex() + "  summary.json";
                }
                bytes = lines.join('\n');
            }
            if (out.write(bytes) != bytes.size())
                return false;
        }
        return true;
    }

    // Runs `round` once to warm up (fonts, styles, the first widgets of each
    // kind), then `measuredRounds` times with a StallWatch, which the round
    // starts and stops around the pages' own work; returns the median of the
    // longest stalls, and each of them in `all`.
    static qint64 medianStall(const std::function<void(StallWatch &)> &round, QList<qint64> *all)
    {
        StallWatch warmUp;
        round(warmUp);
        for (int i = 0; i < measuredRounds && !QTest::currentTestFailed(); ++i) {
            StallWatch watch;
            round(watch);
            watch.stop();
            all->append(watch.longest());
        }
        return all->isEmpty() ? -1 : median(*all);
    }

    static QString report(const QList<qint64> &stalls)
    {
        QStringList texts;
        for (const qint64 stall : stalls)
            texts.append(QString::number(stall));
        return QStringLiteral("the longest stalls, in ms: %1").arg(texts.join(QStringLiteral(", ")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        m_sandbox = std::make_unique<SandboxFixture>(
            QStringList{QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->created(), qPrintable(m_sandbox->createResult().err));
        QCOMPARE(m_sandbox->sandbox(QStringLiteral("start")).exitCode, 0);
        QVERIFY(makeSets());
        // 200 sets to the catalog, each with its own time.
        const QList<BackupSetCatalog::Set> sets = BackupSetCatalog::list(backupRoot());
        QCOMPARE(sets.size(), setCount);
        QSet<QDateTime> times;
        for (const BackupSetCatalog::Set &set : sets)
            times.insert(set.time);
        QCOMPARE(times.size(), setCount);
    }

    // The Options page of restore-node: every set listed, then Next with
    // "Automatic", which picks the newest set that holds what the restore needs.
    void theOptionsPageNeverStalls()
    {
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("restore-node"));
        QVERIFY(scenario);
        QList<qint64> stalls;
        const qint64 stall = medianStall([&](StallWatch &watch) {
            QWizard wizard;
            WizardSession session;
            session.setProfile(m_sandbox->profile());
            session.setScenario(scenario);
            auto *options = new OptionsPage(&session);
            wizard.setPage(Page_Options, options);
            wizard.setPage(Page_Checks, new QWizardPage); // where Next leads
            wizard.setStartId(Page_Options);
            wizard.resize(900, 700);
            QSignalSpy loaded(options, &OptionsPage::setsLoaded);
            watch.start();
            turnFor(20); // a few ticks before the page's work starts
            wizard.show();
            QVERIFY(exposed(wizard));
            QVERIFY(turnUntil([&] { return loaded.count() == 1; }, 30000));
            auto *sets = qobject_cast<QTableWidget *>(options->editor(QStringLiteral("backup-set")));
            QVERIFY(sets);
            QCOMPARE(sets->rowCount(), setCount + 1); // "Automatic" and every set
            QVERIFY(!sets->selectedItems().isEmpty());
            QVERIFY(sets->selectedItems().first()->data(Qt::UserRole).toString().isEmpty()); // "Automatic"
            wizard.next();
            QVERIFY2(turnUntil([&] { return wizard.currentId() == int(Page_Checks); }, 30000), qPrintable(options->errorText()));
            turnFor(20); // the next page drawn
            watch.stop();
            QVERIFY(session.options().value(QStringLiteral("setDirectory")).toString().startsWith(backupRoot()));
        }, &stalls);
        QVERIFY2(stall >= 0 && stall < stallLimitMs, qPrintable(report(stalls)));
        qInfo().noquote() << report(stalls);
    }

    // The Run page of that restore, from its first showing until the run has
    // started on its worker thread (its first confirmation is declined).
    void theRunPageNeverStalls()
    {
        const Scenario *scenario = ScenarioRegistry::find(QStringLiteral("restore-node"));
        QVERIFY(scenario);
        QString error;
        const QVariantMap options = scenario->completeOptions(m_sandbox->profile(), {{QStringLiteral("node"), QStringLiteral("node2")}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> stalls;
        const qint64 stall = medianStall([&](StallWatch &watch) {
            QWizard wizard;
            WizardSession session;
            session.setProfile(m_sandbox->profile());
            session.setScenario(scenario);
            session.setOptions(options);
            auto *run = new RunPage(&session);
            wizard.setPage(Page_Run, run);
            wizard.setStartId(Page_Run);
            wizard.resize(900, 700);
            DialogAnswerer answerer(DialogAnswerer::Answer::Decline);
            QSignalSpy finished(run, &RunPage::runFinished);
            watch.start();
            turnFor(20);
            wizard.show();
            QVERIFY(exposed(wizard));
            QVERIFY(turnUntil([&] { return !session.runDirectory().isEmpty(); }, 30000));
            turnFor(20); // the run's first step under way
            watch.stop();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
            QCOMPARE(finished.first().first().value<Runner::Outcome>(), Runner::Outcome::Declined);
        }, &stalls);
        QVERIFY2(stall >= 0 && stall < stallLimitMs, qPrintable(report(stalls)));
        qInfo().noquote() << report(stalls);
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"
