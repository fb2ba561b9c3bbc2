// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PlanPage.h"

#include "PageId.h"
#include "ScheduleDialog.h"
#include "WizardSession.h"

#include <cluster/NodeController.h>
#include <run/Scenario.h>
#include <run/StepContext.h>

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Lifeboat {

namespace {
enum Column { TitleColumn, AsksColumn };

QString optionText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

RunbookWriter::Step describe(const Step &step, const StepContext &context)
{
    RunbookWriter::Step described;
    described.title = step.title();
    described.details = step.details();
    described.destructive = step.isDestructive();
    const ChangeList preview = step.preview(context);
    // A step that only keeps things as they are is not asked (see Runner).
    described.asksFirst
        = step.needsConfirmation() && !(step.isDestructive() && Change::keepsEverything(preview));
    for (const Change &change : preview)
        described.preview.append(change.toText());
    return described;
}

struct Built
{
    RunbookWriter::Document document;
    QString error;
};
} // namespace

PlanPage::PlanPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_busy(new QLabel(tr("Building the plan…"), this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_export(new QPushButton(tr("&Export runbook…"), this))
    , m_approve(
          new QCheckBox(tr("&Approve the whole plan now: the run does not ask again before each step"), this))
    , m_approveList(new QLabel(this))
    , m_approveWord(new QLineEdit(this))
{
    setTitle(tr("The plan"));
    setSubTitle(tr("Every step in order, with what it would change. Nothing has changed yet; "
                   "steps marked \"asks first\" wait for your confirmation when they come."));

    auto *layout = new QVBoxLayout(this);
    m_busy->setAccessibleName(tr("Building the plan"));
    layout->addWidget(m_busy);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the plan"));
    layout->addWidget(m_summary);

    m_tree->setAccessibleName(tr("Plan steps"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Step"), tr("Confirmation")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AsksColumn, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    // Paths differ at their ends: cut in the middle, so that rows stay told apart (the tooltip has the whole line).
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree, 1);

    // Partition Manager's Apply: the steps that change the cluster, listed
    // once, approved at once. Unticked unless the person ticks it.
    m_approve->setAccessibleName(tr("Approve the whole plan"));
    m_approveList->setWordWrap(true);
    m_approveList->setAccessibleName(tr("Steps approved with the whole plan"));
    m_approveWord->setAccessibleName(tr("Cluster name to approve the whole plan"));
    layout->addWidget(m_approve);
    layout->addWidget(m_approveList);
    layout->addWidget(m_approveWord);
    m_approve->hide();
    m_approveList->hide();
    m_approveWord->hide();
    connect(m_approve, &QCheckBox::toggled, this, &PlanPage::updateApproval);
    connect(m_approveWord, &QLineEdit::textChanged, this, &PlanPage::updateApproval);

    auto *buttons = new QHBoxLayout;
    m_export->setAccessibleName(tr("Export runbook"));
    m_export->setEnabled(false);
    auto *schedule = new QPushButton(tr("&Schedule this backup…"), this);
    schedule->setObjectName(QStringLiteral("schedule"));
    schedule->setVisible(false);
    buttons->addWidget(schedule);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(schedule, &QPushButton::clicked, this, [this] { ScheduleDialog::openFor(*m_session, this); });
    connect(m_session, &WizardSession::scenarioChanged, schedule,
            [this, schedule] { schedule->setVisible(ScheduleDialog::canSchedule(*m_session)); });

    connect(m_export, &QPushButton::clicked, this, &PlanPage::chooseExportFile);
}

void PlanPage::initializePage()
{
    buildPlan();
}

void PlanPage::buildPlan()
{
    const Scenario *scenario = m_session->scenario();
    if (!scenario || !m_session->hasProfile())
        return;
    m_building = true;
    m_built = false;
    const int generation = ++m_generation;
    m_tree->clear();
    m_summary->clear();
    // A plan built again is approved again, if at all.
    m_approve->setChecked(false);
    m_approve->hide();
    m_approveList->hide();
    m_approveWord->hide();
    m_approveWord->clear();
    m_session->setPlanApproved(false);
    m_busy->setVisible(true);
    m_export->setEnabled(false);
    Q_EMIT completeChanged();

    // Building is quick, but previews may ask the nodes over HTTP: both run on
    // a worker thread, which hands back plain text.
    QtConcurrent::run([profile = m_session->profile(), options = m_session->options(), scenario,
                       runDirectory = m_session->runDirectory()] {
        Built built;
        const auto plan = scenario->buildPlan(profile, options);
        if (!plan) {
            built.error = PlanPage::tr("The scenario could not build a plan with these options.");
            return built;
        }
        const NodeController nodes(profile);
        const StepContext context(profile, nodes, plan->options(), runDirectory);
        RunbookWriter::Document &document = built.document;
        document.clusterName = profile.name;
        document.scenarioId = scenario->id();
        document.scenarioTitle = scenario->title();
        document.scenarioDescription = scenario->description();
        for (auto it = plan->options().cbegin(); it != plan->options().cend(); ++it)
            document.options.append({it.key(), optionText(it.value())});
        for (int i = 0; i < plan->size(); ++i)
            document.steps.append(describe(plan->step(i), context));
        // Armed cleanup steps run last-armed first.
        for (int i = plan->cleanupSize() - 1; i >= 0; --i) {
            RunbookWriter::Step step = describe(*plan->cleanup(i).step, context);
            step.armedBy = plan->cleanup(i).armedBy;
            document.cleanup.append(step);
        }
        return built;
    }).then(this, [this, generation](const Built &built) {
        if (generation == m_generation)
            showPlan(built.document, built.error);
    });
}

void PlanPage::showPlan(const RunbookWriter::Document &document, const QString &error)
{
    m_building = false;
    m_busy->setVisible(false);
    m_document = document;
    if (!error.isEmpty()) {
        m_summary->setText(error);
        Q_EMIT completeChanged();
        Q_EMIT planShown();
        return;
    }
    m_built = true;

    int asking = 0;
    for (int i = 0; i < document.steps.size(); ++i) {
        const RunbookWriter::Step &step = document.steps.at(i);
        auto *item = new QTreeWidgetItem(m_tree, {tr("%1. %2").arg(i + 1).arg(step.title), step.asksFirst ? tr("asks first") : QString()});
        item->setData(TitleColumn, Qt::UserRole, step.title);
        item->setToolTip(TitleColumn, step.details.isEmpty() ? step.title : step.title + u'\n' + step.details);
        if (step.asksFirst)
            item->setToolTip(AsksColumn, RunbookWriter::asksFirstText(step));
        if (step.asksFirst) {
            ++asking;
            QFont bold = item->font(TitleColumn);
            bold.setBold(true);
            item->setFont(TitleColumn, bold);
            item->setFont(AsksColumn, bold);
            item->setForeground(AsksColumn, palette().brush(QPalette::Active, QPalette::Highlight));
        }
        for (const QString &line : step.preview)
            addPreviewLine(item, line);
        if (step.preview.isEmpty())
            new QTreeWidgetItem(item, {tr("(changes nothing)")});
    }

    auto *end = new QTreeWidgetItem(m_tree, {tr("Always at the end")});
    QFont italic = end->font(TitleColumn);
    italic.setItalic(true);
    end->setFont(TitleColumn, italic);
    end->setToolTip(TitleColumn, tr("Whatever happens, these undo what the plan disturbed."));
    for (const RunbookWriter::Step &step : document.cleanup) {
        auto *item = new QTreeWidgetItem(end, {tr("%1 (if step %2 ran)").arg(step.title).arg(step.armedBy + 1),
                                               step.asksFirst ? tr("asks first") : QString()});
        item->setToolTip(TitleColumn, step.title);
        item->setData(TitleColumn, Qt::UserRole, step.title);
        for (const QString &line : step.preview)
            addPreviewLine(item, line);
    }
    end->setExpanded(true);

    const int count = int(document.steps.size());
    const QString steps = count == 1 ? tr("1 step") : tr("%1 steps").arg(count);
    m_summary->setText(asking == 0
            ? tr("%1; none of them asks for confirmation.").arg(steps)
            : tr("%1, %2 of them change the cluster and ask for confirmation first.").arg(steps).arg(asking));
    showApproval(document);
    m_export->setEnabled(true);
    Q_EMIT completeChanged();
    Q_EMIT planShown();
}

void PlanPage::showApproval(const RunbookWriter::Document &document)
{
    QStringList approved;
    for (int i = 0; i < document.steps.size(); ++i) {
        const RunbookWriter::Step &step = document.steps.at(i);
        if (step.asksFirst && step.destructive)
            approved << tr("%1. %2").arg(i + 1).arg(step.title);
    }
    if (approved.isEmpty())
        return;
    m_approveList->setText(
        tr("Approving says yes now to these steps, which change the cluster; steps only a person can do "
           "still ask when they come:")
        + QStringLiteral("\n• ") + approved.join(QStringLiteral("\n• ")));
    m_approveWord->setPlaceholderText(tr("Type %1 to approve the whole plan").arg(m_session->profile().name));
    m_approve->show();
    updateApproval();
}

void PlanPage::updateApproval()
{
    const bool ticked = m_approve->isChecked() && !m_approve->isHidden();
    m_approveList->setVisible(ticked);
    // A real cluster's name is typed, as before each step it would be.
    const bool wordNeeded = !m_session->profile().sandbox;
    m_approveWord->setVisible(ticked && wordNeeded);
    m_session->setPlanApproved(ticked && (!wordNeeded || m_approveWord->text() == m_session->profile().name));
}

void PlanPage::addPreviewLine(QTreeWidgetItem *step, const QString &line)
{
    // A preview line names paths, on hosts too ("… from node2:/opt/…"): it
    // takes the row's whole width, and its tooltip has what is elided.
    auto *item = new QTreeWidgetItem(step, {line});
    item->setFirstColumnSpanned(true);
    item->setToolTip(TitleColumn, line);
}

bool PlanPage::isComplete() const
{
    return !m_building && m_built;
}

int PlanPage::nextId() const
{
    return Page_Run;
}

void PlanPage::chooseExportFile()
{
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString htmlFilter = tr("HTML (*.html)");
    QString selected = markdownFilter;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                            + QStringLiteral("%1-%2-runbook.md").arg(m_document.clusterName, m_document.scenarioId);
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export runbook"), suggested,
                                                    markdownFilter + QStringLiteral(";;") + htmlFilter, &selected);
    if (fileName.isEmpty())
        return;
    const Format format = selected == htmlFilter ? Format::Html : Format::Markdown;
    const QString suffix = format == Format::Html ? QStringLiteral("html") : QStringLiteral("md");
    if (QFileInfo(fileName).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        if (QFileInfo(fileName).suffix().compare(QStringLiteral("md"), Qt::CaseInsensitive) == 0
            || QFileInfo(fileName).suffix().compare(QStringLiteral("html"), Qt::CaseInsensitive) == 0)
            fileName.chop(QFileInfo(fileName).suffix().size() + 1);
        fileName += u'.' + suffix;
    }
    QString error;
    if (!exportRunbook(fileName, format, &error))
        QMessageBox::warning(this, tr("Export runbook"), error);
}

bool PlanPage::exportRunbook(const QString &fileName, Format format, QString *error)
{
    const QString text = format == Format::Html ? RunbookWriter::html(m_document) : RunbookWriter::markdown(m_document);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

} // namespace Lifeboat
