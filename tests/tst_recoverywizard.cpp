// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DialogAnswerer.h"
#include "support/RestoreChecks.h"
#include "support/SandboxFixture.h"

#include <ChecksPage.h>
#include <ClusterPage.h>
#include <support/DataPaths.h>
#include <LifeboatWizard.h>
#include <cluster/NodeController.h>
#include <cluster/RepositoryLock.h>
#include <OptionsPage.h>
#include <PageId.h>
#include <PlanPage.h>
#include <RunPage.h>
#include <ScenarioPage.h>
#include <SummaryPage.h>
#include <TopologyView.h>
#include <WelcomePage.h>
#include <WizardSession.h>
#include <restore/RestoredTree.h>
#include <backup/BackupSetManifest.h>
#include <run/RunRecord.h>
#include <run/Scenario.h>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThreadPool>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <cmath>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// Holds every thread of Qt Concurrent's pool while it lives: what a page
// starts on a worker thread waits, as when a host answers slowly.
class WorkersHeld
{
public:
    WorkersHeld()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        auto holding = std::make_shared<QSemaphore>();
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([holding, letGo = m_letGo] {
                holding->release();
                letGo->acquire();
            });
        holding->acquire(m_threads);
    }
    ~WorkersHeld() { m_letGo->release(m_threads); }
    Q_DISABLE_COPY_MOVE(WorkersHeld)

private:
    int m_threads;
    // Shared with the held threads, which wake after this is gone.
    std::shared_ptr<QSemaphore> m_letGo = std::make_shared<QSemaphore>();
};

// The whole wizard, Welcome to Summary, on a real sandbox: each recovery
// scenario with the scenario recommended from what the nodes show, the backup
// set picked from the catalog and the confirmations answered (manual steps
// ticked off); a rehearsal; a restore rolled back from the Welcome page's
// offer; an interrupted run picked up again; a backup driven with the keyboard
// alone; and the pages under a dark palette.
class TestRecoveryWizard : public QObject
{
    Q_OBJECT

private:
    static QStringList sandboxOptions()
    {
        return {QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")};
    }

    static QString labels(const QWidget *page)
    {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    }

    // Every file below `root` with its contents' digest: equal only when nothing changed.
    static QByteArray treeDigest(const QString &root)
    {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &path : std::as_const(files)) {
            if (path.endsWith(QLatin1String("/.lock")) || path.contains(QLatin1String("/logs/")))
                continue; // a running node's own bookkeeping
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            hash.addData(path.toUtf8());
            hash.addData(file.readAll());
        }
        return hash.result().toHex();
    }

    // Every node's files (its lock and logs aside), the GDS and the forms database.
    static QByteArray clusterDigest(const SandboxFixture &sandbox)
    {
        QByteArray digests;
        for (const NodeProfile &node : sandbox.profile().nodes)
            digests += treeDigest(node.repository);
        return digests + treeDigest(sandbox.profile().gds) + documents(sandbox).toUtf8();
    }

