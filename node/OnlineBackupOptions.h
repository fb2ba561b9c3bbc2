// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// What AEM's RepositoryManagement.startBackup is told: which repository, where
// to, and how long to pause so that the running node keeps its disk bandwidth.
struct OnlineBackupOptions
{
    // A node's crx-repository folder (holding repository/, .lock, ...).
    QString repositoryDir;
    // A folder (created if missing, must be empty) or a path ending in .zip.
    QString target;
    // Milliseconds to sleep after every 4 MiB copied (2 MiB for a zip target).
    int delayMs = 0;
};

} // namespace Lifeboat
