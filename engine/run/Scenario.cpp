// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Scenario.h"

#include <hosts/Hosts.h>

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
    return hostChecks(profile) + preconditions(profile, nodes, options);
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
    }
    return list;
}

} // namespace Lifeboat
