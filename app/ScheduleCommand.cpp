// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScheduleCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ScenarioInvocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <run/BackupSchedule.h>

namespace Lifeboat {

namespace {
QCommandLineOption unitDirectoryOption()
{
    return { QStringLiteral("unit-dir"),
        ScheduleCommand::tr("Where the units are (default: %1; as root, for example %2).")
            .arg(BackupSchedule::userUnitDirectory(), BackupSchedule::systemUnitDirectory()),
        ScheduleCommand::tr("dir") };
}

int usageError(const QString &problem)
{
    Console::err() << problem << '\n'
                   << ScheduleCommand::tr("Usage: lifeboat schedule list|add|remove … (see the user guide).")
                   << Qt::endl;
    return toInt(ExitCode::UsageError);
}
} // namespace

QString ScheduleCommand::summary() const
{
    return tr("List, add or remove the systemd timers that run a backup by itself");
}

int ScheduleCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("add"))
        return add(rest);
    if (action == QLatin1String("remove"))
        return remove(rest);
    return usageError(tr("Say what to do: 'lifeboat schedule list', 'add' or 'remove NAME'."));
}

int ScheduleCommand::list(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(unitDirectoryOption());
    if (const auto code = parse(parser, arguments))
        return *code;
    const QString directory = parser.isSet(QStringLiteral("unit-dir"))
        ? parser.value(QStringLiteral("unit-dir"))
        : BackupSchedule::userUnitDirectory();
    for (const BackupSchedule::Entry &entry : BackupSchedule::list(directory))
        Console::out() << QStringLiteral("%1  %2  %3  %4\n")
                              .arg(entry.name, entry.scenario, entry.onCalendar, entry.profilePath);
    Console::out().flush();
    return toInt(ExitCode::Success);
}

int ScheduleCommand::add(const QStringList &arguments) const
{
    const QCommandLineOption calendar(QStringLiteral("on-calendar"),
        tr("When it runs, as a systemd calendar (\"daily\", \"Mon..Fri 02:00\")."), tr("calendar"));
    const QCommandLineOption unitDirectory = unitDirectoryOption();
    ScenarioInvocation invocation;
    if (const auto code
        = invocation.parse(QStringLiteral("schedule add"), arguments, { calendar, unitDirectory }))
        return *code;
    if (invocation.scenario().category() != ScenarioCategory::Backup)
        return usageError(
            tr("Only a backup can be scheduled; %1 is not one.").arg(invocation.scenario().id()));
    BackupSchedule::Entry entry;
    entry.name = BackupSchedule::unitName(invocation.profile().name, invocation.scenario().id());
    entry.profilePath = invocation.profile().filePath;
    entry.scenario = invocation.scenario().id();
    entry.onCalendar = invocation.parser().value(calendar);
    entry.command = BackupSchedule::command(QCoreApplication::applicationFilePath(), entry.profilePath,
        invocation.scenario(), invocation.options());
    const bool user = !invocation.parser().isSet(unitDirectory);
    entry.directory = user ? BackupSchedule::userUnitDirectory() : invocation.parser().value(unitDirectory);
    QString normalized;
    QString error;
    if (!BackupSchedule::checkCalendar(entry.onCalendar, &normalized, &error))
        return usageError(error);
    const QString description = BackupSchedule::description(invocation.scenario(), invocation.profile().name);
    if (!BackupSchedule::add(entry, description, &error)) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    Console::out() << entry.timerFile() << '\n'
                   << entry.serviceFile() << '\n'
                   << normalized << '\n'
                   << BackupSchedule::activationHint(entry, user) << Qt::endl;
    return toInt(ExitCode::Success);
}

int ScheduleCommand::remove(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(unitDirectoryOption());
    parser.addPositionalArgument(
        QStringLiteral("name"), tr("The schedule's name, as 'lifeboat schedule list' shows it."));
    if (const auto code = parse(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("Give the name of one schedule ('lifeboat schedule list' shows them)."));
    const QString directory = parser.isSet(QStringLiteral("unit-dir"))
        ? parser.value(QStringLiteral("unit-dir"))
        : BackupSchedule::userUnitDirectory();
    QString error;
    if (!BackupSchedule::remove(directory, parser.positionalArguments().first(), &error)) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
