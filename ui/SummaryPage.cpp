// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SummaryPage.h"

#include "CatalogWindow.h"
#include "OpenPathDialog.h"
#include "ScheduleDialog.h"
#include "WizardSession.h"

#include <cluster/NodeController.h>
#include <cluster/NodeStatus.h>
#include <support/DataPaths.h>
#include <support/DisplayWords.h>
#include <run/Change.h>
#include <run/OptionNames.h>
#include <run/ReportWriter.h>
#include <run/RunRecord.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/StepKinds.h>
#include <scenarios/RestoreClusterScenario.h>
#include <run/RunResult.h>

#include <ReportRenderer.h>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_outcome(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_todo(new QLabel(this))
    , m_health(new QLabel(this))
    , m_save(new QPushButton(tr("&Save the report as…"), this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the run did, step by step, and what is left for you to do."));
    m_outcome->setWordWrap(true);
    m_todo->setWordWrap(true);
    m_health->setObjectName(QStringLiteral("health"));
    m_health->setAccessibleName(tr("The restored nodes after the run"));
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->hide(); // a recovery's only
    m_todo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time"), tr("What it changed")});
    m_steps->setAccessibleName(tr("Steps and what they changed"));
    m_steps->setRootIsDecorated(false);
    // The result and time take what their words need; the step's title,
    // what a reader scans for, and the changes share the rest.
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // The title and the changes share what a wider window gives.
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *open = new QPushButton(tr("&Open the report"), this);
    auto *folder = new QPushButton(tr("Open the &run folder"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_save);
    buttons->addWidget(folder);
    auto *catalog = new QPushButton(tr("Backups, runs and &quarantine…"), this);
    catalog->setObjectName(QStringLiteral("openCatalog"));
    // A row of their own: beside the report's three buttons they would not fit in French at 800×600.
    auto *more = new QHBoxLayout;
    more->addWidget(catalog);
    auto *schedule = new QPushButton(tr("Sc&hedule this backup…"), this);
    schedule->setObjectName(QStringLiteral("schedule"));
    schedule->setVisible(false); // until a backup has succeeded (showRecord)
    connect(schedule, &QPushButton::clicked, this, [this] { ScheduleDialog::openFor(*m_session, this); });
    more->addWidget(schedule);
    more->addStretch(1);
    buttons->addStretch(1);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->hide(); // until there is something to say
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_health);
    layout->addWidget(m_todo);
    layout->addLayout(buttons);
    layout->addLayout(more);
    layout->addWidget(m_saved);
    connect(open, &QPushButton::clicked, this, [this] { OpenPathDialog::openPath(this, reportPath()); });
    connect(folder, &QPushButton::clicked, this, [this] { OpenPathDialog::openPath(this, m_session->runDirectory()); });
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::saveReport);
    connect(catalog, &QPushButton::clicked, this, [this] {
        // The run has ended the wizard's path: nothing to resume from here.
        auto *window = new CatalogWindow({m_session->profile().filePath}, DataPaths::runsDirectory(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setResumeAllowed(false);
        window->open();
    });
}

SummaryPage::~SummaryPage()
{
    m_saving.waitForFinished();
    m_probing.waitForFinished();
}

QString SummaryPage::reportPath() const
{
    return QDir(m_session->runDirectory()).filePath(QStringLiteral("report.html"));
}

void SummaryPage::initializePage()
{
    m_loading = true;
    m_outcome->clear();
    m_steps->clear();
    m_todo->clear();
    m_health->clear();
    m_health->hide();
    const int generation = ++m_generation;
    // The journal holds every step's log lines: read on a worker thread.
    QtConcurrent::run([directory = m_session->runDirectory()] { return RunRecord::load(directory); })
        .then(this, [this, generation](const RunRecord &record) {
            if (generation != m_generation)
                return;
            m_loading = false;
            showRecord(record);
            checkHealth(record);
        });
}

void SummaryPage::showRecord(const RunRecord &record)
{
    findChild<QPushButton *>(QStringLiteral("schedule"))
        ->setVisible(record.result == RunResult::succeeded && ScheduleDialog::canSchedule(*m_session));
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(record.scenario);
    const qint64 ms = record.startedAt.isValid() && record.endedAt.isValid()
        ? record.startedAt.msecsTo(record.endedAt)
        : 0;
    const QString outcome = record.result == RunResult::succeeded ? tr("Every step succeeded.")
                          : record.result == RunResult::cleanupFailed ? tr("A clean-up step failed: the cluster needs work by hand.")
                          : record.result == RunResult::failed    ? tr("A step failed. The clean-up steps ran.")
                          : record.result == RunResult::cancelled ? tr("The run was cancelled. The clean-up steps ran.")
                                                                        : tr("The run was stopped at a confirmation. The clean-up steps ran.");
    QString outcomeText = QStringLiteral("<b>%1</b> %2")
                              .arg(outcome.toHtmlEscaped(),
                                  tr("It took %1.").arg(ReportWriter::duration(ms)).toHtmlEscaped());
    // What a failed clean-up left undone comes before anything else.
    const QStringList leftToDo = record.leftToDo();
    if (!leftToDo.isEmpty()) {
        QString items;
        for (const QString &todo : leftToDo)
            items += QStringLiteral("<li>%1</li>").arg(todo.toHtmlEscaped());
        outcomeText = QStringLiteral("<b style=\"color:#b42318\">%1</b><ul>%2</ul>")
                          .arg(outcome.toHtmlEscaped(), items)
            + tr("It took %1.").arg(ReportWriter::duration(ms)).toHtmlEscaped();
    }
    if (!record.downtime.isEmpty())
        outcomeText += QStringLiteral("<br>")
            + tr("Downtime: %1").arg(record.downtime.describe(ReportWriter::downtimeEnd(record)).join(QStringLiteral("; "))).toHtmlEscaped();
    // A rehearsal is run for its verdict: how long the restore took, and
    // whether the copy came up equal to the set. Its steps' last words say it.
    if (category == ScenarioCategory::Rehearsal) {
        for (const auto &step : record.steps) {
            if (step.result == StepResult::ok && !step.log.isEmpty()
                && (step.kind == StepKinds::sandboxPlan || step.kind == StepKinds::checkRehearsal))
                outcomeText += QStringLiteral("<br>") + step.log.last().toString().toHtmlEscaped();
        }
    }
    m_outcome->setText(outcomeText);
    m_steps->clear();
    QString failure;
    // Every main step, those the run never reached too ("not run"); the
    // clean-up steps that ran, in the order they ran.
    auto addRows
        = [this, &failure](const QList<RunRecord::StepRecord> &steps, const QString &prefix, bool unstarted) {
              for (const auto &step : steps) {
                  if (!step.started && !unstarted)
                      continue;
                  QStringList changes;
                  for (const QJsonValue &change : step.changes)
                      changes.append(Change::fromJson(change.toObject()).toText());
                  const QString result = step.started ? DisplayWords::result(ReportWriter::stepResult(step))
                                                      : ReportWriter::resultText(StepResult::notRun);
                  const QString time
                      = step.ended ? ReportWriter::duration(ReportWriter::durationMs(step)) : QString();
                  auto *row = new QTreeWidgetItem(
                      m_steps, { prefix + step.title, result, time, changes.join(QStringLiteral("; ")) });
                  row->setToolTip(0, prefix + step.title);
                  row->setToolTip(3, changes.join(u'\n'));
                  if (step.result == StepResult::failed && failure.isEmpty())
                      failure = step.message;
              }
          };
    addRows(record.steps, {}, true);
    addRows(ReportWriter::cleanupInRunOrder(record), tr("At the end: "), false);
    QStringList todo = leftToDo;
    if (!failure.isEmpty())
        todo << tr("Fix what the failed step says: %1").arg(failure);
    if (record.result == RunResult::succeeded && category == ScenarioCategory::Backup) {
        todo << tr("The backup set is in %1. Check it now and then with 'lifeboat verify', and keep more than one.")
                    .arg(m_session->profile().backupRoot);
    }
    todo += recoveryReminders(record);
    todo += backgroundWork(record);
    todo << tr("The report, the journal and the log of this run are in %1.").arg(m_session->runDirectory());
    m_todo->setText(tr("What is left for you:") + QStringLiteral("\n• ") + todo.join(QStringLiteral("\n• ")));
}

QStringList SummaryPage::recoveryReminders(const RunRecord &record)
{
    QStringList reminders;
    // What a restore or a rollback replaced stays in the quarantine.
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(record.scenario);
    const bool quarantines = category == ScenarioCategory::Recovery || category == ScenarioCategory::Rollback;
    const bool changedSomething = std::any_of(record.steps.cbegin(), record.steps.cend(),
                                              [](const RunRecord::StepRecord &step) { return !step.changes.isEmpty(); });
    if (quarantines && changedSomething) {
        const Scenario *rollback = ScenarioRegistry::find(ScenarioIds::rollbackRestore);
        reminders << tr("What this run replaced is kept in the quarantine, beside each place it restored. When the cluster "
                        "works as it should, purge it: lifeboat quarantine purge --profile %1 --run %2. Until then, "
                        "\"%3\" can put it all back.")
                         .arg(record.profilePath, record.runId, rollback ? rollback->title() : QString(ScenarioIds::rollbackRestore));
    }
    // "Leave the rolling backup mode after a recovery": the restore does it
    // when the profile has the command; otherwise the person must.
    const bool left = std::any_of(record.steps.cbegin(), record.steps.cend(),
                                  [](const RunRecord::StepRecord &step) { return step.kind == StepKinds::leaveBackupMode; });
    if (record.scenario == ScenarioIds::restoreCluster && record.result == RunResult::succeeded && !left
        && RestoreClusterScenario::madeInRollingBackupMode(record.options.value(QStringLiteral("setStrategy")).toString()))
        reminders << tr("The set was made in rolling backup mode, and the restored database records that mode: leave it "
                        "now with LCBackupMode leaveContinuousCoverage on the forms server.");
    return reminders;
}

void SummaryPage::checkHealth(const RunRecord &record)
{
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(record.scenario);
    if (category != ScenarioCategory::Recovery || !m_session->hasProfile())
        return;
    // The nodes the run restored: the one it was given, and every node it
    // stopped (and so started again).
    QStringList names;
    const QString given = record.options.value(OptionNames::node).toString();
    if (!given.isEmpty())
        names << given;
    for (const Downtime::Interval &interval : record.downtime.intervals()) {
        if (!names.contains(interval.node))
            names << interval.node;
    }
    if (names.isEmpty())
        return;
    m_health->setText(tr("Asking the restored nodes how they are…"));
    m_health->show();
    const int generation = m_generation;
    // Status queries ask each node over HTTP and read its lock: on a worker.
    m_probing = QtConcurrent::run([profile = m_session->profile(), names] {
        const NodeController nodes(profile);
        QList<NodeStatus> states;
        for (const QString &name : names) {
            if (const NodeProfile *node = profile.node(name))
                states.append(nodes.status(*node));
        }
        return states;
    });
    m_probing.then(this, [this, generation](const QList<NodeStatus> &states) {
        if (generation == m_generation)
            showHealth(states);
    });
}

void SummaryPage::showHealth(const QList<NodeStatus> &states)
{
    QStringList lines;
    QStringList notBack;
    for (const NodeStatus &status : states) {
        const bool locked = status.lock == RepositoryLock::State::Held && status.pid > 0;
        const bool healthy
            = status.running && !status.repositoryUnsync && locked && status.hostError.isEmpty();
        QStringList facts;
        if (!status.hostError.isEmpty())
            facts << tr("cannot be asked: %1").arg(status.hostError);
        else {
            facts << (status.running ? tr("running") : tr("not running"));
            facts << (status.repositoryUnsync ? tr("its error.log reports \"repository unsync\"")
                                              : tr("repository in sync"));
            facts << (locked ? tr("its repository lock held by its process (pid %1)").arg(status.pid)
                             : tr("no process holds its repository lock"));
        }
        lines << tr("%1: %2").arg(status.name, facts.join(QStringLiteral(", ")));
        if (!healthy)
            notBack << status.name;
    }
    const QString verdict = notBack.isEmpty()
        ? tr("The cluster is back: every restored node runs, in sync.")
        : tr("The cluster is not back yet: look at %1.").arg(notBack.join(QStringLiteral(", ")));
    m_health->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(verdict.toHtmlEscaped(),
                lines.join(QStringLiteral("\n")).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
}

QStringList SummaryPage::backgroundWork(const RunRecord &record)
{
    // An online backup that was started and then given up (its step
    // stopped or failed) goes on in the node: AEM copies to the end.
    QStringList work;
    for (const RunRecord::StepRecord &step : record.steps) {
        if (step.kind != StepKinds::onlineRepositoryBackup || !step.started
            || (step.ended && step.result == StepResult::ok))
            continue;
        // The step records its start command, with the node, once the node accepted it.
        QString node;
        for (const QJsonValue &value : step.changes) {
            const Change change = Change::fromJson(value.toObject());
            if (change.kind == Change::Kind::RunCommand)
                node = change.detail;
        }
        if (!node.isEmpty())
            work << tr("%1 may still be copying its repository in the background (the online backup this run gave up). "
                       "Its copy is not part of any set; wait until it ends before the next online backup of %1.")
                        .arg(node);
    }
    return work;
}

void SummaryPage::saveReport()
{
    QString filter;
    const QString pdf = tr("PDF files (*.pdf)");
    const QString html = tr("HTML files (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), QStringLiteral("lifeboat-report.pdf"),
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    saveReportTo(path);
}

void SummaryPage::saveReportTo(const QString &path)
{
    m_save->setEnabled(false);
    m_saved->setText(tr("Saving the report to %1…").arg(path));
    m_saved->show();
    const QString runDirectory = m_session->runDirectory();
    const bool asPdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    m_saving = QtConcurrent::run([runDirectory, path, asPdf] {
                   QString error;
                   const RunRecord record = RunRecord::load(runDirectory);
                   const bool saved = asPdf ? ReportRenderer::writePdf(record, path, &error)
                                            : ReportRenderer::writeHtml(record, path, &error);
                   return std::pair{saved, error};
               });
    m_saving.then(this, [this, path](const std::pair<bool, QString> &result) {
        m_save->setEnabled(true);
        m_saved->setText(result.first ? tr("The report was saved to %1.").arg(path) : result.second);
        Q_EMIT reportSaved(path, result.first, result.second);
    });
}

} // namespace Lifeboat
