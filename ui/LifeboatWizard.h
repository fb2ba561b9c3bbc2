// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QWizard>

namespace Lifeboat {

// The main window: a QWizard whose pages walk the user from choosing a task
// to a finished, reported run. It remembers its geometry between sessions,
// and keeps keyboard focus on the page that is shown.
class LifeboatWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifeboatWizard)

public:
    explicit LifeboatWizard(QWidget *parent = nullptr);
    ~LifeboatWizard() override;

    // Closing while a run is in progress asks to cancel it instead; before
    // the run, it asks whether to quit. On the Summary, "Start another task"
    // opens a fresh wizard on the Welcome page and closes this one.
    void reject() override;

    // What the pages share; tests give it a cluster the way the Cluster page would.
    class WizardSession *session() const { return m_session; }
    class DrillBanner *drillBanner() const { return m_drillBanner; }

    // "I'm done" on the drill banner: after a confirmation, the result page,
    // from whichever page is shown (not during a run).
    void endDrill();

protected:
    int nextId() const override;
    bool validateCurrentPage() override;

private:
    void offerAnotherTask(int id);
    void startAnotherTask();
    void keepFocusOnThePage();
    void focusTheNewPage();
    static QWidget *firstControl(QWizardPage *page);
    void placeDrillBanner();

    class WizardSession *m_session;
    class RunPage *m_runPage;
    class DrillBanner *m_drillBanner;
    bool m_endingDrill = false;
};

} // namespace Lifeboat
