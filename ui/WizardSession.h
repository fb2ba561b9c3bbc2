// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "TaskChoice.h"

#include <drills/DrillRecord.h>
#include <profile/ClusterProfile.h>
#include <run/RunRecord.h>

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Lifeboat {

class Scenario;

// What the user has chosen so far, shared by every page: the task, the
// cluster profile, the scenario and its options, and the run that came of
// them. Pages read it in initializePage() and write it when the user
// decides; nothing here does work.
class WizardSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSession)

public:
    explicit WizardSession(QObject *parent = nullptr);

    TaskChoice task() const { return m_task; }
    void setTask(TaskChoice task) { m_task = task; }

    bool hasProfile() const { return m_profile.has_value(); }
    const ClusterProfile &profile() const { return *m_profile; }
    void setProfile(const ClusterProfile &profile);

    // A profile chosen from the Welcome page's recent ones, for the Cluster
    // page to open.
    QString requestedProfile() const { return m_requestedProfile; }
    void setRequestedProfile(const QString &path) { m_requestedProfile = path; }

    const Scenario *scenario() const { return m_scenario; }
    void setScenario(const Scenario *scenario);

    // Completed options (Scenario::completeOptions), ready to build a plan.
    const QVariantMap &options() const { return m_options; }
    // Forgets the given options: they belong to the options completed before.
    void setOptions(const QVariantMap &options)
    {
        m_options = options;
        m_givenOptions.reset();
    }
    // What the person gave on the Options page, before the scenario completed
    // it: a schedule runs with these, so that what the plan chose by itself
    // (a node, a label) is chosen again on every run. The completed options
    // when the run did not come through the Options page (a resumed run).
    QVariantMap givenOrCompletedOptions() const { return m_givenOptions.value_or(m_options); }
    void setGivenOptions(const QVariantMap &options) { m_givenOptions = options; }

    bool warningsAccepted() const { return m_warningsAccepted; }
    void setWarningsAccepted(bool accepted) { m_warningsAccepted = accepted; }

    // "Approve the whole plan" on the Plan page: the run asks no more before
    // each step that changes the cluster (manual steps still ask).
    bool planApproved() const { return m_planApproved; }
    void setPlanApproved(bool approved) { m_planApproved = approved; }

    QString runDirectory() const { return m_runDirectory; }
    void setRunDirectory(const QString &directory) { m_runDirectory = directory; }

    // An interrupted run the Run page picks up again instead of starting a
    // new one (chosen on the Welcome page).
    const std::optional<RunRecord> &resuming() const { return m_resuming; }
    void setResuming(const std::optional<RunRecord> &record) { m_resuming = record; }

    // The node the Scenario page's recommendation is about, so that the
    // Options page can start with it.
    QString suggestedNode() const { return m_suggestedNode; }
    void setSuggestedNode(const QString &node) { m_suggestedNode = node; }

    // The training drill running on the sandbox, if there is one: read
    // again whenever the profile changes, set when the trainer page starts
    // one, cleared when it is finished or called off.
    const std::optional<DrillRecord> &drill() const { return m_drill; }
    void setDrill(const std::optional<DrillRecord> &drill);

Q_SIGNALS:
    void profileChanged();
    void drillChanged();
    void scenarioChanged();

private:
    TaskChoice m_task = TaskChoice::Backup;
    std::optional<ClusterProfile> m_profile;
    QString m_requestedProfile;
    const Scenario *m_scenario = nullptr;
    QVariantMap m_options;
    std::optional<QVariantMap> m_givenOptions;
    bool m_warningsAccepted = false;
    bool m_planApproved = false;
    QString m_runDirectory;
    std::optional<RunRecord> m_resuming;
    QString m_suggestedNode;
    std::optional<DrillRecord> m_drill;
};

} // namespace Lifeboat
