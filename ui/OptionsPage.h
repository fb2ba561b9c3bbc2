#pragma once

#include <QHash>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Lifeboat {

class WizardSession;

// A form generated from the chosen scenario's options. The scenario itself
// completes and checks them (Scenario::completeOptions) before moving on.
// A restore's backup set is picked from the catalog in a table; a restored
// node's repository checkbox starts as the engine would decide it. What the
// user gave is remembered per scenario for next time.
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

Q_SIGNALS:
    // The backup sets are in their table (read on a worker thread).
    void setsLoaded();

private:
    void clearForm();
    QVariantMap givenOptions() const;
    QWidget *createSetTable(bool automaticAllowed);
    void loadSets(QTableWidget *table);
    void suggestRepository(const QString &nodeName);
    void applyRemembered();

    WizardSession *m_session;
    QFormLayout *m_form;
    QLineEdit *m_backupRoot;
    QLabel *m_error;
    QHash<QString, QWidget *> m_editors;
    int m_generation = 0;
    int m_repositoryGeneration = 0;
};

} // namespace Lifeboat
