// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/NodeStatus.h>
#include <drills/Drill.h>
#include <drills/DrillRecord.h>
#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <optional>

namespace Lifeboat {

// Starts and finishes a drill on a training sandbox. Starting keeps a copy
// of the sandbox for a reset, picks the nodes the faults hit (by the seed),
// damages the newest backup set where the drill says so, injects the faults
// and starts the clock; finishing judges what the trainee did (DrillJudge),
// mends the set and files the drill in the history. Only sandboxes: a drill breaks things on purpose. Disk and node
// work: call it on a worker thread.
class DrillSession
{
    Q_DECLARE_TR_FUNCTIONS(DrillSession)

public:
    explicit DrillSession(const ClusterProfile &sandbox);

    // Why this sandbox cannot run `drill` (it needs hosts, or a file system
    // of its own), or nothing.
    QString unsuitable(const Drill &drill) const;
    // A drill `seed` picks among those this sandbox can run.
    const Drill &pick(quint32 seed) const;
    bool hasHosts() const;
    bool hasFileSystem() const;
    // How many backup sets the drill needs before it can start.
    static int setsNeeded(const Drill &drill) { return drill.damagesNewestSet ? 2 : 1; }
    // The complete sets of the sandbox the drill can restore from (made by
    // its backup strategy), newest first.
    QStringList sets(const Drill &drill) const;
    // Takes one backup of the sandbox with the drill's strategy, as
    // `lifeboat run --yes` would (checks first, a journal and a report in
    // `runsDirectory`), so that the drill has a set to restore from. False,
    // with errorString(), when the checks or the run failed.
    [[nodiscard]] bool takeBackup(const Drill &drill, const QString &runsDirectory);

    [[nodiscard]] std::optional<DrillRecord> start(const Drill &drill, quint32 seed);
    [[nodiscard]] std::optional<DrillRecord> finish(const DrillRecord &running);
    // Puts the sandbox back as it was just before the drill's faults: its
    // nodes, shared folders and database from the copy start() made (a
    // reflink copy where the file system can clone files: seconds), the
    // damaged set mended, the nodes started. What the drill left is moved
    // aside into .lifeboat-drill/, never deleted. The drill is forgotten.
    [[nodiscard]] bool reset(const DrillRecord &running);
    // The folders that hold the copy, and what resets move aside: beside the
    // sandbox, and on its own file system where it has one.
    QStringList drillFolders() const;

    QString errorString() const { return m_error; }

private:
    QStringList pickNodes(const Drill &drill, quint32 seed) const;
    bool damage(DrillRecord *record);
    bool mend(const DrillRecord &record);
    // The parts of a one-machine sandbox a drill changes.
    QStringList frozenParts() const;
    QString folderFor(const QString &part) const;
    QString copyOf(const QString &part) const;
    bool freeze();
    bool copyTree(const QString &from, const QString &to);
    bool stopNodes();
    bool startNodes();
    bool stopAuthors();
    QList<NodeStatus> settledStatuses() const;

    const ClusterProfile &m_profile;
    QString m_error;
    mutable std::optional<bool> m_hasHosts;
    mutable std::optional<bool> m_hasFileSystem;
};

} // namespace Lifeboat
