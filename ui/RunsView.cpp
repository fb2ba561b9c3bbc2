// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunsView.h"

#include "WizardSettings.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cluster/RepositoryLock.h>
#include <run/RunRetry.h>
#include <run/RunResult.h>
#include <scenarios/ScenarioRegistry.h>
#include <support/DisplayWords.h>

namespace Lifeboat {

namespace {
enum Column
{
    StartColumn,
    ScenarioColumn,
    ClusterColumn,
    ResultColumn,
    RunColumn
};

QString scenarioTitle(const QString &id)
{
    const Scenario *scenario = ScenarioRegistry::find(id);
    return scenario ? scenario->title() : id;
}
} // namespace

RunsView::RunsView(QString runsDirectory, QWidget *parent)
    : QWidget(parent)
    , m_runsDirectory(std::move(runsDirectory))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open the report"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_aside(new QPushButton(tr("Set aside"), this))
    , m_unopened(new QWidget(this))
    , m_unopenedReason(new QLabel(m_unopened))
    , m_unopenedPath(new QLineEdit(m_unopened))
{
    m_list->setObjectName(QStringLiteral("runs"));
    m_list->setAccessibleName(tr("Runs"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Started"), tr("Scenario"), tr("Cluster"), tr("Result"), tr("Run") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_open->setObjectName(QStringLiteral("openReport"));
    m_resume->setObjectName(QStringLiteral("resume"));
    m_resume->setToolTip(
        tr("Finish the run from the step that was in flight; steps that change the cluster ask first."));
    m_aside->setObjectName(QStringLiteral("setAside"));
    m_aside->setToolTip(
        tr("Do not offer it again. The run's folder stays as it is; 'lifeboat resume' can still finish it."));

    m_unopened->setObjectName(QStringLiteral("unopened"));
    m_unopenedReason->setWordWrap(true);
    m_unopenedPath->setReadOnly(true);
    m_unopenedPath->setObjectName(QStringLiteral("unopenedPath"));
    auto *copy = new QPushButton(tr("&Copy"), m_unopened);
    copy->setObjectName(QStringLiteral("copyPath"));
    connect(copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_unopenedPath->text()); });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_unopenedPath, 1);
    pathRow->addWidget(copy);
    auto *unopenedLayout = new QVBoxLayout(m_unopened);
    unopenedLayout->setContentsMargins(0, 0, 0, 0);
    unopenedLayout->addWidget(m_unopenedReason);
    unopenedLayout->addLayout(pathRow);
    m_unopened->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_aside);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_unopened);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RunsView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RunsView::openReport);
    connect(m_open, &QPushButton::clicked, this, &RunsView::openReport);
    connect(m_resume, &QPushButton::clicked, this, &RunsView::resumeSelected);
    connect(m_aside, &QPushButton::clicked, this, &RunsView::setAsideSelected);
    updateButtons();
}

RunsView::~RunsView()
{
    m_work.waitForFinished();
}

void RunsView::setResumeAllowed(bool allowed)
{
    m_resumeAllowed = allowed;
    m_resume->setVisible(allowed);
    m_aside->setVisible(allowed);
}

void RunsView::refresh()
{
    if (m_busy)
        return;
    m_listed = false;
    m_busy = true;
    auto listing = QtConcurrent::run([directory = m_runsDirectory] {
        QList<Row> rows;
        const QList<RunRecord> records = RunRecord::list(directory);
        QStringList retryable;
        for (const RunRecord &failed : RunRetry::retryable(records))
            retryable.append(failed.runId);
        for (const RunRecord &record : records) {
            // As `lifeboat resume`: a run whose lock is held is still running;
            // a failed run is tried again while it is the newest on its cluster.
            const bool interrupted = record.isInterrupted()
                && RepositoryLock::inspect(record.directory).state != RepositoryLock::State::Held;
            Row row{ record, interrupted || retryable.contains(record.runId), !interrupted, {}, {}, {} };
            if (row.resumable)
                row.profile = ClusterProfile::load(record.profilePath, &row.profileError);
            // An interrupted run has no report yet; its folder holds the journal and log.
            const QString report = QDir(record.directory).filePath(QStringLiteral("report.html"));
            row.opens = QFileInfo::exists(report) ? report : record.directory;
            rows.append(row);
        }
        return rows;
    });
    m_work = listing;
    listing.then(this, [this](const QList<Row> &rows) {
        m_busy = false;
        showRuns(rows);
    });
}

void RunsView::showRuns(const QList<Row> &rows)
{
    const QString previous = currentRun();
    m_rows = rows;
    m_runs.clear();
    m_list->clear();
    const QStringList setAside = WizardSettings::setAsideRuns();
    const QLocale locale;
    for (const Row &row : rows) {
        m_runs.append(row.record);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(StartColumn, locale.toString(row.record.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ScenarioColumn, scenarioTitle(row.record.scenario));
        item->setText(ClusterColumn, row.record.clusterName);
        QString result = DisplayWords::result(row.record.state());
        if (row.resumable && setAside.contains(row.record.runId))
            result = tr("%1, set aside").arg(result);
        item->setText(ResultColumn, result);
        item->setText(RunColumn, row.record.runId);
        item->setData(StartColumn, Qt::UserRole, row.record.runId);
    }
    if (!previous.isEmpty())
        select(previous);
    updateButtons();
    m_listed = true;
    Q_EMIT listed();
}

QString RunsView::currentRun() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(StartColumn, Qt::UserRole).toString() : QString();
}

void RunsView::select(const QString &runId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(StartColumn, Qt::UserRole).toString() == runId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

const RunsView::Row *RunsView::chosen() const
{
    const QString id = currentRun();
    for (const Row &row : m_rows) {
        if (row.record.runId == id)
            return &row;
    }
    return nullptr;
}

void RunsView::updateButtons()
{
    const Row *row = chosen();
    m_open->setEnabled(row != nullptr);
    m_resume->setEnabled(row && row->resumable && m_resumeAllowed);
    m_resume->setToolTip(row && row->retry
            ? tr("Try the failed run again: a backup from its first step (its cleanup undid what it had done), "
                 "anything else from the step that failed; steps that change the cluster ask first.")
            : tr("Finish the run from the step that was in flight; steps that change the cluster ask first."));
    // Only an interrupted run is offered on Welcome, so only it can be set aside.
    m_aside->setEnabled(row && row->resumable && !row->retry && !WizardSettings::setAsideRuns().contains(row->record.runId));
}

QString RunsView::unopenedPath() const
{
    return m_unopened->isHidden() ? QString() : m_unopenedPath->text();
}

void RunsView::openReport()
{
    const Row *row = chosen();
    if (!row)
        return;
    open(row->opens);
}

void RunsView::open(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_unopened->hide();
        return;
    }
    m_unopenedReason->setText(
        tr("No program on this desktop opens it. Here is its path to open it yourself:"));
    m_unopenedPath->setText(path);
    m_unopened->show();
}

void RunsView::resumeSelected()
{
    const Row *row = chosen();
    if (!row || !row->resumable || !m_resumeAllowed)
        return;
    if (!row->profile) {
        m_unopenedReason->setText(row->profileError);
        m_unopenedPath->setText(row->record.profilePath);
        m_unopened->show();
        return;
    }
    Q_EMIT resumeRequested({ UnfinishedRuns::Offer::Kind::Resume, row->record, *row->profile, {} });
}

void RunsView::setAsideSelected()
{
    const Row *row = chosen();
    if (!row || !row->resumable || row->retry)
        return;
    WizardSettings::setAside(row->record.runId);
    showRuns(m_rows);
}

} // namespace Lifeboat