    // A new wizard's Welcome page, once its search for interrupted runs is
    // done, offers none.
    static void verifyNothingOffered()
    {
        LifeboatWizard later;
        auto *welcome = qobject_cast<WelcomePage *>(later.page(Page_Welcome));
        QSignalSpy found(welcome, &WelcomePage::offersFound);
        later.show();
        // The search may finish while show() runs, before a wait() would start.
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, 10000);
        QVERIFY(welcome->offers().isEmpty());
    }

    // A running sandbox with one set made by `strategy`, named in `setId`.
    static std::unique_ptr<SandboxFixture> sandboxWithABackup(const QString &strategy, QString *setId)
    {
        auto sandbox = std::make_unique<SandboxFixture>(sandboxOptions());
        if (!sandbox->created() || sandbox->sandbox(QStringLiteral("start")).exitCode != 0)
            return {};
        const CommandResult backup = sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox->path(QStringLiteral("cluster.json")),
             QStringLiteral("--scenario"), strategy, QStringLiteral("--yes")});
        if (backup.exitCode != 0) {
            qWarning() << backup.out << backup.err;
            return {};
        }
        *setId = QDir(sandbox->profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        return sandbox;
    }

    static bool breakSandbox(const SandboxFixture &sandbox, const QString &fault, const QString &node = {})
    {
        QStringList arguments{QStringLiteral("--fault"), fault};
        if (!node.isEmpty())
            arguments << QStringLiteral("--node") << node;
        const CommandResult broken = sandbox.sandbox(QStringLiteral("break"), arguments);
        if (broken.exitCode != 0)
            qWarning() << broken.out << broken.err;
        return broken.exitCode == 0;
    }

    static std::unique_ptr<SandboxFixture> brokenSandboxWithABackup()
    {
        QString set;
        auto sandbox = sandboxWithABackup(QStringLiteral("backup-offline"), &set);
        if (!sandbox || !breakSandbox(*sandbox, QStringLiteral("corrupt-repository"), QStringLiteral("node2")))
            return {};
        return sandbox;
    }

    // Welcome (choosing `task`) → Cluster (the sandbox's profile); returns
    // with the Scenario page showing.
    static void walkToTheScenarios(LifeboatWizard &wizard, const SandboxFixture &sandbox, TaskChoice task)
    {
        wizard.session()->setProfile(sandbox.profile());
        wizard.resize(900, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
        QVERIFY(welcome);
        welcome->findChildren<QRadioButton *>().at(int(task))->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Cluster));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Scenario));
    }

    // Scenario page: waits for the recommendation of `recommended` (when one
    // is expected), chooses `id` and goes on to the Options page.
    static void chooseScenario(LifeboatWizard &wizard, const QString &id, const QString &recommended = {})
    {
        auto *page = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QVERIFY(page);
        if (!recommended.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(page->recommendedScenario(), recommended, 15000);
            QVERIFY(wizard.session()->scenario());
            QCOMPARE(wizard.session()->scenario()->id(), recommended); // chosen for the person in an outage
        }
        auto *choice = page->findChild<QRadioButton *>(id);
        QVERIFY2(choice, qPrintable(id));
        choice->click();
        QCOMPARE(wizard.session()->scenario()->id(), id);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Options));
    }

    // Options page: picks the set `setId` from the catalog.
    static void chooseSet(LifeboatWizard &wizard, const QString &setId)
    {
        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        auto *sets = qobject_cast<QTableWidget *>(options->editor(QStringLiteral("backup-set")));
        QVERIFY(sets);
        const auto rowOf = [sets, setId] {
            for (int row = 0; row < sets->rowCount(); ++row) {
                if (sets->item(row, 0)->data(Qt::UserRole).toString() == setId)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(rowOf() >= 0);
        sets->selectRow(rowOf());
    }

    // Options → Checks (warnings accepted) → Plan; returns with the Run page showing.
    static void confirmToTheRun(LifeboatWizard &wizard)
    {
        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        wizard.next(); // the options are completed on a worker thread, then the page goes on
        QTRY_VERIFY2(wizard.currentId() == int(Page_Checks), qPrintable(options->errorText()));
        passChecksAndPlan(wizard);
    }

    static void passChecksAndPlan(LifeboatWizard &wizard)
    {
        auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
        QVERIFY(checks);
        QTRY_VERIFY_WITH_TIMEOUT(!checks->isRunning() && !checks->results().isEmpty(), 30000);
        if (checks->acceptWarningsBox()->isVisible())
            checks->acceptWarningsBox()->setChecked(true);
        QVERIFY2(checks->isComplete(), qPrintable(labels(checks)));
        wizard.next();

        auto *plan = qobject_cast<PlanPage *>(wizard.currentPage());
        QVERIFY(plan);
        QTRY_VERIFY_WITH_TIMEOUT(plan->isComplete(), 30000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Run));
    }

    // The run's outcome. A short plan may end before the test looks: a run
    // already complete is read from its runner (runFinished was emitted on
    // this thread, before the spy existed).
    static std::optional<Runner::Outcome> outcomeOf(RunPage *run, int timeoutMs)
    {
        QSignalSpy finished(run, &RunPage::runFinished);
        if (run->isComplete() && run->runner())
            return run->runner()->outcome();
        if (!finished.wait(timeoutMs))
            return std::nullopt;
        return finished.first().first().value<Runner::Outcome>();
    }

    // Run → Summary: the run ends with `expected`, and the Summary says so.
    static void runToTheSummary(LifeboatWizard &wizard, Runner::Outcome expected = Runner::Outcome::Succeeded)
    {
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        QVERIFY(run);
        const std::optional<Runner::Outcome> outcome = outcomeOf(run, 180000);
        QVERIFY(outcome);
        QCOMPARE(*outcome, expected);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Summary));
        auto *summary = qobject_cast<SummaryPage *>(wizard.currentPage());
        QVERIFY(summary);
        QTRY_VERIFY(!summary->isLoading()); // the journal is read on a worker thread
        if (expected == Runner::Outcome::Succeeded)
            QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("Every step succeeded.")), qPrintable(labels(wizard.currentPage())));
    }

    static void verifyAnswered(const DialogAnswerer &answerer)
    {
        QVERIFY(!answerer.asked().isEmpty());
        QVERIFY2(answerer.problems().isEmpty(), qPrintable(answerer.problems().join(u'\n')));
    }

    // The restore-node walk: node2 recommended, its repository to restore,
    // the offline set picked; returns with the Run page showing.
    static void walkToTheRun(LifeboatWizard &wizard, const SandboxFixture &sandbox)
    {
        walkToTheScenarios(wizard, sandbox, TaskChoice::Recover);
        if (QTest::currentTestFailed())
            return;
        auto *scenario = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QVERIFY(scenario->listedScenarios().contains(QStringLiteral("restore-node")));
        QVERIFY(scenario->listedScenarios().contains(QStringLiteral("recover-publish-node")));
        QTRY_COMPARE_WITH_TIMEOUT(scenario->recommendedScenario(), QStringLiteral("restore-node"), 15000);
        QVERIFY2(scenario->recommendation().contains(QStringLiteral("node2 reports repository unsync")), qPrintable(scenario->recommendation()));
        QTRY_VERIFY(scenario->isComplete());
        QCOMPARE(wizard.session()->scenario()->id(), QStringLiteral("restore-node"));
        wizard.next();

        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        auto *sets = qobject_cast<QTableWidget *>(options->editor(QStringLiteral("backup-set")));
        QVERIFY(sets);
        QTRY_VERIFY(sets->rowCount() == 2); // automatic, and the offline set
        QCOMPARE(sets->item(1, 1)->text(), QStringLiteral("backup-offline"));
        sets->selectRow(1);
        auto *node = qobject_cast<QComboBox *>(options->editor(QStringLiteral("node")));
        QVERIFY(node);
        QCOMPARE(node->currentText(), QStringLiteral("node2"));
        for (int i = 0; i < node->count(); ++i)
            QVERIFY(sandbox.profile().node(node->itemText(i))->isAuthor());
        auto *repository = qobject_cast<QCheckBox *>(options->editor(QStringLiteral("repository")));
        QVERIFY(repository);
        QTRY_VERIFY(repository->isChecked());
        QVERIFY(repository->text().contains(QStringLiteral("repository unsync")));
        wizard.next(); // the options are completed on a worker thread, then the page goes on
        QTRY_VERIFY2(wizard.currentId() == int(Page_Checks), qPrintable(options->errorText()));
        QCOMPARE(wizard.session()->options().value(QStringLiteral("node")).toString(), QStringLiteral("node2"));
        QCOMPARE(wizard.session()->options().value(QStringLiteral("repository")).toBool(), true);
        QCOMPARE(wizard.session()->options().value(QStringLiteral("backup-set")).toString(), sets->item(1, 0)->data(Qt::UserRole).toString());
        passChecksAndPlan(wizard);
    }

    // What a screen reader says for `widget`.
    static QString accessibleName(QWidget *widget)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
    }

    static QString describe(const QWidget *widget)
    {
        return QStringLiteral("%1 '%2' in %3").arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                                                   QLatin1String(widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "nothing"));
    }

    // Each control a person can reach in `window` has a name a screen reader can say.
    static QStringList unnamedControls(QWidget *window)
    {
        QStringList unnamed;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->isEnabled() && widget->focusPolicy() != Qt::NoFocus && accessibleName(widget).isEmpty())
                unnamed.append(describe(widget));
        }
        return unnamed;
    }

    // Tab once round `window`: where the focus lands, in order. Each stop
    // must be a visible, enabled control of the window with a name.
    static QList<QWidget *> tabRound(QWidget *window, QStringList *problems)
    {
        QList<QWidget *> stops;
        QWidget *first = QApplication::focusWidget();
        if (!first || first->window() != window) {
            problems->append(QStringLiteral("the focus is not in the window"));
            return stops;
        }
        for (int i = 0; i < 200; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!stops.contains(focus)) {
                stops.append(focus);
                if (focus->window() != window || !focus->isVisible() || !focus->isEnabled())
                    problems->append(QStringLiteral("the focus went to %1").arg(describe(focus)));
                else if (accessibleName(focus).isEmpty())
                    problems->append(QStringLiteral("%1 has no accessible name").arg(describe(focus)));
            }
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                return stops;
        }
        problems->append(QStringLiteral("Tab never came back to %1").arg(describe(first)));
        return stops;
    }

    // Keys go where a keyboard sends them: to the widget with the focus.
    static void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, key, modifiers);
    }

    // Tabs until a widget that `wanted` accepts has the focus.
    template<typename Predicate>
    static bool tabTo(QWidget *window, Predicate wanted)
    {
        for (int i = 0; i < 100; ++i) {
            if (QApplication::focusWidget() && wanted(QApplication::focusWidget()))
                return true;
            press(window, Qt::Key_Tab);
        }
        return false;
    }

    // With the focus on one radio button of `choices`, selects `wanted` with
    // Space and the arrow keys, as a keyboard user does.
    static void selectWithArrows(QWidget *window, const QList<QRadioButton *> &choices, QRadioButton *wanted)
    {
        auto *focused = qobject_cast<QRadioButton *>(QApplication::focusWidget());
        QVERIFY(focused && choices.contains(focused));
        if (!focused->isChecked())
            press(window, Qt::Key_Space);
        QVERIFY(focused->isChecked());
        const qsizetype from = choices.indexOf(focused);
        const qsizetype to = choices.indexOf(wanted);
        for (qsizetype i = from; i != to; i += to > from ? 1 : -1)
            press(window, to > from ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), wanted);
        QVERIFY(wanted->isChecked());
    }

    // Alt+letter shortcuts that two shown controls share: Qt then moves the
    // focus between them instead of acting.
    static QStringList sharedMnemonics(QWidget *window)
    {
        QMultiHash<QKeySequence, QString> owners;
        const auto add = [&owners](const QString &text) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (!mnemonic.isEmpty())
                owners.insert(mnemonic, QString(text).remove(u'&'));
        };
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                add(button->text());
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                add(label->text());
        }
        QStringList shared;
        for (const QKeySequence &key : owners.uniqueKeys()) {
            if (owners.count(key) > 1)
                shared.append(QStringLiteral("%1 is %2").arg(key.toString(), QStringList(owners.values(key)).join(QStringLiteral(" and "))));
        }
        return shared;
    }

    // A page as a keyboard user meets it: each control named and with an
    // Alt+letter of its own, Tab going round the controls of the window and
    // back to where it started.
    static void verifyKeyboardAccess(LifeboatWizard &wizard)
    {
        QStringList problems = unnamedControls(&wizard) + sharedMnemonics(&wizard);
        QWidget *start = QApplication::focusWidget();
        tabRound(&wizard, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(wizard.currentId()) + problems.join(QStringLiteral("; "))));
        QCOMPARE(QApplication::focusWidget(), start);
    }

    // WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &color) {
            const auto linear = [](double channel) {
                return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // The weakest contrast between text and what is behind it in `image` (a
    // label's own text on the window), cell by cell: a cell's background is
    // its most common colour, its text the pixel that stands out most. Cells
    // with nothing drawn on them are skipped.
    static double weakestTextContrast(const QImage &image, QPoint *where = nullptr)
    {
        const int cell = std::min({20, image.height(), image.width()});
        double weakest = 21;
        for (int y0 = 0; y0 + cell <= image.height(); y0 += std::max(1, cell / 2)) {
            for (int x0 = 0; x0 + cell <= image.width(); x0 += std::max(1, cell / 2)) {
                const double strongest = textContrast(image.copy(x0, y0, cell, cell));
                if (strongest > 1 && strongest < weakest) {
                    weakest = strongest;
                    if (where)
                        *where = QPoint(x0, y0);
                }
            }
        }
        return weakest;
    }

    // How much the text in `image` stands out from its most common colour;
    // 1 when nothing is drawn (a stray anti-aliased pixel is not text).
    static double textContrast(const QImage &image, QRgb *background = nullptr)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        QRgb most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(most))
                most = it.key();
        }
        double strongest = 1;
        int drawn = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double ratio = contrast(QColor(it.key()), QColor(most));
            strongest = std::max(strongest, ratio);
            drawn += ratio > 1.5 ? it.value() : 0;
        }
        if (background)
            *background = most;
        return drawn >= 12 ? strongest : 1;
    }

    // The contrast of the text inside the one box `view` draws, against the
    // box's fill: inside the box, away from its anti-aliased border.
    static double boxTextContrast(const QImage &image, QColor *fill)
    {
        const QRgb window = image.pixel(0, 0);
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        counts.remove(window);
        QRgb boxColor = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(boxColor))
                boxColor = it.key();
        }
        QRect box;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) == boxColor)
                    box |= QRect(x, y, 1, 1);
        *fill = QColor(boxColor);
        return textContrast(image.copy(box.adjusted(4, 4, -4, -4)));
    }

    // A dark theme's colours, as a desktop hands them to Qt.
    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
        dark.setColor(QPalette::Mid, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        return dark;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recoverywizard"));
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
    }

    void init()
    {
        QSettings().clear();
        QDir(DataPaths::runsDirectory()).removeRecursively();
    }

    void restoresACorruptNodeFromWelcomeToSummary()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        walkToTheRun(wizard, *sandbox);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        verifyAnswered(answerer);
        // What is left: purge the quarantine once the cluster works, with the exact command.
        QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("lifeboat quarantine purge --profile %1 --run %2")
                                                           .arg(sandbox->path(QStringLiteral("cluster.json")),
                                                                QFileInfo(wizard.session()->runDirectory()).fileName())),
                 qPrintable(labels(wizard.currentPage())));

        const NodeStatus node2 = NodeController(sandbox->profile()).status(sandbox->node(QStringLiteral("node2")));
        QVERIFY(node2.running);
        QVERIFY(!node2.repositoryUnsync);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        // The choices are remembered for next time.
        LifeboatWizard again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.currentPage()->findChildren<QRadioButton *>().at(int(TaskChoice::Recover))->isChecked());
    }

    // Reading a node's error.log takes a while (seconds over ssh). Next
    // pressed before it answers leaves the choice to the engine, which reads
    // the same state; it used to give "not needed" with no reason, and once
    // the options were complete before the reading (a drill test, now and
    // then) node3 was restored without the repository it needed. A box the
    // person ticks meanwhile stays as they chose.
    void nextBeforeTheNodeIsReadFollowsWhatTheNodeShows()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        LifeboatWizard wizard;
        walkToTheScenarios(wizard, *sandbox, TaskChoice::Recover);
        if (QTest::currentTestFailed())
            return;
        auto *scenario = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(scenario->recommendedScenario(), QStringLiteral("restore-node"), 15000);
        QTRY_VERIFY(scenario->isComplete());
        // Every worker thread held: the reading waits, as on a slow link.
        auto hold = std::make_unique<WorkersHeld>();
        wizard.next();
        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QVERIFY(options);
        auto *node = qobject_cast<QComboBox *>(options->editor(QStringLiteral("node")));
        auto *repository = qobject_cast<QCheckBox *>(options->editor(QStringLiteral("repository")));
        QVERIFY(node && repository);
        QCOMPARE(node->currentText(), QStringLiteral("node2"));
        // No event was handled since the page was shown: still reading.
        QVERIFY(!options->givenOptions().contains(QStringLiteral("repository")));
        QVERIFY(!options->givenOptions().contains(QStringLiteral("repositoryReason")));
        QVERIFY2(repository->text().contains(QStringLiteral("reading")), qPrintable(repository->text()));
        wizard.next();
        hold.reset();
        QTRY_VERIFY2(wizard.currentId() == int(Page_Checks), qPrintable(options->errorText()));
        QCOMPARE(wizard.session()->options().value(QStringLiteral("repository")).toBool(), true);
        QVERIFY2(wizard.session()->options().value(QStringLiteral("repositoryReason")).toString().contains(QStringLiteral("repository unsync")),
                 qPrintable(wizard.session()->options().value(QStringLiteral("repositoryReason")).toString()));

        // node3 shows nothing wrong; the person ticks the box before that is read.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Page_Options));
        hold = std::make_unique<WorkersHeld>();
        node->setCurrentText(QStringLiteral("node3"));
        QVERIFY2(repository->text().contains(QStringLiteral("reading")), qPrintable(repository->text()));
        repository->setChecked(false);
        repository->click();
        QVERIFY(repository->isChecked());
        hold.reset();
        QTRY_VERIFY2(repository->text().contains(QStringLiteral("not needed")), qPrintable(repository->text()));
        QVERIFY(repository->isChecked());
        QCOMPARE(options->givenOptions().value(QStringLiteral("repositoryReason")).toString(), QStringLiteral("asked for in the wizard"));
    }

    void damagedSharedDataRecommendsRestoringTheCluster_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("lose-gds-files") << QStringLiteral("lose-gds-files");
        QTest::newRow("corrupt-database") << QStringLiteral("corrupt-database");
    }

    void damagedSharedDataRecommendsRestoringTheCluster()
    {
        QFETCH(QString, fault);
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("break"), {QStringLiteral("--fault"), fault}).exitCode, 0);
        QWizard wizard;
        WizardSession session;
        session.setTask(TaskChoice::Recover);
        session.setProfile(sandbox.profile());
        auto *page = new ScenarioPage(&session);
        wizard.setPage(Page_Scenario, page);
        wizard.setStartId(Page_Scenario);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(page->recommendedScenario(), QStringLiteral("restore-cluster"), 15000);
        QVERIFY2(page->recommendation().contains(fault == QLatin1String("corrupt-database") ? QStringLiteral("integrity check")
                                                                                             : QStringLiteral("missing from the GDS")),
                 qPrintable(page->recommendation()));
    }

    void aDeclinedConfirmationInARestoreChangesNothing()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        const QString node2 = QFileInfo(sandbox->node(QStringLiteral("node2")).repository).absolutePath();
        const QByteArray before = treeDigest(node2);
        const QByteArray gdsBefore = treeDigest(sandbox->profile().gds);
        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::Decline);
        walkToTheRun(wizard, *sandbox);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard, Runner::Outcome::Declined);
        QCOMPARE(answerer.asked().size(), 1);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("declined"));
        QCOMPARE(treeDigest(node2), before);
        QCOMPARE(treeDigest(sandbox->profile().gds), gdsBefore);
        QCOMPARE(sandbox->livingNodes().size(), 5);
    }

    void resumesAnInterruptedRunFromTheWelcomePage()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:3"));
        const CommandResult killed = sandbox.runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"),
             QStringLiteral("backup-offline"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), DataPaths::runsDirectory()});
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QCOMPARE(killed.exitCode, -1);
        const QStringList runs = QDir(DataPaths::runsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QString runDirectory = QDir(DataPaths::runsDirectory()).filePath(runs.first());
        QVERIFY(RunRecord::load(runDirectory).isInterrupted());

        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
        QTRY_COMPARE(welcome->offers().size(), 1);
        auto *resume = welcome->findChild<QPushButton *>(QStringLiteral("resume"));
        QVERIFY(resume && resume->isVisible());
        resume->click();
        QCOMPARE(wizard.currentId(), int(Page_Run));
        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        const std::optional<Runner::Outcome> outcome = outcomeOf(run, 120000);
        QVERIFY(outcome);
        QCOMPARE(*outcome, Runner::Outcome::Succeeded);
        QCOMPARE(wizard.session()->runDirectory(), runDirectory);
        const RunRecord record = RunRecord::load(runDirectory);
        QCOMPARE(record.result, QStringLiteral("succeeded"));
        QCOMPARE(record.resumes, 1);
        for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
            QVERIFY2(status.running, qPrintable(status.name));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Summary));

        // Finished: not offered again.
        verifyNothingOffered();
    }

    void anInterruptedRunCanBeSetAside()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("4"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("started:main:1"));
        sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                   QStringLiteral("--scenario"), QStringLiteral("backup-bootstrap"), QStringLiteral("--yes"),
                                   QStringLiteral("--report-dir"), DataPaths::runsDirectory()});
        {
            LifeboatWizard wizard;
            wizard.show();
            auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
            QTRY_COMPARE(welcome->offers().size(), 1);
            auto *aside = welcome->findChild<QPushButton *>(QStringLiteral("setAside"));
            QVERIFY(aside);
            aside->click();
            QTRY_VERIFY(!welcome->findChild<QGroupBox *>()->isVisible());
            QCOMPARE(wizard.currentId(), int(Page_Welcome));
        }
        verifyNothingOffered();
    }

    void restoresTheClusterAfterSharedDataDamage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("lose-gds-files") << QStringLiteral("lose-gds-files");
        QTest::newRow("corrupt-database") << QStringLiteral("corrupt-database");
    }

    void restoresTheClusterAfterSharedDataDamage()
    {
        QFETCH(QString, fault);
        QString setId;
        const auto sandbox = sandboxWithABackup(QStringLiteral("backup-offline"), &setId);
        QVERIFY(sandbox);
        const QString documentsBefore = documents(*sandbox);
        const QByteArray gdsBefore = treeDigest(sandbox->profile().gds);
        QVERIFY(breakSandbox(*sandbox, fault));
        QVERIFY(documents(*sandbox) != documentsBefore || treeDigest(sandbox->profile().gds) != gdsBefore);

        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        walkToTheScenarios(wizard, *sandbox, TaskChoice::Recover);
        chooseScenario(wizard, QStringLiteral("restore-cluster"), QStringLiteral("restore-cluster"));
        chooseSet(wizard, setId);
        confirmToTheRun(wizard);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        verifyAnswered(answerer);
        // An offline set: no backup mode to leave, so no reminder of it.
        QVERIFY(!labels(wizard.currentPage()).contains(QStringLiteral("leaveContinuousCoverage")));
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        const BackupSetManifest set = setManifest(*sandbox, setId);
        QStringList differences = gdsDifference(*sandbox, set);
        for (const QString &node : sandbox->profile().authorNames(true))
            differences += repositoryDifference(*sandbox, set, node);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        QCOMPARE(documents(*sandbox), documentsBefore);
        const QStringList problems = startProblems(*sandbox, sandbox->profile().authorNames(true));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void recoversPublishNodesFromWelcomeToSummary_data()
    {
        QTest::addColumn<QStringList>("broken");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("recover-publish-node") << QStringList{QStringLiteral("publish1")} << QStringLiteral("recover-publish-node");
        QTest::newRow("recover-publish-cluster") << QStringList{QStringLiteral("publish1"), QStringLiteral("publish2")}
                                                 << QStringLiteral("recover-publish-cluster");
    }

    void recoversPublishNodesFromWelcomeToSummary()
    {
        QFETCH(QStringList, broken);
        QFETCH(QString, scenario);
        QString setId;
        const auto sandbox = sandboxWithABackup(QStringLiteral("backup-publish"), &setId);
        QVERIFY(sandbox);
        for (const QString &node : std::as_const(broken))
            QVERIFY(breakSandbox(*sandbox, QStringLiteral("corrupt-repository"), node));
        const QByteArray sharedBefore = treeDigest(sandbox->profile().gds) + documents(*sandbox).toUtf8();

        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        walkToTheScenarios(wizard, *sandbox, TaskChoice::Recover);
        chooseScenario(wizard, scenario, scenario);
        if (QTest::currentTestFailed())
            return;
        if (auto *node = qobject_cast<QComboBox *>(qobject_cast<OptionsPage *>(wizard.currentPage())->editor(QStringLiteral("node")))) {
            QCOMPARE(node->currentText(), broken.first()); // the node the nodes' state points at
            for (int i = 0; i < node->count(); ++i)
                QVERIFY(sandbox->node(node->itemText(i)).role == NodeRole::Publish);
        }
        chooseSet(wizard, setId);
        confirmToTheRun(wizard);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        verifyAnswered(answerer);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        const BackupSetManifest set = setManifest(*sandbox, setId);
        QStringList differences;
        for (const QString &node : std::as_const(broken))
            differences += repositoryDifference(*sandbox, set, node);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        // The whole cluster goes down for the publish cluster: the authors
        // come back first, the publish nodes after them.
        const QStringList order = broken.size() > 1 ? sandbox->profile().authorNames(true) + broken : broken;
        const QStringList problems = startProblems(*sandbox, order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The author cluster's shared data is not the publish nodes' to restore.
        QCOMPARE(treeDigest(sandbox->profile().gds) + documents(*sandbox).toUtf8(), sharedBefore);
    }

    void rehearsesARestoreWithoutTouchingProduction()
    {
        QString setId;
        const auto sandbox = sandboxWithABackup(QStringLiteral("backup-offline"), &setId);
        QVERIFY(sandbox);
        const QByteArray production = clusterDigest(*sandbox);
        QTemporaryDir rehearsals;
        const QString into = rehearsals.filePath(QStringLiteral("rehearsal"));

        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        walkToTheScenarios(wizard, *sandbox, TaskChoice::Rehearse);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(qobject_cast<ScenarioPage *>(wizard.currentPage())->listedScenarios(), QStringList{QStringLiteral("rehearse-restore")});
        chooseScenario(wizard, QStringLiteral("rehearse-restore"));
        chooseSet(wizard, setId);
        if (QTest::currentTestFailed())
            return;
        auto *intoEdit = qobject_cast<QLineEdit *>(qobject_cast<OptionsPage *>(wizard.currentPage())->editor(QStringLiteral("into")));
        QVERIFY(intoEdit);
        intoEdit->setText(into);
        confirmToTheRun(wizard);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        // The rehearsal's verdict and its timing are on the Summary.
        const QString summary = labels(wizard.currentPage());
        QVERIFY2(summary.contains(QStringLiteral("every repository equals the set")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("The restore took")), qPrintable(summary));

        // The copy is in `into`, stopped; production is as it was, and running.
        QString error;
        const auto copy = ClusterProfile::load(into + QStringLiteral("/cluster.json"), &error);
        QVERIFY2(copy, qPrintable(error));
        for (const NodeStatus &status : NodeController(*copy).statusOfAll())
            QVERIFY2(!status.running, qPrintable(status.name));
        QCOMPARE(clusterDigest(*sandbox), production);
        QCOMPARE(sandbox->livingNodes().size(), sandbox->profile().nodes.size());
    }

    void rollsARestoreBackFromTheWelcomePage()
    {
        const auto sandbox = brokenSandboxWithABackup();
        QVERIFY(sandbox);
        const QString node2 = sandbox->node(QStringLiteral("node2")).repository;
        const QStringList left{QStringLiteral(".lock"), QStringLiteral("logs/")};
        const auto broken = RestoredTree::without(RestoredTree::actual(node2), left);
        const CommandResult restored = sandbox->runner().lifeboat(
            {QStringLiteral("run"), QStringLiteral("--profile"), sandbox->path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"),
             QStringLiteral("restore-node"), QStringLiteral("--node"), QStringLiteral("node2"), QStringLiteral("--yes"),
             QStringLiteral("--report-dir"), DataPaths::runsDirectory()});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QVERIFY(RestoredTree::without(RestoredTree::actual(node2), left) != broken);
        // Every node runs, each by the process holding its repository's lock.
        const auto processes = [&sandbox] {
            QMap<QString, qint64> pids;
            for (const NodeProfile &node : sandbox->profile().nodes) {
                const auto lock = RepositoryLock::inspect(node.repository);
                if (lock.state == RepositoryLock::State::Held && SandboxFixture::processAlive(lock.pid))
                    pids.insert(node.name, lock.pid);
            }
            return pids;
        };
        const QMap<QString, qint64> before = processes();
        QCOMPARE(before.keys(), sandbox->profile().nodeNames());

        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
        QTRY_COMPARE(welcome->offers().size(), 1);
        auto *rollback = welcome->findChild<QPushButton *>(QStringLiteral("rollback"));
        QVERIFY(rollback && rollback->isVisible());
        // The restore succeeded: it is offered for a roll back, not as "left unfinished".
        auto *offerBox = qobject_cast<QGroupBox *>(rollback->parentWidget());
        QVERIFY(offerBox);
        QCOMPARE(offerBox->title(), WelcomePage::tr("Restores you can roll back"));
        rollback->click();
        // The Scenario page like every other path, the rollback chosen there;
        // then the checks and the plan, as for any run that changes the cluster.
        QCOMPARE(wizard.currentId(), int(Page_Scenario));
        auto *scenarios = qobject_cast<ScenarioPage *>(wizard.currentPage());
        QVERIFY(scenarios->listedScenarios().contains(QStringLiteral("rollback-restore")));
        auto *chosen = scenarios->findChild<QRadioButton *>(QStringLiteral("rollback-restore"));
        QVERIFY(chosen && chosen->isVisible() && chosen->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Page_Checks));
        QCOMPARE(wizard.session()->scenario()->id(), QStringLiteral("rollback-restore"));
        passChecksAndPlan(wizard);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        verifyAnswered(answerer);
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));

        // As before the restore, byte for byte. Only node2 was stopped (every
        // other node kept its process) and it runs again.
        QCOMPARE(RestoredTree::without(RestoredTree::actual(node2), left), broken);
        const QMap<QString, qint64> after = processes();
        QCOMPARE(after.keys(), sandbox->profile().nodeNames());
        for (const QString &name : sandbox->profile().nodeNames()) {
            if (name == QLatin1String("node2"))
                QVERIFY2(after.value(name) != before.value(name), "node2 was stopped and started again");
            else
                QVERIFY2(after.value(name) == before.value(name), qPrintable(name));
        }

        // Rolled back: not offered again.
        LifeboatWizard later;
        auto *again = qobject_cast<WelcomePage *>(later.page(Page_Welcome));
        QSignalSpy found(again, &WelcomePage::offersFound);
        later.show();
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, 10000);
        QVERIFY2(again->offers().isEmpty(), qPrintable(again->offers().value(0).description));
    }

    void backsUpWithEachStrategyFromWelcomeToSummary_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const char *id : {"backup-offline", "backup-rolling", "backup-online", "backup-publish"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    // Welcome → Cluster → Scenario → Options (as offered) → Checks → Plan →
    // Run → Summary for each strategy: a complete set of that strategy, every
    // node running again, and the Summary pointing at the set.
    void backsUpWithEachStrategyFromWelcomeToSummary()
    {
        QFETCH(QString, strategy);
        SandboxFixture sandbox(sandboxOptions());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn);
        walkToTheScenarios(wizard, sandbox, TaskChoice::Backup);
        if (QTest::currentTestFailed())
            return;
        chooseScenario(wizard, strategy);
        if (QTest::currentTestFailed())
            return;
        confirmToTheRun(wizard);
        if (QTest::currentTestFailed())
            return;
        runToTheSummary(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("lifeboat verify")), qPrintable(labels(wizard.currentPage())));

        const QStringList sets = QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sets.size(), 1);
        QString error;
        const auto manifest = BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(sets.first()), &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->strategy, strategy);
        for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll())
            QVERIFY2(status.running && !status.backupModeActive, qPrintable(status.name));
        QCOMPARE(RunRecord::load(wizard.session()->runDirectory()).result, QStringLiteral("succeeded"));
    }

    void backsUpWithTheKeyboardAlone()
    {
        SandboxFixture sandbox(sandboxOptions());
        QVERIFY(sandbox.created());
        QCOMPARE(sandbox.sandbox(QStringLiteral("start")).exitCode, 0);
        LifeboatWizard wizard;
        DialogAnswerer answerer(DialogAnswerer::Answer::GoOn, DialogAnswerer::Input::Keyboard);
        wizard.session()->setProfile(sandbox.profile());
        wizard.resize(900, 700);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QWidget *window = &wizard;

        // Welcome: the task with Space and the arrows.
        const auto tasks = wizard.currentPage()->findChildren<QRadioButton *>();
        QVERIFY(tabTo(window, [&](QWidget *focus) { return tasks.contains(qobject_cast<QRadioButton *>(focus)); }));
        selectWithArrows(window, tasks, tasks.at(int(TaskChoice::Backup)));
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Cluster));

        // Cluster: the sandbox's topology.
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Scenario));

        // Scenario: backup-bootstrap, down the list with the arrows.
        QList<QRadioButton *> scenarios;
        for (const QString &id : qobject_cast<ScenarioPage *>(wizard.currentPage())->listedScenarios())
            scenarios.append(wizard.currentPage()->findChild<QRadioButton *>(id));
        QVERIFY(tabTo(window, [&](QWidget *focus) { return scenarios.contains(qobject_cast<QRadioButton *>(focus)); }));
        selectWithArrows(window, scenarios, wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("backup-bootstrap")));
        QCOMPARE(wizard.session()->scenario()->id(), QStringLiteral("backup-bootstrap"));
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Options));

        // Options: the focus starts on the first option; a label typed in.
        auto *options = qobject_cast<OptionsPage *>(wizard.currentPage());
        QCOMPARE(QApplication::focusWidget(), options->editor(QStringLiteral("label")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed"));
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY2(wizard.currentId() == int(Page_Checks), qPrintable(options->errorText()));

        // Checks: warnings read and accepted with Alt+R.
        auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!checks->isRunning() && !checks->results().isEmpty(), 30000);
        if (checks->acceptWarningsBox()->isVisible())
            press(window, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY2(checks->isComplete(), qPrintable(labels(checks)));
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Plan));

        // Plan: "Run" is Alt+R.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Run));
        const QStringList shared = sharedMnemonics(&wizard);
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));

        auto *run = qobject_cast<RunPage *>(wizard.currentPage());
        const std::optional<Runner::Outcome> outcome = outcomeOf(run, 120000);
        QVERIFY(outcome);
        QCOMPARE(*outcome, Runner::Outcome::Succeeded);
        QVERIFY2(answerer.problems().isEmpty(), qPrintable(answerer.problems().join(u'\n')));
        verifyKeyboardAccess(wizard);
        press(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), int(Page_Summary));
        QTRY_VERIFY(!qobject_cast<SummaryPage *>(wizard.currentPage())->isLoading());
        QVERIFY2(labels(wizard.currentPage()).contains(QStringLiteral("Every step succeeded.")), qPrintable(labels(wizard.currentPage())));
        verifyKeyboardAccess(wizard);

        const QString setId = QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QCOMPARE(setManifest(sandbox, setId).label, QStringLiteral("typed"));
        press(window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void textStaysReadableOnADarkPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void textStaysReadableOnADarkPalette()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        if (dark)
            QApplication::setPalette(darkPalette());

        // The topology: each state a node can show, in its own colour, with
        // its name and state written on it.
        for (const QString &state : {QStringLiteral("unknown"), QStringLiteral("missing"), QStringLiteral("repository unsync"),
                                     QStringLiteral("in backup mode"), QStringLiteral("running"), QStringLiteral("stopped")}) {
            ClusterProfile profile;
            profile.nodes.append(NodeProfile());
            profile.nodes.first().name = QStringLiteral("node1");
            profile.nodes.first().role = NodeRole::Primary;
            TopologyView view;
            view.setProfile(profile);
            if (state != QLatin1String("unknown")) {
                NodeStatus status;
                status.name = QStringLiteral("node1");
                status.role = NodeRole::Primary;
                status.present = state != QLatin1String("missing");
                status.repositoryUnsync = state == QLatin1String("repository unsync");
                status.running = state == QLatin1String("running") || state == QLatin1String("in backup mode");
                status.backupModeActive = state == QLatin1String("in backup mode");
                view.setStatuses({status});
            }
            QCOMPARE(view.stateText(QStringLiteral("node1")), state);
            view.resize(view.sizeHint());
            QColor fill;
            const double text = boxTextContrast(view.grab().toImage(), &fill);
            qDebug().noquote() << state << "box" << fill.name() << "text contrast" << text;
            QVERIFY2(text >= 4.5, qPrintable(QStringLiteral("%1: the text on %2 has a contrast of %3").arg(state, fill.name()).arg(text)));
            if (dark)
                QVERIFY2(fill.lightness() < 128, qPrintable(QStringLiteral("%1: a light box (%2) on a dark palette").arg(state, fill.name())));
        }

        // The Cluster page's words: the profile, and an error.
        SandboxFixture sandbox(sandboxOptions());
        QVERIFY(sandbox.created());
        LifeboatWizard wizard;
        walkToTheScenarios(wizard, sandbox, TaskChoice::Recover);
        if (QTest::currentTestFailed())
            return;
        wizard.back();
        auto *cluster = qobject_cast<ClusterPage *>(wizard.currentPage());
        QVERIFY(cluster);
        QSignalSpy opened(cluster, &ClusterPage::profileOpened);
        cluster->openProfile(sandbox.path(QStringLiteral("missing.json"))); // read on a worker thread
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toBool(), false);
        QList<QLabel *> shown;
        for (QLabel *label : cluster->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty())
                shown.append(label);
        }
        QCOMPARE(shown.size(), 2);
        // Cut from the whole window: a child's own grab has no background.
        const QImage window = wizard.grab().toImage();
        for (QLabel *label : std::as_const(shown)) {
            QPoint where;
            const double weakest = weakestTextContrast(window.copy(QRect(label->mapTo(&wizard, QPoint(0, 0)), label->size())), &where);
            qDebug().noquote() << label->accessibleName() << "text contrast" << weakest;
            QVERIFY2(weakest >= 4.5 && weakest < 21, qPrintable(QStringLiteral("%1: contrast %2 at %3,%4")
                                                                   .arg(label->accessibleName()).arg(weakest).arg(where.x()).arg(where.y())));
        }
    }
};

QTEST_MAIN(TestRecoveryWizard)
#include "tst_recoverywizard.moc"
