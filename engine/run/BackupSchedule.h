// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Lifeboat {

class Scenario;

// A backup that runs by itself: a systemd service that runs the scenario
// headless (`lifeboat run --profile … --scenario … --yes` and the options
// it was planned with) and a timer that starts it on an OnCalendar
// schedule. User units go to ~/.config/systemd/user; system units (as root)
// to a directory the caller chooses. Both files are written whole
// (QSaveFile); the timer records the profile and scenario (X-Lifeboat-*
// keys, which systemd ignores) so that list() finds the schedules again.
// Nothing here enables a timer: the caller shows activationHint().
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    struct Entry
    {
        QString name; // the units' base name: lifeboat-<scenario>-<profile>
        QString profilePath;
        QString scenario;
        QString onCalendar;
        QStringList command; // program and arguments of ExecStart
        QString directory; // where the unit files are
        QString timerFile() const;
        QString serviceFile() const;
    };

    BackupSchedule() = delete;

    static QString userUnitDirectory();
    static QString systemUnitDirectory() { return QStringLiteral("/etc/systemd/system"); }

    // The headless command line of `scenario` on the profile with `options`
    // (each declared option that has a value; a flag only when set).
    static QStringList command(const QString &program, const QString &profilePath, const Scenario &scenario,
        const QVariantMap &options);
    static QString unitName(const QString &profileName, const QString &scenario);
    // The units' Description=.
    static QString description(const Scenario &scenario, const QString &profileName);

    // Asks `systemd-analyze calendar` (within a time limit) whether systemd
    // understands `onCalendar`; `normalized` gets its normalized form and
    // when it next elapses. Where systemd-analyze is missing, only an empty
    // expression is refused.
    [[nodiscard]] static bool checkCalendar(const QString &onCalendar, QString *normalized, QString *error);

    static QString serviceText(const Entry &entry, const QString &description);
    static QString timerText(const Entry &entry, const QString &description);

    // Writes the service and the timer into entry.directory (made if missing).
    [[nodiscard]] static bool add(const Entry &entry, const QString &description, QString *error);
    // The schedules whose timers are in `directory`.
    static QList<Entry> list(const QString &directory);
    // Deletes both unit files of the schedule `name`.
    [[nodiscard]] static bool remove(const QString &directory, const QString &name, QString *error);
    // What turns the timer on (and off again), for the person to run.
    static QString activationHint(const Entry &entry, bool user);
};

} // namespace Lifeboat
