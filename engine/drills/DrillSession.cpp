// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillSession.h"

#include <backup/BackupSetCatalog.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <hosts/LocalHostFiles.h>
#include <sandbox/SandboxHosts.h>
#include <cluster/NodeController.h>
#include <drills/DrillCatalog.h>
#include <drills/DrillJudge.h>
#include <run/Confirmer.h>
#include <run/Precondition.h>
#include <run/RunLock.h>
#include <run/RunRecord.h>
#include <run/Runner.h>
#include <run/Scenario.h>
#include <sandbox/SandboxFaults.h>
#include <sandbox/SandboxFileSystem.h>
#include <scenarios/ScenarioRegistry.h>
#include <scenarios/SharedDataCheck.h>
#include <support/DataPaths.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

namespace Lifeboat {

DrillSession::DrillSession(const ClusterProfile &sandbox)
    : m_profile(sandbox)
{
}

QStringList DrillSession::sets(const Drill &drill) const
{
    QStringList ids;
    for (const BackupSetCatalog::Set &set : BackupSetCatalog::list(m_profile.backupRoot)) {
        if (set.manifestReadable && set.profileName == m_profile.name && set.strategy == drill.backup)
            ids.append(set.id);
    }
    return ids;
}

// What kind of sandbox it is does not change while a session lives: read
// once, however many drills ask (the trainer page asks for each).
bool DrillSession::hasHosts() const
{
    if (!m_hasHosts) {
        QString ignored;
        m_hasHosts = SandboxHosts::load(m_profile.directory(), &ignored).has_value();
    }
    return *m_hasHosts;
}

bool DrillSession::hasFileSystem() const
{
    if (!m_hasFileSystem)
        m_hasFileSystem = QFileInfo::exists(QDir(m_profile.directory()).filePath(SandboxFileSystem::imageFile()));
    return *m_hasFileSystem;
}

QString DrillSession::unsuitable(const Drill &drill) const
{
    if (drill.needsHosts && !hasHosts())
        return tr("The drill \"%1\" needs a sandbox whose nodes have hosts of their own: create one with 'lifeboat "
                  "sandbox create DIR --hosts' (as root).")
            .arg(drill.titleText());
    if (drill.needsFileSystem && !hasFileSystem())
        return tr("The drill \"%1\" needs a sandbox with a file system of its own, which can fill up: create one with "
                  "'lifeboat sandbox create DIR --filesystem xfs' (as root).")
            .arg(drill.titleText());
    return {};
}

const Drill &DrillSession::pick(quint32 seed) const
{
    return DrillCatalog::pick(seed, [this](const Drill &drill) { return unsuitable(drill).isEmpty(); });
}

bool DrillSession::takeBackup(const Drill &drill, const QString &runsDirectory)
{
    const Scenario *scenario = ScenarioRegistry::find(drill.backup);
    QString error;
    const QVariantMap options = scenario ? scenario->completeOptions(m_profile, {}, &error) : QVariantMap();
    if (!scenario || !error.isEmpty()) {
        m_error = tr("The drill's backup (%1) cannot be taken: %2").arg(drill.backup, error);
        return false;
    }
    // Held from before the checks to the run's end, as `lifeboat run` does.
    auto lock = std::make_unique<RunLock>(m_profile);
    if (!lock->acquire(scenario->id())) {
        m_error = lock->errorString();
        return false;
    }
    const NodeController nodes(m_profile);
    const QList<PreconditionResult> results = Precondition::checkAll(scenario->checks(m_profile, nodes, options));
    if (Precondition::blocks(results, false)) {
        for (const PreconditionResult &result : results) {
            if (result.status != PreconditionResult::Status::Pass) {
                m_error = tr("The sandbox could not be backed up for the drill: %1 %2").arg(result.message, result.hint);
                break;
            }
        }
        return false;
    }
    FixedConfirmer yes(true);
    Runner runner(m_profile, scenario->buildPlan(m_profile, options), &yes);
    runner.setClusterLock(std::move(lock));
    if (!runner.begin(runsDirectory)) {
        m_error = runner.errorString();
        return false;
    }
    runner.runHere();
    if (runner.outcome() != Runner::Outcome::Succeeded) {
        m_error = tr("The sandbox could not be backed up for the drill (%1). The run's report is in %2.")
                      .arg(runner.errorString(), runner.runDirectory());
        return false;
    }
    return true;
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
// verify`, and the first step of a restore, find it. Flipping it again mends it.
bool DrillSession::damage(DrillRecord *record)
{
    const QString setId = record->damagedSet;
    const QDir set(BackupSetLayout::final(m_profile.backupRoot, setId));
    const QFileInfoList archives = set.entryInfoList({QStringLiteral("*.tar.*"), QStringLiteral("*.zip")}, QDir::Files, QDir::Size);
    QFile archive(archives.value(0).filePath());
    if (archives.isEmpty() || !archive.open(QIODevice::ReadWrite) || archive.size() < 2) {
        m_error = tr("Cannot damage the backup set %1 for the drill: it has no archive to change.").arg(setId);
        return false;
    }
    record->damagedArchive = archives.first().fileName();
    record->damagedOffset = archive.size() / 2;
    archive.seek(record->damagedOffset);
    const QByteArray byte = archive.read(1);
    archive.seek(record->damagedOffset);
    return byte.size() == 1 && archive.write(QByteArray(1, char(byte.at(0) ^ 0x5a))) == 1;
}

bool DrillSession::mend(const DrillRecord &record)
{
    if (record.damagedSet.isEmpty() || record.damagedOffset < 0)
        return true;
    QFile archive(QDir(BackupSetLayout::final(m_profile.backupRoot, record.damagedSet)).filePath(record.damagedArchive));
    if (!archive.open(QIODevice::ReadWrite) || !archive.seek(record.damagedOffset)) {
        m_error = tr("Cannot mend %1, which the drill damaged: %2.").arg(archive.fileName(), archive.errorString());
        return false;
    }
    const QByteArray byte = archive.read(1);
    archive.seek(record.damagedOffset);
    return byte.size() == 1 && archive.write(QByteArray(1, char(byte.at(0) ^ 0x5a))) == 1;
}

QStringList DrillSession::frozenParts() const
{
    // A sandbox with hosts keeps what its hosts mount below hosts/; one with
    // a file system of its own keeps its nodes and shared storage on it,
    // behind the links nodes/ and shared/ (copying a link is not a copy).
    if (hasHosts())
        return {QStringLiteral("hosts"), QStringLiteral("db")};
    if (hasFileSystem()) {
        const QString storage = SandboxFileSystem::mountDirectory();
        return {storage + QStringLiteral("/nodes"), storage + QStringLiteral("/shared"), QStringLiteral("db")};
    }
    return {QStringLiteral("nodes"), QStringLiteral("shared"), QStringLiteral("db")};
}

// On the file system of the part: the copy is then a reflink where the file
// system clones (seconds), and a reset moves what the drill left by renaming.
QString DrillSession::folderFor(const QString &part) const
{
    const QString storage = SandboxFileSystem::mountDirectory();
    const QString base = part.startsWith(storage + u'/') ? QDir(m_profile.directory()).filePath(storage) : m_profile.directory();
    return QDir(base).filePath(QStringLiteral(".lifeboat-drill"));
}

QStringList DrillSession::drillFolders() const
{
    QStringList folders;
    for (const QString &part : frozenParts()) {
        if (!folders.contains(folderFor(part)))
            folders.append(folderFor(part));
    }
    return folders;
}

QString DrillSession::copyOf(const QString &part) const
{
    return QDir(folderFor(part)).filePath(QStringLiteral("before/") + part);
}

bool DrillSession::copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    LocalHostFiles files;
    HostFiles::SnapshotSupport support;
    QString ignored;
    if (files.snapshotSupport(from, &support, &ignored) && support.reflink
        && files.createSnapshot(from, SnapshotMethod::Reflink, to, &ignored))
        return true;
    QDir(to).removeRecursively();
    return files.copy(from, to, &m_error);
}

bool DrillSession::stopNodes()
{
    const NodeController nodes(m_profile);
    for (const NodeProfile *node : nodes.stopOrder()) {
        if (const NodeController::Result stopped = nodes.stop(*node); !stopped.ok) {
            m_error = stopped.error;
            return false;
        }
    }
    return true;
}

// As for maintenance: the secondaries, then the primary, each cleanly.
bool DrillSession::stopAuthors()
{
    const NodeController controller(m_profile);
    for (const NodeProfile *node : controller.stopOrder()) {
        if (!node->isAuthor())
            continue;
        const NodeController::Result stopped = controller.stop(*node);
        if (!stopped.ok) {
            m_error = stopped.error;
            return false;
        }
    }
    return true;
}

bool DrillSession::startNodes()
{
    const NodeController nodes(m_profile);
    for (const NodeProfile *node : nodes.startOrder()) {
        if (const NodeController::Result started = nodes.start(*node); !started.ok) {
            m_error = started.error;
            return false;
        }
    }
    return true;
}

// The sandbox as it is before the faults, with its nodes stopped for the
// copy (a copy of running nodes would not start again), then started.
bool DrillSession::freeze()
{
    for (const QString &folder : drillFolders()) {
        const QString before = QDir(folder).filePath(QStringLiteral("before"));
        if (QFileInfo::exists(before) && !LocalHostFiles().removeOwnTree(before, &m_error))
            return false;
    }
    if (!stopNodes())
        return false;
    for (const QString &part : frozenParts()) {
        if (!copyTree(QDir(m_profile.directory()).filePath(part), copyOf(part))) {
            startNodes();
            return false;
        }
    }
    return startNodes();
}

bool DrillSession::reset(const DrillRecord &running)
{
    for (const QString &part : frozenParts()) {
        if (!QFileInfo(copyOf(part)).isDir()) {
            m_error = tr("There is no copy of the sandbox from before the drill in %1. Reset the sandbox with 'lifeboat "
                         "sandbox' instead.").arg(copyOf(part));
            return false;
        }
    }
    // A sandbox with hosts stops them all, whatever the drill did to them:
    // each mounts its part of hosts/, which is about to be swapped.
    QString error;
    const auto hosts = SandboxHosts::load(m_profile.directory(), &error);
    if (hosts ? !hosts->stopAll(&m_error) : !stopNodes())
        return false;
    const QString leftBy = QStringLiteral("left-by-%1-%2/")
                               .arg(running.drillId, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (const QString &part : frozenParts()) {
        const QString place = QDir(m_profile.directory()).filePath(part);
        const QString aside = QDir(folderFor(part)).filePath(leftBy + part);
        QDir().mkpath(QFileInfo(aside).absolutePath());
        if (QFileInfo::exists(place) && !QDir().rename(place, aside)) {
            m_error = tr("Cannot move %1 aside.").arg(place);
            return false;
        }
        if (!copyTree(copyOf(part), place))
            return false;
    }
    if ((hosts && !hosts->startAll(&m_error)) || !mend(running) || !startNodes())
        return false;
    running.discardCurrent();
    return true;
}

std::optional<DrillRecord> DrillSession::start(const Drill &drill, quint32 seed)
{
    if (!m_profile.sandbox) {
        m_error = tr("%1 is not a training sandbox. Drills break things on purpose, so they run only on a sandbox made by "
                     "'lifeboat sandbox create'.").arg(m_profile.filePath);
        return std::nullopt;
    }
    if (const QString why = unsuitable(drill); !why.isEmpty()) {
        m_error = why;
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
    // The sandbox as it was, for a reset.
    if (!freeze())
        return std::nullopt;
    if (drill.damagesNewestSet) {
        record.damagedSet = available.first();
        if (!damage(&record))
            return std::nullopt;
    }
    if (drill.leavesRollingMode) {
        const NodeController::Result entered
            = NodeController(m_profile).enterBackupMode(BackupModeState::Mode::Rolling, QStringLiteral("nightly"), 0);
        if (!entered.ok) {
            m_error = entered.error;
            return std::nullopt;
        }
    }
    if (drill.shutsDownAuthors && !stopAuthors())
        return std::nullopt;
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

// The nodes as the judge scores them. A node whose process holds its
// repository but missed one status probe is asked again for a while before
// it counts as down: on a loaded machine or a slow link a JVM can take
// longer than a probe's three seconds, and the trainee did recover it. A
// node with no process is down at once.
QList<NodeStatus> DrillSession::settledStatuses() const
{
    constexpr int patienceMs = 30000;
    constexpr int pauseMs = 1000;
    const NodeController controller(m_profile);
    QList<NodeStatus> statuses = controller.statusOfAll();
    QDeadlineTimer patience(patienceMs);
    while (!patience.hasExpired()) {
        QList<const NodeProfile *> slow;
        for (const NodeStatus &status : std::as_const(statuses)) {
            if (status.silentButAlive())
                slow.append(m_profile.node(status.name));
        }
        slow.removeAll(nullptr);
        if (slow.isEmpty())
            break;
        QThread::msleep(pauseMs);
        for (const NodeStatus &again : controller.statusOf(slow)) {
            for (NodeStatus &status : statuses) {
                if (status.name == again.name)
                    status = again;
            }
        }
    }
    return statuses;
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
    // The damage was the drill's: once it is over, the set is whole again
    // (newer incremental sets may take files from it).
    if (!mend(running))
        return std::nullopt;
    const DrillJudge judge(*drill, finished, m_profile);
    finished.score = judge.judge(RunRecord::list(DataPaths::runsDirectory(), m_profile.filePath),
                                 settledStatuses(), SharedDataCheck::damage(m_profile),
                                 finished.finishedAt);
    if (!finished.archive(&m_error))
        return std::nullopt;
    return finished;
}

} // namespace Lifeboat
