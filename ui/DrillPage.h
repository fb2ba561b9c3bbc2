// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <drills/DrillRecord.h>

#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Lifeboat {

class ClusterProfile;
struct Drill;
class WizardSession;

// The trainer's page, from the sandbox page's "Run a training drill": the
// catalog with the story each drill tells the trainee, its difficulty and
// target time, or a drill chosen at random. Start takes the backup the drill
// needs, breaks the sandbox as the drill says and starts the clock, on a
// worker thread; the trainee then recovers the sandbox with the usual
// scenarios, the banner keeping the clock on every page. A drill already
// running (started here or by `lifeboat drill start`) is shown instead, and
// can be called off: the sandbox goes back to how it was before the drill.
class DrillPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillPage)

public:
    explicit DrillPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QListWidget *drillList() const { return m_list; }
    bool isBusy() const { return m_busy; }
    // What the last action did or why it failed, or the running drill's state.
    QString resultText() const;

    // Starts the drill selected in the list (or a random one), with the
    // seed typed, if any.
    void startDrill();
    // Puts the sandbox back as it was before the running drill and forgets it.
    void callOff();

Q_SIGNALS:
    // An action ended; `ok` says whether it did what it should.
    void actionFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
        std::optional<DrillRecord> running; // the drill running after the action
    };

    void showSelected();
    void showRunning();
    void updateControls();
    std::optional<quint32> seed() const;
    void act(const QString &doing, std::function<Outcome(const ClusterProfile &)> work);
    void finish(const Outcome &outcome);

    WizardSession *m_session;
    QListWidget *m_list;
    QLabel *m_story;
    QLabel *m_facts;
    QLineEdit *m_seed;
    QPushButton *m_start;
    QPushButton *m_callOff;
    QProgressBar *m_progress;
    QLabel *m_result;
    bool m_busy = false;
};

} // namespace Lifeboat
