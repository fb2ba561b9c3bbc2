// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "WizardSession.h"

namespace Lifeboat {

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
{
}

void WizardSession::setProfile(const ClusterProfile &profile)
{
    m_profile = profile;
    Q_EMIT profileChanged();
    // A small file in Lifeboat's data directory: a drill the trainer
    // started from the command line shows here too.
    setDrill(profile.sandbox ? DrillRecord::current(profile.directory()) : std::nullopt);
}

void WizardSession::setDrill(const std::optional<DrillRecord> &drill)
{
    m_drill = drill;
    Q_EMIT drillChanged();
}

void WizardSession::setScenario(const Scenario *scenario)
{
    m_scenario = scenario;
    m_options.clear();
    Q_EMIT scenarioChanged();
}

} // namespace Lifeboat
