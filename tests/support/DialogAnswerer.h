// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Lifeboat::Testing {

// Answers every confirmation dialog of the wizard that comes up while it
// lives, the way a person does: a manual step's checklist is ticked first,
// then "Go on" (or "Done") is pressed; or every dialog is declined.
// By mouse (clicks and ticks) or by keyboard only (Space on each checklist
// item, then the button's Alt shortcut).
class DialogAnswerer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogAnswerer)

public:
    enum class Answer { GoOn, Decline };
    enum class Input { Mouse, Keyboard };

    explicit DialogAnswerer(Answer answer, Input input = Input::Mouse, QObject *parent = nullptr);

    // Answers no more dialogs. Unlike destroying it, safe at any moment:
    // also from a slot that runs while it clicks (a click processes events).
    void stop() { m_timer.stop(); }
    // The title of each dialog answered, in order.
    QStringList asked() const { return m_asked; }
    // What a person would have found wrong (e.g. "Done" enabled before the checklist was ticked).
    QStringList problems() const { return m_problems; }

private:
    void answer();

    Answer m_answer;
    Input m_input;
    QTimer m_timer;
    // A shortcut clicks its button a moment later: one answer per dialog.
    QPointer<QDialog> m_answered;
    QStringList m_asked;
    QStringList m_problems;
};

} // namespace Lifeboat::Testing
