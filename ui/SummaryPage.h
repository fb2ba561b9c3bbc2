#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace Lifeboat {

class WizardSession;

// The end of a run: the outcome, how long each step took and what it
// changed, what the user still has to do, and the report (open it, save it,
// or open the run's folder with its journal and log).
class SummaryPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

private:
    QString reportPath() const;
    void saveReport();

    WizardSession *m_session;
    QLabel *m_outcome;
    QTreeWidget *m_steps;
    QLabel *m_todo;
};

} // namespace Lifeboat
