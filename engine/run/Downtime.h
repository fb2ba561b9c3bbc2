// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace Lifeboat {

// How long each node was out of service in a run: from the moment Lifeboat
// sent its stop command (its users may lose service from then on) until it
// answered on its HTTP interface again after a start. The one place that
// turns the journal's node-down and node-up entries into intervals; the
// runner, the report, the wizard and the backup set's manifest all read it.
// A node stopped before a kill and started after `resume` has one interval
// over both; a node not started again has an open one ("still down"). An
// up without a down before it (a node that was never stopped) is no interval.
class Downtime
{
    Q_DECLARE_TR_FUNCTIONS(Downtime)

public:
    struct Interval
    {
        QString node;
        QDateTime downAt;
        QDateTime upAt; // invalid while still down

        bool isOpen() const { return !upAt.isValid(); }
        // Up to `now` for an open interval.
        qint64 milliseconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    };

    void down(const QString &node, const QDateTime &at);
    void up(const QString &node, const QDateTime &at);
    bool isDown(const QString &node) const;
    bool isEmpty() const { return m_intervals.isEmpty(); }

    // In the order the nodes went down.
    const QList<Interval> &intervals() const { return m_intervals; }
    // The longest interval, an open one counted up to `now`.
    std::optional<Interval> longest(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // [{"node", "downAt", "upAt" or "stillDown": true, "seconds"}], as
    // report.json and a backup set's manifest keep it; an open interval's
    // seconds run up to `now`.
    QJsonArray toJson(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static Downtime fromJson(const QJsonArray &json);

    // "0:04", "12:30", "1:02:03": minutes and seconds, hours when there are any.
    static QString format(qint64 milliseconds);
    // One line a node for people: "node2 was down for 0:04", "node3 is still
    // down (0:42 so far)".
    QStringList describe(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QList<Interval> m_intervals;
};

} // namespace Lifeboat
