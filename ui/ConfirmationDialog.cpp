// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ConfirmationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Lifeboat {

ConfirmationDialog::ConfirmationDialog(const ConfirmationRequest &request, bool manual, QWidget *parent)
    : QDialog(parent)
    , m_changes(new QListWidget(this))
    , m_wordWanted(request.word)
    , m_manual(manual)
{
    setWindowTitle(manual ? tr("Step %1: for you to do").arg(request.stepIndex + 1) : tr("Confirm step %1").arg(request.stepIndex + 1));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(manual ? tr("<b>%1</b><br>Only a person can do this. Tick each item once it is done "
                                           "(or not needed):").arg(request.title.toHtmlEscaped())
                                      : tr("<b>%1</b><br>This step changes the cluster:").arg(request.title.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_changes->setAccessibleName(manual ? tr("Checklist") : tr("What this step changes"));
    m_changes->setWordWrap(true);
    for (const Change &change : request.changes) {
        auto *item = new QListWidgetItem(change.toText(), m_changes);
        if (manual) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    layout->addWidget(m_changes, 1);
    if (!request.details.isEmpty()) {
        auto *details = new QLabel(request.details, this);
        details->setWordWrap(true);
        layout->addWidget(details);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_goOn = buttons->addButton(manual ? tr("&Done") : tr("&Go on"), QDialogButtonBox::AcceptRole);
    m_cancelRun = buttons->addButton(tr("&Cancel the run here"), QDialogButtonBox::RejectRole);
    m_cancelRun->setDefault(true);
    if (request.wordRequired) {
        auto *prompt = new QLabel(tr("This is a real cluster. Type <b>%1</b> to go on:").arg(request.word.toHtmlEscaped()), this);
        m_word = new QLineEdit(this);
        m_word->setAccessibleName(tr("Type %1 to confirm").arg(request.word));
        prompt->setBuddy(m_word);
        layout->addWidget(prompt);
        layout->addWidget(m_word);
        connect(m_word, &QLineEdit::textChanged, this, &ConfirmationDialog::updateGoOn);
    }
    connect(m_changes, &QListWidget::itemChanged, this, &ConfirmationDialog::updateGoOn);
    updateGoOn();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (manual)
        m_changes->setFocus();
    resize(560, 360);
}

void ConfirmationDialog::updateGoOn()
{
    bool ready = !m_word || m_word->text() == m_wordWanted;
    for (int i = 0; m_manual && i < m_changes->count(); ++i)
        ready &= m_changes->item(i)->checkState() == Qt::Checked;
    m_goOn->setEnabled(ready);
}

bool DialogConfirmer::confirm(const ConfirmationRequest &request)
{
    // A step that asks without destroying anything is work for a person.
    const bool manual = m_plan && request.stepIndex < m_plan->size() && !m_plan->step(request.stepIndex).isDestructive();
    m_lastInAdvance = m_planApproved && !manual;
    if (m_lastInAdvance)
        return true;
    bool answer = false;
    QMetaObject::invokeMethod(m_parent, [&] {
        ConfirmationDialog dialog(request, manual, m_parent);
        answer = dialog.exec() == QDialog::Accepted;
    }, Qt::BlockingQueuedConnection);
    return answer;
}

} // namespace Lifeboat
