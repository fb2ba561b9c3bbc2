// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DisplayWords.h"

namespace Lifeboat {

QString DisplayWords::role(NodeRole role)
{
    switch (role) {
    case NodeRole::Primary: return tr("primary", "node role");
    case NodeRole::Secondary: return tr("secondary", "node role");
    case NodeRole::Publish: return tr("publish", "node role");
    }
    return {};
}

QString DisplayWords::role(const QString &key)
{
    NodeRole parsed;
    return nodeRoleFromString(key, &parsed) ? role(parsed) : key;
}

QString DisplayWords::backupMode(BackupModeState::Mode mode)
{
    switch (mode) {
    case BackupModeState::Mode::None: return tr("no backup mode");
    case BackupModeState::Mode::Snapshot: return tr("safe (snapshot) backup mode");
    case BackupModeState::Mode::Rolling: return tr("rolling backup mode");
    }
    return {};
}

QString DisplayWords::result(const QString &key)
{
    if (key == QLatin1String("ok"))
        return tr("done", "step result");
    if (key == QLatin1String("succeeded"))
        return tr("succeeded", "run state");
    if (key == QLatin1String("failed"))
        return tr("failed", "run state or step result");
    if (key == QLatin1String("cancelled"))
        return tr("cancelled", "run state or step result");
    if (key == QLatin1String("declined"))
        return tr("declined", "run state or step result: a confirmation was declined");
    if (key == QLatin1String("cleanup-failed"))
        return tr("failed in cleanup", "run state: a cleanup step failed, work by hand is left");
    if (key == QLatin1String("interrupted"))
        return tr("interrupted", "run state: Lifeboat stopped during the run");
    return key;
}

} // namespace Lifeboat
