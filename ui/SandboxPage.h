// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "TaskChoice.h"

#include <QWizardPage>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Lifeboat {

class ClusterProfile;
class TopologyView;
class WizardSession;

// The training sandbox's own page: its nodes with their live state; start
// and stop them, break one (the faults of `lifeboat sandbox break`), or reset
// the whole sandbox to how it was built. Every action and every state check
// runs on a worker thread, one action at a time. From here the trainee goes on
// to the normal scenarios (back up, recover, rehearse) on the sandbox: the
// choice becomes the session's task, and going back here makes it the
// sandbox task again.
class SandboxPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPage)

public:
    explicit SandboxPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    TopologyView *topologyView() const { return m_topology; }
    bool isBusy() const { return m_busy; }
    // What the last action did or why it failed.
    QString resultText() const;

    void startAll();
    void stopAll();
    void breakNode(const QString &fault, const QString &node);
    void reset();

Q_SIGNALS:
    // An action ended; `ok` says whether it did what it should.
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
        QString newProfile; // after a reset: the profile to load again
    };

    void act(const QString &doing, std::function<Outcome(const ClusterProfile &)> work);
    void finish(const Outcome &outcome);
    void refreshStates();
    void updateControls();
    void faultChanged();

    WizardSession *m_session;
    TopologyView *m_topology;
    QPushButton *m_start;
    QPushButton *m_stop;
    QComboBox *m_fault;
    QComboBox *m_node;
    QPushButton *m_break;
    QPushButton *m_reset;
    QProgressBar *m_progress;
    QLabel *m_result;
    QButtonGroup *m_practice;
    QTimer *m_refreshTimer;
    bool m_busy = false;
    bool m_refreshing = false;
};

} // namespace Lifeboat
