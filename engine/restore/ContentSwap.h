// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QHash>
#include <QStringList>

#include <optional>

namespace Lifeboat {

class HostFiles;
struct BackupPart;
class StepContext;
struct HostPath;

// What a swap leaves where it is. A node restored alone from another node's
// copy keeps its own logs and its own secondary folder (crx.NNNN), which are
// not in the backup of it: the copy's entries of those names do not come in,
// nor the copy's secondary folder while the node has its own.
struct KeptInPlace
{
    QStringList names;
    bool ownSecondaryFolder = false;

    bool isEmpty() const { return names.isEmpty() && !ownSecondaryFolder; }
};

// Swaps the scratch copy of a directory (see RestoreScratch) into it: first
// everything the directory holds moves to the quarantine, then every entry of
// the copy is renamed into it. The directory itself stays (it may be a mount
// point), and Lifeboat's own folders in it are never part of the swap. A
// marker beside the copy records that the second half began, so a repeat
// after a crash never quarantines what was already restored; a repeat after
// the swap finds nothing left to do.
class ContentSwap
{
    Q_DECLARE_TR_FUNCTIONS(ContentSwap)

public:
    ContentSwap() = delete;

    using Kept = KeptInPlace;
    struct Size
    {
        qint64 files = 0;
        qint64 bytes = 0;
    };
    // What a scratch copy holds, by its entries' names: the files the
    // manifest lists below the prefix, which the unpacking checked one by one,
    // but those `leftOut` names (PathPatterns), taken out of the copy before
    // the swap (LeaveOutOfCopyStep).
    using Contents = QHash<QString, Size>;
    static Contents contentsOf(const BackupPart &part, const QString &prefix, const QStringList &leftOut = {});

    // With the copy's contents known, the swap reports what it put in place
    // without walking the tree; else it measures the tree once in place. The
    // contents it moves to the quarantine are never measured: both walks
    // would be downtime, seconds on a production repository.
    [[nodiscard]] static bool swapIn(StepContext &context, const HostPath &location, const Kept &kept = {},
                                     const std::optional<Contents> &copied = std::nullopt);
    // Whether the entry `name` of the swapped directory stays in place.
    static bool stays(const Kept &kept, const QString &name);
    // What `directory` holds that a swap moves: every entry but Lifeboat's own
    // folders; false when the host cannot be asked.
    [[nodiscard]] static bool entriesOf(HostFiles &files, const QString &directory, QStringList *names, QString *error);
};

} // namespace Lifeboat
