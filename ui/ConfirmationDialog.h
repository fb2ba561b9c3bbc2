// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Confirmer.h>
#include <run/Plan.h>

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Lifeboat {

// Shown before every destructive step: exactly what the step will change.
// On a real cluster the node's (or cluster's) name must be typed before
// "Go on" can be pressed; "Cancel the run here" is the default button (not
// "Stop here", which read as a step beside one called "Stop node2"). Before a manual
// step (something only a person can do) what it asks for is a checklist:
// "Done" is enabled once every item is ticked.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationDialog)

public:
    explicit ConfirmationDialog(const ConfirmationRequest &request, bool manual = false, QWidget *parent = nullptr);

    QPushButton *goOnButton() const { return m_goOn; }
    QPushButton *cancelRunButton() const { return m_cancelRun; }
    QLineEdit *wordEdit() const { return m_word; }
    QListWidget *checklist() const { return m_manual ? m_changes : nullptr; }

private:
    void updateGoOn();

    QPushButton *m_goOn;
    QPushButton *m_cancelRun;
    QListWidget *m_changes;
    QLineEdit *m_word = nullptr;
    QString m_wordWanted;
    bool m_manual;
};

// The wizard's Confirmer: the runner calls it on its worker thread; it shows
// a ConfirmationDialog on the GUI thread and waits for the answer. The plan
// tells it which steps are manual (asked for, yet not destructive).
class DialogConfirmer final : public Confirmer
{
public:
    explicit DialogConfirmer(QWidget *parent)
        : m_parent(parent)
    {
    }
    void setPlan(const Plan *plan) { m_plan = plan; }
    // The whole plan was approved before the run: a step that changes the
    // cluster is not asked again. A manual step still is (a person does it).
    void setPlanApproved(bool approved) { m_planApproved = approved; }
    bool confirm(const ConfirmationRequest &request) override;
    bool answersInAdvance() const override { return m_lastInAdvance; }
    // With the plan approved, a destructive step is not shown again.
    bool showsChanges(bool destructive) const override { return !(m_planApproved && destructive); }

private:
    QWidget *m_parent;
    const Plan *m_plan = nullptr;
    bool m_planApproved = false;
    bool m_lastInAdvance = false; // of the last request: read by the runner right after confirm()
};

} // namespace Lifeboat
