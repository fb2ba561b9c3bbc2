// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PruneCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <profile/ClusterProfile.h>
#include <backup/BackupRetention.h>
#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>

#include <QCommandLineParser>
#include <QLocale>

namespace Lifeboat {

namespace {
// An unfinished set younger than this may still be written by a running
// backup (or be about to be resumed), so prune leaves it alone.
constexpr qint64 unfinishedGraceSeconds = 24 * 60 * 60;

int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << PruneCommand::tr("Run 'lifeboat prune --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}
} // namespace

QString PruneCommand::summary() const
{
    return tr("Delete all but the N newest backup sets (and stale unfinished ones)");
}

QString PruneCommand::description() const
{
    return tr("Keeps the N newest complete backup sets of a profile and deletes the older ones, and deletes unfinished "
           "(.partial) sets that nothing has changed for 24 hours. Prints every set it removes.");
}

void PruneCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("profile"), tr("The cluster profile (JSON) whose backup root is pruned."), tr("file")});
    parser.addOption({QStringLiteral("keep"), tr("How many of the newest complete sets to keep (at least 1)."), tr("N")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only print what would be removed; change nothing.")});
}

int PruneCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("profile")))
        return usageError(tr("--profile is required (a sandbox has one at DIR/cluster.json)."));
    bool ok = false;
    const int keep = parser.value(QStringLiteral("keep")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("keep")) || !ok || keep < 1)
        return usageError(tr("--keep must be a whole number of at least 1: prune never deletes the newest backup set."));
    QString error;
    const auto profile = ClusterProfile::load(parser.value(QStringLiteral("profile")), &error);
    if (!profile)
        return usageError(error);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    const QList<BackupSetCatalog::Set> sets = BackupSetCatalog::list(profile->backupRoot);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    QStringList removals;
    qint64 freed = 0;
    int failures = 0;
    auto remove = [&](const QString &directory, const QString &description, qint64 bytes) {
        Console::out() << (dryRun ? tr("Would remove %1 (%2)") : tr("Removing %1 (%2)")).arg(directory, description) << Qt::endl;
        QString problem;
        if (!dryRun && !BackupRetention::remove(directory, &problem)) {
            Console::err() << problem << Qt::endl;
            ++failures;
            return;
        }
        removals.append(directory);
        freed += bytes;
    };

    // An older set that a kept incremental set takes files from stays too.
    for (const BackupRetention::Decision &decision : BackupRetention::decide(sets, keep)) {
        const BackupSetCatalog::Set &set = decision.set;
        const QString description = tr("%1, %2, %3").arg(set.strategy.isEmpty() ? tr("unknown strategy") : set.strategy,
                                                         set.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                         locale.formattedDataSize(set.archiveBytes));
        if (!decision.keep) {
            remove(set.directory, description, set.archiveBytes);
            continue;
        }
        Console::out() << tr("Keeping %1 (%2)").arg(set.directory, description) << '\n';
        if (!decision.holdsFilesOf.isEmpty())
            Console::out() << "  " << tr("kept: %1 holds files of %2").arg(set.id, decision.holdsFilesOf.join(QStringLiteral(", ")))
                           << '\n';
    }
    for (const BackupSetCatalog::Unfinished &unfinished : BackupSetCatalog::unfinished(profile->backupRoot)) {
        const qint64 idle = unfinished.lastChanged.secsTo(now);
        if (idle < unfinishedGraceSeconds)
            continue;
        remove(unfinished.directory,
               tr("unfinished, untouched for %n hour(s)", nullptr, int(idle / 3600)), 0);
    }

    if (removals.isEmpty() && failures == 0)
        Console::out() << tr("Nothing to remove in %1.").arg(profile->backupRoot) << '\n';
    else if (dryRun)
        Console::out() << tr("Dry run: %n set(s) would be removed, freeing at least %1. Nothing was changed.", nullptr,
                             int(removals.size())).arg(locale.formattedDataSize(freed))
                       << '\n';
    else
        Console::out() << tr("Removed %n set(s); their archives took %1.", nullptr, int(removals.size())).arg(locale.formattedDataSize(freed))
                       << '\n';
    Console::out().flush();
    if (failures > 0) {
        Console::err() << tr("%n set(s) could not be removed completely; see the messages above.", nullptr, failures) << Qt::endl;
        return toInt(ExitCode::StepFailed);
    }
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
