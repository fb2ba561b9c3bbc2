// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillPage.h"

#include "PageId.h"
#include "TaskChoice.h"
#include "WizardSession.h"

#include <drills/DrillCatalog.h>
#include <drills/DrillSession.h>
#include <profile/ClusterProfile.h>
#include <run/Downtime.h>
#include <run/Scenario.h>
#include <scenarios/ScenarioRegistry.h>
#include <support/DataPaths.h>

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Lifeboat {

namespace {
QString stars(int difficulty)
{
    return QString(difficulty, QChar(0x2605)) + QString(3 - difficulty, QChar(0x2606));
}

const Drill *drillOf(const QListWidgetItem *item)
{
    return item ? DrillCatalog::find(item->data(Qt::UserRole).toString()) : nullptr;
}
} // namespace

DrillPage::DrillPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_story(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_seed(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start the drill"), this))
    , m_callOff(new QPushButton(tr("Call &off the drill…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Training drill"));
    setSubTitle(tr("For the trainer: pick a drill and start it. Lifeboat breaks the sandbox without saying how; "
                   "the trainee recovers it against the clock and gets a score with a debrief."));

    auto *layout = new QVBoxLayout(this);
    m_list->setAccessibleName(tr("Drills"));
    auto *random = new QListWidgetItem(tr("Any drill, chosen at random"), m_list);
    random->setData(Qt::UserRole, QString());
    for (const Drill &drill : DrillCatalog::all()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(stars(drill.difficulty), drill.titleText()), m_list);
        item->setData(Qt::UserRole, drill.id);
    }
    // Every drill in sight, the story below: titles are long in German.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth());
    layout->addWidget(m_list);

    auto *told = new QGroupBox(tr("What the trainee is told"), this);
    auto *toldLayout = new QVBoxLayout(told);
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    m_story->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_story->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_story->setAccessibleName(tr("Story"));
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("Difficulty and target time"));
    toldLayout->addWidget(m_story, 1);
    toldLayout->addWidget(m_facts);
    layout->addWidget(told, 1);

    auto *startRow = new QHBoxLayout;
    auto *seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seed);
    m_seed->setPlaceholderText(tr("any"));
    m_seed->setToolTip(tr("The same seed picks the same nodes again (and the same drill, when it is chosen at "
                          "random): for a trainee who wants another try, or for a class doing the same drill."));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), m_seed));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("4294967295")) * 3 / 2);
    startRow->addWidget(seedLabel);
    startRow->addWidget(m_seed);
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    startRow->addWidget(m_callOff);
    layout->addLayout(startRow);

    auto *busyRow = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_result, 1);
    layout->addLayout(busyRow);

    connect(m_list, &QListWidget::currentItemChanged, this, &DrillPage::showSelected);
    connect(m_start, &QPushButton::clicked, this, &DrillPage::startDrill);
    connect(m_callOff, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Call off the drill"),
            tr("Stop the clock and put the sandbox back as it was before the drill? Nothing is scored. What the "
               "drill left is moved aside, not deleted."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            callOff();
    });
    connect(m_session, &WizardSession::drillChanged, this, [this] {
        showRunning();
        updateControls();
        Q_EMIT completeChanged();
    });
}

void DrillPage::initializePage()
{
    // A drill this sandbox cannot run (it needs hosts, or a file system of
    // its own) is shown, not offered, with the reason as its tooltip.
    if (m_session->hasProfile()) {
        const DrillSession sandbox(m_session->profile());
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            const Drill *drill = drillOf(item);
            const QString why = drill ? sandbox.unsuitable(*drill) : QString();
            item->setFlags(why.isEmpty() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags);
            item->setToolTip(why);
        }
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
    m_result->clear();
    showRunning();
    updateControls();
}

bool DrillPage::isComplete() const
{
    return !m_busy && m_session->drill().has_value();
}

bool DrillPage::validatePage()
{
    // The trainee takes over: the recoveries, as on a real outage.
    m_session->setTask(TaskChoice::Recover);
    return true;
}

int DrillPage::nextId() const
{
    return Page_Scenario;
}

QString DrillPage::resultText() const
{
    return m_result->text();
}

