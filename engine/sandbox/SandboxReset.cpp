// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxReset.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cluster/NodeController.h>
#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxFileSystem.h>
#include <sandbox/SandboxHosts.h>

namespace Lifeboat {

SandboxReset::SandboxReset(const ClusterProfile &profile)
    : m_profile(profile)
{ }

bool SandboxReset::reset()
{
    if (!m_profile.sandbox) {
        m_error = tr("%1 is not a sandbox profile; Lifeboat only resets sandbox clusters.")
                      .arg(m_profile.filePath);
        return false;
    }
    const QString directory = m_profile.directory();
    const auto hosts = SandboxHosts::load(directory, &m_error);
    if (!m_error.isEmpty())
        return false;
    if (hosts || QFileInfo::exists(QDir(directory).filePath(SandboxFileSystem::imageFile()))) {
        m_error
            = tr("This sandbox has hosts or a file system of its own, which need root to take down. Reset it "
                 "with 'lifeboat sandbox stop' and 'lifeboat sandbox create'.");
        return false;
    }
    const SandboxOptions options = SandboxBuilder::optionsOf(m_profile);
    if (!stopNodes())
        return false;
    const QString aside
        = QStringLiteral("%1.before-reset-%2")
              .arg(directory, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QDir().rename(directory, aside)) {
        m_error = tr("Could not move %1 aside to %2; the sandbox is as it was, with its nodes stopped.")
                      .arg(QDir::toNativeSeparators(directory), QDir::toNativeSeparators(aside));
        return false;
    }
    m_setAside = aside;
    SandboxBuilder builder(directory, options);
    if (!builder.create()) {
        m_error = tr("Could not build the sandbox again: %1 The sandbox as it was is in %2.")
                      .arg(builder.errorString(), QDir::toNativeSeparators(aside));
        return false;
    }
    return true;
}

bool SandboxReset::stopNodes()
{
    const NodeController controller(m_profile);
    for (const NodeProfile *node : controller.stopOrder()) {
        if (controller.status(*node).stopped())
            continue;
        const NodeController::Result stopped = controller.stop(*node);
        if (!stopped.ok) {
            m_error = tr("Could not stop %1: %2 Nothing was moved.").arg(node->name, stopped.error);
            return false;
        }
    }
    return true;
}

} // namespace Lifeboat
