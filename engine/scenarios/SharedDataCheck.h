// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Looks, read-only, for damage to what every node shares: an SQLite forms
// database whose integrity check fails, and GDS documents the database
// refers to that are gone. Either means the nodes cannot agree again without
// restoring the whole cluster. Other database kinds need their secrets and a
// server; they are left to the scenario's own checks. Disk work: call it on a
// worker thread.
class SharedDataCheck
{
    Q_DECLARE_TR_FUNCTIONS(SharedDataCheck)

public:
    SharedDataCheck() = delete;
    // One line per problem found; empty when nothing looks damaged.
    static QStringList damage(const ClusterProfile &profile);
};

} // namespace Lifeboat
