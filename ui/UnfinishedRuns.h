// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <run/RunRecord.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// What an earlier session left for this one, read from the runs' journals:
// runs that were interrupted (a crash, a kill, a power cut) and can be
// resumed, and restores whose quarantine is still kept and can be rolled
// back. It reads the disk only, on whatever thread calls it, and never
// offers a run that is still running (its run lock is held) or that the user
// set aside.
class UnfinishedRuns
{
    Q_DECLARE_TR_FUNCTIONS(UnfinishedRuns)

public:
    struct Offer
    {
        enum class Kind { Resume, Rollback };
        Kind kind = Kind::Resume;
        RunRecord record; // the run to resume, or the restore to roll back
        ClusterProfile profile;
        QString description; // one line for the user
    };

    UnfinishedRuns() = delete;
    static QList<Offer> find(const QString &runsDirectory, const QStringList &setAside);
};

} // namespace Lifeboat
