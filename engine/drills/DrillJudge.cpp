// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillJudge.h"

#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <cluster/NodeController.h>
#include <hosts/HostFiles.h>
#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <restore/RestoredTree.h>
#include <restore/SetComparison.h>
#include <run/Downtime.h>
#include <run/OptionNames.h>
#include <run/RunResult.h>
#include <scenarios/ScenarioIds.h>

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Lifeboat {

namespace {
constexpr int nodesUpPoints = 30;
constexpr int healthyPoints = 10;
constexpr int dataPoints = 20;
constexpr int procedurePoints = 20;
constexpr int timePoints = 20;

QString setOf(const RunRecord &run)
{
    return QFileInfo(run.options.value(QString(OptionNames::backupSet)).toString()).fileName();
}

bool changedSomething(const RunRecord &run)
{
    return std::any_of(run.steps.cbegin(), run.steps.cend(),
                       [](const RunRecord::StepRecord &step) { return step.destructive && step.started; });
}
} // namespace

DrillJudge::DrillJudge(const Drill &drill, const DrillRecord &record, const ClusterProfile &profile)
    : m_drill(drill)
    , m_record(record)
    , m_profile(profile)
{
}

// How much of the cluster a recovery takes down: one node, the publish
// tier, the whole cluster.
int DrillJudge::breadth(const QString &scenario)
{
    if (scenario == ScenarioIds::restoreCluster)
        return 3;
    if (scenario == ScenarioIds::recoverPublishCluster)
        return 2;
    return 1;
}

// The recoveries the trainee ran since the clock started, oldest first.
QList<RunRecord> DrillJudge::recoveries(const QList<RunRecord> &runs) const
{
    const QStringList recoveryScenarios{QString(ScenarioIds::restoreNode), QString(ScenarioIds::restoreCluster),
                                        QString(ScenarioIds::recoverPublishNode),
                                        QString(ScenarioIds::recoverPublishCluster), QString(ScenarioIds::rollbackRestore)};
    QList<RunRecord> found;
    for (const RunRecord &run : runs) {
        if (run.startedAt >= m_record.startedAt && recoveryScenarios.contains(run.scenario))
            found.append(run);
    }
    std::sort(found.begin(), found.end(), [](const RunRecord &a, const RunRecord &b) { return a.startedAt < b.startedAt; });
    return found;
}

DrillScore DrillJudge::judge(const QList<RunRecord> &runs, const QList<NodeStatus> &statuses, const QStringList &sharedDamage,
                             const QDateTime &finishedAt) const
{
    const QList<RunRecord> ran = recoveries(runs);
    return {{nodesUp(statuses), healthy(statuses), data(ran, sharedDamage), procedure(ran), time(finishedAt)}};
}

DrillScore::Point DrillJudge::nodesUp(const QList<NodeStatus> &statuses) const
{
    QStringList down;
    for (const NodeStatus &status : statuses) {
        if (!status.running)
            down.append(status.name);
    }
    const int total = std::max<int>(1, int(statuses.size()));
    return {tr("Every node is up"), nodesUpPoints * (total - int(down.size())) / total, nodesUpPoints,
            down.isEmpty() ? tr("All %n node(s) answer.", nullptr, total)
                           : tr("Not answering: %1.").arg(down.join(QStringLiteral(", ")))};
}

DrillScore::Point DrillJudge::healthy(const QList<NodeStatus> &statuses) const
{
    QStringList wrong;
    for (const NodeStatus &status : statuses) {
        if (status.repositoryUnsync)
            wrong.append(tr("%1 reports repository unsync").arg(status.name));
        if (status.silentButAlive())
            wrong.append(tr("%1 holds its repository but does not answer").arg(status.name));
        if (status.backupModeActive)
            wrong.append(tr("%1 is still in a backup mode").arg(status.name));
    }
    return {tr("The cluster is healthy"), wrong.isEmpty() ? healthyPoints : 0, healthyPoints,
            wrong.isEmpty() ? tr("No node reports repository unsync, hangs or is left in a backup mode.")
                            : wrong.join(QStringLiteral("; ")) + u'.'};
}

QStringList DrillJudge::nodesToCompare() const
{
    if (m_drill.answerForNode)
        return m_record.nodes.mid(0, 1);
    QStringList authors;
    for (const NodeProfile &node : m_profile.nodes) {
        if (node.isAuthor())
            authors.append(node.name);
    }
    return authors;
}

DrillScore::Point DrillJudge::data(const QList<RunRecord> &recoveries, const QStringList &sharedDamage) const
{
    const QString title = tr("The data is back");
    const bool restored = std::any_of(recoveries.cbegin(), recoveries.cend(), changedSomething);
    if (m_drill.answer.isEmpty()) {
        return restored ? DrillScore::Point{title, 0, dataPoints, tr("A restore replaced data that was intact.")}
                        : DrillScore::Point{title, dataPoints, dataPoints, tr("Nothing needed restoring, and nothing was.")};
    }
    // Against the set the trainee's last successful recovery used, else the
    // one the model answer uses.
    QString set = m_record.goodSet;
    for (const RunRecord &run : recoveries) {
        if (run.state() == RunResult::succeeded && !setOf(run).isEmpty())
            set = setOf(run);
    }
    QString error;
    const auto manifest = BackupSetManifest::load(BackupSetLayout::final(m_profile.backupRoot, set), &error);
    if (!manifest)
        return {title, 0, dataPoints, error};
    QStringList problems = sharedDamage;
    for (const QString &name : nodesToCompare()) {
        if (const NodeProfile *node = m_profile.node(name))
            problems += SetComparison::repository(*node, *manifest, RestoredTree::actual(node->repository), 3);
    }
    return {title, problems.isEmpty() ? dataPoints : 0, dataPoints,
            problems.isEmpty() ? tr("What the fault destroyed is back as the set %1 holds it.").arg(set)
                               : problems.mid(0, 5).join(QStringLiteral("; ")) + u'.'};
}

DrillScore::Point DrillJudge::procedure(const QList<RunRecord> &recoveries) const
{
    QStringList mistakes;
    int lost = 0;
    const auto count = [&](Drill::Mistake mistake, int fallback) {
        const int points = m_drill.cost(mistake) ? m_drill.cost(mistake) : fallback;
        lost += points;
        mistakes.append(tr("%1 (−%2)").arg(Drill::mistakeText(mistake)).arg(points));
    };
    bool wider = false, damaged = false, needless = false;
    for (const RunRecord &run : recoveries) {
        // A run on the damaged set counts even when Lifeboat refused it half-way.
        if (!m_record.damagedSet.isEmpty() && setOf(run) == m_record.damagedSet && !damaged) {
            damaged = true;
            count(Drill::Mistake::DamagedSet, procedurePoints);
        }
        if (!changedSomething(run))
            continue;
        // Where nothing needed restoring, any restore threw data away; where
        // the repository was intact, one that replaced it did.
        const bool replacedRepository = run.options.value(QString(OptionNames::repository)).toBool()
            || breadth(run.scenario) > breadth(m_drill.answer);
        const bool threwDataAway = m_drill.answer.isEmpty() || (m_drill.repositoryIntact && replacedRepository);
        if (threwDataAway && !needless) {
            needless = true;
            count(Drill::Mistake::NeedlessRestore, procedurePoints);
        }
        if (breadth(run.scenario) > breadth(m_drill.answer) && !wider) {
            wider = true;
            count(Drill::Mistake::WiderScenario, procedurePoints / 2);
        }
    }
    if (secondaryStartedFirst())
        count(Drill::Mistake::SecondaryFirst, procedurePoints / 2);
    if (quarantinePurged(recoveries))
        count(Drill::Mistake::QuarantinePurged, procedurePoints / 2);
    const QString title = tr("A sound procedure");
    if (mistakes.isEmpty())
        return {title, procedurePoints, procedurePoints,
                tr("No recovery wider than needed, no damaged set, no intact repository replaced, no secondary "
                   "started before the primary, every quarantine kept.")};
    QString why = mistakes.join(QStringLiteral("; ")) + u'.';
    why[0] = why[0].toUpper(); // a sentence of its own where the points are listed
    return {title, std::max(0, procedurePoints - lost), procedurePoints, why};
}

// Every restore of the drill that changed something still has its
// quarantine (what it replaced, and what a rollback needs), unless a later
// rollback took that restore back.
bool DrillJudge::quarantinePurged(const QList<RunRecord> &recoveries) const
{
    QSet<QString> kept, rolledBack;
    for (const Quarantine::Run &run : Quarantine::list(m_profile))
        kept.insert(run.runId);
    for (const RunRecord &run : recoveries) {
        if (run.scenario == QLatin1String(ScenarioIds::rollbackRestore))
            rolledBack.insert(run.options.value(QString(OptionNames::run)).toString());
    }
    return std::any_of(recoveries.cbegin(), recoveries.cend(), [&](const RunRecord &run) {
        return run.scenario != QLatin1String(ScenarioIds::rollbackRestore) && changedSomething(run)
            && !kept.contains(run.runId) && !rolledBack.contains(run.runId);
    });
}

// Since the clock started, did a secondary refuse to start because the
// primary was down? The sandbox's nodes log that refusal in their error.log,
// by hand or by any other way they were started.
bool DrillJudge::secondaryStartedFirst() const
{
    const NodeController controller(m_profile);
    const QByteArray marker = "*ERROR* [" + QByteArray(NodeController::clusterJoinLogger.data(),
                                                       NodeController::clusterJoinLogger.size()) + ']';
    for (const NodeProfile *node : m_profile.nodesWithRole(NodeRole::Secondary)) {
        QByteArray log;
        if (!controller.hosts().files(m_profile.hostOf(*node)).readTail(node->errorLog, NodeController::errorLogTail, &log, nullptr))
            continue;
        for (const QByteArray &line : log.split('\n')) {
            if (!line.contains(marker))
                continue;
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(line.left(line.indexOf(' '))), Qt::ISODateWithMs);
            if (at.isValid() && at >= m_record.startedAt)
                return true;
        }
    }
    return false;
}

DrillScore::Point DrillJudge::time(const QDateTime &finishedAt) const
{
    const qint64 seconds = std::max<qint64>(0, m_record.startedAt.secsTo(finishedAt));
    const qint64 target = std::max(1, m_drill.targetSeconds);
    // Full marks within the target, none at three times it.
    const int got = seconds <= target ? timePoints : int(timePoints * std::max<qint64>(0, 3 * target - seconds) / (2 * target));
    return {tr("Time to recover"), got, timePoints,
            tr("%1 against a target of %2.").arg(Downtime::format(seconds * 1000), Downtime::format(target * 1000))};
}

} // namespace Lifeboat
