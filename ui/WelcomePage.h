#pragma once

#include "TaskChoice.h"

#include <QWizardPage>

class QButtonGroup;
class QGridLayout;
class QListWidget;

namespace Lifeboat {

class WizardSession;

// The first page: the product, what it is for, and the four things a user can
// come here to do. The choice is the wizard field "task" (a TaskChoice).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
    Q_PROPERTY(int task READ task NOTIFY taskChanged)

public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    int task() const;
    int nextId() const override;
    bool validatePage() override;

Q_SIGNALS:
    void taskChanged();

private:
    void addChoice(TaskChoice choice, const QString &iconName, const QString &title, const QString &explanation);

    WizardSession *m_session;
    QButtonGroup *m_choices;
    QGridLayout *m_choiceGrid;
    QListWidget *m_recentProfiles;
};

} // namespace Lifeboat
