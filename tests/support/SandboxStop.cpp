// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxStop.h"

#include "CommandRunner.h"

#include <QDir>
#include <cluster/RepositoryLock.h>
#include <csignal>
#include <profile/ClusterProfile.h>

namespace Lifeboat::Testing {

SandboxStop::SandboxStop(const CommandRunner &runner, QString directory)
    : m_runner(runner)
    , m_directory(std::move(directory))
{ }

SandboxStop::~SandboxStop()
{
    now(m_runner, m_directory);
}

void SandboxStop::now(const CommandRunner &runner, const QString &directory)
{
    QString error;
    const auto profile
        = ClusterProfile::load(QDir(directory).filePath(QStringLiteral("cluster.json")), &error);
    if (!profile)
        return;
    runner.lifeboat({ QStringLiteral("sandbox"), QStringLiteral("stop"), directory });
    for (const NodeProfile &node : profile->nodes) {
        const auto lock = RepositoryLock::inspect(node.repository);
        if (lock.state == RepositoryLock::State::Held)
            ::kill(pid_t(lock.pid), SIGKILL);
    }
}

} // namespace Lifeboat::Testing
