// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Plan.h>
#include <run/Precondition.h>
#include <run/ScenarioCategory.h>
#include <run/ScenarioOption.h>

#include <profile/ClusterProfile.h>

#include <QList>
#include <QVariantMap>

#include <memory>

namespace Lifeboat {

class NodeController;

// One of the seed's procedures. With a profile and options it declares its
// preconditions and builds its plan. Building is deterministic: the same
// profile and completed options give the same plan, which is what lets
// resume rebuild an interrupted run's plan and carry on.
class Scenario
{
public:
    virtual ~Scenario() = default;

    virtual QString id() const = 0;
    virtual ScenarioCategory category() const = 0;
    virtual QString title() const = 0;
    // What it costs (downtime, delay) and when to use it, in plain words.
    virtual QString description() const = 0;
    virtual QList<ScenarioOption> options() const { return {}; }

    // The options as given, with defaults filled in and the values fixed once
    // per run (a backup set's id, a label) chosen now. Returns an empty map
    // and sets `error` when an option is missing, or outside its declared
    // choices or range, or wrong in a way the scenario knows.
    virtual QVariantMap completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const;
    virtual QList<Precondition> preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                              const QVariantMap &options) const = 0;
    // Every check before a run: no other run holds the cluster, each host of the profile can be reached,
    // with a trusted key and Lifeboat's helper answering, then the
    // scenario's own preconditions.
    QList<Precondition> checks(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options) const;
    static QList<Precondition> hostChecks(const ClusterProfile &profile);
    // Every step of the plan (cleanup steps too) has what it needs: what
    // would make a step fail for a reason known now fails the checks instead.
    Precondition requirementsCheck(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options) const;
    virtual std::unique_ptr<Plan> buildPlan(const ClusterProfile &profile, const QVariantMap &options) const = 0;
};

} // namespace Lifeboat