void DrillPage::showSelected()
{
    if (m_session->drill())
        return; // the running drill stays shown
    if (const Drill *drill = drillOf(m_list->currentItem())) {
        m_story->setText(drill->storyText().toHtmlEscaped());
        const Scenario *backup = ScenarioRegistry::find(drill->backup);
        m_facts->setText(tr("Difficulty %1 of 3 · target time %2 · restores from a set of: %3")
                             .arg(drill->difficulty)
                             .arg(Downtime::format(drill->targetSeconds * 1000LL), backup ? backup->title() : drill->backup));
        return;
    }
    m_story->setText(tr("Lifeboat picks one of the %n drills. The trainee is told its story when it starts; which "
                        "fault it hides is told only in the debrief.", nullptr, int(DrillCatalog::all().size()))
                        .toHtmlEscaped());
    m_facts->clear();
}

void DrillPage::showRunning()
{
    const auto &running = m_session->drill();
    const Drill *drill = running ? DrillCatalog::find(running->drillId) : nullptr;
    if (!drill) {
        showSelected();
        return;
    }
    m_story->setText(QStringLiteral("<b>%1</b><br>%2").arg(drill->titleText().toHtmlEscaped(), drill->storyText().toHtmlEscaped()));
    m_facts->setText(tr("Difficulty %1 of 3 · target time %2").arg(drill->difficulty).arg(Downtime::format(drill->targetSeconds * 1000LL)));
    if (!m_busy)
        m_result->setText(tr("The drill is running since %1. Hand over to the trainee: Next goes on to recovering "
                             "the sandbox, and \"I'm done\" at the top of every page ends the drill.")
                              .arg(QLocale().toString(running->startedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void DrillPage::updateControls()
{
    const bool sandbox = m_session->hasProfile() && m_session->profile().sandbox;
    const bool running = m_session->drill().has_value();
    m_list->setEnabled(!m_busy && sandbox && !running);
    m_seed->setEnabled(!m_busy && sandbox && !running);
    m_start->setEnabled(!m_busy && sandbox && !running);
    m_callOff->setEnabled(!m_busy && running);
}

std::optional<quint32> DrillPage::seed() const
{
    if (m_seed->text().isEmpty())
        return QRandomGenerator::global()->generate();
    bool ok = false;
    const quint32 value = m_seed->text().toUInt(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

void DrillPage::startDrill()
{
    const auto chosenSeed = seed();
    if (!chosenSeed) {
        m_result->setText(tr("The seed must be a whole number from 0 to 4294967295, or empty for any."));
        Q_EMIT actionFinished(false);
        return;
    }
    const Drill *chosen = drillOf(m_list->currentItem());
    const Drill &drill = chosen ? *chosen : DrillSession(m_session->profile()).pick(*chosenSeed);
    const quint32 drillSeed = *chosenSeed;
    act(tr("Preparing the drill: a backup of the sandbox if it has none yet, then the faults…"),
        [&drill, drillSeed](const ClusterProfile &profile) {
            DrillSession session(profile);
            if (const QString why = session.unsuitable(drill); !why.isEmpty())
                return Outcome{false, why, {}}; // before a backup it would not need
            while (session.sets(drill).size() < DrillSession::setsNeeded(drill)) {
                if (!session.takeBackup(drill, DataPaths::runsDirectory()))
                    return Outcome{false, session.errorString(), {}};
            }
            auto record = session.start(drill, drillSeed);
            if (!record)
                return Outcome{false, session.errorString(), {}};
            return Outcome{true, {}, record};
        });
}

void DrillPage::callOff()
{
    const auto running = m_session->drill();
    if (!running)
        return;
    act(tr("Putting the sandbox back as it was before the drill…"), [running](const ClusterProfile &profile) {
        DrillSession session(profile);
        if (!session.reset(*running))
            return Outcome{false, session.errorString(), running};
        return Outcome{true,
                       tr("The drill is called off and the sandbox is as it was before it, its nodes running. What "
                          "the drill left is in %1.")
                           .arg(session.drillFolders().join(QStringLiteral(", "))),
                       std::nullopt};
    });
}

void DrillPage::act(const QString &doing, std::function<Outcome(const ClusterProfile &)> work)
{
    if (m_busy || !m_session->hasProfile())
        return;
    m_busy = true;
    m_progress->show();
    m_result->setText(doing);
    updateControls();
    Q_EMIT completeChanged();
    auto profile = std::make_shared<const ClusterProfile>(m_session->profile());
    QtConcurrent::run([profile, work] { return work(*profile); }).then(this, [this](const Outcome &outcome) {
        finish(outcome);
    });
}

void DrillPage::finish(const Outcome &outcome)
{
    m_busy = false;
    m_progress->hide();
    m_session->setDrill(outcome.running); // shows the running drill, or the list again
    if (!outcome.text.isEmpty())
        m_result->setText(outcome.text);
    Q_EMIT actionFinished(outcome.ok);
}

} // namespace Lifeboat
