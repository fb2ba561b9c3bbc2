// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <run/Precondition.h>

#include <QCoreApplication>

namespace Lifeboat {

class NodeController;

// "Test this profile": every read-only check Lifeboat can make of a profile
// before trusting it with a run, so that a wrong path or command shows now,
// not on the day of an outage: each host reached, what every backup
// scenario checks before it starts, every path the profile names there on
// its host, each node's role as its disk tells it, and each node answering
// at its status URL. Nothing is changed.
class ProfileTest
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTest)

public:
    ProfileTest() = delete;

    // `profile` and `nodes` must outlive the checks.
    static QList<Precondition> checks(const ClusterProfile &profile, const NodeController &nodes);

private:
    static Precondition nodePaths(const ClusterProfile &profile, const NodeProfile &node);
    static Precondition sharedPaths(const ClusterProfile &profile);
    static Precondition roleOnDisk(const ClusterProfile &profile, const NodeProfile &node);
    static Precondition answers(const NodeController &nodes, const NodeProfile &node);
    static Precondition commandsOnHost(const ClusterProfile &profile, const NodeProfile &node);

public:
    // The program a command runs on a node's host over ssh (the first
    // absolute path after "--", past nohup and sudo), or empty: a command
    // run here, or one whose program is found on the host's PATH.
    static QString remoteProgram(const CommandTemplate &command);
};

} // namespace Lifeboat
