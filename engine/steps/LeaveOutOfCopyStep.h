// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>

namespace Lifeboat {

// Takes the files a restore must not leave behind (the seed's "delete
// clusterNode/revision.log, .lock, repository/system.id and every
// listener.properties") out of the unpacked scratch copy of each location,
// while the node still serves. Searching a whole repository for them takes
// seconds for every 300,000 files; after the swap only what stayed in place
// is searched (QuarantinePathsStep::searchOnlyWhatStayed), so the node is
// down for less. The copy is Lifeboat's own and the set keeps every one of
// these files, so they are deleted, not quarantined. Repeatable: what is
// gone is skipped.
class LeaveOutOfCopyStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(LeaveOutOfCopyStep)

public:
    // `paths` as QuarantinePathsStep takes them, relative to each location.
    LeaveOutOfCopyStep(QList<HostPath> locations, QStringList paths, QString title);

    QString kind() const override { return StepKinds::leaveOutOfCopy; }
    QString title() const override { return m_title; }
    QString details() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    [[nodiscard]] bool leaveOut(StepContext &context, const HostPath &location, std::atomic_int *count);

    QList<HostPath> m_locations;
    QStringList m_paths;
    QString m_title;
};

} // namespace Lifeboat
