// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/ScenarioOption.h>

#include <QHash>
#include <QVariantMap>
#include <QWizardPage>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Lifeboat {

class ClusterProfile;
class WizardSession;

// A form generated from the chosen scenario's options. The scenario itself
// completes and checks them (Scenario::completeOptions) before moving on:
// on a worker thread, since a restore reads every set's manifest to pick one,
// with Next disabled meanwhile; the page moves on by itself when they are
// complete, or shows why not.
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
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // The editor widget for the option `name`, or nullptr.
    QWidget *editor(const QString &name) const { return m_editors.value(name); }
    QString errorText() const;
    // What Next gives the scenario to complete, as the person set it.
    QVariantMap givenOptions() const;
    // Next was pressed and the scenario is completing the options.
    bool isCompleting() const { return m_completing; }

Q_SIGNALS:
    // The backup sets are in their table (read on a worker thread).
    void setsLoaded();

private:
    void clearForm();
    // The widget for an option, from its declaration: a checkbox, a list of
    // the nodes it accepts or of its choices, a spin box over its range, the
    // table of backup sets, or a line of text.
    QWidget *createEditor(const ScenarioOption &option, const ClusterProfile &profile);
    QWidget *withBrowse(QWidget *editor);
    static QString unitSuffix(ScenarioOption::Unit unit);
    QWidget *createSetTable(bool automaticAllowed);
    void loadSets(QTableWidget *table);
    // The backup root is the profile's: "Change…" writes another one into
    // the profile file, after asking, so that later backups, restores and the
    // Backups window all look in the same place.
    void changeBackupRoot();
    void changeRootLast();
    void useBackupRoot(const QString &directory);
    void suggestRepository(const QString &nodeName);
    void applyRemembered();
    void completeOptions(const QVariantMap &given);
    void forgetCompletion();
    void setNextEnabled(bool enabled);

    WizardSession *m_session;
    QFormLayout *m_form;
    QLineEdit *m_backupRoot;
    QPushButton *m_changeRoot;
    QLabel *m_error;
    QLabel *m_completingLabel;
    QHash<QString, QWidget *> m_editors;
    int m_generation = 0;
    int m_repositoryGeneration = 0;
    // While the node's state is read, the box says nothing yet: Next then
    // leaves the choice to the engine, which reads the same state
    // (RestoreNodeScenario::repositoryReason). A click is the person's
    // choice, which the reading then explains but does not change.
    bool m_repositoryReading = false;
    bool m_repositoryChosen = false;
    // The options the last Next completed, for the options given then.
    struct Completion
    {
        QVariantMap given;
        QVariantMap options;
        QString error;
    };
    std::optional<Completion> m_completion;
    bool m_completing = false;
    bool m_nextHadFocus = false;
    int m_completionGeneration = 0;
};

} // namespace Lifeboat
