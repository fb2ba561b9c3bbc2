#include "ConfirmationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Lifeboat {

ConfirmationDialog::ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Confirm step %1").arg(request.stepIndex + 1));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b><br>This step changes the cluster:").arg(request.title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *changes = new QListWidget(this);
    changes->setAccessibleName(tr("What this step changes"));
    for (const Change &change : request.changes)
        changes->addItem(change.toText());
    layout->addWidget(changes, 1);
    if (!request.details.isEmpty()) {
        auto *details = new QLabel(request.details, this);
        details->setWordWrap(true);
        layout->addWidget(details);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_goOn = buttons->addButton(tr("&Go on"), QDialogButtonBox::AcceptRole);
    QPushButton *stop = buttons->addButton(tr("&Stop here"), QDialogButtonBox::RejectRole);
    stop->setDefault(true);
    if (request.wordRequired) {
        auto *prompt = new QLabel(tr("This is a real cluster. Type <b>%1</b> to go on:").arg(request.word.toHtmlEscaped()), this);
        m_word = new QLineEdit(this);
        m_word->setAccessibleName(tr("Type %1 to confirm").arg(request.word));
        prompt->setBuddy(m_word);
        layout->addWidget(prompt);
        layout->addWidget(m_word);
        m_goOn->setEnabled(false);
        connect(m_word, &QLineEdit::textChanged, this, [this, word = request.word](const QString &text) {
            m_goOn->setEnabled(text == word);
        });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);
}

bool DialogConfirmer::confirm(const ConfirmationRequest &request)
{
    bool answer = false;
    QMetaObject::invokeMethod(m_parent, [&] {
        ConfirmationDialog dialog(request, m_parent);
        answer = dialog.exec() == QDialog::Accepted;
    }, Qt::BlockingQueuedConnection);
    return answer;
}

} // namespace Lifeboat
