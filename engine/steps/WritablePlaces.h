// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

class StepContext;

// What a restoring step's missingRequirements() says about the places it
// will change and may not: a read-only mount or a folder of another user
// found before any node stops, instead of halfway through a swap. For each
// target a restore needs its folder (the target moves to the quarantine),
// the quarantine's and scratch copy's folder, and the target itself when it
// is a folder whose contents are swapped. Each answer is asked on the
// target's own host.
class WritablePlaces
{
    Q_DECLARE_TR_FUNCTIONS(WritablePlaces)

public:
    WritablePlaces() = delete;

    static QStringList missing(const StepContext &context, const QList<HostPath> &targets);
};

} // namespace Lifeboat
