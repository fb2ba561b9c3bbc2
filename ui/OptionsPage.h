#pragma once

#include <QHash>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Lifeboat {

class WizardSession;

// A form generated from the chosen scenario's options. The scenario itself
// completes and checks them (Scenario::completeOptions) before moving on.
class OptionsPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    // The editor widget for the option `name`, or nullptr.
    QWidget *editor(const QString &name) const { return m_editors.value(name); }
    QString errorText() const;

private:
    void clearForm();
    QVariantMap givenOptions() const;

    WizardSession *m_session;
    QFormLayout *m_form;
    QLineEdit *m_backupRoot;
    QLabel *m_error;
    QHash<QString, QWidget *> m_editors;
};

} // namespace Lifeboat
