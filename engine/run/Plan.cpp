// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Plan.h"

namespace Lifeboat {

Plan::Plan(QString scenarioId, QVariantMap options)
    : m_scenarioId(std::move(scenarioId))
    , m_options(std::move(options))
{
}

void Plan::add(std::unique_ptr<Step> step)
{
    m_steps.push_back(std::move(step));
}

void Plan::addCleanup(std::unique_ptr<Step> step)
{
    m_cleanup.push_back({std::move(step), size() - 1});
}

void Plan::append(Plan &&other)
{
    const int offset = size();
    for (auto &step : other.m_steps)
        m_steps.push_back(std::move(step));
    for (auto &entry : other.m_cleanup)
        m_cleanup.push_back({std::move(entry.step), entry.armedBy + offset});
    other.m_steps.clear();
    other.m_cleanup.clear();
}

PlanOutline Plan::outline() const
{
    PlanOutline outline;
    for (const auto &step : m_steps)
        outline.steps.append({step->kind(), step->title(), step->isDestructive()});
    for (const auto &entry : m_cleanup)
        outline.cleanup.append({entry.step->kind(), entry.step->title(), entry.step->isDestructive(), entry.armedBy});
    return outline;
}

} // namespace Lifeboat
