// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <drills/DrillScore.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lifeboat {

// A drill on one sandbox: which drill, the seed, the nodes its faults hit,
// the set the model answer restores from (and the one it damaged), when the
// clock started and, once finished, the score. Kept in Lifeboat's data
// directory (drills/), never in the sandbox, so that the trainee's view of
// the sandbox does not show the answer; the trainer's `drill status` shows
// only the story and the clock. The one owner of these files: drills/
// current-<sandbox>.json while a drill runs, drills/history/<time>-<drill>.json
// once it is finished.
struct DrillRecord
{
    QString drillId;
    quint32 seed = 0;
    QString sandbox;     // the sandbox's directory
    QStringList nodes;   // the node each fault hit, in the drill's order (empty for the cluster)
    QString goodSet;     // the set id the model answer restores from
    QString damagedSet;  // the newest set, which the drill damaged; empty if none
    QString damagedArchive; // the archive of damagedSet whose byte at damagedOffset was flipped
    qint64 damagedOffset = -1;
    QDateTime startedAt; // when the clock started (the faults were in)
    QDateTime finishedAt;
    std::optional<DrillScore> score;

    QJsonObject toJson() const;
    static DrillRecord fromJson(const QJsonObject &json);

    static QString directory();
    // The running drill of `sandbox`, if there is one.
    static std::optional<DrillRecord> current(const QString &sandbox);
    // Writes it whole as the running drill of its sandbox.
    [[nodiscard]] bool saveCurrent(QString *error) const;
    // Moves it, finished and scored, into the history.
    [[nodiscard]] bool archive(QString *error) const;
    // Its file in the history, with `suffix` (".json"; ".html" and ".pdf"
    // for its debrief).
    QString historyFile(const QString &suffix) const;
    // Forgets the running drill of its sandbox (after a reset).
    void discardCurrent() const;
    // Every finished drill, newest first.
    static QList<DrillRecord> history();

private:
    static QString currentFile(const QString &sandbox);
};

} // namespace Lifeboat
