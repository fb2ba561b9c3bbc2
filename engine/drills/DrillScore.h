// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lifeboat {

// How a drill went: each thing judged, the points it got out of the points
// it was worth, and why, in the trainee's language.
struct DrillScore
{
    struct Point
    {
        QString title;
        int got = 0;
        int of = 0;
        QString why;
    };
    QList<Point> points;

    int total() const;
    int outOf() const;
    QJsonObject toJson() const;
    static DrillScore fromJson(const QJsonObject &json);
};

} // namespace Lifeboat
