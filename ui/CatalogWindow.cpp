// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CatalogWindow.h"

#include "BackupsView.h"
#include "QuarantineView.h"
#include "RunsView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Lifeboat {

CatalogWindow::CatalogWindow(const QStringList &profilePaths, const QString &runsDirectory, QWidget *parent)
    : QDialog(parent)
    , m_profiles(new QComboBox(this))
    , m_profileError(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_backups(new BackupsView(this))
    , m_runs(new RunsView(runsDirectory, this))
    , m_quarantine(new QuarantineView(this))
{
    setObjectName(QStringLiteral("catalogWindow"));
    setWindowTitle(tr("Backups, runs and quarantine"));
    m_profiles->setObjectName(QStringLiteral("profile"));
    m_profiles->addItems(profilePaths);
    m_profileError->setWordWrap(true);
    m_profileError->hide();
    m_tabs->addTab(m_backups, tr("&Backups"));
    m_tabs->addTab(m_runs, tr("&Runs"));
    m_tabs->addTab(m_quarantine, tr("&Quarantine"));

    auto *form = new QFormLayout;
    form->addRow(tr("Cluster &profile:"), m_profiles);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_profileError);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(900, 560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &QComboBox::currentTextChanged, this, &CatalogWindow::loadProfile);
    connect(m_runs, &RunsView::resumeRequested, this, [this](const UnfinishedRuns::Offer &offer) {
        m_resume = offer;
        accept();
    });
    m_runs->refresh();
    loadProfile(m_profiles->currentText());
}

CatalogWindow::~CatalogWindow()
{
    m_loading.waitForFinished();
}

void CatalogWindow::setResumeAllowed(bool allowed)
{
    m_runs->setResumeAllowed(allowed);
}

void CatalogWindow::showProfile(const QString &path)
{
    if (m_profiles->findText(path) < 0)
        m_profiles->addItem(path);
    m_profiles->setCurrentText(path);
}

void CatalogWindow::loadProfile(const QString &path)
{
    const int generation = ++m_generation;
    if (path.isEmpty()) {
        m_backups->setProfile(std::nullopt);
        m_quarantine->setProfile(std::nullopt);
        return;
    }
    auto loading = QtConcurrent::run([path] {
        QString error;
        auto profile = ClusterProfile::load(path, &error);
        return std::pair{ profile, error };
    });
    m_loading = loading;
    loading.then(this, [this, generation](const std::pair<std::optional<ClusterProfile>, QString> &loaded) {
        if (generation != m_generation)
            return;
        m_profileError->setText(loaded.second);
        m_profileError->setVisible(!loaded.first);
        m_backups->setProfile(loaded.first);
        m_quarantine->setProfile(loaded.first);
        Q_EMIT profileLoaded();
    });
}

} // namespace Lifeboat
