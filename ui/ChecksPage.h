// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Precondition.h>

#include <QList>
#include <QSet>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Lifeboat {

class WizardSession;

// Runs the scenario's preconditions before anything changes and shows each
// result with what to do about it. Failures block; warnings block until the
// user says they have read them. The checks run on a worker thread (they ask
// the nodes over HTTP); this page only draws their results. A host that
// cannot be used is settled on the Cluster page (where a new host's key is
// confirmed): its failed check says so, with a button that goes back there.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPage)

public:
    explicit ChecksPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const { return m_running; }
    const QList<PreconditionResult> &results() const { return m_results; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    QPushButton *backToClusterButton() const { return m_backToCluster; }
    QCheckBox *acceptWarningsBox() const { return m_acceptWarnings; }

Q_SIGNALS:
    // The checks ran and their rows are shown.
    void checksFinished();

private:
    void runChecks();
    void showResults(const QList<PreconditionResult> &results);
    void clearRows();
    void addRow(const PreconditionResult &result);
    bool hasStatus(PreconditionResult::Status status) const;
    bool isFailedHostCheck(const PreconditionResult &result) const;
    void backToCluster();

    WizardSession *m_session;
    QLabel *m_busy;
    QLabel *m_summary;
    QVBoxLayout *m_rows;
    QPushButton *m_checkAgain;
    QPushButton *m_backToCluster;
    QCheckBox *m_acceptWarnings;
    QList<PreconditionResult> m_results;
    QSet<QString> m_hostCheckTitles; // the titles of Scenario::hostChecks() for this profile
    bool m_running = false;
    bool m_checked = false;
    int m_generation = 0;
};

} // namespace Lifeboat
