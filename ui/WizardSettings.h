// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "TaskChoice.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Lifeboat {

// The choices the wizard remembers between sessions (QSettings): the last
// task, the last scenario chosen for each task, the options given to each
// scenario, the interrupted runs the user set aside, and the profiles opened. Only what the user
// typed or picked is kept, never what a scenario completed (a set id fixed
// for one run must not leak into the next). Changes are written to disk on a
// worker thread, in order; reading waits for those still on their way.
class WizardSettings
{
public:
    WizardSettings() = delete;

    static int lastTask(); // -1 when none yet
    static void setLastTask(TaskChoice task);

    static QString lastScenario(TaskChoice task);
    static void setLastScenario(TaskChoice task, const QString &scenarioId);

    static QVariantMap lastOptions(const QString &scenarioId);
    static void setLastOptions(const QString &scenarioId, const QVariantMap &given);

    static QStringList setAsideRuns();
    static void setAside(const QString &runId);

    // The cluster profiles opened last, the newest first.
    static QStringList recentProfiles();
    static void addRecentProfile(const QString &path);
};

} // namespace Lifeboat
