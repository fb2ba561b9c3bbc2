// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillScore.h"

#include <QJsonArray>

namespace Lifeboat {

int DrillScore::total() const
{
    int sum = 0;
    for (const Point &point : points)
        sum += point.got;
    return sum;
}

int DrillScore::outOf() const
{
    int sum = 0;
    for (const Point &point : points)
        sum += point.of;
    return sum;
}

QJsonObject DrillScore::toJson() const
{
    QJsonArray array;
    for (const Point &point : points)
        array.append(QJsonObject{{QStringLiteral("title"), point.title}, {QStringLiteral("got"), point.got},
                                 {QStringLiteral("of"), point.of}, {QStringLiteral("why"), point.why}});
    return {{QStringLiteral("total"), total()}, {QStringLiteral("outOf"), outOf()}, {QStringLiteral("points"), array}};
}

DrillScore DrillScore::fromJson(const QJsonObject &json)
{
    DrillScore score;
    for (const QJsonValue &value : json.value(QLatin1String("points")).toArray()) {
        const QJsonObject point = value.toObject();
        score.points.append({point.value(QLatin1String("title")).toString(), point.value(QLatin1String("got")).toInt(),
                             point.value(QLatin1String("of")).toInt(), point.value(QLatin1String("why")).toString()});
    }
    return score;
}

} // namespace Lifeboat
