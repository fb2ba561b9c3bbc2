// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "TaskChoice.h"
#include "UnfinishedRuns.h"

#include <QWizardPage>

class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QListWidget;
class QVBoxLayout;

namespace Lifeboat {

class WizardSession;

// The first page: the product, what it is for, and the four things a user can
// come here to do. The choice is the wizard field "task" (a TaskChoice).
// Above them, first, what an earlier session left unfinished (found on a
// worker thread): an interrupted run to resume (straight to the Run page) or
// set aside, and a restore to roll back from its quarantine (through the
// Scenario, Checks and Plan pages like any run).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
    Q_PROPERTY(int task READ task NOTIFY taskChanged)

public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    int task() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    bool validatePage() override;

    // The offers shown, after offersFound().
    const QList<UnfinishedRuns::Offer> &offers() const { return m_offers; }
    void resume(int offer);
    void rollBack(int offer);
    void setAside(int offer);
    // The "Backups, runs and quarantine" window; a run resumed there goes on
    // like an offer.
    void openCatalog();

Q_SIGNALS:
    void taskChanged();
    void offersFound();

private:
    enum class Shortcut { None, Resume, Rollback };

    void addChoice(TaskChoice choice, const QString &iconName, const QString &title, const QString &explanation);
    void findOffers();
    void showOffers();
    QString offerTitle() const;
    void takeShortcut(Shortcut shortcut);

    WizardSession *m_session;
    QButtonGroup *m_choices;
    QGridLayout *m_choiceGrid;
    QListWidget *m_recentProfiles;
    QGroupBox *m_offerBox;
    QVBoxLayout *m_offerList;
    QList<UnfinishedRuns::Offer> m_offers;
    Shortcut m_shortcut = Shortcut::None;
};

} // namespace Lifeboat
