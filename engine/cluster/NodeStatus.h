// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/BackupModeState.h>
#include <profile/NodeProfile.h>
#include <cluster/RepositoryLock.h>

#include <QJsonObject>
#include <QString>

namespace Lifeboat {

// What a node looks like right now, from its process, its HTTP interface and
// its files.
struct NodeStatus
{
    QString name;
    NodeRole role = NodeRole::Secondary;
    bool present = true;  // its crx-repository exists
    bool running = false; // it answers on its HTTP interface
    RepositoryLock::State lock = RepositoryLock::State::Absent;
    qint64 pid = 0;
    int port = 0;
    BackupModeState::Mode backupMode = BackupModeState::Mode::None;
    bool backupModeActive = false;
    QString backupModeLabel;
    bool repositoryUnsync = false; // its error.log reports "repository unsync"
    QString hostError;             // its host could not be asked (unreachable, login failed)

    // Down for good: it does not answer and no live process holds its
    // repository's lock. Only then may its repository be copied or replaced.
    bool stopped() const { return !running && lock != RepositoryLock::State::Held; }
    // Alive but not answering: starting, shutting down, or hung.
    bool silentButAlive() const { return !running && lock == RepositoryLock::State::Held; }

    QJsonObject toJson() const;
};

} // namespace Lifeboat
