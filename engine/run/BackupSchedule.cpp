// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupSchedule.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <run/OptionNames.h>
#include <run/Scenario.h>
#include <support/ExternalCommand.h>

namespace Lifeboat {

namespace {
constexpr int calendarTimeoutMs = 10000;
const auto profileKey = QStringLiteral("X-Lifeboat-Profile=");
const auto scenarioKey = QStringLiteral("X-Lifeboat-Scenario=");
const auto calendarKey = QStringLiteral("OnCalendar=");

// One ExecStart argument, quoted as systemd reads it: no shell, but its own
// quoting, specifiers (%) and variables ($).
QString quoted(QString argument)
{
    argument.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    argument.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
    return u'"' + argument + u'"';
}

// A profile path in a unit file's X- key: one line, specifiers kept literal.
QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'%', QStringLiteral("%%"));
}

bool write(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = BackupSchedule::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

QString BackupSchedule::Entry::timerFile() const
{
    return QDir(directory).filePath(name + QStringLiteral(".timer"));
}

QString BackupSchedule::Entry::serviceFile() const
{
    return QDir(directory).filePath(name + QStringLiteral(".service"));
}

QString BackupSchedule::userUnitDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("systemd/user"));
}

QStringList BackupSchedule::command(
    const QString &program, const QString &profilePath, const Scenario &scenario, const QVariantMap &options)
{
    QStringList arguments{ program, QStringLiteral("run"), QStringLiteral("--profile"), profilePath,
        QStringLiteral("--scenario"), scenario.id(), QStringLiteral("--yes") };
    for (const ScenarioOption &option : scenario.options()) {
        const QVariant value = options.value(option.name);
        if (!value.isValid() || value.toString().isEmpty())
            continue;
        // A label nobody gave is the planned set's id: each scheduled run
        // names its own set, so it is not frozen into every night's label.
        if (option.name == OptionNames::label && value == options.value(QStringLiteral("setId")))
            continue;
        if (option.isFlag()) {
            if (value.toBool())
                arguments << QStringLiteral("--") + option.name;
            continue;
        }
        arguments << QStringLiteral("--") + option.name << value.toString();
    }
    return arguments;
}

QString BackupSchedule::unitName(const QString &profileName, const QString &scenario)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString profile = profileName.toLower();
    profile.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("lifeboat-%1-%2").arg(scenario, profile);
}

QString BackupSchedule::description(const Scenario &scenario, const QString &profileName)
{
    return tr("Lifeboat: %1 of %2").arg(scenario.title(), profileName);
}

bool BackupSchedule::checkCalendar(const QString &onCalendar, QString *normalized, QString *error)
{
    if (onCalendar.trimmed().isEmpty()) {
        *error = tr("Say when it runs, for example \"daily\" or \"Mon..Fri 02:00\".");
        return false;
    }
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty()) {
        *normalized = onCalendar.trimmed();
        return true;
    }
    const ExternalCommand::Result result = ExternalCommand::run(
        analyze, { QStringLiteral("calendar"), onCalendar.trimmed() }, calendarTimeoutMs);
    if (!result.succeeded()) {
        *error = tr("systemd does not understand \"%1\": %2")
                     .arg(onCalendar.trimmed(), ExternalCommand::firstError(result));
        return false;
    }
    *normalized = QString::fromUtf8(result.out).trimmed();
    return true;
}

QString BackupSchedule::serviceText(const Entry &entry, const QString &description)
{
    QStringList exec;
    for (const QString &argument : entry.command)
        exec.append(quoted(argument));
    return QStringLiteral("# Written by Lifeboat: runs the scenario headless, as the wizard planned it.\n"
                          "[Unit]\n"
                          "Description=%1\n"
                          "Wants=network-online.target\n"
                          "After=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n")
        .arg(oneLine(description), exec.join(u' '));
}

QString BackupSchedule::timerText(const Entry &entry, const QString &description)
{
    return QStringLiteral("# Written by Lifeboat: starts %1.service on its schedule.\n"
                          "[Unit]\n"
                          "Description=%2\n"
                          "%3%4\n"
                          "%5%6\n"
                          "\n"
                          "[Timer]\n"
                          "%7%8\n"
                          "Persistent=true\n"
                          "Unit=%1.service\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(entry.name, oneLine(description), profileKey, oneLine(entry.profilePath), scenarioKey,
            entry.scenario, calendarKey, oneLine(entry.onCalendar));
}

bool BackupSchedule::add(const Entry &entry, const QString &description, QString *error)
{
    if (!QDir().mkpath(entry.directory)) {
        *error = tr("Cannot make the folder %1 for the schedule's units.").arg(entry.directory);
        return false;
    }
    // The service first: a timer never points at a unit that is not there.
    return write(entry.serviceFile(), serviceText(entry, description), error)
        && write(entry.timerFile(), timerText(entry, description), error);
}

QList<BackupSchedule::Entry> BackupSchedule::list(const QString &directory)
{
    QList<Entry> entries;
    const QStringList timers
        = QDir(directory).entryList({ QStringLiteral("lifeboat-*.timer") }, QDir::Files, QDir::Name);
    for (const QString &timer : timers) {
        QFile file(QDir(directory).filePath(timer));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Entry entry;
        entry.directory = directory;
        entry.name = timer.chopped(int(QStringLiteral(".timer").size()));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.startsWith(profileKey))
                entry.profilePath
                    = line.mid(profileKey.size()).replace(QStringLiteral("%%"), QStringLiteral("%"));
            else if (line.startsWith(scenarioKey))
                entry.scenario = line.mid(scenarioKey.size());
            else if (line.startsWith(calendarKey))
                entry.onCalendar
                    = line.mid(calendarKey.size()).replace(QStringLiteral("%%"), QStringLiteral("%"));
        }
        if (!entry.scenario.isEmpty())
            entries.append(entry);
    }
    return entries;
}

bool BackupSchedule::remove(const QString &directory, const QString &name, QString *error)
{
    Entry entry;
    entry.directory = directory;
    entry.name = name;
    // The timer first: a service without its timer never starts by itself.
    for (const QString &path : { entry.timerFile(), entry.serviceFile() }) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot delete %1. Check its permissions.").arg(path);
            return false;
        }
    }
    return true;
}

QString BackupSchedule::activationHint(const Entry &entry, bool user)
{
    const QString systemctl = user ? QStringLiteral("systemctl --user") : QStringLiteral("systemctl");
    return tr("Turn it on with: %1 daemon-reload && %1 enable --now %2.timer").arg(systemctl, entry.name);
}

} // namespace Lifeboat
