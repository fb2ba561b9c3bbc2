// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillCommands.h"

#include <cluster/NodeController.h>

#include <algorithm>

namespace Lifeboat::Testing {

DrillCommands::DrillCommands(const CommandRunner &runner, QString sandboxDirectory, QString profilePath)
    : m_runner(runner)
    , m_directory(std::move(sandboxDirectory))
    , m_profile(std::move(profilePath))
{
}

CommandResult DrillCommands::drill(const QStringList &arguments) const
{
    return m_runner.lifeboat(QStringList{QStringLiteral("drill")} + arguments + QStringList{QStringLiteral("--sandbox"), m_directory});
}

CommandResult DrillCommands::run(const QString &scenario, const QStringList &options) const
{
    return m_runner.lifeboat(QStringList{QStringLiteral("run"), QStringLiteral("--profile"), m_profile, QStringLiteral("--scenario"),
                                         scenario, QStringLiteral("--yes")}
                             + options);
}

bool DrillCommands::nodesHealthy(const ClusterProfile &profile)
{
    const auto statuses = NodeController(profile).statusOfAll();
    return std::all_of(statuses.begin(), statuses.end(),
                       [](const NodeStatus &status) { return status.running && !status.repositoryUnsync; });
}

QString DrillCommands::downNode(const ClusterProfile &profile)
{
    for (const NodeStatus &status : NodeController(profile).statusOfAll()) {
        if (!status.running)
            return status.name;
    }
    return {};
}

} // namespace Lifeboat::Testing
