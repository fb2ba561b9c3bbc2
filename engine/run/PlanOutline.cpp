// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PlanOutline.h"

#include <QJsonArray>

namespace Lifeboat {

namespace {
QJsonObject stepJson(const PlanOutline::Step &step)
{
    return { { QStringLiteral("kind"), step.kind }, { QStringLiteral("title"), step.title },
        { QStringLiteral("destructive"), step.destructive } };
}

QList<PlanOutline::Step> stepsFrom(const QJsonArray &array)
{
    QList<PlanOutline::Step> steps;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        steps.append({ json.value(QLatin1String("kind")).toString(),
            json.value(QLatin1String("title")).toString(), json.value(QLatin1String("destructive")).toBool(),
            json.value(QLatin1String("armedBy")).toInt(-1) });
    }
    return steps;
}
} // namespace

QJsonObject PlanOutline::toJson() const
{
    QJsonArray stepArray, cleanupArray;
    for (const Step &step : steps)
        stepArray.append(stepJson(step));
    for (const Step &step : cleanup) {
        QJsonObject json = stepJson(step);
        json.insert(QStringLiteral("armedBy"), step.armedBy);
        cleanupArray.append(json);
    }
    return { { QStringLiteral("steps"), stepArray }, { QStringLiteral("cleanup"), cleanupArray } };
}

PlanOutline PlanOutline::fromJson(const QJsonObject &json)
{
    return { stepsFrom(json.value(QLatin1String("steps")).toArray()),
        stepsFrom(json.value(QLatin1String("cleanup")).toArray()) };
}

} // namespace Lifeboat
