// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QVariantMap>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace Lifeboat {

class Scenario;
class WizardSession;

// The scenarios that fit the chosen task, each with what it costs and when
// to use it, and a recommendation computed in the background from the
// nodes' live states. A scenario chosen before with its options (a rollback
// from the Welcome page) is listed first and chosen.
class ScenarioPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPage)

public:
    explicit ScenarioPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QStringList listedScenarios() const;
    QString recommendation() const;
    QString recommendedScenario() const { return m_recommended; }

private:
    void clearChoices();
    void recommend();
    void recommendRecovery();

    WizardSession *m_session;
    QButtonGroup *m_choices;
    QVBoxLayout *m_list;
    QLabel *m_none;
    QLabel *m_recommendation;
    QList<const Scenario *> m_scenarios;
    // A scenario the session held on arrival with its completed options, not
    // one of the task's (the Welcome page's rollback of a restore).
    struct Held
    {
        const Scenario *scenario = nullptr;
        QVariantMap options;
    } m_held;
    QString m_recommended;
    int m_generation = 0;
};

} // namespace Lifeboat
