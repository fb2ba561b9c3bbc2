// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <drills/Drill.h>

#include <QList>

#include <functional>

namespace Lifeboat {

// Every drill Lifeboat offers, from the faults the sandbox can inject. The
// one place a drill is defined: the command line, the wizard and the judge
// read them here.
class DrillCatalog
{
public:
    DrillCatalog() = delete;

    static const QList<Drill> &all();
    // Null when no drill has that id.
    static const Drill *find(const QString &id);
    // The drill `seed` picks among those the sandbox can run: the same
    // seed, the same drill.
    static const Drill &pick(quint32 seed, const std::function<bool(const Drill &)> &canRun);
};

} // namespace Lifeboat
