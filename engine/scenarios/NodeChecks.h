// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <profile/ClusterProfile.h>
#include <run/Precondition.h>

namespace Lifeboat {

class NodeController;

// Checks of the nodes' health that several scenarios make before anything
// changes: what the cluster looks like now, not what the profile says.
class NodeChecks
{
    Q_DECLARE_TR_FUNCTIONS(NodeChecks)

public:
    NodeChecks() = delete;

    // A failure naming every node that does not answer while a live process
    // still holds its repository's lock (starting, shutting down or hung):
    // a restore must not begin while such a process may still write.
    static Precondition noSilentButAliveNode(const ClusterProfile &profile, const NodeController &nodes);
    // A warning naming every author node other than `stoppedForBackup`
    // that is already down: a backup without downtime would leave the
    // cluster on fewer nodes than anyone expects.
    static Precondition otherAuthorsRunning(
        const ClusterProfile &profile, const NodeController &nodes, const QString &stoppedForBackup);
};

} // namespace Lifeboat
