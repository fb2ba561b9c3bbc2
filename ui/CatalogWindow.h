// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "UnfinishedRuns.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>
#include <optional>
#include <profile/ClusterProfile.h>

class QComboBox;
class QLabel;
class QTabWidget;

namespace Lifeboat {

class BackupsView;
class QuarantineView;
class RunsView;

// "Backups, runs and quarantine": the catalog, the history and the
// quarantine in one window, opened from the Welcome and Summary pages.
// Backups and quarantine belong to one cluster profile, chosen at the top
// (loaded on a worker thread); the runs are every run in the runs
// directory. A run chosen for resuming closes the window with it
// (offerToResume()), for the wizard to go on with.
class CatalogWindow : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWindow)

public:
    CatalogWindow(const QStringList &profilePaths, const QString &runsDirectory, QWidget *parent = nullptr);
    ~CatalogWindow() override;

    BackupsView *backups() const { return m_backups; }
    RunsView *runs() const { return m_runs; }
    QuarantineView *quarantine() const { return m_quarantine; }
    void setResumeAllowed(bool allowed);
    void showProfile(const QString &path);
    const std::optional<UnfinishedRuns::Offer> &offerToResume() const { return m_resume; }

Q_SIGNALS:
    void profileLoaded();

private:
    void loadProfile(const QString &path);

    QComboBox *m_profiles;
    QLabel *m_profileError;
    QTabWidget *m_tabs;
    BackupsView *m_backups;
    RunsView *m_runs;
    QuarantineView *m_quarantine;
    QFuture<void> m_loading; // the worker's part only
    int m_generation = 0;
    std::optional<UnfinishedRuns::Offer> m_resume;
};

} // namespace Lifeboat
