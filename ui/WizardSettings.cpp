// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "WizardSettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>

#include <functional>

namespace Lifeboat {

namespace {
const auto taskKey = QStringLiteral("choices/task");
const auto setAsideKey = QStringLiteral("choices/setAsideRuns");
const auto recentProfilesKey = QStringLiteral("recentProfiles");
// Old entries beyond this are forgotten: their runs are long gone.
constexpr int maxSetAside = 50;
constexpr int maxRecentProfiles = 8;

QString scenarioKey(TaskChoice task)
{
    return QStringLiteral("choices/scenario/%1").arg(static_cast<int>(task));
}

QString optionsKey(const QString &scenarioId)
{
    return QStringLiteral("choices/options/%1").arg(scenarioId);
}

// QSettings writes its file with an fsync, tens of milliseconds on a busy
// disk: the changes are made by one worker thread, in the order they come.
// It belongs to the application, which waits for the last of them at exit.
QThreadPool *writer()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

void change(std::function<void(QSettings &)> edit)
{
    writer()->start([edit = std::move(edit)] {
        QSettings settings;
        edit(settings);
    });
}

// What was changed is read back: the changes still on their way land first.
QVariant value(const QString &key, const QVariant &fallback = {})
{
    writer()->waitForDone();
    return QSettings().value(key, fallback);
}
} // namespace

int WizardSettings::lastTask()
{
    return value(taskKey, -1).toInt();
}

void WizardSettings::setLastTask(TaskChoice task)
{
    change([task](QSettings &settings) { settings.setValue(taskKey, static_cast<int>(task)); });
}

QString WizardSettings::lastScenario(TaskChoice task)
{
    return value(scenarioKey(task)).toString();
}

void WizardSettings::setLastScenario(TaskChoice task, const QString &scenarioId)
{
    change([key = scenarioKey(task), scenarioId](QSettings &settings) { settings.setValue(key, scenarioId); });
}

QVariantMap WizardSettings::lastOptions(const QString &scenarioId)
{
    return value(optionsKey(scenarioId)).toMap();
}

void WizardSettings::setLastOptions(const QString &scenarioId, const QVariantMap &given)
{
    change([key = optionsKey(scenarioId), given](QSettings &settings) { settings.setValue(key, given); });
}

QStringList WizardSettings::setAsideRuns()
{
    return value(setAsideKey).toStringList();
}

void WizardSettings::setAside(const QString &runId)
{
    change([runId](QSettings &settings) {
        QStringList runs = settings.value(setAsideKey).toStringList();
        if (!runs.contains(runId))
            runs.prepend(runId);
        while (runs.size() > maxSetAside)
            runs.removeLast();
        settings.setValue(setAsideKey, runs);
    });
}

QStringList WizardSettings::recentProfiles()
{
    return value(recentProfilesKey).toStringList();
}

void WizardSettings::addRecentProfile(const QString &path)
{
    change([path](QSettings &settings) {
        QStringList recent = settings.value(recentProfilesKey).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        while (recent.size() > maxRecentProfiles)
            recent.removeLast();
        settings.setValue(recentProfilesKey, recent);
    });
}

} // namespace Lifeboat
