// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "WizardSettings.h"

#include <QSettings>

namespace Lifeboat {

namespace {
const auto taskKey = QStringLiteral("choices/task");
const auto setAsideKey = QStringLiteral("choices/setAsideRuns");
// Old entries beyond this are forgotten: their runs are long gone.
constexpr int maxSetAside = 50;

QString scenarioKey(TaskChoice task)
{
    return QStringLiteral("choices/scenario/%1").arg(static_cast<int>(task));
}

QString optionsKey(const QString &scenarioId)
{
    return QStringLiteral("choices/options/%1").arg(scenarioId);
}
} // namespace

int WizardSettings::lastTask()
{
    return QSettings().value(taskKey, -1).toInt();
}

void WizardSettings::setLastTask(TaskChoice task)
{
    QSettings().setValue(taskKey, static_cast<int>(task));
}

QString WizardSettings::lastScenario(TaskChoice task)
{
    return QSettings().value(scenarioKey(task)).toString();
}

void WizardSettings::setLastScenario(TaskChoice task, const QString &scenarioId)
{
    QSettings().setValue(scenarioKey(task), scenarioId);
}

QVariantMap WizardSettings::lastOptions(const QString &scenarioId)
{
    return QSettings().value(optionsKey(scenarioId)).toMap();
}

void WizardSettings::setLastOptions(const QString &scenarioId, const QVariantMap &given)
{
    QSettings().setValue(optionsKey(scenarioId), given);
}

QStringList WizardSettings::setAsideRuns()
{
    return QSettings().value(setAsideKey).toStringList();
}

void WizardSettings::setAside(const QString &runId)
{
    QSettings settings;
    QStringList runs = settings.value(setAsideKey).toStringList();
    if (!runs.contains(runId))
        runs.prepend(runId);
    while (runs.size() > maxSetAside)
        runs.removeLast();
    settings.setValue(setAsideKey, runs);
}

} // namespace Lifeboat
