// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDialog>
#include <QFuture>
#include <QVariantMap>
#include <profile/ClusterProfile.h>
#include <run/BackupSchedule.h>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace Lifeboat {

class Scenario;
class WizardSession;

// "Schedule this backup": writes a systemd timer and service
// (BackupSchedule) that run the scenario headless with the options it was
// planned with, on an OnCalendar schedule checked by systemd-analyze; user
// units by default, system units into a chosen folder when run as root.
// Lists the schedules already in that folder, each with Remove. The check,
// the writing and the listing run on a worker thread.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(const ClusterProfile &profile, const Scenario &scenario, const QVariantMap &options,
        QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // Opens the dialog (window-modal, deleted on close) for the session's
    // profile, scenario and options: the Plan and Summary pages' button.
    static ScheduleDialog *openFor(const WizardSession &session, QWidget *parent);
    // Whether the session's scenario is a backup, which can be scheduled.
    static bool canSchedule(const WizardSession &session);

    // The lifeboat program the service runs; this program by default.
    void setProgram(const QString &program);
    QString unitDirectory() const;
    const QList<BackupSchedule::Entry> &schedules() const { return m_schedules; }
    QString statusText() const;
    // The folder has been listed since the last change (see BackupsView::isListed()).
    bool isListed() const { return m_listed; }
    void addSchedule();
    void removeSelected();

Q_SIGNALS:
    void listed();
    void added(bool succeeded);
    void removed(bool succeeded);

private:
    void refresh();
    void showCommand();
    void setBusy(bool busy);

    ClusterProfile m_profile;
    const Scenario &m_scenario;
    QVariantMap m_options;
    QString m_program;
    QLineEdit *m_calendar;
    QRadioButton *m_user;
    QRadioButton *m_system;
    QLineEdit *m_systemDirectory;
    QPlainTextEdit *m_command;
    QLabel *m_status;
    QPushButton *m_add;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    QList<BackupSchedule::Entry> m_schedules;
    QFuture<void> m_work; // the worker's part only
    bool m_busy = false;
    bool m_listed = false;
};

} // namespace Lifeboat
