// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillCatalog.h"

#include <scenarios/ScenarioIds.h>

#include <QRandomGenerator>

namespace Lifeboat {

namespace {
using Target = Drill::Target;
using Mistake = Drill::Mistake;

QList<Drill> makeCatalog()
{
    const QString restoreNode(ScenarioIds::restoreNode);
    const QString restoreCluster(ScenarioIds::restoreCluster);
    const QString recoverPublishNode(ScenarioIds::recoverPublishNode);
    return {
        {.id = QStringLiteral("secondary-corrupt"),
         .title = QT_TRANSLATE_NOOP("Drill", "A secondary that lost its way"),
         .story = QT_TRANSLATE_NOOP("Drill", "Monday, 07:40. Users report that forms submitted through one of the author "
                                             "nodes vanish. The other nodes look fine. Find out what is wrong and bring "
                                             "the cluster back."),
         .difficulty = 1,
         .faults = {{QStringLiteral("corrupt-repository"), Target::Secondary}},
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 300,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("secondary-crashed"),
         .title = QT_TRANSLATE_NOOP("Drill", "A node that fell over"),
         .story = QT_TRANSLATE_NOOP("Drill", "The monitoring paged you at 03:12: one author node stopped answering. "
                                             "Nobody has touched anything since."),
         .difficulty = 1,
         .faults = {{QStringLiteral("crash"), Target::Secondary}},
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 300,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("node-id-lost"),
         .title = QT_TRANSLATE_NOOP("Drill", "A node that forgot who it is"),
         .story = QT_TRANSLATE_NOOP("Drill", "After a colleague tidied up a server's disk, one author node no longer "
                                             "starts. The colleague swears only temporary files were removed."),
         .difficulty = 2,
         .faults = {{QStringLiteral("missing-cluster-node-id"), Target::Secondary}},
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 300,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("primary-lost"),
         .title = QT_TRANSLATE_NOOP("Drill", "The primary's disk is gone"),
         .story = QT_TRANSLATE_NOOP("Drill", "The storage team replaced a failed disk on the primary's server overnight. "
                                             "The primary does not come up; the secondaries still answer."),
         .difficulty = 2,
         .faults = {{QStringLiteral("delete-repository"), Target::Primary}},
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 600,
         .costs = {{Mistake::WiderScenario, 15}}},
        {.id = QStringLiteral("authors-lost"),
         .title = QT_TRANSLATE_NOOP("Drill", "Every author node down"),
         .story = QT_TRANSLATE_NOOP("Drill", "A storage outage took the author servers' disks with it. Nothing on the "
                                             "author side answers. The database and the shared storage survived."),
         .difficulty = 3,
         .faults = {{QStringLiteral("delete-repository"), Target::Primary},
                    {QStringLiteral("delete-repository"), Target::Secondary}},
         .answer = restoreCluster,
         .targetSeconds = 900},
        {.id = QStringLiteral("gds-lost"),
         .title = QT_TRANSLATE_NOOP("Drill", "Documents gone from the shared storage"),
         .story = QT_TRANSLATE_NOOP("Drill", "Since this morning some long-lived processes fail with \"document not "
                                             "found\". Every node runs and answers."),
         .difficulty = 2,
         .faults = {{QStringLiteral("lose-gds-files"), Target::Cluster}},
         .answer = restoreCluster,
         .targetSeconds = 900},
        {.id = QStringLiteral("database-corrupt"),
         .title = QT_TRANSLATE_NOOP("Drill", "A forms database that lies"),
         .story = QT_TRANSLATE_NOOP("Drill", "The forms database was restarted after a power cut in the server room. "
                                             "Since then every form shows errors, on every node."),
         .difficulty = 3,
         .faults = {{QStringLiteral("corrupt-database"), Target::Cluster}},
         .answer = restoreCluster,
         .targetSeconds = 900},
        {.id = QStringLiteral("publish-lost"),
         .title = QT_TRANSLATE_NOOP("Drill", "A publish node burnt out"),
         .story = QT_TRANSLATE_NOOP("Drill", "One publish server was taken away for repair and came back with an empty "
                                             "disk. The authors and the other publish nodes work."),
         .difficulty = 2,
         .faults = {{QStringLiteral("lose-node"), Target::Publish}},
         .backup = QString(ScenarioIds::backupPublish),
         .answer = recoverPublishNode,
         .answerForNode = true,
         .targetSeconds = 600,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("stale-lock"),
         .title = QT_TRANSLATE_NOOP("Drill", "A node that will not start"),
         .story = QT_TRANSLATE_NOOP("Drill", "After last night's patching one author node was left down. The patch "
                                             "notes say nothing about it. Get it serving again."),
         .difficulty = 1,
         .faults = {{QStringLiteral("stale-lock"), Target::Secondary, true}},
         .answer = restoreNode,
         .answerForNode = true,
         .repositoryIntact = true,
         .targetSeconds = 300,
         .costs = {{Mistake::NeedlessRestore, 20}, {Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("newest-set-damaged"),
         .title = QT_TRANSLATE_NOOP("Drill", "The backup you reach for first"),
         .story = QT_TRANSLATE_NOOP("Drill", "An author node lost its data this morning. Last night's backup ran, as "
                                             "every night, to the NAS, which had its own troubles overnight."),
         .difficulty = 3,
         .faults = {{QStringLiteral("corrupt-repository"), Target::Secondary}},
         .damagesNewestSet = true,
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 600,
         .costs = {{Mistake::DamagedSet, 20}, {Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("rolling-mode-left"),
         .title = QT_TRANSLATE_NOOP("Drill", "The backup that never ended"),
         .story = QT_TRANSLATE_NOOP("Drill", "The nightly backup job died when its server rebooted at 02:00. This "
                                             "morning every node answers, but the forms team says old documents are "
                                             "never cleaned up any more."),
         .difficulty = 2,
         .leavesRollingMode = true,
         .manualAnswer = QT_TRANSLATE_NOOP("Drill", "Restore nothing: leave rolling backup mode with the profile's "
                                                    "\"leaveRolling\" command (the failed backup's report names it)."),
         .targetSeconds = 300,
         .costs = {{Mistake::NeedlessRestore, 20}, {Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("old-image"),
         .title = QT_TRANSLATE_NOOP("Drill", "A server rebuilt in a hurry"),
         .story = QT_TRANSLATE_NOOP("Drill", "One author node's server died over the weekend. Operations rebuilt it from "
                                             "the template image and handed it back this morning: \"same paths, same "
                                             "name, ready for your data\"."),
         .difficulty = 2,
         .faults = {{QStringLiteral("old-image"), Target::Secondary}},
         .firstStep = Drill::FirstStep::InstallServicePack,
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 420,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("host-unreachable"),
         .title = QT_TRANSLATE_NOOP("Drill", "A node nobody can reach"),
         .story = QT_TRANSLATE_NOOP("Drill", "At 06:10 one author node stopped answering, and its server does not answer "
                                             "ssh either. Users on the other nodes notice nothing."),
         .difficulty = 2,
         .faults = {{QStringLiteral("host-down"), Target::Secondary}},
         .needsHosts = true,
         .manualAnswer = QT_TRANSLATE_NOOP("Drill", "Restore nothing: the node's data is intact, its host cannot be reached, "
                                                    "and every restore refuses a host it cannot reach. Bring the host back "
                                                    "(on the sandbox, 'lifeboat sandbox start DIR' starts its hosts and "
                                                    "nodes; on a real cluster, whoever runs the server and its network), "
                                                    "then check that the node answers and is in sync."),
         .targetSeconds = 300,
         .costs = {{Mistake::NeedlessRestore, 20}, {Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("disk-full"),
         .title = QT_TRANSLATE_NOOP("Drill", "A node that choked"),
         .story = QT_TRANSLATE_NOOP("Drill", "One author node crashed at 04:00 with an out-of-memory error, and the "
                                             "monitoring says its disk is almost full. The JVM team has already "
                                             "copied what they need from that server."),
         .difficulty = 3,
         .faults = {{QStringLiteral("disk-full"), Target::Secondary}},
         .firstStep = Drill::FirstStep::MakeRoom,
         .needsFileSystem = true,
         .answer = restoreNode,
         .answerForNode = true,
         .targetSeconds = 600,
         .costs = {{Mistake::WiderScenario, 20}}},
        {.id = QStringLiteral("authors-shut-down"),
         .title = QT_TRANSLATE_NOOP("Drill", "Back from the maintenance window"),
         .story = QT_TRANSLATE_NOOP("Drill", "The network team shut every author node down last night to replace a "
                                             "switch. They are done and have gone home. Bring the author cluster back "
                                             "into service."),
         .difficulty = 1,
         .shutsDownAuthors = true,
         .manualAnswer = QT_TRANSLATE_NOOP("Drill", "Restore nothing: start the primary node first and the "
                                                    "secondaries once it is up (\"Start all nodes\" on the sandbox "
                                                    "page, or 'lifeboat sandbox start', keeps that order)."),
         .targetSeconds = 180,
         .costs = {{Mistake::SecondaryFirst, 10}, {Mistake::NeedlessRestore, 20}, {Mistake::WiderScenario, 20}}},
    };
}
} // namespace

const QList<Drill> &DrillCatalog::all()
{
    static const QList<Drill> catalog = makeCatalog();
    return catalog;
}

const Drill *DrillCatalog::find(const QString &id)
{
    for (const Drill &drill : all()) {
        if (drill.id == id)
            return &drill;
    }
    return nullptr;
}

const Drill &DrillCatalog::pick(quint32 seed, const std::function<bool(const Drill &)> &canRun)
{
    QList<const Drill *> runnable;
    for (const Drill &drill : all()) {
        if (canRun(drill))
            runnable.append(&drill);
    }
    return *runnable.at(QRandomGenerator(seed).bounded(int(runnable.size())));
}

} // namespace Lifeboat
