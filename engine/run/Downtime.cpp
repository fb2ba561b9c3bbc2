// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Downtime.h"

#include <QJsonObject>

namespace Lifeboat {

qint64 Downtime::Interval::milliseconds(const QDateTime &now) const
{
    return std::max<qint64>(0, downAt.msecsTo(isOpen() ? now : upAt));
}

void Downtime::down(const QString &node, const QDateTime &at)
{
    // A second stop of a node still down (a stop step repeated after a
    // kill) does not restart its interval: it has been down since the first.
    if (!isDown(node))
        m_intervals.append({ node, at, {} });
}

void Downtime::up(const QString &node, const QDateTime &at)
{
    for (Interval &interval : m_intervals) {
        if (interval.node == node && interval.isOpen())
            interval.upAt = at;
    }
}

bool Downtime::isDown(const QString &node) const
{
    return std::any_of(m_intervals.begin(), m_intervals.end(),
        [&node](const Interval &interval) { return interval.node == node && interval.isOpen(); });
}

std::optional<Downtime::Interval> Downtime::longest(const QDateTime &now) const
{
    std::optional<Interval> found;
    for (const Interval &interval : m_intervals) {
        if (!found || interval.milliseconds(now) > found->milliseconds(now))
            found = interval;
    }
    return found;
}

QJsonArray Downtime::toJson(const QDateTime &now) const
{
    QJsonArray json;
    for (const Interval &interval : m_intervals) {
        QJsonObject one{ { QStringLiteral("node"), interval.node },
            { QStringLiteral("downAt"), interval.downAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("seconds"), double(interval.milliseconds(now)) / 1000.0 } };
        if (interval.isOpen())
            one.insert(QStringLiteral("stillDown"), true);
        else
            one.insert(QStringLiteral("upAt"), interval.upAt.toString(Qt::ISODateWithMs));
        json.append(one);
    }
    return json;
}

Downtime Downtime::fromJson(const QJsonArray &json)
{
    Downtime downtime;
    for (const QJsonValue &value : json) {
        const QString node = value[QLatin1String("node")].toString();
        const QDateTime downAt
            = QDateTime::fromString(value[QLatin1String("downAt")].toString(), Qt::ISODateWithMs);
        if (node.isEmpty() || !downAt.isValid())
            continue;
        Interval interval{ node, downAt,
            QDateTime::fromString(value[QLatin1String("upAt")].toString(), Qt::ISODateWithMs) };
        downtime.m_intervals.append(interval);
    }
    return downtime;
}

QStringList Downtime::describe(const QDateTime &now) const
{
    QStringList lines;
    for (const Interval &interval : m_intervals) {
        const QString time = format(interval.milliseconds(now));
        lines.append(interval.isOpen() ? tr("%1 is still down (%2 so far)").arg(interval.node, time)
                                       : tr("%1 was down for %2").arg(interval.node, time));
    }
    return lines;
}

QString Downtime::format(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(0, milliseconds) + 500) / 1000;
    const qint64 hours = seconds / 3600;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Lifeboat
