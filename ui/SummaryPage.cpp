// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SummaryPage.h"

#include "CatalogWindow.h"
#include "ScheduleDialog.h"
#include "WizardSession.h"

#include <support/DataPaths.h>
#include <support/DisplayWords.h>
#include <run/Change.h>
#include <run/ReportWriter.h>
#include <run/RunRecord.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>
#include <steps/StepKinds.h>
#include <scenarios/RestoreClusterScenario.h>
#include <run/RunResult.h>

#include <ReportRenderer.h>

#include <QDesktopServices>
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
#include <QUrl>
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
    , m_save(new QPushButton(tr("&Save the report as…"), this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the run did, step by step, and what is left for you to do."));
    m_outcome->setWordWrap(true);
    m_todo->setWordWrap(true);
    m_todo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time"), tr("What it changed")});
    m_steps->setAccessibleName(tr("Steps and what they changed"));
    m_steps->setRootIsDecorated(false);
    // The step's title is what a reader scans for: it gets room first; the
    // result and time take what their words need, the changes the rest.
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setColumnWidth(0, m_steps->fontMetrics().averageCharWidth() * 48);
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
    layout->addWidget(m_todo);
    layout->addLayout(buttons);
    layout->addLayout(more);
    layout->addWidget(m_saved);
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(reportPath())); });
    connect(folder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_session->runDirectory())); });
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
    const int generation = ++m_generation;
    // The journal holds every step's log lines: read on a worker thread.
    QtConcurrent::run([directory = m_session->runDirectory()] { return RunRecord::load(directory); })
        .then(this, [this, generation](const RunRecord &record) {
            if (generation != m_generation)
                return;
            m_loading = false;
            showRecord(record);
        });
}

void SummaryPage::showRecord(const RunRecord &record)
{
    findChild<QPushButton *>(QStringLiteral("schedule"))
        ->setVisible(record.result == RunResult::succeeded && ScheduleDialog::canSchedule(*m_session));
    const std::optional<ScenarioCategory> category = ScenarioRegistry::categoryOf(record.scenario);
    const qint64 seconds = record.startedAt.secsTo(record.endedAt);
    const QString outcome = record.result == RunResult::succeeded ? tr("Every step succeeded.")
                          : record.result == RunResult::failed    ? tr("A step failed. The clean-up steps ran.")
                          : record.result == RunResult::cancelled ? tr("The run was cancelled. The clean-up steps ran.")
                                                                        : tr("The run was stopped at a confirmation. The clean-up steps ran.");
    QString outcomeText = QStringLiteral("<b>%1</b> %2").arg(outcome.toHtmlEscaped(), tr("It took %n second(s).", nullptr, int(seconds)).toHtmlEscaped());
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
    auto addRows = [this, &failure](const QList<RunRecord::StepRecord> &steps, const QString &prefix) {
        for (const auto &step : steps) {
            if (!step.started)
                continue;
            QStringList changes;
            for (const QJsonValue &change : step.changes)
                changes.append(Change::fromJson(change.toObject()).toText());
            const double duration = step.startedAt.msecsTo(step.endedAt) / 1000.0;
            auto *row = new QTreeWidgetItem(m_steps, {prefix + step.title, DisplayWords::result(step.result), tr("%1 s").arg(duration, 0, 'f', 1), changes.join(QStringLiteral("; "))});
            row->setToolTip(0, prefix + step.title);
            row->setToolTip(3, changes.join(u'\n'));
            if (step.result == StepResult::failed && failure.isEmpty())
                failure = step.message;
        }
    };
    addRows(record.steps, {});
    addRows(record.cleanup, tr("At the end: "));
    QStringList todo;
    if (!failure.isEmpty())
        todo << tr("Fix what the failed step says: %1").arg(failure);
    if (record.result == RunResult::succeeded && category == ScenarioCategory::Backup) {
        todo << tr("The backup set is in %1. Check it now and then with 'lifeboat verify', and keep more than one.")
                    .arg(m_session->profile().backupRoot);
    }
    todo += recoveryReminders(record);
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
