// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

// One training drill: what is broken (hidden from the trainee), the story
// the trainee is told instead, the model answer and what plausible wrong
// answers cost. The catalog (DrillCatalog) holds them; a drill in progress
// is a DrillRecord.
struct Drill
{
    Q_DECLARE_TR_FUNCTIONS(Drill)

public:
    // Where a fault lands; a drill's seed picks among several such nodes.
    enum class Target { Cluster, Primary, Secondary, Publish };

    struct Fault
    {
        QString name; // a SandboxFaults name
        Target target = Target::Cluster;
        // The node is stopped cleanly first (a stale .lock behind a node
        // that was shut down, not one that crashed).
        bool stoppedFirst = false;
    };

    // A wrong answer the judge recognises in the runs, and what it costs of
    // the procedure's 20 points.
    enum class Mistake {
        WiderScenario,  // a recovery wider than needed (restore-cluster for one node)
        DamagedSet,     // a restore from the set the drill damaged
        NeedlessRestore, // a repository replaced that was intact
        SecondaryFirst,  // a secondary started while the primary was down
        QuarantinePurged // what a restore replaced deleted before the drill ended
    };
    struct Cost
    {
        Mistake mistake;
        int points;
    };

    QString id;
    const char *title = "";
    const char *story = ""; // what the trainee is told: symptoms, never the fault
    int difficulty = 1;     // 1 (first week) to 3 (seasoned)
    QList<Fault> faults;
    // The backup strategy whose sets the model answer restores from (a
    // publish node's repository is only in backup-publish sets).
    QString backup = QStringLiteral("backup-offline");
    // The newest backup set is damaged too: the trainee must notice and
    // restore from the one before.
    bool damagesNewestSet = false;
    // The cluster is left in rolling backup mode, as a backup killed
    // half-way leaves it.
    bool leavesRollingMode = false;
    // Every author node is shut down cleanly first, as for maintenance: the
    // answer starts them again, the primary first.
    bool shutsDownAuthors = false;
    // What the answer's restore needs done first, or it refuses: a node
    // rebuilt from an older image gets its service pack ('lifeboat sandbox
    // patch'); a full disk gets room (the crash's heap dump moved off it).
    enum class FirstStep { None, InstallServicePack, MakeRoom };
    FirstStep firstStep = FirstStep::None;
    // Only on a sandbox whose nodes have hosts of their own (--hosts), or
    // whose storage is a file system of its own (--filesystem).
    bool needsHosts = false;
    bool needsFileSystem = false;
    // The model answer: one recovery scenario, for the node the first
    // fault hit (`answerForNode`) or the cluster; or, when it is empty,
    // what to do by hand instead (`manualAnswer`), restoring nothing.
    QString answer;
    const char *manualAnswer = "";
    bool answerForNode = false;
    // The fault left the node's repository intact: a recovery that replaces
    // it (restore-node --repository, restore-cluster) throws data away.
    bool repositoryIntact = false;
    int targetSeconds = 600;
    QList<Cost> costs;

    QString titleText() const { return tr(title); }
    QString storyText() const { return tr(story); }
    // "lifeboat run --scenario restore-node --node node2 --backup-set S",
    // for the debrief.
    QString modelAnswerText(const QString &node, const QString &set) const;
    int cost(Mistake mistake) const;
    static QString mistakeText(Mistake mistake);
};

} // namespace Lifeboat
