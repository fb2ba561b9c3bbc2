// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScheduleDialog.h"

#include "WizardSession.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <run/Scenario.h>
#include <unistd.h>

namespace Lifeboat {

ScheduleDialog::ScheduleDialog(
    const ClusterProfile &profile, const Scenario &scenario, const QVariantMap &options, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_scenario(scenario)
    , m_options(options)
    , m_program(QCoreApplication::applicationFilePath())
    , m_calendar(new QLineEdit(QStringLiteral("daily"), this))
    , m_user(new QRadioButton(tr("For &me (%1)").arg(BackupSchedule::userUnitDirectory()), this))
    , m_system(new QRadioButton(tr("For the &system (as root), in:"), this))
    , m_systemDirectory(new QLineEdit(BackupSchedule::systemUnitDirectory(), this))
    , m_command(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Write the timer"), this))
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule this backup"));
    m_calendar->setObjectName(QStringLiteral("onCalendar"));
    m_calendar->setToolTip(tr("A systemd calendar: \"daily\", \"Mon..Fri 02:00\", \"Sun *-*-* 03:30\"."));
    m_user->setChecked(true);
    const bool root = ::geteuid() == 0;
    m_system->setEnabled(root);
    m_systemDirectory->setEnabled(false);
    m_systemDirectory->setObjectName(QStringLiteral("systemDirectory"));
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(m_command->fontMetrics().height() * 4);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add->setObjectName(QStringLiteral("add"));
    m_list->setObjectName(QStringLiteral("schedules"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Timer"), tr("Scenario"), tr("When"), tr("Profile") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_remove->setObjectName(QStringLiteral("remove"));

    auto *systemRow = new QHBoxLayout;
    systemRow->addWidget(m_system);
    systemRow->addWidget(m_systemDirectory, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_calendar);
    form->addRow(tr("Units:"), m_user);
    form->addRow(QString(), systemRow);
    form->addRow(tr("Runs:"), m_command);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Schedules in this folder:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(removeRow);
    layout->addWidget(close);
    resize(760, 520);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ScheduleDialog::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { setBusy(m_busy); });
    connect(m_system, &QRadioButton::toggled, this, [this](bool system) {
        m_systemDirectory->setEnabled(system);
        refresh();
    });
    connect(m_systemDirectory, &QLineEdit::editingFinished, this, &ScheduleDialog::refresh);
    showCommand();
    refresh();
}

ScheduleDialog::~ScheduleDialog()
{
    m_work.waitForFinished();
}

bool ScheduleDialog::canSchedule(const WizardSession &session)
{
    return session.hasProfile() && session.scenario()
        && session.scenario()->category() == ScenarioCategory::Backup;
}

ScheduleDialog *ScheduleDialog::openFor(const WizardSession &session, QWidget *parent)
{
    if (!canSchedule(session))
        return nullptr;
    auto *dialog = new ScheduleDialog(session.profile(), *session.scenario(), session.givenOrCompletedOptions(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ScheduleDialog::setProgram(const QString &program)
{
    m_program = program;
    showCommand();
}

void ScheduleDialog::showCommand()
{
    m_command->setPlainText(
        BackupSchedule::command(m_program, m_profile.filePath, m_scenario, m_options).join(u' '));
}

QString ScheduleDialog::unitDirectory() const
{
    return m_system->isChecked() ? m_systemDirectory->text() : BackupSchedule::userUnitDirectory();
}

QString ScheduleDialog::statusText() const
{
    return m_status->text();
}

void ScheduleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_add->setEnabled(!busy);
    m_remove->setEnabled(!busy && m_list->currentItem());
}

void ScheduleDialog::refresh()
{
    if (m_busy)
        return;
    m_listed = false;
    setBusy(true);
    auto listing
        = QtConcurrent::run([directory = unitDirectory()] { return BackupSchedule::list(directory); });
    m_work = listing;
    listing.then(this, [this](const QList<BackupSchedule::Entry> &entries) {
        m_schedules = entries;
        m_list->clear();
        for (const BackupSchedule::Entry &entry : entries)
            new QTreeWidgetItem(m_list, { entry.name, entry.scenario, entry.onCalendar, entry.profilePath });
        setBusy(false);
        m_listed = true;
        Q_EMIT listed();
    });
}

void ScheduleDialog::addSchedule()
{
    if (m_busy)
        return;
    setBusy(true);
    BackupSchedule::Entry entry;
    entry.name = BackupSchedule::unitName(m_profile.name, m_scenario.id());
    entry.profilePath = m_profile.filePath;
    entry.scenario = m_scenario.id();
    entry.onCalendar = m_calendar->text().trimmed();
    entry.command = BackupSchedule::command(m_program, m_profile.filePath, m_scenario, m_options);
    entry.directory = unitDirectory();
    const QString description = BackupSchedule::description(m_scenario, m_profile.name);
    const bool user = !m_system->isChecked();
    auto adding = QtConcurrent::run([entry, description, user] {
        QString normalized;
        QString error;
        if (!BackupSchedule::checkCalendar(entry.onCalendar, &normalized, &error)
            || !BackupSchedule::add(entry, description, &error))
            return std::pair{ false, error };
        return std::pair{ true, normalized + u'\n' + BackupSchedule::activationHint(entry, user) };
    });
    m_work = adding;
    adding.then(this, [this](const std::pair<bool, QString> &result) {
        m_status->setText(result.second);
        setBusy(false);
        Q_EMIT added(result.first);
        refresh();
    });
}

void ScheduleDialog::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_busy)
        return;
    setBusy(true);
    auto removing = QtConcurrent::run([directory = unitDirectory(), name = item->text(0)] {
        QString error;
        const bool removed = BackupSchedule::remove(directory, name, &error);
        return std::pair{ removed, error };
    });
    m_work = removing;
    removing.then(this, [this](const std::pair<bool, QString> &result) {
        m_status->setText(result.second);
        setBusy(false);
        Q_EMIT removed(result.first);
        refresh();
    });
}

} // namespace Lifeboat
