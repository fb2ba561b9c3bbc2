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
// names the narrowest scenario that fits the symptoms: an author node whose
// repository is out of sync, gone, or down with a stale lock → restore that
// node; the primary or several author nodes lost, or the database or GDS
// damaged → restore the whole cluster; a publish node damaged → recover it
// (all of them → the publish cluster). A node that was stopped cleanly and
// whose repository is intact only needs starting, and one that does not
// answer while its process holds its lock needs waiting for: neither is a
// reason to restore anything. It only advises; the user chooses.
class RecoveryAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryAdvisor)

public:
    struct Advice
    {
        QString scenario; // empty: nothing looks broken
        QString node;     // the node it is about, for the node scenarios
        QStringList findings;
        QStringList toStart; // stopped cleanly, repository intact: start them, restore nothing
    };

    RecoveryAdvisor() = delete;
    // `sharedDamage`: what SharedDataCheck found in the database and GDS.
    static Advice advise(const QList<NodeStatus> &statuses, const QStringList &sharedDamage = {});
};

} // namespace Lifeboat
