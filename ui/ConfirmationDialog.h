#pragma once

#include <run/Confirmer.h>

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Lifeboat {

// Shown before every destructive step: exactly what the step will change.
// On a real cluster the node's (or cluster's) name must be typed before
// "Go on" can be pressed; "Stop here" is the default button.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationDialog)

public:
    explicit ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent = nullptr);

    QPushButton *goOnButton() const { return m_goOn; }
    QLineEdit *wordEdit() const { return m_word; }

private:
    QPushButton *m_goOn;
    QLineEdit *m_word = nullptr;
};

// The wizard's Confirmer: the runner calls it on its worker thread; it shows
// a ConfirmationDialog on the GUI thread and waits for the answer.
class DialogConfirmer final : public Confirmer
{
public:
    explicit DialogConfirmer(QWidget *parent)
        : m_parent(parent)
    {
    }
    bool confirm(const ConfirmationRequest &request) override;

private:
    QWidget *m_parent;
};

} // namespace Lifeboat
