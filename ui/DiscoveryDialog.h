// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Lifeboat {

class ErrorLabel;
class HostStatesView;

// "Describe a new cluster…": the person names the cluster's hosts and how to
// reach them over ssh; Lifeboat connects to each (a new host's key is
// confirmed in HostKeyDialog, as for any profile), then looks on every host,
// reading only, for AEM Forms nodes, the shared stores and the forms database
// (ClusterDiscovery, on a worker thread), and shows what it found and what
// it could not. "Review and save…" hands the draft on to be reviewed in the
// profile editor; nothing is written before that.
class DiscoveryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryDialog)

public:
    explicit DiscoveryDialog(QWidget *parent = nullptr);

    // What discovery made of the cluster, and where it is to be saved.
    const ClusterProfile &draft() const { return m_draft; }
    QString profilePath() const;
    bool isLooking() const { return m_looking; }

    QPlainTextEdit *hostsEdit() const { return m_hosts; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *sshConfigEdit() const { return m_sshConfig; }
    QLineEdit *agentPathEdit() const { return m_agentPath; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *outputEdit() const { return m_output; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *lookButton() const { return m_look; }
    QPushButton *reviewButton() const { return m_review; }
    HostStatesView *hostStatesView() const { return m_hostStates; }
    QPlainTextEdit *findingsView() const { return m_findings; }
    QLabel *errorLabel() const;

Q_SIGNALS:
    // The hosts were looked at; draft() and the findings are shown.
    void discoveryFinished();

private:
    struct Result
    {
        ClusterProfile draft;
        QStringList findings;
        QStringList notes;
        QList<ProfileProblem> problems;
    };

    QWidget *makeForm();
    void connectToHosts();
    std::optional<ClusterProfile> readForm(QString *error) const;
    void lookForCluster();
    void showResult(const Result &result);
    void formChanged();
    void updateButtons();
    void browseFor(QLineEdit *edit, bool save);

    ClusterProfile m_draft;
    QPlainTextEdit *m_hosts;
    QLineEdit *m_user;
    QLineEdit *m_identity;
    QLineEdit *m_sshConfig;
    QLineEdit *m_agentPath;
    QLineEdit *m_search;
    QLineEdit *m_output;
    QPushButton *m_connect;
    QPushButton *m_look;
    QPushButton *m_review;
    ErrorLabel *m_error;
    HostStatesView *m_hostStates;
    QProgressBar *m_busy;
    QLabel *m_progress;
    QPlainTextEdit *m_findings;
    bool m_connected = false;
    bool m_looking = false;
    bool m_found = false;
};

} // namespace Lifeboat
