// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <sandbox/SandboxFileSystem.h>

namespace Lifeboat {

// What `lifeboat sandbox create` builds.
struct SandboxOptions
{
    int authorNodes = 3; // one primary, the rest secondaries
    int publishNodes = 2;
    AppServerKind appServer = AppServerKind::JBoss;
    int sizeMb = 50;
    quint64 seed = 1;
    // The nodes' own work: new GDS documents a minute (each with its database
    // row) and how long they live before the file collector removes them.
    int documentsPerMinute = 12;
    int documentLifetimeSeconds = 120;
    // Each node on a host of its own and the shared storage on another
    // (see SandboxHosts); needs root.
    bool hosts = false;
    // The nodes and the shared storage on a loop-mounted image of this file
    // system (see SandboxFileSystem); needs root. None: in the directory itself.
    SandboxFileSystem::Kind fileSystem = SandboxFileSystem::Kind::None;
};

} // namespace Lifeboat
