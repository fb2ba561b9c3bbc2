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

private:
    void offerAnotherTask(int id);
    void startAnotherTask();
    void keepFocusOnThePage();
    void focusTheNewPage();
    static QWidget *firstControl(QWizardPage *page);

    class WizardSession *m_session;
    class RunPage *m_runPage;
};

} // namespace Lifeboat
