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
}

void WizardSession::setScenario(const Scenario *scenario)
{
    m_scenario = scenario;
    m_options.clear();
    Q_EMIT scenarioChanged();
}

} // namespace Lifeboat
