// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "QuarantineView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <scenarios/ScenarioRegistry.h>

namespace Lifeboat {

namespace {
enum Column
{
    TimeColumn,
    ScenarioColumn,
    SizeColumn,
    RunColumn
};
} // namespace

QuarantineView::QuarantineView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_purge(new QPushButton(tr("Purg&e…"), this))
{
    m_list->setObjectName(QStringLiteral("quarantines"));
    m_list->setAccessibleName(tr("What restores kept"));
    m_list->setHeaderLabels({ tr("Time"), tr("Scenario"), tr("Size"), tr("Run") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_purge->setObjectName(QStringLiteral("purge"));
    m_purge->setToolTip(
        tr("Delete what this restore kept, for good. It can no longer be rolled back afterwards."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_purge);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &QuarantineView::updateButtons);
    connect(m_purge, &QPushButton::clicked, this, &QuarantineView::purgeSelected);
    updateButtons();
}

QuarantineView::~QuarantineView()
{
    m_work.waitForFinished();
}

void QuarantineView::setProfile(const std::optional<ClusterProfile> &profile)
{
    m_profile = profile;
    refresh();
}

void QuarantineView::refresh()
{
    if (m_busy)
        return;
    m_listed = false;
    m_list->clear();
    m_runs.clear();
    if (!m_profile) {
        updateButtons();
        m_listed = true;
        Q_EMIT listed();
        return;
    }
    m_busy = true;
    updateButtons();
    auto listing = QtConcurrent::run([profile = *m_profile] { return Quarantine::list(profile); });
    m_work = listing;
    listing.then(this, [this](const QList<Quarantine::Run> &runs) {
        m_busy = false;
        showRuns(runs);
    });
}

void QuarantineView::showRuns(const QList<Quarantine::Run> &runs)
{
    m_runs = runs;
    m_list->clear();
    const QLocale locale;
    for (const Quarantine::Run &run : runs) {
        auto *item = new QTreeWidgetItem(m_list);
        const Scenario *scenario = ScenarioRegistry::find(run.scenario);
        item->setText(TimeColumn, locale.toString(run.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(ScenarioColumn, scenario ? scenario->title() : run.scenario);
        item->setText(SizeColumn, locale.formattedDataSize(run.bytes));
        item->setText(RunColumn, run.runId);
        item->setData(TimeColumn, Qt::UserRole, run.runId);
        for (const Quarantine::Entry &entry : run.entries) {
            auto *path = new QTreeWidgetItem(item);
            path->setText(TimeColumn,
                entry.host.isEmpty() ? entry.original
                                     : QStringLiteral("%1:%2").arg(entry.host, entry.original));
        }
    }
    if (runs.isEmpty() && m_profile)
        m_status->setText(tr("No quarantine is kept for %1.").arg(m_profile->name));
    updateButtons();
    m_listed = true;
    Q_EMIT listed();
}

QString QuarantineView::currentRun() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(TimeColumn, Qt::UserRole).toString() : QString();
}

void QuarantineView::select(const QString &runId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TimeColumn, Qt::UserRole).toString() == runId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

const Quarantine::Run *QuarantineView::chosen() const
{
    const QString id = currentRun();
    for (const Quarantine::Run &run : m_runs) {
        if (run.runId == id)
            return &run;
    }
    return nullptr;
}

QString QuarantineView::statusText() const
{
    return m_status->text();
}

void QuarantineView::updateButtons()
{
    m_purge->setEnabled(chosen() && !m_busy);
}

void QuarantineView::purgeSelected()
{
    const Quarantine::Run *run = chosen();
    if (!run || m_busy)
        return;
    QStringList folders;
    for (const HostPath &directory : run->directories)
        folders.append(directory.display());
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Purge a quarantine"),
        tr("These folders will be deleted for good:") + u'\n' + folders.join(u'\n'),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setInformativeText(
        tr("The restore %1 can no longer be rolled back afterwards.").arg(run->runId));
    question->setObjectName(QStringLiteral("confirmPurge"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->button(QMessageBox::Yes)->setText(tr("&Purge"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, target = *run](int) {
        if (question->clickedButton() == question->button(QMessageBox::Yes))
            purge(target);
        else
            Q_EMIT purged(false);
    });
    question->open();
}

void QuarantineView::purge(const Quarantine::Run &run)
{
    m_busy = true;
    updateButtons();
    auto purging = QtConcurrent::run([profile = *m_profile, directories = run.directories] {
        QStringList problems;
        const int count = Quarantine::purge(profile, directories, &problems);
        return std::pair{ count, problems };
    });
    m_work = purging;
    purging.then(this, [this, id = run.runId](const std::pair<int, QStringList> &result) {
        m_busy = false;
        m_status->setText(
            result.second.isEmpty() ? tr("Purged the quarantine of %1.").arg(id) : result.second.join(u'\n'));
        Q_EMIT purged(result.second.isEmpty());
        refresh();
    });
}

} // namespace Lifeboat
