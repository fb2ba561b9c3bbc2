// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Scenario.h"

#include <hosts/Hosts.h>
#include <run/Plan.h>
#include <run/RunLock.h>
#include <run/Step.h>
#include <run/StepContext.h>

#include <QCoreApplication>

namespace Lifeboat {

QVariantMap Scenario::completeOptions(const ClusterProfile &, QVariantMap given, QString *error) const
{
    for (const ScenarioOption &option : options()) {
        if (given.contains(option.name))
            continue;
        if (option.required) {
            *error = QCoreApplication::translate("Scenario", "The scenario %1 needs --%2.").arg(id(), option.name);
            return {};
        }
        if (option.defaultValue.isValid())
            given.insert(option.name, option.defaultValue);
    }
    for (const ScenarioOption &option : options()) {
        if (given.contains(option.name) && !option.accepts(given.value(option.name))) {
            *error = option.invalid;
            return {};
        }
    }
    return given;
}

QList<Precondition> Scenario::checks(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options) const
{
    return QList<Precondition>{RunLock::check(profile)} + hostChecks(profile) + preconditions(profile, nodes, options)
        + QList<Precondition>{requirementsCheck(profile, nodes, options)};
}

Precondition Scenario::requirementsCheck(const ClusterProfile &profile, const NodeController &nodes, const QVariantMap &options) const
{
    return {QCoreApplication::translate("Scenario", "Every step has what it needs"), [this, &profile, &nodes, options] {
        const std::unique_ptr<Plan> plan = buildPlan(profile, options);
        const StepContext context(profile, nodes, plan->options(), {});
        QStringList missing;
        const auto collect = [&](const Step &step) {
            for (const QString &problem : step.missingRequirements(context)) {
                if (!missing.contains(problem))
                    missing.append(problem);
            }
        };
        for (int i = 0; i < plan->size(); ++i)
            collect(plan->step(i));
        for (int i = 0; i < plan->cleanupSize(); ++i)
            collect(*plan->cleanup(i).step);
        if (missing.isEmpty())
            return PreconditionResult::pass(QCoreApplication::translate("Scenario", "Every command, setting and program the plan uses is there."));
        return PreconditionResult::fail(missing.join(u' '),
                                        QCoreApplication::translate("Scenario", "Add what is missing, then check again. Nothing was changed."));
    }};
}

QList<Precondition> Scenario::hostChecks(const ClusterProfile &profile)
{
    QList<Precondition> list;
    for (const HostProfile &host : profile.hosts) {
        list.append({QCoreApplication::translate("Scenario", "%1 can be reached over ssh").arg(host.name), [profile, name = host.name] {
            const Hosts::State state = Hosts::of(profile)->check(name);
            if (state.usable())
                return PreconditionResult::pass(state.message);
            QString message = state.message;
            if (state.kind == Hosts::State::Kind::FirstSeen || state.kind == Hosts::State::Kind::KeyChanged)
                message += u' ' + QCoreApplication::translate("Scenario", "It offers the key %1.").arg(state.offeredFingerprint);
            return PreconditionResult::fail(message, state.hint);
        }});
        list.last().waitsOnNetwork();
    }
    return list;
}

} // namespace Lifeboat
