// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "UnfinishedRuns.h"

#include <cluster/RepositoryLock.h>
#include <restore/Quarantine.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Lifeboat {

namespace {
// The restores a quarantine can undo; a rehearsal touches no cluster.
bool replacesFiles(const QString &scenario)
{
    return ScenarioRegistry::categoryOf(scenario) == ScenarioCategory::Recovery;
}

// "Restore a single node (restore-node)": the words, and the name the CLI knows.
QString scenarioName(const QString &id)
{
    const Scenario *scenario = ScenarioRegistry::find(id);
    return scenario ? QStringLiteral("%1 (%2)").arg(scenario->title(), id) : id;
}
} // namespace

QList<UnfinishedRuns::Offer> UnfinishedRuns::find(const QString &runsDirectory, const QStringList &setAside)
{
    QList<Offer> offers;
    QList<RunRecord> restores;
    for (const RunRecord &record : RunRecord::list(runsDirectory)) {
        if (setAside.contains(record.runId))
            continue;
        if (record.isInterrupted()) {
            if (RepositoryLock::inspect(record.directory).state == RepositoryLock::State::Held)
                continue;
            QString error;
            const auto profile = ClusterProfile::load(record.profilePath, &error);
            if (!profile)
                continue;
            offers.append({Offer::Kind::Resume, record, *profile,
                           tr("%1 on %2, started %3, was interrupted.")
                               .arg(scenarioName(record.scenario), record.clusterName,
                                    QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat))});
        } else if (replacesFiles(record.scenario)) {
            restores.append(record);
        }
    }

    // One look at each cluster's quarantines, however many restores it had.
    QSet<QString> looked;
    for (const RunRecord &restore : std::as_const(restores)) {
        if (looked.contains(restore.profilePath))
            continue;
        looked.insert(restore.profilePath);
        QString error;
        const auto profile = ClusterProfile::load(restore.profilePath, &error);
        if (!profile)
            continue;
        for (const Quarantine::Run &kept : Quarantine::list(*profile)) {
            const auto record = std::find_if(restores.cbegin(), restores.cend(),
                                             [&kept](const RunRecord &candidate) { return candidate.runId == kept.runId; });
            if (record == restores.cend() || kept.entries.isEmpty())
                continue;
            offers.append({Offer::Kind::Rollback, *record, *profile,
                           tr("%1 on %2 (%3) keeps what it replaced in a quarantine.")
                               .arg(scenarioName(record->scenario), record->clusterName,
                                    QLocale().toString(record->startedAt.toLocalTime(), QLocale::ShortFormat))});
        }
    }
    return offers;
}

} // namespace Lifeboat
