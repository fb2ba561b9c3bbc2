// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/PlanOutline.h>
#include <run/Step.h>

#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace Lifeboat {

// The ordered steps a scenario builds for one profile and set of options,
// with the cleanup steps that undo what the plan disturbed (leave backup
// mode, start what was stopped). A cleanup step is armed by the main step
// added just before it: once that step has started, the cleanup runs at the
// end whatever happens — success, failure, cancel or a declined confirmation.
// Armed cleanup steps run last-armed first.
class Plan
{
public:
    struct Cleanup
    {
        std::unique_ptr<Step> step;
        int armedBy = -1;
    };

    Plan(QString scenarioId, QVariantMap options);

    void add(std::unique_ptr<Step> step);
    void addCleanup(std::unique_ptr<Step> step);
    // Moves the steps of `other` (built apart, e.g. a restore's swap while its
    // staging goes first) to the end of this plan, its cleanup steps armed by
    // the same steps as before.
    void append(Plan &&other);

    const QString &scenarioId() const { return m_scenarioId; }
    const QVariantMap &options() const { return m_options; }
    int size() const { return int(m_steps.size()); }
    Step &step(int index) const { return *m_steps[size_t(index)]; }
    int cleanupSize() const { return int(m_cleanup.size()); }
    const Cleanup &cleanup(int index) const { return m_cleanup[size_t(index)]; }

    // Titles and kinds, as the journal records them and resume checks them.
    PlanOutline outline() const;

private:
    QString m_scenarioId;
    QVariantMap m_options;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::vector<Cleanup> m_cleanup;
};

} // namespace Lifeboat
