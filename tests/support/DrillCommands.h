// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "CommandRunner.h"

#include <profile/ClusterProfile.h>

namespace Lifeboat::Testing {

// What the drill tests do through the command line, the trainer's side and
// the trainee's, on a sandbox of any kind (one machine, hosts, a file system
// of its own).
class DrillCommands
{
public:
    DrillCommands(const CommandRunner &runner, QString sandboxDirectory, QString profilePath);

    // `lifeboat drill ARGUMENTS --sandbox DIR`.
    CommandResult drill(const QStringList &arguments) const;
    // `lifeboat run --profile P --scenario S --yes OPTIONS`.
    CommandResult run(const QString &scenario, const QStringList &options = {}) const;
    // Every node answers, and none reports repository unsync.
    static bool nodesHealthy(const ClusterProfile &profile);
    // The first node that does not answer: the one the drill's fault hit.
    static QString downNode(const ClusterProfile &profile);

private:
    const CommandRunner &m_runner;
    QString m_directory;
    QString m_profile;
};

} // namespace Lifeboat::Testing
