// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillSession.h"

#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <cluster/NodeController.h>
#include <drills/DrillCatalog.h>
#include <drills/DrillJudge.h>
#include <run/RunRecord.h>
#include <sandbox/SandboxFaults.h>
#include <scenarios/SharedDataCheck.h>
#include <support/DataPaths.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace Lifeboat {

DrillSession::DrillSession(const ClusterProfile &sandbox)
    : m_profile(sandbox)
{
}

QStringList DrillSession::sets(const Drill &drill) const
{
    // A set an earlier drill damaged stays damaged: never the one a drill restores from.
    QStringList damaged;
    for (const DrillRecord &record : DrillRecord::history()) {
        if (record.sandbox == m_profile.directory())
            damaged.append(record.damagedSet);
    }
    QStringList ids;
    for (const BackupSetCatalog::Set &set : BackupSetCatalog::list(m_profile.backupRoot)) {
        if (set.manifestReadable && set.profileName == m_profile.name && set.strategy == drill.backup
            && !damaged.contains(set.id))
            ids.append(set.id);
    }
    return ids;
}

// One node per fault, by its target; the same seed picks the same nodes.
QStringList DrillSession::pickNodes(const Drill &drill, quint32 seed) const
{
    QRandomGenerator random(seed);
    QStringList nodes;
    for (const Drill::Fault &fault : drill.faults) {
        QList<const NodeProfile *> candidates;
        switch (fault.target) {
        case Drill::Target::Cluster:
            break;
        case Drill::Target::Primary:
            candidates = m_profile.nodesWithRole(NodeRole::Primary);
            break;
        case Drill::Target::Secondary:
            candidates = m_profile.nodesWithRole(NodeRole::Secondary);
            break;
        case Drill::Target::Publish:
            candidates = m_profile.nodesWithRole(NodeRole::Publish);
            break;
        }
        nodes.append(candidates.isEmpty() ? QString() : candidates.at(random.bounded(int(candidates.size())))->name);
    }
    return nodes;
}

// A flipped byte in the middle of the set's largest archive: `lifeboat
// verify`, and the first step of a restore, find it.
bool DrillSession::damage(const QString &setId)
{
    const QDir set(BackupSetLayout::final(m_profile.backupRoot, setId));
    const QFileInfoList archives = set.entryInfoList({QStringLiteral("*.tar.*"), QStringLiteral("*.zip")}, QDir::Files, QDir::Size);
    QFile archive(archives.value(0).filePath());
    if (archives.isEmpty() || !archive.open(QIODevice::ReadWrite) || archive.size() < 2) {
        m_error = tr("Cannot damage the backup set %1 for the drill: it has no archive to change.").arg(setId);
        return false;
    }
    const qint64 middle = archive.size() / 2;
    archive.seek(middle);
    const QByteArray byte = archive.read(1);
    archive.seek(middle);
    return byte.size() == 1 && archive.write(QByteArray(1, char(byte.at(0) ^ 0x5a))) == 1;
}

std::optional<DrillRecord> DrillSession::start(const Drill &drill, quint32 seed)
{
    if (!m_profile.sandbox) {
        m_error = tr("%1 is not a training sandbox. Drills break things on purpose, so they run only on a sandbox made by "
                     "'lifeboat sandbox create'.").arg(m_profile.filePath);
        return std::nullopt;
    }
    const QStringList available = sets(drill);
    if (available.size() < setsNeeded(drill)) {
        m_error = tr("The drill needs %n backup set(s) of the sandbox made by %1; it has %2.", nullptr, setsNeeded(drill))
                      .arg(drill.backup)
                      .arg(available.size());
        return std::nullopt;
    }
    DrillRecord record;
    record.drillId = drill.id;
    record.seed = seed;
    record.sandbox = m_profile.directory();
    record.nodes = pickNodes(drill, seed);
    record.goodSet = available.value(drill.damagesNewestSet ? 1 : 0);
    if (drill.damagesNewestSet) {
        record.damagedSet = available.first();
        if (!damage(record.damagedSet))
            return std::nullopt;
    }
    SandboxFaults faults(m_profile);
    for (qsizetype i = 0; i < drill.faults.size(); ++i) {
        const NodeProfile *node = m_profile.node(record.nodes.value(i));
        if (drill.faults[i].stoppedFirst && node) {
            const NodeController::Result stopped = NodeController(m_profile).stop(*node);
            if (!stopped.ok) {
                m_error = stopped.error;
                return std::nullopt;
            }
        }
        if (!faults.inject(drill.faults[i].name, record.nodes.value(i))) {
            m_error = faults.errorString();
            return std::nullopt;
        }
    }
    record.startedAt = QDateTime::currentDateTimeUtc();
    if (!record.saveCurrent(&m_error))
        return std::nullopt;
    return record;
}

std::optional<DrillRecord> DrillSession::finish(const DrillRecord &running)
{
    const Drill *drill = DrillCatalog::find(running.drillId);
    if (!drill) {
        m_error = tr("The drill '%1' is not in this version's catalog.").arg(running.drillId);
        return std::nullopt;
    }
    DrillRecord finished = running;
    finished.finishedAt = QDateTime::currentDateTimeUtc();
    const DrillJudge judge(*drill, finished, m_profile);
    finished.score = judge.judge(RunRecord::list(DataPaths::runsDirectory(), m_profile.filePath),
                                 NodeController(m_profile).statusOfAll(), SharedDataCheck::damage(m_profile),
                                 finished.finishedAt);
    if (!finished.archive(&m_error))
        return std::nullopt;
    return finished;
}

} // namespace Lifeboat
