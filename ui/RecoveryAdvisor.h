// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/NodeStatus.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// Reads the nodes' live states the way the seed's recovery section does and
// names the scenario that fits: an author node whose repository is out of
// sync, gone, or down with a stale lock → restore that node; the primary or
// several author nodes lost, or the database or GDS damaged → restore the
// whole cluster; a publish node
// down → recover it (all of them → the publish cluster). It only advises;
// the user chooses.
class RecoveryAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryAdvisor)

public:
    struct Advice
    {
        QString scenario; // empty: nothing looks broken
        QString node;     // the node it is about, for the node scenarios
        QStringList findings;
    };

    RecoveryAdvisor() = delete;
    // `sharedDamage`: what SharedDataCheck found in the database and GDS.
    static Advice advise(const QList<NodeStatus> &statuses, const QStringList &sharedDamage = {});
};

} // namespace Lifeboat
