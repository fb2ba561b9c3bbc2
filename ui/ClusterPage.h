// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/NodeStatus.h>

#include <profile/ProfileProblem.h>

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Lifeboat {

class ClusterProfile;
class HostStatesView;
class TopologyView;
class WizardSession;

// Which cluster to work on: a profile file (read on a worker thread), or the
// training sandbox (built and started on a worker thread). Shows the
// cluster's topology with each node's live state, refreshed in the
// background while the page is shown, and each host the profile reaches over
// ssh with its connection state. The wizard goes on only once every host is
// connected: nothing can run on a cluster with a host it cannot reach.
class ClusterPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPage)

public:
    explicit ClusterPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // Reads the profile at `path` on a worker thread, then uses it; on
    // failure shows why and changes nothing. profileOpened() says which.
    void openProfile(const QString &path);
    TopologyView *topologyView() const { return m_topology; }
    HostStatesView *hostStatesView() const { return m_hosts; }

Q_SIGNALS:
    void profileOpened(bool opened);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void chooseProfile();
    // The open profile in the profile editor; once saved, opened again from its file.
    void editProfile();
    // Discovery of a cluster named by its hosts, then the editor on its draft.
    void describeNewCluster();
    // Every read-only check of the open profile against the cluster.
    void testProfile();
    void updateEditButton();
    // On failure, `orTheSessions` goes on with the session's profile.
    void open(const QString &path, bool orTheSessions);
    void useSandbox();
    void useProfile(const ClusterProfile &profile);
    void showProblems(const QString &path, const QList<ProfileProblem> &problems);
    void refreshStates();
    void currentPageChanged(int id);
    void setBusy(bool busy, const QString &text = {});

    WizardSession *m_session;
    QPushButton *m_openButton;
    QPushButton *m_sandboxButton;
    QPushButton *m_editButton;
    QPushButton *m_describeButton;
    QPushButton *m_testButton;
    QProgressBar *m_busy;
    QLabel *m_progress;
    QLabel *m_error;
    QLabel *m_profileLabel;
    HostStatesView *m_hosts;
    TopologyView *m_topology;
    QTimer *m_refreshTimer;
    bool m_refreshing = false;
    bool m_opening = false;
    bool m_followsWizard = false;
    bool m_wentOn = false; // left with Next: coming back checks the hosts again
    int m_openGeneration = 0;
};

} // namespace Lifeboat
