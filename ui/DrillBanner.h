// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Lifeboat {

class WizardSession;

// The strip at the top of every page while a training drill runs: the
// drill's title (its story as the tooltip), the time since the clock started
// against the target, and "I'm done", which ends the drill. It only draws:
// the wizard places it on the page shown and decides what "I'm done" does.
class DrillBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillBanner)

public:
    explicit DrillBanner(WizardSession *session, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *doneButton() const { return m_done; }

Q_SIGNALS:
    void doneClicked();

private:
    void showDrill();
    void tick();

    WizardSession *m_session;
    QLabel *m_text;
    QPushButton *m_done;
    QTimer *m_clock;
};

} // namespace Lifeboat
