// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lifeboat {

// A plan as the journal's "run" entry records it: each step's kind, title
// and whether it changes the cluster, and which main step arms each cleanup
// step. Resume rebuilds the plan and checks it against this outline; the
// report names the steps from it.
struct PlanOutline
{
    struct Step
    {
        QString kind;
        QString title;
        bool destructive = false;
        int armedBy = -1; // cleanup steps only: the main step that arms it

        bool operator==(const Step &) const = default;
    };

    QList<Step> steps;
    QList<Step> cleanup;

    QJsonObject toJson() const;
    static PlanOutline fromJson(const QJsonObject &json);

    bool operator==(const PlanOutline &) const = default;
};

} // namespace Lifeboat
