// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "QuarantineCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "TerminalConfirmer.h"

#include <profile/ClusterProfile.h>
#include <restore/Quarantine.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace Lifeboat {

namespace {
int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << QuarantineCommand::tr("Run 'lifeboat quarantine --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}
} // namespace

QString QuarantineCommand::summary() const
{
    return tr("List or purge what restores moved to the quarantine");
}

QString QuarantineCommand::description() const
{
    return tr("A restore never deletes what it replaces: it moves it to a quarantine beside it, kept until you purge it. "
           "'list' shows every restore run's quarantine; 'purge --run ID' (or --all) deletes them for good. To undo a "
           "restore instead, run the scenario rollback-restore --run ID.");
}

void QuarantineCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or purge"));
    parser.addOption({QStringLiteral("profile"), tr("The cluster profile (JSON)."), tr("file")});
    parser.addOption({QStringLiteral("run"), tr("purge: the restore run whose quarantine to delete."), tr("id")});
    parser.addOption({QStringLiteral("all"), tr("purge: every quarantine of the profile.")});
    parser.addOption({QStringLiteral("yes"), tr("purge: do not ask (for scripts).")});
    parser.addOption({QStringLiteral("json"), tr("list: print JSON.")});
}

int QuarantineCommand::execute(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("list") && action != QLatin1String("purge"))
        return usageError(tr("Say what to do: 'lifeboat quarantine list' or 'lifeboat quarantine purge'."));
    if (!parser.isSet(QStringLiteral("profile")))
        return usageError(tr("--profile is required (a sandbox has one at DIR/cluster.json)."));
    QString error;
    const auto profile = ClusterProfile::load(parser.value(QStringLiteral("profile")), &error);
    if (!profile)
        return usageError(error);
    if (action == QLatin1String("list"))
        return list(*profile, parser.isSet(QStringLiteral("json")));
    if (parser.isSet(QStringLiteral("run")) == parser.isSet(QStringLiteral("all")))
        return usageError(tr("purge needs either --run ID or --all."));
    return purge(*profile, parser.value(QStringLiteral("run")), parser.isSet(QStringLiteral("all")), parser.isSet(QStringLiteral("yes")));
}

namespace {
QStringList displayed(const QList<HostPath> &places)
{
    QStringList texts;
    for (const HostPath &place : places)
        texts.append(place.display());
    return texts;
}
} // namespace

int QuarantineCommand::list(const ClusterProfile &profile, bool json) const
{
    const QList<Quarantine::Run> runs = Quarantine::list(profile);
    if (json) {
        QJsonArray array;
        for (const Quarantine::Run &run : runs) {
            QJsonArray entries;
            for (const Quarantine::Entry &entry : run.entries)
                entries.append(QJsonObject{{QStringLiteral("original"), entry.original}, {QStringLiteral("stored"), entry.stored}});
            array.append(QJsonObject{{QStringLiteral("run"), run.runId},
                                     {QStringLiteral("scenario"), run.scenario},
                                     {QStringLiteral("time"), run.time.toString(Qt::ISODate)},
                                     {QStringLiteral("bytes"), run.bytes},
                                     {QStringLiteral("directories"), QJsonArray::fromStringList(displayed(run.directories))},
                                     {QStringLiteral("entries"), entries}});
        }
        Console::out() << QJsonDocument(array).toJson() << Qt::flush;
        return toInt(ExitCode::Success);
    }
    if (runs.isEmpty()) {
        Console::out() << tr("No quarantine is kept for %1.").arg(profile.name) << Qt::endl;
        return toInt(ExitCode::Success);
    }
    const QLocale locale;
    for (const Quarantine::Run &run : runs) {
        Console::out() << tr("%1  %2  %3, %n path(s) kept", nullptr, int(run.entries.size()))
                              .arg(run.runId, run.scenario, locale.formattedDataSize(run.bytes))
                       << '\n';
        for (const Quarantine::Entry &entry : run.entries)
            Console::out() << QStringLiteral("    ") << entry.original << '\n';
    }
    Console::out() << tr("Undo a restore with: lifeboat run --profile %1 --scenario rollback-restore --run ID").arg(profile.filePath)
                   << '\n'
                   << tr("Delete a quarantine for good with: lifeboat quarantine purge --profile %1 --run ID").arg(profile.filePath)
                   << Qt::endl;
    return toInt(ExitCode::Success);
}

int QuarantineCommand::purge(const ClusterProfile &profile, const QString &runId, bool all, bool yes) const
{
    QList<HostPath> directories;
    for (const Quarantine::Run &run : Quarantine::list(profile)) {
        if (all || run.runId == runId)
            directories += run.directories;
    }
    if (directories.isEmpty()) {
        Console::err() << tr("No quarantine of %1 matches; 'lifeboat quarantine list --profile %2' shows them.")
                              .arg(all ? profile.name : runId, profile.filePath)
                       << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    Console::out() << tr("These folders will be deleted for good:") << '\n';
    for (const HostPath &directory : std::as_const(directories))
        Console::out() << QStringLiteral("    ") << directory.display() << '\n';
    Console::out().flush();
    if (!yes) {
        if (!TerminalConfirmer::hasTerminal()) {
            Console::err() << tr("Nothing was deleted: there is no terminal to ask on. Add --yes to purge from a script.") << Qt::endl;
            return toInt(ExitCode::CancelledOrDeclined);
        }
        Console::err() << tr("Type 'purge' to delete them: ") << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QLatin1String("purge")) {
            Console::err() << tr("Nothing was deleted.") << Qt::endl;
            return toInt(ExitCode::CancelledOrDeclined);
        }
    }
    QStringList problems;
    const int purged = Quarantine::purge(profile, directories, &problems);
    for (const QString &problem : std::as_const(problems))
        Console::err() << problem << Qt::endl;
    Console::out() << tr("Purged %n folder(s).", nullptr, purged) << Qt::endl;
    return toInt(!problems.isEmpty() ? ExitCode::StepFailed : ExitCode::Success);
}

} // namespace Lifeboat
