// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DialogAnswerer.h"

#include <ConfirmationDialog.h>

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace Lifeboat::Testing {

DialogAnswerer::DialogAnswerer(Answer answer, Input input, QObject *parent)
    : QObject(parent)
    , m_answer(answer)
    , m_input(input)
{
    connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
    m_timer.start(20);
}

void DialogAnswerer::answer()
{
    auto *dialog = qobject_cast<ConfirmationDialog *>(QApplication::activeModalWidget());
    if (!dialog || !dialog->isVisible() || dialog == m_answered)
        return;
    m_answered = dialog;
    m_asked.append(dialog->windowTitle());
    if (m_answer == Answer::Decline) {
        if (m_input == Input::Keyboard)
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            dialog->reject();
        return;
    }
    if (QListWidget *checklist = dialog->checklist()) {
        if (dialog->goOnButton()->isEnabled())
            m_problems.append(QStringLiteral("%1: Done was enabled before the checklist was ticked").arg(dialog->windowTitle()));
        for (int i = 0; i < checklist->count(); ++i) {
            if (m_input == Input::Keyboard) {
                if (QApplication::focusWidget() != checklist)
                    m_problems.append(QStringLiteral("%1: the checklist does not have the focus").arg(dialog->windowTitle()));
                QTest::keyClick(checklist, i == 0 ? Qt::Key_Home : Qt::Key_Down);
                QTest::keyClick(checklist, Qt::Key_Space);
            } else {
                checklist->item(i)->setCheckState(Qt::Checked);
            }
        }
    }
    if (!dialog->goOnButton()->isEnabled())
        m_problems.append(QStringLiteral("%1: cannot go on").arg(dialog->windowTitle()));
    if (m_input == Input::Keyboard) {
        // "&Go on" or "&Done": the button's own mnemonic.
        const QString text = dialog->goOnButton()->text();
        const QChar mnemonic = text.at(text.indexOf(u'&') + 1).toUpper();
        QTest::keyClick(dialog, Qt::Key(mnemonic.unicode()), Qt::AltModifier);
    } else {
        dialog->goOnButton()->click();
    }
}

} // namespace Lifeboat::Testing
